"""Time stamps: a date or a time in a line, and lines that are only that.

The byline, the header and body selection all ask whether a line holds a date
("Nov 19", "19. November", "6:34 am", "2019-11-20", "3 hours ago"), with the
month names and "ago" phrases of the phrase packs.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

import regex

from .page import Line
from .phrases import folders, phrases

# A short line with a date or a time on it is a time stamp: of the article
# (above it), of a comment or of a teaser in a feed (below it).
DATED_MAX_WORDS = 12
# ... unless it is a sentence of this many words ("On May 3 the council met.").
DATED_SENTENCE_WORDS = 6

_DIGIT = regex.compile(r"\d")


def dated() -> regex.Pattern[str]:
    """A date or a time anywhere in a line: "Nov 19", "19. November", "6:34 am",
    "2019-11-20", "3 hours ago" (month names and "ago" phrases from the packs).

    >>> bool(dated().search("November 19, 2019 at 6:34 am")), bool(dated().search("Home"))
    (True, False)
    """
    return _dated(folders())


# This module is no rule module: its answers are kept per set of phrase
# folders, so a user's month names count in their pipeline and no other.
@cache
def _dated(_folders: tuple[Path, ...]) -> regex.Pattern[str]:
    months = "|".join(f"(?:{p})" for p in phrases("months"))
    ago = "|".join(f"(?:{p})" for p in phrases("time-ago"))
    # A month name is one whole word, so a date that opens with one is a word,
    # maybe a dot, blanks and a digit. The lookahead says so first (the rest of
    # the branch implies it): most words fail it before the month names of
    # eight languages are tried, which halves the time of a search.
    month_first = rf"(?=\w++\.?\s+\d)(?:{months})\.?\s+\d{{1,2}}\b"
    return regex.compile(
        rf"(?i)\b(?:\d{{1,2}}:\d{{2}}|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}"
        rf"|{month_first}|\d{{1,2}}\.?\s+(?:{months})\b|(?:{ago}))"
    )


def date_in(text: str) -> regex.Match[str] | None:
    """The first date or time in ``text``; every one has a digit, so most lines
    are turned down before the month names are tried. The byline, the header
    and the line features all ask of the same lines, so the answers are kept a while.

    >>> date_in("Posted 3 hours ago").group(), date_in("Home") is None
    ('3 hours ago', True)
    """
    return _date_in(text, folders())


@lru_cache(maxsize=4096)
def _date_in(text: str, _folders: tuple[Path, ...]) -> regex.Match[str] | None:
    if _DIGIT.search(text) is None:
        return None
    return dated().search(text)


def is_stamp(line: Line) -> bool:
    """Whether a line is a time stamp: short, with a date or a time, not a sentence.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Nov 19, 2019 at 6:34 am\\nOn Nov. 19 the council met.")
    >>> [is_stamp(line) for line in page.lines]
    [True, False]
    """
    if line.words > DATED_MAX_WORDS or (line.is_sentence and line.words >= DATED_SENTENCE_WORDS):
        return False
    return date_in(line.text) is not None
