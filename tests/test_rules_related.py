"""Links to other articles and tag lines: related blocks, inline "Read more: …", tags.

Positives give the lines, the rule that must take them and what they yield
(related headlines, tags); negatives are article prose that mentions reading
more, a topic or a related matter, and must stay in the body.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean import DEFAULT_RULES, Article, Pipeline, Related
from newsclean.rules.headlines import aside, headline_like
from newsclean.rules.related import (
    HEADING_MAX_WORDS,
    PROSE_MIN_WORDS,
    TEASER_MAX_WORDS,
    _copyright,
)
from newsclean.rules.tags import TAG_BLOCK_MAX_LINES, TAG_MAX_WORDS

# The recognising rules only: body selection judges prose on other grounds.
RECOGNISERS = Pipeline(rules=tuple(r for r in DEFAULT_RULES if r.name != "article-body"))
BEFORE = "The council met on Tuesday to discuss the city budget for the coming year."
# Two paragraphs after the block: one lone sentence closing a page could be a teaser's summary.
AFTER = (
    "Officials said a final vote on the plan is expected before the end of the month.\n\n"
    "The mayor is expected to sign the budget into law early next month, aides said."
)


def clean_between(block: str) -> Article:
    return RECOGNISERS.clean(f"{BEFORE}\n\n{block}\n\n{AFTER}")


def assert_kept(block: str) -> None:
    article = clean_between(block)
    assert article.body == f"{BEFORE}\n\n{block}\n\n{AFTER}"
    assert article.removals == ()


def removed(block: str) -> list[tuple[str, str, str]]:
    article = clean_between(block)
    assert article.body == f"{BEFORE}\n\n{AFTER}"
    return [(r.rule, r.kind, r.text) for r in article.removals]


INLINE = [
    (
        "Read more: Kremlin Says Ties With U.S. Will Remain 'Bad'",
        "Kremlin Says Ties With U.S. Will Remain 'Bad'",
    ),
    (
        "READ MORE: Hong Kong protests: 800 students under siege",
        "Hong Kong protests: 800 students under siege",
    ),
    ("SEE MORE: Why the Fed is cutting rates again", "Why the Fed is cutting rates again"),
    (
        "Related: Salesforce Keynote: AI, Integration And Protesters",
        "Salesforce Keynote: AI, Integration And Protesters",
    ),
    ("[Related: Apple Unveils New MacBook Pro]", "Apple Unveils New MacBook Pro"),
    ("(Read also: The Year in Pictures)", "The Year in Pictures"),
    ("- Read more: NASA Confirms Water Vapor on Europa", "NASA Confirms Water Vapor on Europa"),
    ("Related post: Pickled Brussels Sprouts Recipe", "Pickled Brussels Sprouts Recipe"),
    ("Also: See Black Friday coverage at CNET", "See Black Friday coverage at CNET"),
    ("Watch: Biden's full speech in Pittsburgh", "Biden's full speech in Pittsburgh"),
    (
        "More on this story | Markets slide as trade talks stall",
        "Markets slide as trade talks stall",
    ),
    ("Don't miss — The 50 best films of the year", "The 50 best films of the year"),
    ("On HoustonChronicle.com: Car sales plunge in August", "Car sales plunge in August"),
    # the Scandinavian "Read also:"
    ("Les også: Rentene stiger igjen i mars", "Rentene stiger igjen i mars"),
    ("Läs också: Regeringen sänker skatten", "Regeringen sänker skatten"),
    ("Læs også: Regeringen vil sænke skatten", "Regeringen vil sænke skatten"),
    # German, formal and informal
    ("Zum Artikel: Tarifrunde im Nahverkehr beginnt", "Tarifrunde im Nahverkehr beginnt"),
    ("Lies auch: Die Bahn erhöht ihre Preise", "Die Bahn erhöht ihre Preise"),
]


@pytest.mark.parametrize(("line", "title"), INLINE, ids=[i[0][:30] for i in INLINE])
def test_inline_read_more_lines_yield_one_headline(line: str, title: str) -> None:
    assert removed(line) == [("read-more-inline", "related", line)]
    assert clean_between(line).metadata.related == (Related(title=title),)


BLOCKS = {
    "kicker-title-summary": (
        "Read more\n"
        "no concrete plans\n"
        "Kremlin Says Talk of Summit ‘Premature’\n"
        "France said the two leaders had agreed to meet.",
        (
            Related(
                kicker="no concrete plans",
                title="Kremlin Says Talk of Summit ‘Premature’",
                summary="France said the two leaders had agreed to meet.",
            ),
        ),
    ),
    "ranked-most-popular": (
        "Most Popular\n1\nThis zip code ranks as the most expensive in the country\n2\n"
        "Witness cheered for correcting the senator",
        (
            Related(title="This zip code ranks as the most expensive in the country"),
            Related(title="Witness cheered for correcting the senator"),
        ),
    ),
    "dated-related-stories": (
        "Related Stories\nUnravelling the neural network of torpor\nOct 29, 2019\n"
        "Hibernating hamsters could provide new clues\nFeb 06, 2019",
        (
            Related(title="Unravelling the neural network of torpor"),
            Related(title="Hibernating hamsters could provide new clues"),
        ),
    ),
    "you-may-also-like": (
        "You may also like...\nWho will make the Rock Hall in 2020?\nBand takes over fan vote",
        (
            Related(title="Who will make the Rock Hall in 2020?"),
            Related(title="Band takes over fan vote"),
        ),
    ),
    "more-trending": (
        "More Trending\nThe council votes on the new rail line\nWhy the heatwave will last",
        (
            Related(title="The council votes on the new rail line"),
            Related(title="Why the heatwave will last"),
        ),
    ),
    "more-from-section": (
        "More from Politics\nSenate passes stopgap funding bill\n3 hours ago",
        (Related(title="Senate passes stopgap funding bill"),),
    ),
    "related-coverage-from-section": (
        "Related coverage from Money Basics:\nHow to invest in index funds, explained",
        (Related(title="How to invest in index funds, explained"),),
    ),
    "most-read-in": (
        "Most read in world news\nPlague case confirmed in Beijing",
        (Related(title="Plague case confirmed in Beijing"),),
    ),
    "noise-in-list": (
        "Recommended Stories\nMarkets slide as trade talks stall\nAdvertisement\nMonday 10:00PM\n"
        "Fed holds rates steady\n25M ago\n1 of 3\nShare",
        (
            Related(title="Markets slide as trade talks stall"),
            Related(title="Fed holds rates steady"),
        ),
    ),
    "popular-on": ("Popular on IndieWire", ()),
    "explore-further": ("Explore further", ()),
    "recommended": ("Recommended for you", ()),
}


@pytest.mark.parametrize(("block", "related"), BLOCKS.values(), ids=BLOCKS.keys())
def test_related_blocks_go_with_their_headlines(block: str, related: tuple[Related, ...]) -> None:
    assert removed(block) == [("related-block", "related", block)]
    assert clean_between(block).metadata.related == related


def test_a_related_block_stops_at_two_prose_sentences() -> None:
    prose = (
        "Dressed in black, the singer took his place at a keyboard at the front of the stage.\n"
        "He began the intro to the song as the crowd rose to its feet and cheered him on."
    )
    article = clean_between(f"Related\nBand announces reunion tour\n{prose}")
    assert article.body == f"{BEFORE}\n\n" + prose.replace("\n", "\n\n") + f"\n\n{AFTER}"


def test_a_related_block_stops_at_the_page_footer() -> None:
    page = "\n".join(
        [BEFORE, "Most read", "Talks stall again", "Privacy Policy", "© 2019 The Daily Courier"]
    )
    article = newsclean.clean(page)
    assert [(r.rule, r.text) for r in article.removals] == [
        ("related-block", "Most read\nTalks stall again"),
        ("legal-footer", "Privacy Policy"),
        ("legal-footer", "© 2019 The Daily Courier"),
    ]
    assert article.metadata.publisher == "The Daily Courier"


def test_a_teaser_has_at_most_teaser_max_words() -> None:
    at_limit = " ".join(["word"] * TEASER_MAX_WORDS)
    over = " ".join(["word"] * (TEASER_MAX_WORDS + 1))
    assert removed(f"Read more\n{at_limit}") == [
        ("related-block", "related", f"Read more\n{at_limit}")
    ]
    assert clean_between(f"Read more\n{over}").body == f"{BEFORE}\n\n{over}\n\n{AFTER}"


def test_a_heading_has_at_most_heading_max_words() -> None:
    at_limit = "More from " + " ".join(["Art"] * (HEADING_MAX_WORDS - 2))
    over = f"{at_limit} Art"
    assert removed(at_limit) == [("related-block", "related", at_limit)]
    assert_kept(over)


TAGS = {
    "read-more-about": ("Read more about: United States , Kremlin", ("United States", "Kremlin")),
    "tags-colon": (
        "Tags: Russia, Ukraine, Vladimir Putin",
        ("Russia", "Ukraine", "Vladimir Putin"),
    ),
    "topics-pipe": (
        "Topics: Politics | Elections | White House",
        ("Politics", "Elections", "White House"),
    ),
    "filed-under": ("Filed under: Analyzing Snap Counts", ("Analyzing Snap Counts",)),
    "label-then-lines": (
        "Related Topics\nJustin Bieber\nKanye West\nMusic",
        ("Justin Bieber", "Kanye West", "Music"),
    ),
    "label-then-commas": ("Topics:\nMacBook Pro,\nMac,\nReview", ("MacBook Pro", "Mac", "Review")),
    "label-comma-lines": (
        "Topics\nGovernment and politics\n,\nLegal proceedings",
        ("Government and politics", "Legal proceedings"),
    ),
}


@pytest.mark.parametrize(("block", "tags"), TAGS.values(), ids=TAGS.keys())
def test_tag_lines_yield_tags(block: str, tags: tuple[str, ...]) -> None:
    assert removed(block) == [("tag-line", "tags", block)]
    assert clean_between(block).metadata.tags == tags


def test_a_tag_has_at_most_tag_max_words() -> None:
    at_limit = " ".join(["Word"] * TAG_MAX_WORDS)
    over = f"{at_limit} Word"
    assert clean_between(f"Tags: Russia, {at_limit}").metadata.tags == ("Russia", at_limit)
    assert_kept(f"Tags: Russia, {over}")


def test_a_list_under_a_tag_label_that_runs_on_is_a_menu_not_tags() -> None:
    names = [f"Name{i}" for i in range(TAG_BLOCK_MAX_LINES + 2)]
    assert clean_between("Tags\n" + "\n".join(names)).metadata.tags == ()
    shorter = names[: TAG_BLOCK_MAX_LINES - 2]
    assert clean_between("Tags\n" + "\n".join(shorter)).metadata.tags == tuple(shorter)


MENUS = {
    "rubriques": "Rubriques\nInternational\nPolitique\nÉconomie\nCulture",
    "footer-links": "Themen\nPolitik\nWirtschaft\nImpressum\nDatenschutz",
    "timestamps": "Tags\nPolitics\nNov 19, 2019",
}


@pytest.mark.parametrize("block", MENUS.values(), ids=MENUS.keys())
def test_a_section_menu_under_a_label_gives_no_tags(block: str) -> None:
    assert clean_between(block).metadata.tags == ()


# A list under a label is read up to where its run of tags ends; what
# follows (an ad label, a photo credit, a comment count) is the page's.
TAG_RUNS = {
    "gap-then-ad": (
        "Sujets\n\nguerre en Ukraine\nRussie\nVladimir Poutine\n\nPasser la publicité",
        ("guerre en Ukraine", "Russie", "Vladimir Poutine"),
    ),
    "gap-then-credit": (
        "Schlagwörter\n\nWarnstreik\nVerdi\nBayern\n\nBildrechte: dpa/Jane Doe",
        ("Warnstreik", "Verdi", "Bayern"),
    ),
    "gap-then-link": (
        "Related Topics\n\nKeir Starmer,\nLabour Party,\nDavid Lammy\n\nLicense this content",
        ("Keir Starmer", "Labour Party", "David Lammy"),
    ),
    "comment-count": ("Themen:\nVodafone\nKommentieren 0\nHinweis", ("Vodafone",)),
    "counts-after-every-tag": (
        "Schlagwörter\nGaza 398\nHamas 420\nIsrael 2405",
        ("Gaza", "Hamas", "Israel"),
    ),
    # negatives: a number that is part of a name stays, and so does a list
    # printed with a gap between every tag
    "a-number-in-a-name": ("Tags\nApollo 11\nNASA\nMoon", ("Apollo 11", "NASA", "Moon")),
    "a-gap-between-every-tag": (
        "Tags:\nMinnesota Wild\n\nBill Hoppe\n\nNHL",
        ("Minnesota Wild", "Bill Hoppe", "NHL"),
    ),
}


@pytest.mark.parametrize(("block", "tags"), TAG_RUNS.values(), ids=TAG_RUNS.keys())
def test_a_tag_list_ends_where_its_run_of_tags_ends(block: str, tags: tuple[str, ...]) -> None:
    assert clean_between(block).metadata.tags == tags


# Section menus under a tag label: most items are section names, or the
# label is one more item of a menu. They are taken, as before, but give no tags.
SECTION_MENUS = {
    "en-sections": "Categories\n\nBusiness\nEconomy\nMarkets",
    "de-sections": "THEMEN\nDeutschland\nCoronavirus\nWelt\nWirtschaft\nKultur\nSport",
    "es-sections": "Temas\nPortada\nPolítica\nDeportes",
    "inline-sections": "Themen: Politik, Wirtschaft, Sport",
    "label-inside-a-menu": "Podcasts\nAutoren\nThemen\nPausenspiele\nRP Apps",
}


@pytest.mark.parametrize("block", SECTION_MENUS.values(), ids=SECTION_MENUS.keys())
def test_a_menu_under_a_tag_label_is_taken_but_gives_no_tags(block: str) -> None:
    article = clean_between(block)
    assert article.metadata.tags == ()
    assert block.splitlines()[-1] not in article.body


# Negatives: real tag lists that hold a section name, or sit under a short line.
REAL_TAGS = {
    "one-section-among-names": ("Topics\nHealth\nChina", ("Health", "China")),
    "music-among-names": (
        "Related Topics\nJustin Bieber\nTaylor Swift\nMusic",
        ("Justin Bieber", "Taylor Swift", "Music"),
    ),
    "inline-with-a-section": (
        "Tags: Politics, Elections, White House",
        ("Politics", "Elections", "White House"),
    ),
    "under-one-short-line": (
        "Share\n\nTags\nMexico\nMexico City\nLatin America",
        ("Mexico", "Mexico City", "Latin America"),
    ),
}


@pytest.mark.parametrize(("block", "tags"), REAL_TAGS.values(), ids=REAL_TAGS.keys())
def test_real_tags_beside_sections_or_short_lines_are_read(
    block: str, tags: tuple[str, ...]
) -> None:
    assert clean_between(block).metadata.tags == tags


# A label printed over every column of a menu, or a list that goes on past
# its one long entry, is the site's menu: taken as before, but no tags.
COLUMN = (
    "Experts team up to fight food fraud across Europe.\n\nCulture\nCategories\n\n"
    "Health and Fitness\nClimate Change\nOcean Life\n\nPrograms\n\nOcean Watch"
)
MENU_LISTS = {
    "label-over-every-column": "\n\n".join([COLUMN] * 4),
    "list-runs-on-past-a-long-entry": (
        "Categories\nAutism\nChild Anxiety\nEarly Reading\nReading Tips for the Long Weekend\n"
        "Music Lessons\nSpeech Therapy"
    ),
}


@pytest.mark.parametrize("block", MENU_LISTS.values(), ids=MENU_LISTS.keys())
def test_a_menu_of_columns_or_a_running_list_gives_no_tags(block: str) -> None:
    assert clean_between(block).metadata.tags == ()


# Negatives: tags printed above and below the article, tags that end at a
# long line with prose or a gap after it.
TAGS_NOT_MENUS = {
    "label-twice": (
        "\n\nThe talks ended on Monday, officials said in a statement.\n\n".join(
            ["Schlagwörter\nGaza\nHamas\nIsrael"] * 2
        ),
        ("Gaza", "Hamas", "Israel"),
    ),
    "long-line-then-prose": (
        "Tags\nMexico\nMexico City\nLatin America Travel Guide Today\n"
        "The talks ended on Monday, officials said in a statement.",
        ("Mexico", "Mexico City"),
    ),
    "long-line-then-a-gap": (
        "Tags\nMexico\nMexico City\nLatin America Travel Guide Today\n\nPolitics\nTravel",
        ("Mexico", "Mexico City"),
    ),
}


@pytest.mark.parametrize(("block", "tags"), TAGS_NOT_MENUS.values(), ids=TAGS_NOT_MENUS.keys())
def test_tags_printed_twice_or_ending_at_a_long_line_are_read(
    block: str, tags: tuple[str, ...]
) -> None:
    assert clean_between(block).metadata.tags == tags


TEASER_BLOCKS = {
    "section-menu": "Read more\nOpinion\nArts\nSports\nBusiness",
    "stamps-and-links": "Related Stories\nLive\nPublished\n14:48\nBack to top",
}


@pytest.mark.parametrize("block", TEASER_BLOCKS.values(), ids=TEASER_BLOCKS.keys())
def test_a_related_block_of_labels_and_stamps_gives_no_headlines(block: str) -> None:
    assert clean_between(block).metadata.related == ()


def test_a_related_block_of_headlines_is_read() -> None:
    block = "Related Stories\nTroops Mass at the Border\nTalks Stall Again in Geneva"
    titles = [r.title for r in clean_between(block).metadata.related]
    assert titles == ["Troops Mass at the Border", "Talks Stall Again in Geneva"]


# A related headline looks like one; these titles do not (a stamp with a word
# or two, a note in brackets, a row of menu links, a follow link, a stamp
# label and its value, a photo credit).
NOT_HEADLINES = [
    "video 25.04.2024 • 08:19 Uhr",
    "Wissenschaft 21.12.2021 21. Dezember 2021",
    "Politik vor 10 Stunden",
    "(öffnet in einem neuen Fenster)",
    "Facebook (opens in a new window)",
    "Home | Video | World | U.S. | Business",
    "Startseite | Newsletter | Newsticker | Mediadaten",
    "Folge Business Insider auf Facebook",
    "BR24 ist auch auf WhatsApp",
    "Nieuwsblad op instagram",
    "Posted in: Music Features",
    "Posted on: Deadline",
    "Bildrechte: IMAGO/Jane Doe",
    "This is a modal window.",
    "View the discussion thread.",
    "Click to share on Reddit (Opens in new window)",
    "Click to print (Opens in new window)",
    "11.14 NYHETER",  # a clock time and a section
    "updated 16M ago",
]
# Negatives: headlines with a stamp, a label word, a pipe, a number or a network.
HEADLINES = [
    "Der schwierige Rückzug aus Russland 26.04.2023",
    "Live: Biden speaks in Ohio",
    "Opinion | Why the talks failed",
    "Windows 11 review",
    "How TikTok Took Over Music",
    "Musk buys Twitter",
    "Kommentar von Nicole Opitz",
    "Biden visits Washington, D.C.",
    "Talks stall again!",
    "3.50 Euro für ein Brot",
]


@pytest.mark.parametrize("title", NOT_HEADLINES, ids=NOT_HEADLINES)
def test_a_title_that_is_no_headline_is_not_read(title: str) -> None:
    assert not headline_like(title)


@pytest.mark.parametrize("title", HEADLINES, ids=HEADLINES)
def test_a_headline_with_a_stamp_label_or_network_is_read(title: str) -> None:
    assert headline_like(title)


def test_lines_beside_the_teasers_do_not_sink_their_block() -> None:
    block = (
        "Related Stories\nTroops Mass at the Border\nPosted on: Deadline\n"
        "Talks Stall Again in Geneva\nPosted on: Variety\nVideo 24.04.2024 • 22:55 Uhr\n"
        "In News, Portugal, Tourism - 02 Feb 2025, 20:02\n"
        "Schools Brace for Deep Cuts"
    )
    titles = [r.title for r in clean_between(block).metadata.related]
    assert titles == [
        "Troops Mass at the Border",
        "Talks Stall Again in Geneva",
        "Schools Brace for Deep Cuts",
    ]


# Lines a teaser list prints that are no teaser of it: left out of a block
# that reads, which is read all the same.
LEFT_OUT = {
    "menu-printed-thrice": (
        "Trending\nUS Elections 2024\nHot on the Web\nUS Elections 2024\n"
        "Hot on the Web\nUS Elections 2024\nHot on the Web\n"
        "Troops Mass at the Border",
        ["Troops Mass at the Border"],
    ),
    "label-under-each-teaser": (
        "You may also like\nTroops Mass at the Border\nClimate and Energy\n"
        "Talks Stall Again in Geneva\nClimate and Energy\n"
        "Schools Brace for Deep Cuts\nClimate and Energy\n"
        "Why the Talks Failed",
        [
            "Troops Mass at the Border",
            "Talks Stall Again in Geneva",
            "Schools Brace for Deep Cuts",
            "Why the Talks Failed",
        ],
    ),
    "photo-captions": (
        "Read More\nHarris speaks at a rally in Savannah, Ga., Thursday. (AP Photo/Jane Doe)\n"
        "Troops Mass at the Border\nA 14th century plague doctor (Image: GETTY)",
        ["Troops Mass at the Border"],
    ),
    # negatives: a headline printed twice (image text and link), a long
    # headline printed thrice, a bracketed note that is no credit
    "headline-twice": (
        "Related Stories\nTalks Stall Again\nTalks Stall Again\nSchools Brace for Cuts",
        ["Talks Stall Again", "Talks Stall Again", "Schools Brace for Cuts"],
    ),
    "long-headline-thrice": (
        "Related\n" + "Kolejna tura rozmów USA-Iran w Pakistanie\n" * 3 + "Talks Stall Again",
        ["Kolejna tura rozmów USA-Iran w Pakistanie"] * 3 + ["Talks Stall Again"],
    ),
    "bracketed-no-credit": (
        "Most Popular\nThe 10 Top News Stories Of 2019 (So Far)\n"
        "Troops Mass at the Border (PHOTOS)",
        ["The 10 Top News Stories Of 2019 (So Far)", "Troops Mass at the Border (PHOTOS)"],
    ),
}


@pytest.mark.parametrize(("block", "titles"), LEFT_OUT.values(), ids=LEFT_OUT.keys())
def test_repeated_labels_and_photo_captions_are_left_out(block: str, titles: list[str]) -> None:
    assert [r.title for r in clean_between(block).metadata.related] == titles


# The page's end sections inside a block are taken with it but give no teasers.
END_SECTIONS = {
    "author-box": (
        "Recommended Stories\nTroops Mass at the Border\nTalks Stall Again in Geneva\n"
        "About the author\nSenior editor at a news site\nEmail Twitter Posts Keys",
        ["Troops Mass at the Border", "Talks Stall Again in Geneva"],
    ),
    "copyright-line": (
        "Most popular\nTroops Mass at the Border\nTalks Stall Again in Geneva\n"
        "Legal Notice Terms and Conditions Privacy Policy © Daily Planet 2019\n"
        "Global (English, daily) Germany (German, daily)",
        ["Troops Mass at the Border", "Talks Stall Again in Geneva"],
    ),
    "comment-prompt": (
        "Latest News\nTroops Mass at the Border\nTalks Stall Again in Geneva\nReader Comments\n"
        "Jane Roe · 2020-05-19T17:52:00Z\nTiming, Vegas, and the Shootings?",
        ["Troops Mass at the Border", "Talks Stall Again in Geneva"],
    ),
    # negatives: a headline about an author, a teaser's comment count and a
    # one-word comments tab end nothing
    "comment-count-and-tab": (
        "Most popular\nTroops Mass at the Border\n12 comments\nTalks Stall Again in Geneva\n"
        "Comments\nSchools Brace for Deep Cuts",
        ["Troops Mass at the Border", "Talks Stall Again in Geneva", "Schools Brace for Deep Cuts"],
    ),
    "headline-about-an-author": (
        "Most popular\nTroops Mass at the Border\nAbout the author of the new budget\n"
        "Talks Stall Again in Geneva",
        [
            "Troops Mass at the Border",
            "About the author of the new budget",
            "Talks Stall Again in Geneva",
        ],
    ),
}


@pytest.mark.parametrize(("block", "titles"), END_SECTIONS.values(), ids=END_SECTIONS.keys())
def test_the_page_end_sections_in_a_block_give_no_teasers(block: str, titles: list[str]) -> None:
    assert [r.title for r in clean_between(block).metadata.related] == titles


COPYRIGHT_LINES = {
    "© Unidad Editorial Información General, S.L.U. Avda San Luis 25": True,
    "Legal Notice Terms and Conditions Privacy Policy © pv magazine 2019": True,
    # negatives: a photo's credit and a line with no copyright sign
    "© Getty Images": False,
    "Photo © Jane Doe / Reuters": False,
    "Bildrechte: © IMAGO": False,
    "Copyright fight over a song goes to court": False,
}


@pytest.mark.parametrize(("line", "expected"), COPYRIGHT_LINES.items(), ids=COPYRIGHT_LINES.keys())
def test_a_footer_copyright_line_is_no_photo_credit(line: str, expected: bool) -> None:
    assert _copyright(line) is expected


ASIDES = {
    "stamp-and-a-word": ("Video 24.04.2024 • 22:55 Uhr", True),
    "stamp-and-sections": ("In News, Portugal, Tourism - 02 Feb 2025, 20:02", True),
    "stamp-label": ("Posted on: Deadline", True),
    "bracketed-note": ("(opens in a new window)", True),
    "short-sentence": ("This is a modal window.", True),
    # negatives: headlines with a stamp or commas are titles, not asides
    "headline-with-a-time": ("Biden, Xi meet in Bali 12:05", False),
    "headline-with-a-date": ("Der schwierige Rückzug aus Russland 26.04.2023", False),
    "a-section-alone": ("Opinion", False),
}


@pytest.mark.parametrize(("line", "expected"), ASIDES.values(), ids=ASIDES.keys())
def test_lines_beside_teasers_are_asides(line: str, expected: bool) -> None:
    assert aside(line) is expected


def test_a_block_of_menu_rows_and_separators_gives_no_headlines() -> None:
    block = "Most popular\nNews | Sport | Weather | Travel\n|\nPanorama\n|\nRegion"
    assert clean_between(block).metadata.related == ()


def test_a_gallery_counter_with_its_separator_is_no_headline() -> None:
    block = "Related Stories\n3 of 12 |\nTroops Mass at the Border\n4 of 12 |\nTalks Stall Again"
    titles = [r.title for r in clean_between(block).metadata.related]
    assert titles == ["Troops Mass at the Border", "Talks Stall Again"]


@pytest.mark.parametrize("line", ["Read more: opinion", "See also: http://po.st/TP_615"])
def test_an_inline_link_that_is_no_headline_is_taken_but_not_read(line: str) -> None:
    article = clean_between(line)
    assert article.metadata.related == ()
    assert [r.rule for r in article.removals] == ["read-more-inline"]


FOLLOW_PROSE = [
    "Click to share on the site, the app tells its users, and the post spreads.",
    "Er ist auch auf Facebook aktiv, sagte sein Sprecher am Montag.",
    "De minister was gisteren op Twitter erg stellig over het plan.",
]


@pytest.mark.parametrize("line", FOLLOW_PROSE, ids=[p[:30] for p in FOLLOW_PROSE])
def test_prose_about_social_networks_stays(line: str) -> None:
    assert_kept(line)


PROSE = [
    "Read more about the plan in our explainer, which we will update as the vote nears.",
    "Topics: the summit will cover trade, climate and security, officials said.",
    "Tags on the crates showed they had been shipped from Rotterdam in March.",
    "Related: the company said it would cut 500 jobs by the end of the year.",
    "More: the agency said it would review the case and report back in May.",
    "Listen: we are not going anywhere, he told the crowd.",
    "Readers can read more of her work in the book, published by Penguin next month.",
    "Most popular among voters was the promise to cut property taxes, the poll found.",
    "Related coverage of the trial has been restricted by the judge.",
    "The topics discussed included the budget, schools and public transport.",
]


@pytest.mark.parametrize("line", PROSE, ids=[p[:40] for p in PROSE])
def test_prose_that_mentions_reading_more_stays(line: str) -> None:
    assert_kept(line)


def test_two_sentences_of_prose_min_words_end_a_block() -> None:
    short = " ".join(["word"] * (PROSE_MIN_WORDS - 1)) + "."
    prose = " ".join(["word"] * PROSE_MIN_WORDS) + "."
    block = f"Related\nBand announces reunion tour\n{short}\n{short}"
    assert removed(block) == [("related-block", "related", block)]
    article = clean_between(f"Related\nBand announces reunion tour\n{prose}\n{prose}")
    assert [r.text for r in article.removals] == ["Related\nBand announces reunion tour"]
