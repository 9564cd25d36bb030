"""Segmentation's word counts, in scripts with and without spaces."""

from __future__ import annotations

import pytest
import regex

from newsclean.page import Line, Page

UNITS = [
    # (line, word units); a line's words are its \w+ runs, whatever the script.
    ("The talks ended on Monday.", 5),
    ("Grüße, 2024!", 2),
    ("Home | World", 2),
    # Scripts without spaces: each character is a word unit too, so a
    # paragraph is as long as it reads, not one word.
    ("日本の首相が辞任した。", 1 + 10),
    ("「こんにちは」", 1 + 5),
    ("東京 2024年", 2 + 3),
    ("日本abc", 1 + 2),
    ("记者张三报道。", 1 + 6),
]


@pytest.mark.parametrize(("text", "units"), UNITS)
def test_a_lines_words_and_word_units(text: str, units: int) -> None:
    (line,) = Page.from_text(text).lines
    assert (line.words, line.units) == (len(regex.findall(r"\w+", text)), units)


def test_counts_do_not_depend_on_the_lines_around() -> None:
    page = Page.from_text("\n".join(text for text, _ in UNITS))
    assert [line.units for line in page.lines] == [units for _, units in UNITS]


def test_a_line_made_by_hand_counts_its_own_units() -> None:
    line = Line(0, 0, 5, "日本の首相", True, 1)
    assert line.units == Page.from_text("日本の首相").lines[0].units == 6


@pytest.mark.parametrize(
    "line",
    [
        "»",
        '"\u201d)',
        "a.\u201d",
        "x ...))",
        "…",
        "a.)]\"'",
        "?",
        "no",
        "a .\u2019 b",
        "ok.»)",
        "x.」",
    ],
)
def test_a_line_ends_a_sentence_as_the_pattern_says(line: str) -> None:
    from newsclean.page import _SENTENCE_END

    (found,) = Page.from_text(line).lines
    assert found.is_sentence == (_SENTENCE_END.search(line) is not None)
