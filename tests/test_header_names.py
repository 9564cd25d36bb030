"""Bylines the header model reads as names: job titles after a name, names
the page also prints inside an address, names under a label above the headline.

Each shape has its negative: a lower-case word after a mid-line "di" is no
name, a three-word name keeps its last word, a menu of labels gives no author.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.rules.byline import read_byline
from newsclean.rules.names import lower_words, read_names

PROSE = "The talks ended on Monday, and the two sides said that they would meet again in May."
BROWSER, HEADLINE = "Talks Stall as Both Sides Leave - The Daily", "Talks stall as both sides leave"


def authors(*lines: str) -> tuple[str, ...]:
    return newsclean.clean("\n".join(lines)).metadata.authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("by admin", ("admin",)),  # a user name opens its line
        # Mid-line, after a date, the word after "di" is the sentence's ("of reading").
        ("05 Gennaio 2025 Aggiornato alle 16:01 1 minuti di lettura", ()),
        ("05 Gennaio 2025 di Luca Monaco", ("Luca Monaco",)),
    ],
)
def test_a_mid_line_opener_needs_a_name(line: str, names: tuple[str, ...]) -> None:
    assert read_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Openers of the languages the corpus shows bylines in, past the packs' first nine.
        ("Autori: Anna Ūdre (LTV Ziņu dienesta ārzemju ziņu redaktore)", ("Anna Ūdre",)),
        ("Текст: Венера Ерофеева · 24 сентября 2018", ("Венера Ерофеева",)),
        ("投稿者 Masafumi Negishi", ("Masafumi Negishi",)),
        ("Kolumne von Carla Siepmann", ("Carla Siepmann",)),
        # The names end before a place; an outlet's initials before a job title are no name.
        ("By Jo Roe in Kyiv", ("Jo Roe",)),
        ("Von Anna Schmidt aus Berlin", ("Anna Schmidt",)),
        ("Written by Jo Roe in Valve on 1 June 2019 at 08:34 PM EDT.", ("Jo Roe",)),
        ("Analysis by Joan Roe, CNN Senior Supreme Court Analyst", ("Joan Roe",)),
        ("By Joan Roe and JANE DOE", ("Joan Roe", "JANE DOE")),
        ("By Jo Roe in", ()),  # (no place: "in" ends no name)
        ("By Sarah Roe Twitter", ("Sarah Roe",)),  # a share button's word after the name
        # The same words in a sentence or a label open no byline.
        ("Текст песни", ()),
        ("Autori un lasītāji tiekas rīt.", ()),
        ("Die Kolumne von gestern war besser.", ()),
    ],
)
def test_openers_of_more_languages(line: str, names: tuple[str, ...]) -> None:
    assert read_byline(line) == names


def test_a_role_in_brackets_after_names_joined_by_commas_is_none_of_them() -> None:
    # (a reading the header model weighs among the others)
    line = "Chus del Pino, Martí Abad (Enviado especial)"
    assert ("joined", ("Chus del Pino", "Martí Abad")) in read_names(line)
    assert read_names("Estado de Alarma (Especial)") == []


def test_the_words_of_addresses_are_not_words_the_page_writes() -> None:
    text = "Write to Jo Roe at jo.roe@daily.com, @joroe or www.roe.com/jo #jo: world news"
    assert sorted(lower_words(text)) == ["at", "news", "or", "to", "world"]


def test_a_name_the_page_also_prints_in_an_email_address_is_the_byline() -> None:
    tip = "Tips for this story can be sent to jane.doe@thedaily.com or to @janedoe on X."
    assert authors(BROWSER, "Home", HEADLINE, "Jane Doe", PROSE, PROSE, tip) == ("Jane Doe",)


def test_a_label_above_the_headline_does_not_make_the_byline_a_list_item() -> None:
    lines = [BROWSER, "Topics", "World", HEADLINE, "Jane Doe", PROSE, PROSE, "Jane Doe"]
    assert authors(*lines) == ("Jane Doe",)


def test_a_list_under_a_label_still_gives_no_author() -> None:
    # (the label taken for the headline: the names under it stay its items)
    lines = [PROSE, "Related Topics", "Justin Bieber", "Kanye West", "Music", PROSE, PROSE]
    assert authors(*lines) == ()


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # "senior" and "politics" are words of the page: they qualify the job title.
        (["Sam Roe Senior Politics Editor, The Daily"], ("Sam Roe",)),
        (["By", "Emma Roe Lifestyle Writer", "14:00, 28 Apr 2024"], ("Emma Roe",)),
        (["Gina Roe CEO"], ("Gina Roe",)),
        # A three-word name keeps its last word: the page never writes it in lower case.
        (["By John Patrick Pullen Staff Writer"], ("John Patrick Pullen",)),
        (["Anna Maria Roe Editor", "14:00, 28 Apr 2024"], ("Anna Maria Roe",)),
    ],
)
def test_a_job_title_after_a_name_goes_with_the_words_that_qualify_it(
    under: list[str], names: tuple[str, ...]
) -> None:
    prose = "The senior politics team asked a lifestyle question of every editor in town."
    assert authors(BROWSER, "Home", HEADLINE, *under, PROSE, prose, PROSE) == names


def test_a_menu_of_job_titles_gives_no_author() -> None:
    menu = ["Contact", "Our Editors", "Board of Directors"]
    lines = [BROWSER, "Home", HEADLINE, PROSE, PROSE, *menu]
    assert authors(*lines) == ()


def test_names_one_a_line_under_the_headline_are_read_together() -> None:
    # (a reading the header model weighs: the stack, marked by the date under it)
    from newsclean.page import Page
    from newsclean.rules.authors import author_candidates

    lines = [BROWSER, "Home", HEADLINE, "Ingrid Roe", "Marlene Lund Holm", "Publisert 09. mai 2024"]
    page = Page.from_text("\n".join([*lines, PROSE, PROSE]))
    found = {c.value: c.features for c in author_candidates(page.lines, 2)}
    assert found[("Ingrid Roe", "Marlene Lund Holm")]["stamp_near"] == 1.0


def test_labels_one_a_line_are_no_stack_of_names() -> None:
    from newsclean.page import Page
    from newsclean.rules.authors import author_candidates

    lines = [BROWSER, "Home", HEADLINE, "World News", "Local Sports", "Thu, 14 May 2020"]
    words = "The world news and the local sports pages ran the story first."
    page = Page.from_text("\n".join([*lines, PROSE, words, PROSE]))
    assert all(len(c.value) == 1 for c in author_candidates(page.lines, 2))


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # A Chinese, Japanese or Korean name beside a columnist's or senior reporter's title.
        ("정덕현 칼럼니스트 thekian1@daily.co.kr", [("marked", ("정덕현",))]),
        # A wide name that leads the date on its line.
        ("谢若含 2017-03-01 14:27:02", [("parts", ("谢若含",))]),
        # A Latin name that leads a date written with its month.
        ("Brent Roe November 20, 2019 12:32", [("parts", ("Brent Roe",))]),
        # A date's label, a paper's name or a recruitment notice is no name.
        ("更新时间 2017-03-01 14:27:02", []),
        ("登録日 2019/02/22", []),
        ("毎日新聞 2025/1/14 21:17", []),
        ("기자 모집", []),
        ("Posted November 20, 2019 12:32", []),
    ],
)
def test_names_beside_wide_titles_and_dates(
    line: str, names: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert read_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # An outlet in capitals after the names goes ("Jo Roe, MDR THÜRINGEN") …
        ("von David Roe, MDR THÜRINGEN", ("David Roe",)),
        # … but a byline that sets its people in capitals keeps them all.
        ("By JOSH ROE, DAVID POE", ("JOSH ROE", "DAVID POE")),
    ],
)
def test_an_outlet_in_capitals_after_the_names_is_none_of_them(
    line: str, names: tuple[str, ...]
) -> None:
    assert read_byline(line) == names


def _candidates(lines: list[str], head: int) -> dict[tuple[str, ...], dict[str, float]]:
    from newsclean.page import Page
    from newsclean.rules.authors import author_candidates

    page = Page.from_text("\n".join(lines))
    return {c.value: c.features for c in author_candidates(page.lines, head)}


def test_a_name_under_the_articles_last_paragraph_signs_it_off() -> None:
    # (Korean, Vietnamese and many blogs' pages sign the article off at its end)
    found = _candidates([BROWSER, "Home", HEADLINE, PROSE, PROSE, PROSE, "Jane Doe", "Share"], 2)
    assert found[("Jane Doe",)]["signs_off"] == 1.0
    found = _candidates([BROWSER, HEADLINE, PROSE, PROSE, "구현모 기자 ninek@daily.co.kr"], 1)
    assert found[("구현모",)]["signs_off"] == 1.0


def test_a_name_between_paragraphs_does_not_sign_off() -> None:
    # Prose that names someone is no byline; nor is a name with prose under
    # it (a speaker, a subhead).
    said = "The plan was drafted over the winter, said Jane Doe, who chairs the council board."
    lines = [BROWSER, "Home", HEADLINE, PROSE, PROSE, said, "Jane Doe", PROSE, "Menu"]
    assert ("Jane Doe",) not in _candidates(lines, 2)
    assert authors(*lines) == ()


def test_a_name_over_a_photos_credit_is_who_the_photo_shows() -> None:
    lines = [BROWSER, HEADLINE, "Friedrich Roe", "Foto: REUTERS/Nadja Poe", "Piotr Moe", PROSE]
    found = _candidates(lines, 1)
    # (a bare name there is no candidate at all; a marked one is flagged)
    assert ("Friedrich Roe",) not in found
    assert found[("Piotr Moe",)]["over_credit"] == 0.0
    lines[2] = "Friedrich Roe Staff Writer"
    assert _candidates(lines, 1)[("Friedrich Roe",)]["over_credit"] == 1.0


def test_names_one_a_line_with_their_addresses_between_are_read_together() -> None:
    lines = [BROWSER, HEADLINE, "배윤경 기자", "bykj@daily.co.kr", "이상현 기자", "lee@daily.co.kr"]
    assert ("배윤경", "이상현") in _candidates([*lines, PROSE, PROSE], 1)
    # (an address alone joins no two names that are not one a line)
    lines = [BROWSER, HEADLINE, "배윤경 기자", "bykj@daily.co.kr", PROSE, PROSE]
    assert all(len(names) == 1 for names in _candidates(lines, 1))


@pytest.mark.parametrize(
    "chrome",
    [
        "In Local News, News",  # a category line: section words only
        "Social Sharing",  # a share row's label
        "SUSCRÍBETE PARA ESCUCHAR",  # a paywall's button
        "Skip Navigation",
    ],
)
def test_chrome_under_the_headline_is_no_byline(chrome: str) -> None:
    lines = [BROWSER, "Home", HEADLINE, chrome, "Grace Local", PROSE, PROSE]
    # (the name under it is read; its first word is no section, so it is a name)
    assert authors(*lines) == ("Grace Local",)


def test_a_two_word_button_after_a_name_is_no_part_of_it() -> None:
    # ("Tips meg": a Norwegian reporter's tip-off button beside the byline)
    assert read_names("Tuva Mathilde Roe Tips meg", True, "") == [("bare", ("Tuva Mathilde Roe",))]
    assert read_names("Tips oss", True, "") == []


def test_a_name_over_a_photo_credit_is_a_byline_when_the_credit_opens_the_caption() -> None:
    # "Foto: …" over the caption's sentence: the name above it is over the photo.
    caption = "The minister, in Prague, said on Monday that he would go."
    lines = [BROWSER, HEADLINE, "Ada Lund", "Foto: Daily Zprávy", caption, PROSE]
    assert ("Ada Lund",) in _candidates(lines, 1)


def test_an_item_of_a_comma_list_one_a_line_is_no_name() -> None:
    from newsclean.page import Page
    from newsclean.rules.authors import author_candidates

    tags = ["Open Source,", "MIT License,", "Rust,"]
    page = Page.from_text("\n".join([BROWSER, "Home", HEADLINE, *tags, PROSE, PROSE]))
    assert ("MIT License",) not in {c.value for c in author_candidates(page.lines, 2)}
    # The same name without the list's comma may be one.
    page = Page.from_text("\n".join([BROWSER, "Home", HEADLINE, "Mia Lindqvist", PROSE]))
    assert ("Mia Lindqvist",) in {c.value for c in author_candidates(page.lines, 2)}


def test_a_bare_latin_name_on_a_japanese_page_is_a_menu_item() -> None:
    # ("Android App" in the menu of a Japanese page; a Japanese name there needs a
    # reporter's title, a Latin one its "By")
    prose = "東京で大きな地震があり、多くの建物が揺れたと気象庁が発表した。被害の情報はまだない。"
    lines = ["東京で地震 - 毎日", "東京で地震", "Android App", "By Jo Roe", prose, prose]
    found = _candidates(lines, 1)
    assert ("Android App",) not in found
    assert ("Jo Roe",) in found
    # On a page in a Latin script the same line is a name the model weighs.
    lines = [BROWSER, HEADLINE, "Anna Menin", PROSE, PROSE]
    assert ("Anna Menin",) in _candidates(lines, 1)


@pytest.mark.parametrize(
    ("names", "trimmed"),
    [
        # A newsroom signs whole, though the page writes "team" in lower case.
        (("Smart Shopping Team",), None),
        (("HNN Staff",), None),
        # A person's name keeps losing the page's words after it.
        (("Emma Roe Lifestyle",), ("Emma Roe",)),
    ],
)
def test_a_newsroom_signature_is_not_trimmed(
    names: tuple[str, ...], trimmed: tuple[str, ...] | None
) -> None:
    from newsclean.rules.names import with_trimmed

    lower = {"team", "shopping", "staff", "lifestyle"}
    readings = [value for _, value in with_trimmed([("byline", names)], lower)]
    assert readings == ([names] if trimmed is None else [names, trimmed])


def test_the_outlet_under_a_writer_is_no_second_writer() -> None:
    lines = [BROWSER, HEADLINE, "Max Roe", "The Grayzone", PROSE, PROSE]
    assert ("Max Roe", "The Grayzone") not in _candidates(lines, 1)
    # Two writers one a line are still read together.
    lines = [BROWSER, HEADLINE, "Max Roe", "Theo Grant", PROSE, PROSE]
    assert ("Max Roe", "Theo Grant") in _candidates(lines, 1)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Reporter's Notebook", False),  # a menu's item, in the possessive
        ("Editor’s Picks", False),
        ("Conan O'Brien", True),  # an apostrophe inside a name
        ("Jo D'Angelo", True),
    ],
)
def test_a_word_in_the_possessive_is_no_part_of_a_name(line: str, name: bool) -> None:
    lines = [BROWSER, HEADLINE, line, PROSE, PROSE]
    assert any(line in value for value in _candidates(lines, 1)) is name


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jonisayi Maromo | Published 1 day ago", [("parts", ("Jonisayi Maromo",))]),
        # A teaser's headline that quotes its speaker after a dash names no writer.
        (
            "The Summit Shows That the State Is Committed to Making Lives Better – Ogbeni Roe",
            [],
        ),
    ],
)
def test_a_part_as_long_as_a_headline_makes_a_teaser_not_a_byline(
    line: str, names: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [r for r in read_names(line) if r[0] == "parts"] == names
