"""The metadata issue 10 asks for: the date, the language, bylines in more
shapes, and no junk in credits or ad lines. Each table has its negative cases."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Image, Metadata
from newsclean.lang import language
from newsclean.phrases import whole_line
from newsclean.rules.authors import read_names
from newsclean.rules.captions import read_caption
from newsclean.rules.header import without_site
from newsclean.rules.headmodel import without_wide_site
from newsclean.rules.isodate import iso_date
from newsclean.rules.names import wide_name

PROSE = (
    "The talks ended on Monday, and the two sides said that they would meet again in May "
    "to go over what is still open between them."
)

DATES = [
    ("2025-03-03", "2025-03-03"),
    ("2025-03-03T14:05:00+01:00", "2025-03-03T14:05"),
    ("Published March 3, 2025, 2:05 PM", "2025-03-03T14:05"),
    ("Mar. 3rd 2025", "2025-03-03"),
    ("3 March 2025", "2025-03-03"),
    ("12.03.2024, 18:00 Uhr", "2024-03-12T18:00"),
    ("3. März 2025", "2025-03-03"),
    ("3 de marzo de 2025", "2025-03-03"),
    ("le 3 mars 2025 à 14h05", "2025-03-03T14:05"),
    ("3 marca 2025", "2025-03-03"),
    ("12/28/2016", "2016-12-28"),
    ("2016年12月28日", "2016-12-28"),
    ("2019년 4월 28일", "2019-04-28"),
    ("20 February, 2024", "2024-02-20"),
    ("28. 4. 2023, 18:41 Uhr", "2023-04-28T18:41"),
    ("söndag 2 augusti 2026", "2026-08-02"),
    ("Publicerad 5 maj 2024 kl 10.23", "2024-05-05T10:23"),
    ("3. marts 2025", "2025-03-03"),
    # A two-digit year: day and month of two digits each.
    ("Veröffentlicht am 27.04.24 um 07:39 Uhr", "2024-04-27T07:39"),
    ("10/13/16 12:34PM", "2016-10-13T12:34"),
    ("03.02.98", "1998-02-03"),
    # No full date: no day.
    ("3 hours ago", None),
    ("version 1.2.3", None),
    ("Score 10-12-14-16", None),
    ("IP 192.168.10.10", None),
    ("ISBN 978-3-16-148410-0", None),
    ("May 3", None),
    ("Call 555-1234 today", None),
    ("Room 31.13.2024", None),
    ("vor 3 Stunden", None),
    ("Platz 1. 2. Liga", None),
    ("1. 2.2023", None),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_a_written_date_reads_as_iso(text: str, expected: str | None) -> None:
    assert iso_date(text) == expected


LANGUAGES = [
    ("Der Hund und die Katze sind nicht mit dem Auto gefahren, sagte er.", "de"),
    ("Le chat et le chien ne sont pas dans la maison avec nous.", "fr"),
    ("Hunden och katten är inte med oss i dag, säger han till oss.", "sv"),
    ("Kedi ve köpek bu sabah için çok daha ile birlikte geldi.", "tr"),
    ("Pes a kočka se na to podle mě jako by že je v tom.", "cs"),
    ("東京で雨が降った。明日も雨です。", "ja"),
    ("北京今天下雨，明天也下雨。", "zh"),
    ("서울 시내 한 카페에서 만났다.", "ko"),
    ("Москва сегодня объявила о новых мерах.", "ru"),
    ("Київ сьогодні оголосив про нові заходи.", "uk"),
    ("قالت الحكومة اليوم إنها ستعلن", "ar"),
    ("မြန်မာနိုင်ငံ သတင်း", "my"),
    # Too few words to tell: English, the fallback.
    ("OK", "en"),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGES)
def test_the_language_is_named_by_script_or_stop_words(text: str, expected: str) -> None:
    assert language(text) == expected


def test_clean_reports_the_language_and_the_date_of_the_byline() -> None:
    text = "\n\n".join(["Talks stall", "By Jo Roe | March 3, 2025", PROSE, PROSE])
    meta = newsclean.clean(text).metadata
    assert (meta.language, meta.date) == ("en", "2025-03-03")
    assert meta.to_dict()["date"] == "2025-03-03" and meta.to_dict()["language"] == "en"


def test_prose_that_mentions_a_date_gives_no_date_far_from_the_header() -> None:
    body = [PROSE] * 30 + ["On March 3, 2025 the council met again, as it does every spring."]
    meta = newsclean.clean("\n\n".join(["Talks stall", *body])).metadata
    assert meta.date is None


def test_a_date_above_the_headline_is_the_articles() -> None:
    top = ["Talks stall as both sides leave - The Daily", "Home", "Politics", "March 3, 2025"]
    head = ["Berlin", "World", "Europe", "Talks stall as both sides leave"]
    text = "\n\n".join([*top, *head, PROSE, PROSE])
    assert newsclean.clean(text).metadata.date == "2025-03-03"


def test_a_date_right_above_the_first_paragraph_is_the_articles() -> None:
    # The headline is followed by a lead, an image caption and credits; the
    # date stands where the article's text begins.
    lead = [f"Teaser line number {k} of the lead" for k in range(25)]
    text = "\n\n".join(["Talks stall", *lead, "Updated 3. März 2025", PROSE, PROSE])
    assert newsclean.clean(text).metadata.date == "2025-03-03"


def test_a_date_in_prose_far_below_the_headline_is_no_date() -> None:
    lead = [f"Teaser line number {k} of the lead" for k in range(25)]
    later = "The council first met on March 3, 2025, and again in May."
    text = "\n\n".join(["Talks stall", *lead, PROSE, *lead, later])
    assert newsclean.clean(text).metadata.date is None


def test_a_lone_time_stamp_dates_the_article_as_far_as_the_models_reach() -> None:
    # A long lead or a menu may push the stamp far below the headline; the
    # model's learned reach says how far it may stand, and prose that names a
    # day that far down is still no date.
    from attrs import evolve

    from newsclean.page import Page
    from newsclean.rules.headmodel import read_header, shipped_model

    lead = [f"Teaser line number {k} of the lead" for k in range(70)]
    stamp = "\n\n".join(["Talks stall", PROSE, *lead, "March 3, 2025", PROSE])
    prose = stamp.replace("March 3, 2025", "The council first met on March 3, 2025, and again.")
    near, far = evolve(shipped_model(), date_reach=60), evolve(shipped_model(), date_reach=100)
    assert read_header(Page.from_text(stamp), near).date is None
    assert read_header(Page.from_text(stamp), far).date == "2025-03-03"
    assert read_header(Page.from_text(prose), far).date is None


def test_a_lone_time_stamp_far_above_the_headline_dates_the_article() -> None:
    # A long menu between the page's day and its headline; a sentence there
    # that names a day is no time stamp.
    menu = [f"Section {k}" for k in range(30)]
    head = ["Talks stall as both sides leave - The Daily", "March 3, 2025", *menu]
    rest = ["Talks stall as both sides leave", PROSE, PROSE]
    assert newsclean.clean("\n\n".join([*head, *rest])).metadata.date == "2025-03-03"
    said = "The council first met on March 3, 2025, and again in May of that year."
    text = "\n\n".join([head[0], said, *menu, *rest])
    assert newsclean.clean(text).metadata.date is None


def test_a_time_stamp_beside_the_byline_beats_a_caption_that_names_a_day() -> None:
    head = ["Talks stall as both sides leave", "April 28, 2024 3:00 AM", "By Jo Roe"]
    caption = "Jo Roe talks to the mayor in Berlin, Germany, on April 14, 2024."
    text = "\n\n".join([*head, caption, PROSE, PROSE])
    assert newsclean.clean(text).metadata.date == "2024-04-28T03:00"


def test_the_first_publication_beats_an_update() -> None:
    head = ["Talks stall as both sides leave", "By Jo Roe", "Updated:", "Mar 6, 2018"]
    text = "\n\n".join([*head, "Original:", "Dec 21, 2016", PROSE, PROSE])
    assert newsclean.clean(text).metadata.date == "2016-12-21"
    mixed = "Aktualizacja: 19.04.2026 19:45 Publikacja: 18.04.2026 19:05"
    text = "\n\n".join(["Talks stall as both sides leave", mixed, PROSE, PROSE])
    assert newsclean.clean(text).metadata.date == "2026-04-18T19:05"


def test_an_update_alone_still_gives_the_day() -> None:
    text = "\n\n".join(["Talks stall as both sides leave", "Updated May 3, 2024", PROSE, PROSE])
    assert newsclean.clean(text).metadata.date == "2024-05-03"


def test_of_a_lines_dates_the_earliest_is_the_publication() -> None:
    stamp = "December 10, 2021 April 9, 2019 by Jo Roe"
    text = "\n\n".join(["Talks stall as both sides leave", stamp, PROSE, PROSE])
    assert newsclean.clean(text).metadata.date == "2019-04-09"


def test_the_day_is_kept_when_no_headline_or_byline_carries_it() -> None:
    # The page opens with prose (no headline) and has no byline: the day
    # still goes into the metadata, and its line stays in the body.
    text = "\n\n".join([PROSE, "Dec 20, 2016", PROSE])
    article = newsclean.clean(text)
    assert article.metadata.date == "2016-12-20" and article.metadata.title is None
    assert "Dec 20, 2016" in article.body


def test_merge_keeps_the_first_date_and_language() -> None:
    merged = Metadata(date="2025-03-03").merge(Metadata(date="2024-01-01", language="de"))
    assert (merged.date, merged.language) == ("2025-03-03", "de")


NAME_LINES = [
    ("Jonisayi Maromo | Published 1 day ago", ("Jonisayi Maromo",)),
    ("Yasmine Hassan · CBC News · Posted: Aug 08, 2024 4:00 AM EDT", ("Yasmine Hassan",)),
    ("27. Januar 2026 • Gregor Meier • 3 Minuten", ("Gregor Meier",)),
    (
        "Trine Juncher Jørgensen og Tôrtia Reimer-Johansen",
        ("Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"),
    ),
    ("Anna Schmidt und Jan Meyer", ("Anna Schmidt", "Jan Meyer")),
    # A name printed twice, or with a share button's word after it.
    ("Martin Gramnæs Martin Gramnæs", ("Martin Gramnæs",)),
    ("Sarah Lazare Twitter", ("Sarah Lazare",)),
]


def test_a_name_line_may_end_in_the_sites_name_from_the_browser_title() -> None:
    found = read_names("Jonathan Garber FOXBusiness", site="Fox Business")
    assert found == [("marked", ("Jonathan Garber",))]
    # The site's name alone leaves no name to cut it from.
    assert read_names("Fox Business", site="Fox Business") == [("bare", ("Fox Business",))]
    text = "\n\n".join(
        [
            "Talks stall as both sides leave | The West Australian",
            "Politics",
            "Talks stall as both sides leave",
            "Dan Jervis-Bardy The West Australian",
            PROSE,
            PROSE,
        ]
    )
    assert newsclean.clean(text).metadata.authors == ("Dan Jervis-Bardy",)


def test_an_agency_alone_under_the_headline_is_a_byline_candidate() -> None:
    assert read_names("REUTERS") == [("bare", ("REUTERS",))]
    # One word that is no agency is no name.
    assert read_names("Sports") == [] and read_names("Reuter") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("배윤경 기자", "배윤경"),
        ("순천, 광양 구현모 기자 ninek@hankookilbo.com", "구현모"),
        ("編集委員 中沢克二", "中沢克二"),
        # A reporter's title inside a word or a sentence is no byline.
        ("記者会見", None),
        ("東京の記者会見で首相が話した", None),
        ("서울 시내 기자회견", None),
    ],
)
def test_a_wide_byline_is_a_name_beside_a_reporters_title(text: str, name: str | None) -> None:
    assert wide_name(text) == name


def test_job_titles_and_the_site_are_no_co_authors() -> None:
    found = read_names("Tanza Roe, Business Insider", site="Business Insider")
    assert ("Tanza Roe",) in [v for _, v in found]
    assert all("Business Insider" not in v for _, v in found)
    assert [v for _, v in read_names("Andrew Roe & Culture Writer")] == [("Andrew Roe",)]
    # Two people stay two people.
    assert read_names("Anna Schmidt und Jan Meyer") == [("joined", ("Anna Schmidt", "Jan Meyer"))]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("最終案に双方同意か | 毎日新聞", "最終案に双方同意か"),
        ("情報セキュリティに関する注意喚起：IPA 独立行政法人", "情報セキュリティに関する注意喚起"),
        ("这个约会软件，帮你找对象_智能_好奇心日报", "这个约会软件，帮你找对象"),
        # A headline's own colon before its longer part stays.
        ("速報：東京で大きな地震", "速報：東京で大きな地震"),
        # Latin titles are without_site's own business.
        ("Talks - stall | Daily", "Talks - stall | Daily"),
    ],
)
def test_a_wide_browser_title_loses_its_site_name(title: str, expected: str) -> None:
    assert without_wide_site(title) == expected


def test_the_kicker_joins_the_headline_only_as_the_browser_title_writes_it() -> None:
    top = ["Im Sturm: Talks stall as both sides leave - The Daily", "Politik", "Im Sturm"]
    text = "\n\n".join([*top, "Talks stall as both sides leave", PROSE, PROSE])
    assert newsclean.clean(text).metadata.title == "Im Sturm: Talks stall as both sides leave"
    # A section label above the headline that the browser title does not join stays out.
    top = ["Talks stall as both sides leave - The Daily", "Politik", "Im Sturm"]
    text = "\n\n".join([*top, "Talks stall as both sides leave", PROSE, PROSE])
    assert newsclean.clean(text).metadata.title == "Talks stall as both sides leave"


def test_the_repeat_of_the_browser_title_is_the_headline_under_a_long_menu() -> None:
    menu = [f"Menu item {k}" for k in range(260)]
    head = ["Talks stall as both sides leave", "By Jo Roe", "March 3, 2025"]
    text = "\n\n".join(["Talks stall as both sides leave - The Daily", *menu, *head, PROSE])
    meta = newsclean.clean(text).metadata
    assert (meta.title, meta.authors, meta.date) == (
        "Talks stall as both sides leave",
        ("Jo Roe",),
        "2025-03-03",
    )


def test_the_kicker_keeps_the_colon_the_browser_title_gives_it() -> None:
    top = ["Im Sturm: Talks stall as both sides leave - The Daily", "Politik"]
    text = "\n\n".join([*top, "Im Sturm Talks stall as both sides leave", PROSE, PROSE])
    assert newsclean.clean(text).metadata.title == "Im Sturm: Talks stall as both sides leave"
    # Other marks (quotes, a full stop) stay as the headline writes them.
    top = ["Talks ‘stall’ as both sides leave. - The Daily", "Politik"]
    text = "\n\n".join([*top, "Talks 'stall' as both sides leave", PROSE, PROSE])
    assert newsclean.clean(text).metadata.title == "Talks 'stall' as both sides leave"


def test_a_row_of_share_buttons_is_no_name() -> None:
    assert not any(value for _, value in read_names("Whatsapp Facebook Twitter") if value)


@pytest.mark.parametrize(("text", "names"), NAME_LINES)
def test_a_name_set_off_by_separators_is_a_byline_candidate(
    text: str, names: tuple[str, ...]
) -> None:
    assert names in [value for _, value in read_names(text)]


@pytest.mark.parametrize(
    "text",
    ["Sports | Weather | Traffic", "The council met on Monday and voted.", "Byrne said so"],
)
def test_lines_that_are_not_names_give_no_byline_candidate(text: str) -> None:
    assert all(
        kind in ("bare", "marked") or not value for kind, value in read_names(text)
    ) or not read_names(text)


CREDITS = [
    ("Image source, Getty Images", Image(credit="Getty Images")),
    ("Image copyright: Reuters", Image(credit="Reuters")),
    (
        "People walk past a screen in Tokyo, Japan, March 3, 2025. "
        "REUTERS/Kim Kyung-Hoon/File Photo Purchase Licensing Rights",
        Image(
            "People walk past a screen in Tokyo, Japan, March 3, 2025.",
            "REUTERS/Kim Kyung-Hoon/File Photo",
        ),
    ),
]


@pytest.mark.parametrize(("text", "image"), CREDITS)
def test_a_credit_is_read_without_its_punctuation_or_sales_link(text: str, image: Image) -> None:
    assert read_caption(text, whole_line("caption-credit")) == image


def test_prose_about_licensing_rights_is_no_caption() -> None:
    text = "The firm said it would purchase licensing rights to the photos next year."
    assert read_caption(text, whole_line("caption-credit")) is None


@pytest.mark.parametrize(
    "line", ["Advertisement · Scroll to continue", "Advertisement - Scroll to continue"]
)
def test_an_ad_note_goes_whatever_its_separator(line: str) -> None:
    article = newsclean.clean("\n\n".join(["Talks stall", PROSE, line, PROSE]))
    assert line not in article.body


def test_prose_about_scrolling_stays() -> None:
    line = "Advertisers say readers scroll to continue reading long stories on phones."
    article = newsclean.clean("\n\n".join(["Talks stall", PROSE, line, PROSE]))
    assert line in article.body


def test_a_byte_order_mark_never_reaches_the_title() -> None:
    text = "\ufeffTalks stall as both sides leave\n\n" + PROSE + "\n\n" + PROSE
    title = newsclean.clean(text).metadata.title
    assert title is not None and not title.startswith("\ufeff")


LEAD = "Both sides left the room early on Monday, and no new date was set for the next round."


def test_a_bare_name_under_the_lead_paragraph_is_the_byline() -> None:
    text = "\n\n".join(["Talks stall", LEAD, "Jo Roe", PROSE, PROSE])
    assert newsclean.clean(text).metadata.authors == ("Jo Roe",)


@pytest.mark.parametrize(
    "parts",
    [
        ["Talks stall", LEAD, PROSE, "Jo Roe", PROSE],  # below the article's second paragraph
        ["Talks stall", PROSE, PROSE, "Jo Roe", PROSE],  # no lead: below the prose
    ],
)
def test_a_bare_name_inside_the_article_is_no_byline(parts: list[str]) -> None:
    assert newsclean.clean("\n\n".join(parts)).metadata.authors == ()


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Liverpool lose at Everton | sportschau.de", "Liverpool lose at Everton"),
        ("Talks stall as both sides leave - news.ORF.at", "Talks stall as both sides leave"),
        # No domain: the headline keeps its last part.
        ("Upgrade guide - version 3.12", "Upgrade guide - version 3.12"),
        ("Why prices rose - a look at the figures", "Why prices rose - a look at the figures"),
    ],
)
def test_a_domain_name_ending_a_browser_title_is_the_site(title: str, headline: str) -> None:
    assert without_site(title) == headline


def test_a_browser_title_taken_for_the_headline_goes_without_its_site() -> None:
    text = "\n\n".join(["Talks stall as both sides leave | cleveland.com", PROSE, PROSE])
    assert newsclean.clean(text).metadata.title == "Talks stall as both sides leave"


@pytest.mark.parametrize(
    ("parts", "authors"),
    [
        (["Von", "Jasper Riemann", "Barbara Schneider"], ("Jasper Riemann", "Barbara Schneider")),
        (["By", "David Fear", "Senior Editor"], ("David Fear",)),
        (["Autoren:", "Anna Roe", "dpa"], ("Anna Roe", "dpa")),
    ],
)
def test_a_lone_opener_takes_the_name_lines_below_it(
    parts: list[str], authors: tuple[str, ...]
) -> None:
    text = "\n\n".join(["Talks stall", *parts, PROSE, PROSE])
    assert newsclean.clean(text).metadata.authors == authors


def test_an_opener_word_in_prose_takes_no_names() -> None:
    # (with prose under it too: a name under the last paragraph signs the article off)
    text = "\n\n".join(["Talks stall", PROSE, "By", PROSE, "Jo Roe", PROSE])
    assert newsclean.clean(text).metadata.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Laura E. Adkins", ("Laura E. Adkins",)),
        ("Por Ana Roe y Luis Paz", ("Ana Roe", "Luis Paz")),
        ("Di Marco Rossi e Anna Bianchi", ("Marco Rossi", "Anna Bianchi")),
    ],
)
def test_a_one_letter_and_joins_names_only_in_lower_case(
    line: str, authors: tuple[str, ...]
) -> None:
    text = "\n\n".join(["Talks stall", line, PROSE, PROSE])
    assert newsclean.clean(text).metadata.authors == authors


@pytest.mark.parametrize("label", ["Published November", "Actualizado el", "Last Update"])
def test_a_date_label_is_no_name(label: str) -> None:
    text = "\n\n".join(["Talks stall", label, "3 hours ago", PROSE, PROSE])
    assert newsclean.clean(text).metadata.authors == ()


def test_a_name_that_starts_like_a_date_label_stays() -> None:
    text = "\n\n".join(["Talks stall", "By Stanley Publishedson", PROSE, PROSE])
    assert newsclean.clean(text).metadata.authors == ("Stanley Publishedson",)
