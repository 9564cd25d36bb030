"""Time stamps: the date pattern and its month lookahead."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean import dates
from newsclean.page import Page

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
    plain = regex.compile(dates.dated().pattern.replace(r"(?=\w++\.?\s+\d)", "", 1))
    assert plain.pattern != dates.dated().pattern
    found, expected = dates.dated().search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_a_stamp_is_short_and_dated_and_a_dated_sentence_is_not() -> None:
    page = Page.from_text(
        "19. November 2019, 14:05 Uhr\nOn Nov. 19 the council met and voted.\nHome"
    )
    assert [dates.is_stamp(line) for line in page.lines] == [True, False, False]
