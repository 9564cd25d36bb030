"""Segmentation: the one place that knows about line breaks and offsets.

A page is cut into its non-blank lines. Each line keeps its span in the
original input (whitespace stripped), so every removal can point back into
the text the caller passed, whatever line breaks it used.
"""

from __future__ import annotations

import regex
from attrs import frozen

# Every break str.splitlines() knows, so "\r\n", a lone "\r", "\u2028" or a
# form feed end a line as they would for any Python tool reading the text.
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = regex.compile(f"[^{_BREAKS}]+")
_BREAK = regex.compile(f"\r\n|[{_BREAKS}]")
_WORD = regex.compile(r"\w+")
# A sentence ends in . ! ? or … possibly followed by closing quotes or brackets.
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*$")


@frozen
class Line:
    """One non-blank line: its stripped text and where that text sits in the input."""

    index: int
    start: int
    end: int
    text: str
    blank_before: bool  # a blank line (or the page start) separates it from the line above
    words: int  # how many ``\\w+`` runs the line has; counted once, used by every rule

    @property
    def is_sentence(self) -> bool:
        """Whether the line ends like a sentence (``.``, ``!``, ``?``, ``…``)."""
        return _SENTENCE_END.search(self.text) is not None


@frozen
class Page:
    """The input text and its non-blank lines, in order."""

    text: str
    lines: tuple[Line, ...]

    @classmethod
    def from_text(cls, text: str) -> Page:
        """Segment ``text`` into lines.

        >>> page = Page.from_text("Title\\r\\n\\r\\n  Body text.  \\n")
        >>> [(line.text, line.start, line.end, line.blank_before) for line in page.lines]
        [('Title', 0, 5, True), ('Body text.', 11, 21, True)]
        """
        lines: list[Line] = []
        previous_end = 0
        for match in _LINE.finditer(text):
            raw = match.group()
            stripped = raw.strip()
            if not stripped:
                continue
            start = match.start() + (len(raw) - len(raw.lstrip()))
            gap = text[previous_end:start]
            blank_before = not lines or _has_blank_line(gap)
            lines.append(
                Line(
                    len(lines),
                    start,
                    start + len(stripped),
                    stripped,
                    blank_before,
                    len(_WORD.findall(stripped)),
                )
            )
            previous_end = start + len(stripped)
        return cls(text, tuple(lines))


def _has_blank_line(gap: str) -> bool:
    """Whether the whitespace between two lines holds an empty line."""
    breaks = _BREAK.finditer(gap)
    return next(breaks, None) is not None and next(breaks, None) is not None
