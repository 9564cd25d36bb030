"""Segmentation: word counts in scripts with and without spaces, and hard-wrapped text."""

from __future__ import annotations

import textwrap

import pytest
import regex

import newsclean
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


PARAGRAPHS = [
    "The talks between the two sides stalled on Monday after both delegations left"
    " the room early, officials said, and no new date for a meeting was set.",
    "Both sides blamed each other for the breakdown, which came after a week of"
    " late-night sessions in the capital and a series of leaked drafts of the text.",
    "Observers said a deal was still possible before the end of the year, though the"
    " mood in both camps had soured and neither wanted to be seen to give ground first.",
] * 2


def _wrapped(width: int, indent: str = "", newline: str = "\n") -> str:
    wrap = textwrap.TextWrapper(width, initial_indent=indent, subsequent_indent=indent)
    lines = ["Home | World | Sport", "", "Talks Stall", ""]
    for paragraph in PARAGRAPHS:
        lines += [*wrap.wrap(paragraph), ""]
    lines += ["* Privacy", "* Terms of use"]
    return newline.join(lines)


@pytest.mark.parametrize(
    ("width", "indent", "newline"), [(72, "", "\n"), (78, "", "\r\n"), (76, "   ", "\n")]
)
def test_hard_wrapped_text_is_unwrapped_into_its_paragraphs(
    width: int, indent: str, newline: str
) -> None:
    # html2text, pandoc, lynx and w3m wrap paragraphs at a fixed width.
    text = _wrapped(width, indent, newline)
    page = Page.from_text(text)
    assert page.rewritten
    assert [line.text for line in page.lines] == [
        "Home | World | Sport",
        "Talks Stall",
        *PARAGRAPHS,
        "* Privacy",
        "* Terms of use",
    ]
    # Each line still points at its stretch of the input.
    assert all(" ".join(text[x.start : x.end].split()) == x.text for x in page.lines)
    article = newsclean.clean(text)
    assert set(PARAGRAPHS) <= set(article.body.split("\n\n"))
    assert all(text[r.start : r.end] == r.text for r in article.removals)


def test_text_that_is_not_wrapped_is_segmented_as_it_is() -> None:
    # Short menu lines under one another, and paragraphs one a line.
    menu = ["Home", "World news and politics from all over", "Sport", "Culture and the arts"]
    text = "\n".join(menu * 4 + PARAGRAPHS)
    page = Page.from_text(text)
    assert not page.rewritten
    assert [line.text for line in page.lines] == menu * 4 + PARAGRAPHS


def test_a_wrapped_pages_list_items_and_sentence_ends_stay_line_breaks() -> None:
    items = [
        f"- Item number {n} of the list of things the article goes on to name" for n in range(3)
    ]
    text = _wrapped(60) + "\n\n" + "\n".join(items)
    lines = [line.text for line in Page.from_text(text).lines]
    assert lines[-3:] == items
    # A line that ends a sentence is no wrap: the next line starts anew.
    text = (
        _wrapped(60)
        + "\n\nIt rained all week long in the city and the talks went on.\nThen they ended."
    )
    assert [line.text for line in Page.from_text(text).lines][-2:] == [
        "It rained all week long in the city and the talks went on.",
        "Then they ended.",
    ]


MARKDOWN = "\n".join(
    [
        "* [Home](https://example.com/)",
        "* [World](https://example.com/world)",
        "* [Sport](https://example.com/sport)",
        "",
        "# Talks Stall",
        "",
        "![Delegates leave](https://example.com/a.jpg)",
        "",
        f"{PARAGRAPHS[0][:40]}[{PARAGRAPHS[0][40:60]}](https://example.com/x){PARAGRAPHS[0][60:]}",
        "",
        f"**{PARAGRAPHS[1]}**",
    ]
)


def test_markdown_is_read_as_the_plain_text_it_stands_for() -> None:
    # html2text and the readers that feed language models write Markdown.
    page = Page.from_text(MARKDOWN)
    assert page.rewritten
    texts = [line.text for line in page.lines]
    # An image reads as its alt text, as a text browser shows it.
    assert texts[:5] == ["* Home", "* World", "* Sport", "Talks Stall", "Delegates leave"]
    assert texts[5:] == PARAGRAPHS[:2]
    article = newsclean.clean(MARKDOWN)
    assert "](" not in article.body and "**" not in article.body
    assert set(PARAGRAPHS[:2]) <= set(article.body.split("\n\n"))
    assert all(MARKDOWN[r.start : r.end] == r.text for r in article.removals)


@pytest.mark.parametrize(
    "text",
    [
        # Brackets of prose, and a page with too few links to be Markdown.
        "He said [sic] that (Reuters) had it first.\n**Not bold** here [a](https://x.org/a)",
        "Talks [stalled](https://x.org/a) and [ended](https://x.org/b).\n# 1 fan",
    ],
)
def test_text_that_is_not_markdown_is_left_as_it_is(text: str) -> None:
    page = Page.from_text(text)
    assert not page.rewritten
    assert [line.text for line in page.lines] == text.split("\n")


def test_a_markdown_line_that_is_only_an_image_without_alt_text_keeps_its_text() -> None:
    # Nothing is lost unsaid: the line stays, for a rule to take or the body to keep.
    page = Page.from_text(MARKDOWN.replace("Delegates leave", ""))
    assert "![](https://example.com/a.jpg)" in [line.text for line in page.lines]


def test_a_word_a_wrap_broke_at_its_hyphen_is_one_word_again() -> None:
    paragraph = ", ".join(["the late-night talks of the long-standing rivals went on"] * 8) + "."
    text = textwrap.fill(paragraph, 48)
    assert "long-\n" in text
    page = Page.from_text(text)
    assert page.rewritten
    assert [line.text for line in page.lines] == [paragraph]
