"""Properties that hold for any str at all (hypothesis).

Alongside test_api.py's mixed-page property, these draw from every code
point (lone surrogates and control characters included), cut real pages at
random places, and check the segmentation against a plain reference.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Article
from newsclean.page import Page

# Property tests over generated text (run with -m slow).
pytestmark = pytest.mark.slow

DATA = Path(__file__).parent.parent / "benchmarks" / "data" / "pages.jsonl"
with DATA.open(encoding="utf-8") as handle:
    PAGES = [json.loads(line)["text"] for line in handle]

# Every code point, surrogates and controls included; breaks and spaces often.
ANY_CHARACTER = st.characters(codec=None, blacklist_categories=()) | st.sampled_from(
    list("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029 \t\xa0\u200b\ufeff.!?:|/-")
)
ANY_TEXT = st.text(ANY_CHARACTER, max_size=300)
WORDS = st.sampled_from(
    ["Read more", "By AFP", "Advertisement", "Share", "Tags: a, b", "Photo: AP", "Subscribe"]
)
LINES = st.lists(st.one_of(WORDS, st.text(ANY_CHARACTER, max_size=60)), max_size=30)
BREAKS = st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\u2028", "\x0c", "\n \n"])


@st.composite
def real_cuts(draw: st.DrawFn) -> str:
    """A stretch of a real page, cut anywhere (mid-line, mid-word)."""
    page = draw(st.sampled_from(PAGES))
    start = draw(st.integers(0, len(page)))
    return page[start : draw(st.integers(start, len(page)))]


PAGE_TEXT = ANY_TEXT | real_cuts() | st.builds(lambda ls, b: b.join(ls), LINES, BREAKS)


def check(text: str, article: Article) -> None:
    previous = 0
    kept = []
    for removal in article.removals:
        assert text[removal.start : removal.end] == removal.text, "span not true to the input"
        assert previous <= removal.start < removal.end, "removals overlap or are out of order"
        kept.append(text[previous : removal.start])
        previous = removal.end
    kept.append(text[previous:])
    # No silent loss: cut the removals out and what is left is the body.
    assert " ".join(" ".join(kept).split()) == " ".join(article.body.split())


@settings(max_examples=300, deadline=None)
@given(PAGE_TEXT)
def test_clean_never_raises_and_keeps_every_promise(text: str) -> None:
    article = newsclean.clean(text)
    check(text, article)
    assert newsclean.clean(text) == article, "not deterministic"
    assert newsclean.Pipeline().clean(text) == article, "depends on the pipeline instance"
    assert json.loads(json.dumps(article.to_dict())) == article.to_dict()


@settings(max_examples=100, deadline=None)
@given(PAGE_TEXT, PAGE_TEXT)
def test_one_page_does_not_change_the_next(first: str, second: str) -> None:
    alone = newsclean.clean(second)
    newsclean.clean(first)
    assert newsclean.clean(second) == alone


_WORD = regex.compile(r"\w+")


@settings(max_examples=500, deadline=None)
@given(PAGE_TEXT)
def test_segmentation_matches_a_plain_reading(text: str) -> None:
    # The reference: splitlines, strip, and count \w+ runs line by line.
    expected = []
    offset = 0
    blank = True
    for piece in text.splitlines(keepends=True):
        content = piece.splitlines()[0] if piece.splitlines() else ""
        stripped = content.strip()
        if stripped:
            start = offset + content.index(stripped)
            words = len(_WORD.findall(stripped))
            expected.append((start, start + len(stripped), stripped, blank, words))
            blank = False
        else:
            blank = True
        offset += len(piece)
    # (unwrapping hard-wrapped text joins lines on purpose: tested on its own)
    lines = Page.from_text(text, unwrap=False).lines
    assert [(x.start, x.end, x.text, x.blank_before, x.words) for x in lines] == expected
    assert [line.index for line in lines] == list(range(len(lines)))
