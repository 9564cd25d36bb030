"""Segmentation: the one place that knows about line breaks and offsets.

A page is cut into its non-blank lines. Each line keeps its span in the
original input (whitespace stripped), so every removal can point back into
the text the caller passed, whatever line breaks it used.
"""

from __future__ import annotations

import regex
from attrs import Factory, field, frozen

from .masks import word_mask

# Lines end at every break str.splitlines() knows, so "\r\n", a lone "\r",
# "\u2028" or a form feed end a line as they would for any Python tool.
_WORD = regex.compile(r"\w+")
# Word counting is the one per-character job, so it is done once a page, in
# C: every character becomes b"w" (a ``\w`` character) or b" " (any other),
# and a line's word count is how often b" w" occurs in its stretch (masks.py).
# A character of a script written without spaces between words (Chinese,
# Japanese, Thai, Burmese, Khmer, Lao): each is a word unit of its own.
_WIDE_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Myanmar}\p{Khmer}\p{Lao}]")
# A sentence ends in . ! ? or … possibly followed by closing quotes or brackets.
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*$")
# The same test on a stripped line (no final break for ``$`` to stand before),
# without a search through the whole line: what is left of it once the
# closers are stripped ends in a stop.
_STOPS, _CLOSERS = frozenset(".!?…"), "\"'”’»)]"


@frozen
class Line:
    """One non-blank line: its stripped text and where that text sits in the input."""

    index: int
    start: int
    end: int
    text: str
    blank_before: bool  # a blank line (or the page start) separates it from the line above
    words: int  # how many ``\\w+`` runs the line has; counted once, used by every rule
    # Whether the line ends like a sentence (``.``, ``!``, ``?``, ``…``, then
    # any closing quotes or brackets); worked out once, read by many rules.
    is_sentence: bool = field(
        default=Factory(lambda self: _ends_sentence(self.text), takes_self=True)
    )
    # Its length in word units: its words, and each character of a script
    # without spaces one more, so a Chinese or Japanese paragraph is not one word.
    units: int = field(default=Factory(lambda self: _units(self.text), takes_self=True))


def _ends_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text) is not None


def _units(text: str) -> int:
    return len(_WORD.findall(text)) + _wide(text)


def _wide(text: str) -> int:
    return 0 if text.isascii() else len(_WIDE_CHAR.findall(text))


@frozen
class Page:
    """The input text and its non-blank lines, in order.

    The lines are the text's, so a page is equal to (and hashes as) its
    text: a page's hash costs nothing once its text's is known.
    """

    text: str
    lines: tuple[Line, ...] = field(eq=False)

    @classmethod
    def from_text(cls, text: str) -> Page:
        """Segment ``text`` into lines.

        >>> page = Page.from_text("Title\\r\\n\\r\\n  Body text.  \\n")
        >>> [(line.text, line.start, line.end, line.blank_before) for line in page.lines]
        [('Title', 0, 5, True), ('Body text.', 11, 21, True)]
        """
        lines: list[Line] = []
        mask = word_mask(text)
        offset = 0
        blank_before = True
        # Every break splitlines() knows is whitespace to strip(), so a line
        # with its break strips to the line's text, and its length moves the
        # offset on.
        for with_break in text.splitlines(keepends=True):
            stripped = with_break.strip()
            if stripped:
                start = offset + len(with_break) - len(with_break.lstrip())
                end = start + len(stripped)
                # mask[i + 1] stands for text[i]; the pair " w" starts a word.
                words = mask.count(b" w", start, end + 1)
                units = words + _wide(stripped)
                ends = stripped.rstrip(_CLOSERS)[-1:] in _STOPS
                line = Line(len(lines), start, end, stripped, blank_before, words, ends, units)
                lines.append(line)
                blank_before = False
            else:
                blank_before = True
            offset += len(with_break)
        return cls(text, tuple(lines))
