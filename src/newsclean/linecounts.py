"""The counts body selection's features read from each line, taken a page at a time.

:func:`newsclean.features.measure` needs, for every line, how many words,
capitals, digits, blanks and sentence ends it holds, whether it has a link's
shape and how many menu separators. Asked a line at a time, that is a dozen
regex calls and string scans a line; here each is done once over the page
(a mask, see :mod:`newsclean.masks`, or one regex scan) and read off per
line by offset. Every count is the one the per-line call would give: the
tests compare both on the dev pages.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

import regex
from attrs import frozen

from .masks import BLANK, CAPITAL, DIGIT, NOT_WORD, shape_mask, word_mask
from .page import Page

# Inside a line, a sentence end is one of these (the wide ones need no blank).
INNER_ENDS = (". ", "! ", "? ", "… ", "。", "！", "？")
WIDE_ENDS = ("。", "！", "？")
# Shapes of a link, an address or a handle in a case-folded line.
LINK_SHAPES = ("://", "www.", "@", ".com", ".org", ".net", ".htm", ".php")
# A menu separator: a mark after a non-word character, or a dash between blanks.
SEPARATOR = regex.compile(r"(?<!\w)[|•·›»>/]|(?<=\s)[-–—](?=\s)")
_DASHES = "-–—"
# A list mark: a bullet or a number of up to three digits and "." or ")", then a blank.
BULLET = regex.compile(r"(?:[-–—•·*▪◦●►]|\d{1,3}[.)])\s")
_BULLET_MARKS = "-–—•·*▪◦●►"
_WORD = regex.compile(r"\w+")
_LINK = regex.compile("|".join(map(regex.escape, LINK_SHAPES)))
_STOP_BLANK = b"._"  # a STOPS character then a blank, in a shape mask: ". ", "! ", "? ", "… "


@frozen
class LineCounts:
    """Per line of a page (index ``i``), the counts its features are made of.

    >>> counts = LineCounts.of(Page.from_text("Dr. Who met 2 friends. See www.x.com\\nA | B"))
    >>> counts.nwords, counts.capitals, counts.digits, counts.inner, counts.linked
    ((9, 2), (3, 2), (1, 0), (2, 0), frozenset({0}))
    >>> counts.separators, counts.words[counts.bounds[1] :], counts.bullets
    ((0, 1), ('a', 'b'), frozenset())
    """

    folded: tuple[str, ...]  # the line's text, case folded
    words: tuple[str, ...]  # the page's ``\w+`` words of the folded lines, in order
    bounds: tuple[int, ...]  # line i's words are words[bounds[i] : bounds[i + 1]]
    nwords: tuple[int, ...]  # words in the folded line
    word_chars: tuple[int, ...]  # characters of those words
    capitals: tuple[int, ...]  # capitals that start a word, in the line as it is
    digits: tuple[int, ...]  # ``\d`` characters
    blanks: tuple[int, ...]  # " " characters
    inner: tuple[int, ...]  # occurrences of INNER_ENDS
    linked: frozenset[int]  # the lines (by index) whose folded text has a LINK_SHAPES
    separators: tuple[int, ...]  # SEPARATOR matches
    bullets: frozenset[int]  # the lines that open with a BULLET

    @classmethod
    def of(cls, page: Page) -> LineCounts:
        """Count every line of ``page``."""
        page = page.flat()  # the counts read spans of the text: an unwrapped line's are not
        lines = page.lines
        folded = tuple(line.text.casefold() for line in lines)
        # The folded lines joined by "\n", which is in no word and no link shape.
        joined = "\n".join(folded)
        starts = list(accumulate((len(text) + 1 for text in folded), initial=0))[:-1]
        words = _WORD.findall(joined)
        fold_mask = word_mask(joined)
        nwords = tuple(
            fold_mask.count(b" w", s, s + len(text) + 1)
            for s, text in zip(starts, folded, strict=True)
        )
        word_chars = tuple(
            fold_mask.count(b"w", s + 1, s + len(text) + 1)
            for s, text in zip(starts, folded, strict=True)
        )
        linked = frozenset(bisect_right(starts, m.start()) - 1 for m in _LINK.finditer(joined))
        shapes = shape_mask(page.text)
        cases = shapes.translate(NOT_WORD)  # capitals after any non-word character
        spans = [(line.start, line.end) for line in lines]
        inner = [shapes.count(_STOP_BLANK, s + 1, e + 1) for s, e in spans]
        for i, line in enumerate(lines):
            if not line.text.isascii():
                inner[i] += sum(map(line.text.count, WIDE_ENDS))
        return cls(
            folded,
            tuple(words),
            tuple(accumulate(nwords, initial=0)),
            nwords,
            word_chars,
            tuple(cases.count(b" " + CAPITAL, s, e + 1) for s, e in spans),
            tuple(shapes.count(DIGIT, s + 1, e + 1) for s, e in spans),
            tuple(shapes.count(BLANK, s + 1, e + 1) for s, e in spans),
            tuple(inner),
            linked,
            _separators(page),
            # Only a line that opens with a mark or a digit is asked.
            frozenset(
                line.index
                for line in lines
                if (line.text[0] in _BULLET_MARKS or shapes[line.start + 1] == DIGIT[0])
                and BULLET.match(line.text) is not None
            ),
        )


def _separators(page: Page) -> tuple[int, ...]:
    """How many SEPARATOR matches each line has, from one scan of the page.

    A match is one character, so the scan finds the same ones a line at a
    time would, but for a dash at a line's edge: the page has a blank beside
    it where the line has nothing, so it is no match in the line.
    """
    lines = page.lines
    starts = [line.start for line in lines]
    found = [0] * len(lines)
    text = page.text
    for match in SEPARATOR.finditer(text):
        at = match.start()
        i = bisect_right(starts, at) - 1
        if text[at] in _DASHES and (at == lines[i].start or at == lines[i].end - 1):
            continue
        found[i] += 1
    return tuple(found)
