"""Segmentation: the one place that knows about line breaks and offsets.

A page is cut into its non-blank lines. Each line keeps its span in the
original input (whitespace stripped), so every removal can point back into
the text the caller passed, whatever line breaks it used.

Hard-wrapped text (html2text, pandoc, lynx and w3m wrap at 72 to 80
columns) is unwrapped first: a paragraph cut into lines at a fixed width
is one line again, so it reads as the paragraph it is, not as a run of
short lines that end in no sentence. A break is taken for a wrap only on a
page most of whose long lines end near one width, and only where the next
line's first word would not have fitted on the line (as a wrapping tool
breaks); text that is not wrapped is segmented as it is. Markdown is read
as the plain text it stands for (see :mod:`.markup`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import Factory, field, frozen

from .markup import is_markdown, plain
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
# A wrapped page: WRAP_MIN_LINES or more lines end within WRAP_NEAR columns
# of its width (the 98th percentile of its lines' end columns, from
# WRAP_MIN_WIDTH to WRAP_MAX_WIDTH: no tool wraps a page narrower), and they
# are WRAP_SHARE or more of its lines longer than half the width (a
# paragraph's last line ends anywhere); and WRAP_MIN_LINES or more of its
# breaks are wraps (a menu's lines may end near a width too).
WRAP_MIN_LINES, WRAP_MIN_WIDTH, WRAP_MAX_WIDTH, WRAP_NEAR, WRAP_SHARE = 8, 40, 132, 15, 0.5
# A line that a wrap broke inside a hyphenated word ("long-" / "standing").
_HYPHENATED = regex.compile(r"\p{L}-$")
# A line that opens a list item starts anew, however long the line above.
_ITEM = regex.compile(r"(?:[*•·\-–—+]|\d{1,3}[.)])\s")


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
    # Whether some line's text is not its span of the input: several lines
    # unwrapped (see above), or Markdown read as plain text (see markup.py).
    rewritten: bool = field(default=False, eq=False)

    @classmethod
    def from_text(cls, text: str, unwrap: bool = True) -> Page:
        """Segment ``text`` into lines (unwrapped, if it is hard-wrapped, and
        read as plain text, if it is Markdown; neither when not ``unwrap``).

        >>> page = Page.from_text("Title\\r\\n\\r\\n  Body text.  \\n")
        >>> [(line.text, line.start, line.end, line.blank_before) for line in page.lines]
        [('Title', 0, 5, True), ('Body text.', 11, 21, True)]
        """
        # (start, end, stripped text, blank before, end column) of each non-blank line
        rows: list[tuple[int, int, str, bool, int]] = []
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
                rows.append((start, end, stripped, blank_before, end - offset))
                blank_before = False
            else:
                blank_before = True
            offset += len(with_break)
        width = wrap_width([row[4] for row in rows]) if unwrap else None
        joined = _unwrapped(rows, width) if width is not None else rows
        if len(rows) - len(joined) < WRAP_MIN_LINES:  # a few breaks that may be menus'
            joined = rows
        markdown = unwrap and is_markdown(text)
        mask = word_mask(text)
        lines: list[Line] = []
        rewritten = len(joined) < len(rows)
        for start, end, stripped, blank_before, _ in joined:
            # mask[i + 1] stands for text[i]; the pair " w" starts a word.
            words = mask.count(b" w", start, end + 1)
            # (a line that is only an image with no alt text keeps its text:
            # nothing is lost unsaid)
            if markdown and (bare := plain(stripped)) and bare != stripped:
                stripped, words, rewritten = bare, len(_WORD.findall(bare)), True
            units = words + _wide(stripped)
            ends = stripped.rstrip(_CLOSERS)[-1:] in _STOPS
            lines.append(Line(len(lines), start, end, stripped, blank_before, words, ends, units))
        return cls(text, tuple(lines), rewritten)

    def flat(self) -> Page:
        """The page's line texts, one a line: for a count that reads spans of
        the text, which a rewritten line's text is not (see ``rewritten``).

        >>> page = Page.from_text("A long line of text that wraps\\nat a width of thirty.")
        >>> page.flat() is page
        True
        """
        if not self.rewritten:
            return self
        return Page.from_text("\n".join(line.text for line in self.lines), unwrap=False)


def wrap_width(columns: Sequence[int]) -> int | None:
    """The width text was hard-wrapped at, from the columns its lines end at
    (None: it is not hard-wrapped; see WRAP_MIN_LINES).

    >>> wrap_width([72, 70, 68, 71, 69, 72, 70, 66, 30, 12])
    72
    >>> wrap_width([300, 12, 450, 80, 8, 160, 75, 20, 640, 51]) is None
    True
    >>> wrap_width([4, 4, 5, 8, 7, 7, 5, 7, 5]) is None  # a menu, a word a line
    True
    """
    if len(columns) < WRAP_MIN_LINES:
        return None
    ordered = sorted(columns)
    width = ordered[int(0.98 * (len(ordered) - 1))]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return None
    long = [c for c in ordered if 2 * c > width]
    near = sum(1 for c in long if c >= width - WRAP_NEAR)
    return width if near >= WRAP_MIN_LINES and near >= WRAP_SHARE * len(long) else None


def _unwrapped(
    rows: Sequence[tuple[int, int, str, bool, int]], width: int
) -> list[tuple[int, int, str, bool, int]]:
    """``rows`` with each line a wrap broke joined to the line above: one
    with no blank line between, whose first word would have fitted within
    ``width`` on no account, under a line that ends no sentence (a break
    after a full stop is left: the line reads as prose either way), neither
    line in a script without spaces (which wraps anywhere), the lower one no
    list item. A word a wrap broke at its hyphen ("late-" / "night") is one
    word again."""
    # Each output line as the rows it joins, and the text it has so far, in
    # parts (joined once at the end: a long paragraph is not copied a row).
    groups: list[tuple[list[tuple[int, int, str, bool, int]], list[str]]] = []
    for row in rows:
        stripped, blank_before = row[2], row[3]
        if groups and not blank_before:
            above, parts = groups[-1]
            last = above[-1][2]
            first = stripped.split(maxsplit=1)[0]
            hyphen = _HYPHENATED.search(last) is not None
            if (
                above[-1][4] + (0 if hyphen else 1) + len(first) > width
                and last.rstrip(_CLOSERS)[-1:] not in _STOPS
                and not _wide(last)
                and not _wide(stripped)
                and _ITEM.match(stripped) is None
            ):
                above.append(row)
                parts += [stripped] if hyphen else [" ", stripped]
                continue
        groups.append(([row], [stripped]))
    return [
        (group[0][0], group[-1][1], "".join(parts), group[0][3], group[-1][4])
        for group, parts in groups
    ]
