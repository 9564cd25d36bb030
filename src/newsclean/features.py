"""Per-line features for body selection, measured once a page.

Body selection asks of every line: is it part of the article? A learned model
(:mod:`newsclean.model`) answers from the numbers measured here. None of them
depends on one language: lengths (a Chinese, Japanese or Thai character
counts as a word unit, as those scripts put no spaces between words),
sentence punctuation of any script, case, digits, the share of the page's own
most frequent words (function words, in any language that has spaces),
link shapes, repetition, position, the distance to the headline and byline,
and what the named rules before it took around it.

:func:`measure` gives one row of ``BASE`` values a line, page lines in order;
the model reads a line's row and, for the ``CONTEXT`` columns, its
neighbours' rows.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate

import regex

from .dates import is_stamp
from .lang import guess, stopwords
from .linecounts import WIDE_ENDS, LineCounts
from .page import Line, Page
from .phrases import whole_line
from .types import Kind

# The columns of a row, in order. Each is documented where it is computed.
BASE: tuple[str, ...] = (
    "size",
    "units",
    "sentence",
    "inner",
    "capitals",
    "digits",
    "punct",
    "stop",
    "frequent",
    "link",
    "separators",
    "stamp",
    "repeat",
    "copy",
    "bullet",
    "colon",
    "blank",
    "upper",
    "quote",
    "wide",
    "taken",
    "t_header",
    "t_caption",
    "t_related",
    "t_chrome",
    "position",
    "after_head",
    "head_gap",
    "near_byline",
    "prose_above",
    "prose_below",
    "inside",
    "comment_above",
    "after_colon",
    "rel_size",
    "page_lines",
    "page_prose",
    "no_head",
)
# The columns the model also reads from a line's neighbours.
CONTEXT: tuple[str, ...] = (
    "size",
    "sentence",
    "stop",
    "frequent",
    "capitals",
    "punct",
    "link",
    "stamp",
    "taken",
    "units",
    "separators",
    "digits",
    "colon",
    "bullet",
    "blank",
)
CONTEXT_COLUMNS: tuple[int, ...] = tuple(BASE.index(name) for name in CONTEXT)

# The page's this many most frequent words stand in for its function words.
FREQUENT_WORDS = 24
# A line of at least this many word units that ends a sentence counts as prose
# for the page-level measures (how much prose lies above and below a line).
PROSE_UNITS = 12
# A line this long that holds COPY_MIN_PARTS other lines of the page (each at
# least COPY_PART_CHARS long) verbatim is a copy of the article: a
# structured-data summary or an article body dumped whole into one line. One
# pull quote repeated inside a paragraph is not.
COPY_MIN_CHARS = 1000
COPY_PART_CHARS = 60
COPY_MIN_PARTS = 2
COPY_KEY_CHARS = 40
# A comment section's heading is this short, below this many words of prose.
COMMENT_MAX_WORDS = 25
COMMENT_MIN_PROSE = 150
# A reader's comment is headed by a short line: the name, maybe a date, and
# "says:" (the comment-byline pack), with a time stamp on it or right below it.
COMMENT_BYLINE_WORDS = 14
# Caps that keep a count from dominating a row.
MAX_INNER = 4
MAX_SEPARATORS = 4

# A sentence ends in one of ENDS, maybe followed by closing quotes and brackets.
ENDS = frozenset(".!?…。！？؟।")
CLOSERS = "\"'”’»)]」』）"
# A line that opens with one of these opens with a quote.
QUOTES = frozenset("\"'„“”‘’«»‹›「『")
_SENTENCE_GAP = regex.compile(r"[.!?…][\"'”’»)\]]*\s+")

_KIND_COLUMN: dict[Kind, str] = {
    "title": "t_header",
    "byline": "t_header",
    "caption": "t_caption",
    "related": "t_related",
    "tags": "t_related",
    "comment": "t_related",
    "navigation": "t_chrome",
    "share": "t_chrome",
    "advertisement": "t_chrome",
    "cookie": "t_chrome",
    "legal": "t_chrome",
    "appeal": "t_chrome",
    "newsletter": "t_chrome",
}
_TAKEN = ("taken", "t_header", "t_caption", "t_related", "t_chrome")


def measure(page: Page, kinds: Sequence[Kind | None]) -> list[list[float]]:
    """One row of ``BASE`` values for each line of ``page``.

    ``kinds[i]`` is the kind of the rule that took line ``i``, None for a
    line no rule took.

    >>> page = Page.from_text("Home\\n\\nThe talks ended on Monday, and both sides said so.")
    >>> rows = measure(page, [None, None])
    >>> [rows[1][BASE.index(name)] for name in ("sentence", "taken", "position")]
    [1.0, 0.0, 0.5]
    """
    lines = page.lines
    n = len(lines)
    if n == 0:
        return []
    # Counts are taken from masks of the page and of its folded lines, a
    # bytes.count a line (see masks.py), not from a regex call a line.
    own = LineCounts.of(page)
    folded = own.folded
    counts = Counter(own.words)
    frequent = {w for w, _ in counts.most_common(FREQUENT_WORDS)}
    stop = stopwords(guess(counts.elements()))
    # Hits of a line = difference of running counts over the page's words.
    stop_hits = list(accumulate(map(stop.__contains__, own.words), initial=0))
    frequent_hits = list(accumulate(map(frequent.__contains__, own.words), initial=0))
    seen = Counter(folded)
    head = max((i for i, k in enumerate(kinds) if k == "title"), default=-1)
    byline = next((i for i, k in enumerate(kinds) if k == "byline"), -1)
    copied = copies(lines)
    bounds = own.bounds
    units_of = [line.units for line in lines]  # words, and a wide character one each (see Page)
    prose = []
    rows: list[list[float]] = []
    for i, (line, text, units) in enumerate(zip(lines, folded, units_of, strict=True)):
        raw = line.text
        chars = len(raw)
        wide = units - line.words
        bare = raw.rstrip(CLOSERS)
        ended = bool(bare) and bare[-1] in ENDS
        prose.append(units if ended and units >= PROSE_UNITS else 0)
        nwords = own.nwords[i] or 1
        inner = own.inner[i]
        if bare[-1:] in WIDE_ENDS:  # counted among INNER_ENDS, though it is the last
            inner -= 1
        # The line's own columns, in BASE order (the page's come below).
        rows.append(
            [
                math.log1p(chars + 2 * wide),  # size: a wide character weighs three
                math.log1p(units),  # units: words, a wide character one each
                float(ended),  # sentence: ends like one, in any script
                min(inner, MAX_INNER) / MAX_INNER,  # inner
                own.capitals[i] / nwords,  # capitals
                own.digits[i] / chars,  # digits
                (chars - own.blanks[i] - own.word_chars[i]) / chars,  # punct
                (stop_hits[bounds[i + 1]] - stop_hits[bounds[i]]) / nwords if stop else 0.0,
                (frequent_hits[bounds[i + 1]] - frequent_hits[bounds[i]]) / nwords,  # frequent
                float(i in own.linked),  # link
                min(own.separators[i], MAX_SEPARATORS) / MAX_SEPARATORS,
                # (a time stamp has a digit: most lines need not be asked)
                float(own.digits[i] > 0 and is_stamp(line)),  # stamp
                math.log(seen[text]),  # repeat
                float(line.index in copied),  # copy
                float(i in own.bullets),  # bullet
                float(raw.endswith(":")),  # colon
                float(line.blank_before),  # blank
                float(raw.isupper() and units > 1),  # upper
                float(raw[0] in QUOTES),  # quote
                float(wide > 0.3 * chars),  # wide
            ]
        )
    _page_columns(rows, lines, kinds, prose, units_of, head, byline)
    return rows


def _page_columns(
    rows: list[list[float]],
    lines: Sequence[Line],
    kinds: Sequence[Kind | None],
    prose: Sequence[int],
    units_of: Sequence[int],
    head: int,
    byline: int,
) -> None:
    """Add the columns that read the page around each line to ``rows``."""
    n = len(rows)
    # whole_line() keeps its pattern per set of phrase folders in force.
    comment_heading = whole_line("comment-heading", r"[\s:.!…]*")
    comment_byline = whole_line("comment-byline", r"\s*:")
    above = list(accumulate(prose, initial=0))
    total = above[-1] or 1
    biggest = max(units_of) or 1
    page_prose = sum(1 for p in prose if p) / n
    # A comment section's heading counts once the article's prose stands above
    # it (most of the page's, or COMMENT_MIN_PROSE words: comments can be longer
    # than the article); the same words in a menu ("Have Your Say") open none.
    comment = False
    # A list the article announces ("Tour dates:", "You will need:") runs from
    # a line that ends in a colon down to the next line of prose.
    after_colon = False
    stamp = BASE.index("stamp")
    for i, row in enumerate(rows):
        kind = kinds[i] if i < len(kinds) else None
        taken = [0.0] * len(_TAKEN)
        if kind is not None:
            taken[0] = 1.0
            taken[_TAKEN.index(_KIND_COLUMN[kind])] = 1.0
        enough = 2 * above[i] > total or above[i] >= COMMENT_MIN_PROSE
        if not comment and lines[i].words <= COMMENT_MAX_WORDS and enough:
            comment = comment_heading.fullmatch(lines[i].text) is not None
        if not comment and above[i] and lines[i].words <= COMMENT_BYLINE_WORDS:
            dated = row[stamp] or (i + 1 < n and rows[i + 1][stamp])
            comment = bool(dated) and comment_byline.fullmatch(lines[i].text) is not None
        if lines[i].text.endswith(":"):
            after_colon = True
        elif prose[i]:
            after_colon = False
        up = above[i] / total
        down = (total - above[i + 1]) / total if above[-1] else 0.0
        row.extend(taken)
        row.extend(
            [
                i / n,  # position
                float(head >= 0 and i > head),  # after_head
                math.log1p(i - head) if head >= 0 and i > head else 0.0,  # head_gap
                float(byline >= 0 and abs(i - byline) <= 2),  # near_byline
                up,  # prose_above
                down,  # prose_below
                min(up, down),  # inside
                float(comment),  # comment_above
                float(after_colon),  # after_colon
                units_of[i] / biggest,  # rel_size
                math.log1p(n),  # page_lines
                page_prose,  # page_prose
                float(head < 0),  # no_head
            ]
        )


def copies(lines: Sequence[Line]) -> set[int]:
    """The long lines that hold several other lines verbatim (see COPY_MIN_CHARS).

    A line held inside another starts where a sentence of it starts, so only
    those places are looked up, by the line's first COPY_KEY_CHARS characters:
    the work grows with the page, not with its long lines times its lines.

    >>> from newsclean.page import Page
    >>> one, two = "The talks ended on Monday. " * 3, "Both sides said they would meet again. " * 2
    >>> page = Page.from_text(f"{one}\\n{two}\\n{(one + two) * 10}")
    >>> sorted(copies(page.lines))
    [2]
    """
    long = [line for line in lines if len(line.text) >= COPY_MIN_CHARS]
    if not long:
        return set()
    parts: dict[str, set[str]] = {}
    for line in lines:
        if len(line.text) >= COPY_PART_CHARS:
            parts.setdefault(line.text[:COPY_KEY_CHARS], set()).add(line.text)
    found = set()
    for line in long:
        text = line.text
        held: set[str] = set()
        for start in (0, *(m.end() for m in _SENTENCE_GAP.finditer(text))):
            for part in parts.get(text[start : start + COPY_KEY_CHARS], ()):
                if part != text and text.startswith(part, start):
                    held.add(part)
        if len(held) >= COPY_MIN_PARTS:
            found.add(line.index)
    return found
