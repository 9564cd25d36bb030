"""The counts taken a page at a time are the ones a regex call a line gives."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.linecounts import BULLET, INNER_ENDS, LINK_SHAPES, SEPARATOR, LineCounts
from newsclean.masks import shape_mask, word_mask
from newsclean.page import Page

DATA = Path(__file__).parent.parent / "benchmarks" / "data" / "pages.jsonl"
_WORD = regex.compile(r"\w+")
_CAPITALISED = regex.compile(r"(?<!\w)\p{Lu}")
_DIGIT = regex.compile(r"\d")
TRICKY = [
    "A - B\n- x -\n — \n|a|b>c /d\n— dash —\n>> x // y",
    "Ünïcödé ÀB 。！？… x. y! \n١٢٣ ٤ test\u2028X\u2029Y\x1cZ",
    "ǅungla Ⅻ ⅻ ²³ 𝟙𝟚 x\u00a0Y 1. One\n12) Two\n1234. No\n• Dot\n*x",
    "İstanbul ß ﬁ ŉ STRASSE Straße\r\n@home www.X.COM a://b .PHP",
    "\ud800 lone \udfff surrogates\n\x00\x7f\x80 controls",
]


def _reference(page: Page) -> LineCounts:
    """The counts, a regex call or a string scan a line, as features.py took them."""
    folded = tuple(line.text.casefold() for line in page.lines)
    words = [_WORD.findall(text) for text in folded]
    bounds = [0]
    for found in words:
        bounds.append(bounds[-1] + len(found))
    raws = [line.text for line in page.lines]
    return LineCounts(
        folded,
        tuple(word for found in words for word in found),
        tuple(bounds),
        tuple(map(len, words)),
        tuple(sum(map(len, found)) for found in words),
        tuple(len(_CAPITALISED.findall(raw)) for raw in raws),
        tuple(len(_DIGIT.findall(raw)) for raw in raws),
        tuple(raw.count(" ") for raw in raws),
        tuple(sum(map(raw.count, INNER_ENDS)) for raw in raws),
        frozenset(i for i, text in enumerate(folded) if any(s in text for s in LINK_SHAPES)),
        tuple(len(SEPARATOR.findall(raw)) for raw in raws),
        frozenset(i for i, raw in enumerate(raws) if BULLET.match(raw)),
    )


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_lines_count_as_line_by_line(text: str) -> None:
    page = Page.from_text(text)
    assert LineCounts.of(page) == _reference(page)


def test_the_benchmark_pages_count_as_line_by_line() -> None:
    with DATA.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    for text in texts:
        page = Page.from_text(text)
        assert LineCounts.of(page) == _reference(page)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec=None, blacklist_categories=()) | st.sampled_from(" -|/\n.!")))
def test_any_text_counts_as_line_by_line(text: str) -> None:
    page = Page.from_text(text)
    assert LineCounts.of(page) == _reference(page)


@pytest.mark.slow
def test_capitals_and_digits_are_word_characters_in_all_of_unicode() -> None:
    text = "".join(map(chr, range(sys.maxunicode + 1)))
    shapes, words = shape_mask(text), word_mask(text)
    for code in range(sys.maxunicode + 1):
        if shapes[code + 1] in b"Ud":
            assert words[code + 1] == ord("w"), hex(code)
