"""Body selection: line verdicts at their thresholds, neighbour revision, lists,
dated feeds, the article region on a full page, and gentleness on an article."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.page import Page
from newsclean.rules import lists, prose
from newsclean.rules.article_end import feed_start
from newsclean.rules.body import ArticleBody, best_region, region_after
from newsclean.rules.lists import with_lists
from newsclean.rules.prose import (
    DATE_LINE,
    LONG_CHARS,
    SHORT_CHARS,
    Verdict,
    judge,
    revise,
)

PARAS = [
    "The city council voted on Tuesday to close the old bridge, and the work will start in spring.",
    "Residents who use the bridge every day said that they had not been told about it last week.",
    "The mayor said the bridge was no longer safe and that the council had no choice but to act.",
    "A new bridge is expected to open in two years, and the city will run a ferry in the meantime.",
]
MENU = ["Home", "News", "Sport", "Business", "Culture", "Weather", "Video", "Opinion", "Local"]
TEASERS = [
    "Five Things To Know About The New Budget Plan For Next Year",
    "Local Team Wins Its Third Title In A Row",
    "Storm Warning Issued For The Whole Coast Tonight",
    "Police Search For Missing Hiker In The Hills",
]


def _page(*lines: str) -> str:
    return "\n".join(lines)


def _verdicts(*lines: str) -> list[str]:
    return [j.verdict.value for j in judge(Page.from_text(_page(*lines)).lines)]


def _sentence(length: int) -> str:
    """A stop-word-rich sentence of exactly ``length`` characters, ending in a full stop."""
    text = (
        "It was said that the plan was one of the best that they had seen in all of the years " * 3
    )
    return text[: length - 2].rstrip().ljust(length - 1, "x") + "."


# -- one line alone -------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "expected"),
    [(SHORT_CHARS - 1, "short"), (SHORT_CHARS, "bad"), (SHORT_CHARS + 1, "bad")],
)
def test_an_unended_line_is_short_below_the_bar_and_a_teaser_above_it(
    size: int, expected: str
) -> None:
    line = ("Council votes to close the old bridge today" * 2)[:size].rstrip().ljust(size, "x")
    assert len(line) == size
    assert _verdicts(line, *PARAS)[0] == expected


@pytest.mark.parametrize(
    ("size", "expected"),
    [(LONG_CHARS - 1, "near-good"), (LONG_CHARS, "good"), (LONG_CHARS + 1, "good")],
)
def test_a_prose_sentence_is_good_from_long_chars_on(size: int, expected: str) -> None:
    line = _sentence(size)
    assert len(line) == size
    assert _verdicts(line, *PARAS)[0] == expected


def test_each_kind_of_chrome_line_gets_its_own_reason() -> None:
    page = Page.from_text(
        _page(
            "Home",
            *PARAS[:2],
            "Home",
            "November 19, 2019 at 6:34 am",
            "Five Things To Know About The New Budget Plan For Next Year",
            "ticker symbols 225.86 -12.99 -5.44% 113.40 -1.62 and more figures",
            "Download: http://example.com/ep615",
            "Read the full report at http://example.com/report, the council said on Monday.",
        )
    )
    reasons = {j.line.text: j.reason for j in judge(page.lines)}
    assert reasons["Download: http://example.com/ep615"] == "link line"
    # A sentence that carries a link is judged as the sentence it is.
    assert reasons[
        "Read the full report at http://example.com/report, the council said on Monday."
    ] in {"prose", "prose-ish"}
    assert reasons["Home"] == "line repeated on the page"
    assert reasons["November 19, 2019 at 6:34 am"] == DATE_LINE
    assert (
        reasons["Five Things To Know About The New Budget Plan For Next Year"]
        == "title-case headline"
    )
    assert reasons["ticker symbols 225.86 -12.99 -5.44% 113.40 -1.62 and more figures"] in {
        "few stop words",
        "no sentence end",
    }


def test_a_long_sentence_full_of_figures_is_still_prose_ish() -> None:
    line = "Japan's Nikkei 225 (N225) declined 0.3%, while South Korea's Kospi (KOSPI) fell 0.5%."
    assert _verdicts(*PARAS, line)[-1] == "near-good"


def test_a_page_in_a_language_without_a_list_is_judged_by_length_and_punctuation() -> None:
    korean = (
        "정부는 화요일에 오래된 다리를 폐쇄하기로 결정했으며 공사는 봄에 시작될 예정이라고 밝혔다."
    )
    verdicts = _verdicts("메뉴", korean * 2, korean * 2)
    assert verdicts == ["short", "good", "good"]


# -- neighbours -----------------------------------------------------------------


def test_a_short_line_inside_the_article_survives_and_one_in_a_menu_goes() -> None:
    page = Page.from_text(_page(*MENU, PARAS[0], "Yikes.", PARAS[1], "What happens next", PARAS[2]))
    revised = {j.line.text: j.verdict for j in revise(judge(page.lines))}
    assert revised["Yikes."] is Verdict.GOOD
    assert revised["What happens next"] is Verdict.GOOD
    assert revised["Sport"] is Verdict.BAD


def test_a_colon_list_after_prose_joins_it_but_not_after_a_menu() -> None:
    after_prose = Page.from_text(
        _page(PARAS[0], "The tour dates are:", "June 9 - Tampa", "June 10 - Miami")
    )
    assert {j.verdict for j in with_lists(revise(judge(after_prose.lines)))} == {Verdict.GOOD}
    after_menu = Page.from_text(_page(*MENU, "You are here:", "Home page", "World news"))
    assert Verdict.GOOD not in {j.verdict for j in with_lists(revise(judge(after_menu.lines)))}


def test_a_marked_list_next_to_prose_joins_it() -> None:
    page = Page.from_text(_page("- 8 ripe pears", "- 1 lemon", "- 6 tbsp pectin", *PARAS[:2]))
    verdicts = [j.verdict for j in with_lists(revise(judge(page.lines)))]
    assert verdicts[:3] == [Verdict.GOOD] * 3
    assert lists.with_lists([]) == []


# -- regions --------------------------------------------------------------------


def test_best_region_and_region_after_a_headline() -> None:
    values = [-5, 10, -3, 8, -50, 30]
    assert best_region(values) == (5, 5, 30)
    assert region_after(values, 0, [False] * 6) == (1, 3, 15)
    assert best_region([-1, -2]) == (0, -1, 0)


def test_comments_after_the_article_are_a_dated_feed() -> None:
    comments = []
    for name, time in (("anna", "6:34 am"), ("bob", "7:02 am"), ("cy", "8:12 am")):
        comments += [f"{name} says:", f"November 19, 2019 at {time}", PARAS[0]]
    page = Page.from_text(_page(*PARAS, *comments))
    judged = with_lists(revise(judge(page.lines)))
    assert feed_start(judged, 0, len(page.lines) - 1) == len(PARAS) + 1


def test_a_list_of_dates_one_a_line_is_not_a_feed() -> None:
    dates = [f"June {day} -- Arena, City" for day in range(1, 9)]
    page = Page.from_text(_page(*PARAS, "The tour dates are:", *dates, PARAS[0]))
    judged = with_lists(revise(judge(page.lines)))
    assert feed_start(judged, 0, len(page.lines) - 1) is None


# -- the rule on whole pages ----------------------------------------------------


def _full_page() -> str:
    return _page(
        "Council Votes To Close Old Bridge - The Daily Courier",
        *MENU,
        "Council votes to close old bridge",
        "By Jane Roe",
        PARAS[0],
        PARAS[1],
        "What happens next",
        PARAS[2],
        PARAS[3],
        *TEASERS,
        "Follow us",
        "Careers",
        "Advertise with us",
    )


def test_on_a_full_page_the_article_stays_and_the_page_around_it_goes() -> None:
    article = newsclean.clean(_full_page())
    assert article.body == "\n\n".join(
        [PARAS[0], PARAS[1], "What happens next", PARAS[2], PARAS[3]]
    )
    assert article.metadata.title == "Council votes to close old bridge"
    assert article.metadata.authors == ("Jane Roe",)
    body = [r for r in article.removals if r.rule == "article-body"]
    assert {r.kind for r in body} == {"navigation"}
    assert {r.reason for r in body} == {"before the article", "after the article"}
    assert "Sport" in body[0].text and "Police Search" in body[-1].text


def test_prose_that_mentions_menus_and_home_survives() -> None:
    text = _page(
        "Council Votes To Close Old Bridge - The Daily Courier",
        *MENU,
        "Council votes to close old bridge",
        PARAS[0],
        "The menu at the café by the bridge lists home cooking, news of the day and sport on TV.",
        PARAS[1],
    )
    assert "The menu at the café" in newsclean.clean(text).body


def test_the_article_after_its_headline_beats_a_longer_notice_at_the_end() -> None:
    # The region after the headline wins while it scores ANCHOR_SHARE of the best.
    notice = (
        "This website uses tracking to improve your experience while you navigate through it, "
        "and some of the data is stored in your browser as it is needed for the site to work. "
    ) * 3
    text = _page(
        "Council Votes To Close Old Bridge - The Daily Courier",
        *MENU,
        "Council votes to close old bridge",
        *PARAS,
        *MENU,
        notice,
    )
    assert len(notice) > len("".join(PARAS))
    body = newsclean.clean(text).body
    assert body == "\n\n".join(PARAS)


def test_an_extractors_output_loses_only_chrome_at_its_edges() -> None:
    trailing = "Ten Things You Missed This Week In City Politics And Beyond"
    ingredients = [f"- {n} cups of flour" for n in range(1, 9)]
    text = "\n".join([*PARAS, "You will need:", *ingredients, trailing])
    article = newsclean.clean(text)
    assert article.body.startswith(PARAS[0])
    assert all(item in article.body for item in ingredients)
    assert trailing not in article.body
    (removal,) = [r for r in article.removals if r.rule == "article-body"]
    assert removal.reason == "after the article (already an article)"


def test_a_page_without_any_prose_is_left_alone() -> None:
    text = _page(*MENU)
    assert (
        list(ArticleBody().find(newsclean.Context(Page.from_text(text), [False] * len(MENU)))) == []
    )
    assert newsclean.clean(text).body.split("\n\n") == MENU


def test_an_interview_of_short_questions_and_answers_joins_the_prose() -> None:
    page = Page.from_text(
        _page(
            PARAS[0], "Q: Favorite place?", "A: Cape Town", "Q: Favorite book?", "A: Dune", PARAS[1]
        )
    )
    assert {j.verdict for j in with_lists(revise(judge(page.lines)))} == {Verdict.GOOD}


GERMAN = [
    "Der Bundestag hat am Donnerstag mit großer Mehrheit ein neues Klimagesetz beschlossen.",
    "Die Opposition kritisierte, dass die Regierung die Maßnahmen zu spät vorgelegt habe.",
    "Das Gesetz muss noch vom Bundesrat gebilligt werden, der sich im April damit befasst.",
]
FRENCH = [
    "L'Assemblée nationale a adopté jeudi une nouvelle loi sur le climat, qui renforce les buts.",
    "L'opposition a critiqué le gouvernement, qui selon elle a présenté les mesures trop tard.",
    "Le texte doit encore être examiné par le Sénat, qui se penchera sur le projet en avril.",
]


@pytest.mark.parametrize(
    ("lines", "paras", "authors"),
    [
        (
            [
                "Bundestag beschließt neues Klimagesetz | Tagesblatt",
                *["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Regional"],
                "Bundestag beschließt neues Klimagesetz",
                "Von Anna Schmidt und Jan Meyer",
                "Aktualisiert am 12.03.2024, 14:05 Uhr",
                *GERMAN,
                *["Klimaschutz: Was Die Regierung Jetzt Für Den Norden Plant", "Impressum"],
            ],
            GERMAN,
            ("Anna Schmidt", "Jan Meyer"),
        ),
        (
            [
                "L'Assemblée adopte une loi sur le climat - Le Quotidien",
                *["Accueil", "Politique", "Économie", "Sport", "Culture", "Sciences", "Régions"],
                "L'Assemblée adopte une loi sur le climat",
                "Par Marie Dupont",
                "Publié le 12 mars 2024 à 14h05",
                *FRENCH,
                *["Climat : Ce Que Prévoit Le Gouvernement Pour Les Régions", "Mentions légales"],
            ],
            FRENCH,
            ("Marie Dupont",),
        ),
    ],
    ids=["german", "french"],
)
def test_full_pages_in_other_languages(
    lines: list[str], paras: list[str], authors: tuple[str, ...]
) -> None:
    article = newsclean.clean("\n".join(lines))
    assert article.body == "\n\n".join(paras)
    assert article.metadata.authors == authors
    assert article.metadata.title == lines[8]  # the headline under the seven-item menu


def test_a_list_of_dates_under_a_heading_joins_the_prose_above_it() -> None:
    dates = [f"June {day} – Arena in Some City, ST" for day in range(1, 6)]
    page = Page.from_text(_page(*PARAS[:2], "The Tour Dates", *dates))
    assert {j.verdict for j in with_lists(revise(judge(page.lines)))} == {Verdict.GOOD}
    after_menu = Page.from_text(_page(*MENU, *dates))
    assert Verdict.GOOD not in {j.verdict for j in with_lists(revise(judge(after_menu.lines)))}


@pytest.mark.parametrize(
    "heading", ["Leave a Reply", "2 Comments", "Kommentar schreiben", "Deja un comentario"]
)
def test_a_comment_section_after_the_article_goes_as_comment(heading: str) -> None:
    comments = ["Great piece, thank you for writing it, I learned a lot from it today.", PARAS[0]]
    text = _page(
        "Council Votes To Close Old Bridge - The Daily Courier",
        *MENU,
        "Council votes to close old bridge",
        *PARAS,
        heading,
        *comments,
    )
    article = newsclean.clean(text)
    assert article.body == "\n\n".join(PARAS)
    (removal,) = [r for r in article.removals if r.kind == "comment"]
    assert removal.text.endswith(PARAS[0]) and "Great piece" in removal.text
    assert removal.reason == "comments after the article"
    assert heading in {
        r.text.split("\n")[0] for r in article.removals
    }  # this rule's or a share row


def test_prose_about_comments_and_an_early_heading_stay() -> None:
    mention = "Two comments on the plan came from residents, who said it was too late for them."
    text = _page(*PARAS[:2], mention, "Leave a comment", *PARAS[2:], PARAS[0], PARAS[1], PARAS[2])
    article = newsclean.clean(text)
    assert mention in article.body
    assert "comment" not in {r.kind for r in article.removals}


def test_a_comment_heading_over_comments_longer_than_the_article_ends_it() -> None:
    comments = [f"{p} I have said so {n} times already." for n, p in enumerate(PARAS * 3)]
    text = _page(*PARAS, *PARAS[:2], "Top Rated Comments", *comments)
    article = newsclean.clean(text)
    assert article.body == "\n\n".join([*PARAS, *PARAS[:2]])
    (removal,) = [r for r in article.removals if r.kind == "comment"]
    assert removal.text.startswith("Top Rated Comments")


def test_a_line_that_copies_the_article_whole_goes() -> None:
    dump = " ".join(PARAS) * 3  # structured data shown as text: the article again, in one line
    text = _page(
        "Council Votes To Close Old Bridge - The Daily Courier",
        *MENU,
        "Council votes to close old bridge",
        *PARAS,
        dump,
    )
    assert newsclean.clean(text).body == "\n\n".join(PARAS)
    verdicts = {j.line.text: j for j in judge(Page.from_text(text).lines)}
    assert verdicts[dump].reason == "copy of other lines"
    # One long paragraph holding a single pull quote is no copy.
    quote = " ".join(PARAS) * 3 + " " + _sentence(400)
    assert judge(Page.from_text(_page(PARAS[0], quote)).lines)[1].reason != "copy of other lines"


def test_a_full_page_whose_chrome_the_rules_took_is_not_treated_as_an_extract() -> None:
    # Share rows and sign-ups above the article are all taken by phrase rules,
    # so the prose is the first free line; the page is still a full page, and
    # the metadata dump below the article goes.
    above = ["Facebook", "Twitter", "LinkedIn", "Email", "Print"] * 3
    below = ["2019-11-13T23:06:00+01:00", "https://example.com/img/logo.png", "500", "250"] * 3
    text = _page(*above, *PARAS, *below)
    article = newsclean.clean(text)
    assert article.body == "\n\n".join(PARAS)
    assert not any("already an article" in r.reason for r in article.removals)


def test_a_sign_up_box_below_the_article_ends_it() -> None:
    blurb = "The Daily Courier is a local newspaper that has served the city since 1901, in print."
    text = _page(
        "Council Votes To Close Old Bridge - The Daily Courier",
        *MENU,
        "Council votes to close old bridge",
        *PARAS,
        *PARAS[:3],
        "Sign up for our newsletter",
        blurb,
        "Privacy policy",
        PARAS[3],
    )
    article = newsclean.clean(text)
    assert article.body == "\n\n".join([*PARAS, *PARAS[:3]])
    assert "sign-up box after the article" in {r.reason for r in article.removals}


def test_a_sign_up_box_inside_the_article_keeps_the_paragraphs_below_it() -> None:
    text = _page(
        "Council Votes To Close Old Bridge - The Daily Courier",
        *MENU,
        "Council votes to close old bridge",
        *PARAS[:2],
        "Sign up for our newsletter",
        *PARAS[2:],
        *PARAS,
    )
    assert newsclean.clean(text).body == "\n\n".join([*PARAS[:2], *PARAS[2:], *PARAS])


def test_a_table_between_paragraphs_stays_and_a_ticker_above_the_article_goes() -> None:
    table = [
        "Defensive Line",
        "Pos Player Plays % Stats",
        "DL Jonathan Roeberg 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.",
        "DL Alistair Poehler 57 77% 3 tackles (3 combined). 1 sack, 1 TFL, 1 QH.",
        "DL Edmund Moesgaard 29 39% 2 tackles, 1 assist (3 combined). 1 QH.",
    ]
    ticker = ["Dow 27,934.02 -102.20", "S&P 500 3,108.46 -1.95", "Nasdaq 8,549.94 -10.03"]
    text = _page(
        "Council Votes To Close Old Bridge - The Daily Courier",
        *MENU,
        *ticker,
        "Council votes to close old bridge",
        *PARAS[:2],
        *table,
        *PARAS[2:],
    )
    assert newsclean.clean(text).body == "\n\n".join([*PARAS[:2], *table, *PARAS[2:]])
    page = Page.from_text(_page(*MENU, *ticker, *PARAS))
    verdicts = {j.line.text: j.verdict for j in with_lists(revise(judge(page.lines)))}
    assert {verdicts[row] for row in ticker} == {Verdict.BAD}


@pytest.mark.parametrize("heading", ["About the author", "About Jane Roe", "Über Jana Rohr"])
def test_an_author_box_heading_below_the_article_ends_it_without_a_byline(heading: str) -> None:
    bio = "Jane has written about the city for the paper since 2004, and she lives by the river."
    text = _page(
        "Council Votes To Close Old Bridge - The Daily Courier",
        *MENU,
        "Council votes to close old bridge",
        *PARAS,
        heading,
        bio,
    )
    article = newsclean.clean(text)
    assert article.body == "\n\n".join(PARAS)
    assert "author box after the article" in {r.reason for r in article.removals}


def test_about_lines_early_in_the_article_or_naming_no_person_stay() -> None:
    early = _page(
        "Council Votes To Close Old Bridge - The Daily Courier",
        *MENU,
        "Council votes to close old bridge",
        PARAS[0],
        "About Jane Roe",  # a crosshead before most of the prose
        *PARAS[1:],
        *PARAS,
    )
    assert "About Jane Roe" in newsclean.clean(early).body
    late = _page(*PARAS, "About time.", PARAS[0])
    assert newsclean.clean(late).body == "\n\n".join([*PARAS, "About time.", PARAS[0]])


def test_a_prose_ish_lede_at_the_top_survives_but_not_one_between_chrome() -> None:
    lede = "The retailer earned $2.8 billion in the third quarter."
    teaser = "Five Things To Know About The New Budget Plan For Next Year"
    assert _verdicts(lede) == ["near-good"]
    top = revise(judge(Page.from_text(_page(lede, teaser, *PARAS)).lines))
    assert top[0].verdict is Verdict.GOOD
    inside = revise(judge(Page.from_text(_page(teaser, lede, teaser)).lines))
    assert inside[1].verdict is Verdict.BAD


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 9 – Tampa", True),
        ("9. Juni – Hamburg", True),
        ("12:30 Doors open", True),
        ("Tampa – June 9", False),  # a date, but not at the start
        ("9 reasons to go", False),  # a digit, but no date
        ("June in Tampa", False),  # a month, but no day
    ],
)
def test_a_list_of_dates_is_told_by_a_date_at_each_lines_start(text: str, expected: bool) -> None:
    assert lists._starts_with_date(text) is expected


# Pieces of dates and of text around them, for the property below.
DATE_PIECES = st.sampled_from(
    [
        "Nov",
        "November",
        "NOV",
        "März",
        "mai",
        "sept",
        "Sept.",
        ".",
        " ",
        "  ",
        "\t",
        "19",
        "2019",
        "6",
        ":",
        "34",
        "am",
        "ago",
        "3 hours",
        "vor",
        "il y a",
        "hace",
        ",",
        "-",
        "/",
        "novembers",
        "x",
    ]
)


@given(st.lists(DATE_PIECES, max_size=12).map("".join))
def test_the_month_lookahead_finds_the_same_dates_as_the_plain_pattern(text: str) -> None:
    plain = regex.compile(prose.dated().pattern.replace(r"(?=\w++\.?\s+\d)", "", 1))
    assert plain.pattern != prose.dated().pattern
    found, expected = prose.dated().search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())
