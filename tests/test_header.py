"""Title and byline on real pages: the headline, not the browser title; bylines
in several languages, several authors, agencies only when they are the byline."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.page import Page
from newsclean.rules import byline
from newsclean.rules.byline import read_byline
from newsclean.rules.header import headline_repeats, reworded_headlines

PROSE = "The talks ended on Monday, and the two sides said that they would meet again in May."


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("by Bryan DeArdo", ("Bryan DeArdo",)),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("By Jane Doe, John Roe and Max Moe", ("Jane Doe", "John Roe", "Max Moe")),
        ("Von Anna Schmidt und Jan Meyer", ("Anna Schmidt", "Jan Meyer")),
        ("Par Marie Dupont et Luc Martin", ("Marie Dupont", "Luc Martin")),
        ("Por María García y José López", ("María García", "José López")),
        ("Di Marco Rossi e Giulia Bianchi", ("Marco Rossi", "Giulia Bianchi")),
        ("Door Jan de Vries en Eva Bakker", ("Jan de Vries", "Eva Bakker")),
        ("Av Ola Nordmann", ("Ola Nordmann",)),
        ("Text: Anna Schmidt", ("Anna Schmidt",)),
        ("Autorin/Autor Anna Schmidt", ("Anna Schmidt",)),
        ("Autor*in: Anna Schmidt", ("Anna Schmidt",)),
        # Job titles, dates, handles and affiliations are not part of a name.
        ("By Meg James Staff Writer", ("Meg James",)),
        # The desk or rank a job title names goes with it; a name that ends
        # in such a word, with no job title after it, is whole.
        ("By Jo Roe Parliamentary editor", ("Jo Roe",)),
        ("By Jo Roe Home affairs editor", ("Jo Roe",)),
        ("By Jo Roe, AP National Security Writer", ("Jo Roe",)),
        ("By Jane Home", ("Jane Home",)),
        ("Von Anna Weber Landespolitische Korrespondentin", ("Anna Weber",)),
        ("Von Max Freier", ("Max Freier",)),
        ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", ("Umair Irfan",)),
        ("By Justine Coleman - 11/18/19 11:04 PM EST", ("Justine Coleman",)),
        ("By Chris Pokorny @DawgsByNature Nov 18, 2019, 11:47am EST", ("Chris Pokorny",)),
        ("By Jill Disis, CNN Business", ("Jill Disis",)),
        ("By Troy L. Smith, Cleveland.com", ("Troy L. Smith",)),
        ("Written by Rachael Link, MS, RD on November 14, 2019", ("Rachael Link",)),
        ("By Sean Martin Sean Martin", ("Sean Martin",)),
        ("Von Moritz Bachmann publiziert am 30. Juli 2018", ("Moritz Bachmann",)),
        # A date or "Posted" before the "by".
        (
            "Posted by Michael David Smith on November 19, 2019, 6:21 AM EST",
            ("Michael David Smith",),
        ),
        ("Posted on Maret 30, 2015 by Admin", ("Admin",)),
        ("October 9, 2018 | by Olivia Larsen", ("Olivia Larsen",)),
        ("11/19/2019 by Lars Brandle", ("Lars Brandle",)),
        # "Written by" says outright that names follow: mid-line after a
        # separator or a short section label, and the opener printed twice.
        ("News, Top Story | Published: 5 hours ago | Written by Jo Roe", ("Jo Roe",)),
        ("All India Edited by Jo Roe (with agencies) Updated: April 7, 2020", ("Jo Roe",)),
        ("Politik | Geschrieben von Anna Schmidt", ("Anna Schmidt",)),
        ("By by JO ROE, AL MOE and EVE POE", ("JO ROE", "AL MOE", "EVE POE")),
        ("TEXT BY JO ROE", ("JO ROE",)),
        # Agencies: kept only when they are the whole byline.
        ("By AFP", ("AFP",)),
        ("By Jane Doe and John Roe, Reuters", ("Jane Doe", "John Roe")),
        ("Jane Doe | Reuters", ("Jane Doe",)),
        ("Associated Press November 19, 2019, 9:02 AM", ("Associated Press",)),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...]) -> None:
    assert read_byline(line) == authors


@pytest.mark.parametrize(
    "line",
    [
        "Byrne said so",
        "By the way, it rained all day.",
        "Par exemple, le ministre a parlé.",
        "Von der Leyen sagte am Montag nichts",
        "Autor/innen der Zeitung streiken am Montag",
        "Di Maio ha detto che non è vero",
        "Stand by Me",
        "Text size",
        "The bill was passed by the Senate on Monday",
        # A sentence that says who wrote or edited something is no byline.
        "The novel was written by Jane Austen in 1813.",
        "The report, edited by Jo Roe, came out on 3 May 2020.",
        "He said it | was written by Jo Roe",
        "In 2019 Edited by Jo Roe",
        # Who translated or took the photos is no author; "text by text" no name.
        "TRANSLATION BY JO ROE",
        "Text by text, the pages grew.",
        "The report, edited by Jo Roe | 3 May 2020",
        "Reuters",
    ],
)
def test_prose_and_names_that_merely_start_like_a_byline_are_not_bylines(line: str) -> None:
    assert read_byline(line) == ()


def test_only_the_byline_under_the_headline_gives_the_authors() -> None:
    text = "\n".join(
        [
            "Talks Stall as Both Sides Leave - The Daily",
            "Home",
            "By Teaser Author",
            "Talks stall as both sides leave",
            "By Jane Doe",
            PROSE,
            PROSE,
        ]
    )
    article = newsclean.clean(text)
    assert article.metadata.authors == ("Jane Doe",)
    assert [r.text for r in article.removals if r.kind == "byline"] == [
        "By Teaser Author",
        "By Jane Doe",
    ]


def test_a_long_line_under_the_headline_that_ends_in_written_by_gives_the_authors() -> None:
    # More than twenty words: the section, the stamps and the names on one line.
    stamp = "Published: 5 hours ago | Last Updated: 5 hours ago"
    text = "\n".join(
        [
            "Talks stall as both sides leave - The Daily",
            "Talks stall as both sides leave",
            f"World, National, News, Top Story 1 | {stamp} | Written by Jane Doe",
            PROSE,
            PROSE,
        ]
    )
    assert newsclean.clean(text).metadata.authors == ("Jane Doe",)
    # A long sentence there that says who wrote a book names no author.
    prose = "The memoir, which was written by Jane Doe in the years after the war, sold well."
    text = text.replace(text.split("\n")[2], prose)
    assert newsclean.clean(text).metadata.authors == ()


def test_the_headline_is_the_repeat_of_the_browser_title_not_the_site_name() -> None:
    text = "\n".join(
        [
            "Doobie Brothers Reunite For Tour – Rolling Stone",
            "Rolling Stone",
            "Music",
            "Doobie Brothers reunite for tour",
            PROSE,
            PROSE,
        ]
    )
    page = Page.from_text(text)
    assert [line.text for line in headline_repeats(page.lines)] == [
        "Doobie Brothers reunite for tour"
    ]
    assert newsclean.clean(text).metadata.title == "Doobie Brothers reunite for tour"


def test_punctuation_and_case_do_not_hide_the_repeat() -> None:
    page = Page.from_text(
        "Disney+ glitches blamed on heavy demand says exec - Los Angeles Times\n"
        "Disney+ glitches blamed on heavy demand, says exec"
    )
    assert len(headline_repeats(page.lines)) == 1


def test_a_repeat_is_a_run_of_the_titles_words_even_after_a_quote_mark() -> None:
    page = Page.from_text(
        "Talks stall as both sides leave the table - The Daily\n"
        "“Talks stall as both sides leave”\n"  # opens with a quote mark: still a repeat
        "Both sides leave as talks stall\n"  # the title's words, not in its order
        "Stall as both sides leave the table"  # a run that starts inside the title
    )
    repeats = [line.text for line in headline_repeats(page.lines)]
    assert repeats == ["“Talks stall as both sides leave”", "Stall as both sides leave the table"]


def test_of_several_copies_the_one_prose_follows_is_the_headline() -> None:
    text = "\n".join(
        [
            "New car sales plunge in October - Houston Chronicle",
            "New car sales plunge in October",  # in a menu
            *["Business", "Sports", "Weather", "Jobs", "Cars", "Homes"],
            "New car sales plunge in October",
            PROSE,
            PROSE,
        ]
    )
    title = [r for r in newsclean.clean(text).removals if r.reason == "headline"]
    assert [r.start for r in title] == [text.rindex("New car sales plunge in October")]


def test_an_extractors_first_paragraph_is_not_a_browser_title() -> None:
    page = Page.from_text(f"{PROSE}\n{PROSE}")
    assert headline_repeats(page.lines) == []


def test_without_a_repeat_the_browser_title_loses_its_site_name() -> None:
    text = "\n".join(["Talks stall as both sides leave | World | The Daily Courier", PROSE, PROSE])
    assert newsclean.clean(text).metadata.title == "Talks stall as both sides leave"


def test_a_headline_an_earlier_rule_took_still_names_the_article() -> None:
    text = "\n".join(
        [
            "Talks Stall as Both Sides Leave - The Daily",
            "Up next:",
            "Talks stall as both sides leave",
            PROSE,
            PROSE,
        ]
    )
    assert newsclean.clean(text).metadata.title == "Talks stall as both sides leave"


@pytest.mark.parametrize(
    "first",
    [
        "This shop was paid by Acme and its advertiser. All opinions are mine. Read on #ad",
        "Binge eating disorder is the most common eating disorder in the United States (",
        " ".join(["word"] * 21),
    ],
)
def test_an_extractors_first_paragraph_is_not_taken_for_the_headline(first: str) -> None:
    article = newsclean.clean(f"{first}\n{PROSE}")
    assert article.metadata.title is None
    assert "title" not in {removal.kind for removal in article.removals}


def test_the_date_beside_the_byline_goes_with_it_as_byline() -> None:
    text = "\n".join(["By Jane Doe", "Updated 10:07 AM, Nov 19, 2019", PROSE, PROSE])
    article = newsclean.clean(text)
    stamps = [r for r in article.removals if r.reason == "date beside the byline"]
    assert [(r.kind, r.text) for r in stamps] == [("byline", "Updated 10:07 AM, Nov 19, 2019")]
    assert article.body == f"{PROSE}\n\n{PROSE}"


def test_a_sentence_with_a_date_beside_the_byline_stays() -> None:
    sentence = "On Nov. 19 at 10:07 the council met."
    article = newsclean.clean("\n".join(["By Jane Doe", sentence, PROSE]))
    assert sentence in article.body


def test_a_bare_name_under_the_headline_is_the_byline_when_the_page_repeats_it() -> None:
    lines = ["Talks Stall as Both Sides Leave - The Daily", "Home"]
    lines += ["Talks stall as both sides leave", "Anna Menin", PROSE, PROSE, "Anna Menin"]
    assert newsclean.clean("\n".join(lines)).metadata.authors == ("Anna Menin",)


def test_a_section_label_under_the_headline_is_not_an_author() -> None:
    # A label's words are ordinary words the page also writes in lower case;
    # a person's name hardly ever is (the header model's "lower_elsewhere").
    lines = ["Talks Stall as Both Sides Leave - The Daily", "Home"]
    lines += ["Talks stall as both sides leave", "World News", PROSE, PROSE]
    lines += ["It was the biggest world news of the week, and the news spread fast."]
    assert newsclean.clean("\n".join(lines)).metadata.authors == ()


def test_a_name_with_a_job_title_under_the_headline_is_the_byline() -> None:
    lines = ["Talks Stall as Both Sides Leave - The Daily", "Home"]
    lines += ["Talks stall as both sides leave", "Steve Peoples, AP National Political Writer"]
    lines += [PROSE, PROSE]
    assert newsclean.clean("\n".join(lines)).metadata.authors == ("Steve Peoples",)


@pytest.mark.parametrize(
    ("under", "authors"),
    [
        (["Jane Doe @janedoe / 2 days"], ("Jane Doe",)),  # a handle
        (["Jane Doe Senior Contributor"], ("Jane Doe",)),  # a job title
        (["November 20, 2019 Jane Doe"], ("Jane Doe",)),  # the article's date before it
        # A name right under the headline is the byline, marked or not: the
        # corpus shows many sites that print the bare name (the header model).
        (["November 20, 2019", "Jane Doe, The Daily"], ("Jane Doe",)),
        (["Jane Doe Associated Press"], ("Jane Doe",)),  # an agency
        (["Jane Doe", "News reporter @janedoe"], ("Jane Doe",)),  # a job title below
        (["JANE DOE, THE DAILY", "18 NOV 2019"], ("JANE DOE",)),  # a site, then a time stamp
        (["Courier Editorial Staff"], ("Courier Editorial Staff",)),  # the newsroom signs
        (["Daily wire services"], ("Daily wire services",)),
        (["Jane Doe, The Daily"], ("Jane Doe",)),  # a name and a site
        (["World News Staff Picks"], ()),  # a label with "Staff" inside, not at its end
        (["Weather, Sport"], ()),
    ],
)
def test_a_name_line_under_the_headline_is_read_when_the_page_marks_it(
    under: list[str], authors: tuple[str, ...]
) -> None:
    lines = ["Talks Stall as Both Sides Leave - The Daily", "Home"]
    lines += ["Talks stall as both sides leave", *under, PROSE, PROSE]
    assert newsclean.clean("\n".join(lines)).metadata.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "By Jane " + "a" * 80_000,  # a long token: the handle search once rescanned it per start
        "By Jane" + " " * 80_000 + "Doe",  # a long blank run inside a byline
        "Headline" + " " * 80_000 + "- Site",  # and inside a browser title
        "Jane Doe" + " " * 80_000 + "Staff Writer",
    ],
    ids=["long-token", "byline-blanks", "title-blanks", "role-blanks"],
)
def test_header_patterns_stay_linear_on_long_runs(line: str) -> None:
    # Quadratic, each of these took 20 s or more; linear, well under a second.
    started = time.process_time()
    newsclean.clean(line + "\n\nThe story itself is told in this sentence.")
    assert time.process_time() - started < 5


def test_a_headline_reworded_from_the_browser_title_is_the_title() -> None:
    lines = [
        "Delhi air pollution: The law that's helping fuel the city's poor air quality - Vox",
        "Home",
        "Ten Things To Know About The City Budget",  # a teaser: few words in common
        "The law that's helping fuel Delhi's deadly air pollution",
        "By Jane Doe",
        PROSE,
        PROSE,
    ]
    article = newsclean.clean("\n".join(lines))
    assert article.metadata.title == lines[3]
    assert article.metadata.authors == ("Jane Doe",)
    assert lines[2] not in {r.text for r in article.removals if r.rule == "title"}


def test_an_exact_repeat_wins_over_a_reworded_line() -> None:
    lines = [
        "Talks Stall as Both Sides Leave - The Daily",
        "Talks stall as both sides leave",
        "Talks stall again as both sides leave the table",  # reworded, nearer the prose
        PROSE,
        PROSE,
    ]
    page = Page.from_text("\n".join(lines))
    assert [line.index for line in reworded_headlines(page.lines)] == [1, 2]
    assert newsclean.clean("\n".join(lines)).metadata.title == lines[1]


OPENINGS = [
    "By Jo Roe",
    "BY JO ROE",
    "bY",
    "B",
    "",
    "Von Anna",
    "VON",
    "Par Luc",
    "Posted by",
    "| By Jo",
    " - AFP",
    "AFP",
    "Reuters",
    "ßy",
    "İstanbul",
    "Home",
    "The end",
]


@given(st.one_of(st.sampled_from(OPENINGS), st.text(max_size=8)))
def test_the_two_character_look_up_turns_down_only_lines_the_pattern_would(text: str) -> None:
    for start in (byline._start(), byline._agency_start()):
        assert byline._opens(start, text) == (start.match(text) is not None)


@pytest.mark.parametrize(
    ("line", "candidate"),
    [
        ("Joe Biden spoke on Wednesday. Jim Watson / AFP", False),  # a caption and its credit
        ("Skip to main content", False),
        ("Erstes Bild: So könnte die Seilbahn aussehen", True),  # a label word, no credit
        ("Talks Stall Again", True),
    ],
)
def test_captions_and_skip_links_are_no_headline_candidates(line: str, candidate: bool) -> None:
    from newsclean.page import Page
    from newsclean.rules.titles import Facts, title_table

    lines = Page.from_text(f"{line}\n\nThe talks stalled on Monday after both sides left.").lines
    table = title_table(lines, Facts.of(lines))
    assert any(value == (line,) for value in table.values) is candidate
