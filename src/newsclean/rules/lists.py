"""Lists and tables that belong to the article: a list is prose even when its items are not.

A list's items are short and seldom end a sentence, so alone they read as
chrome. Three kinds join the prose they hang off: the lines a colon brings in
right after prose ("The tour dates are:"), runs of marked items ("- 1 cup
flour", "1. Preheat", "| HD | 225.86 |", "Q: … / A: …"), and runs of lines that
start with a date ("June 9 – Tampa"). A table (rows of figures under a short
heading) joins only when prose stands on both sides of it.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..page import Line
from .prose import Judged, Verdict, dated

# A line ending in a colon that introduces a list, and the list items below it
# (up to LIST_MAX_ITEMS lines of at most LIST_ITEM_MAX_WORDS words), belong to
# the prose the intro follows: "Tour dates:", "What you need:".
LIST_INTRO_MIN_WORDS = 3
LIST_MAX_ITEMS = 60
LIST_ITEM_MAX_WORDS = 40
# A run of this many date lines in a row is a list of dates (tour dates,
# a schedule); its heading, if any, has at most LIST_HEADING_WORDS words.
LIST_MIN_DATES = 3
LIST_HEADING_WORDS = 8
# A table rendered as text: at least TABLE_MIN_ROWS adjacent rows, each with
# TABLE_ROW_NUMBERS numbers or more ("DL Jo Roe 63 85% 1 tackle"), under at
# most TABLE_MAX_HEADINGS short heading lines ("Defensive Line", "Pos Player
# Plays %"). It joins only with prose on both sides: a table inside the
# article. A ticker or a score box next to it has prose on one side at most.
TABLE_MIN_ROWS = 3
TABLE_ROW_NUMBERS = 2
TABLE_MAX_HEADINGS = 3

# A list item's mark: a bullet or dash, "1." or "2)", a table row's "|", or an
# interview's "Q:" and "A:".
_LIST_MARK = regex.compile(r"(?:[-–—•·*▪◦●|]|\d{1,2}[.)]|\p{Lu}{1,2}:)\s")
_NUMBER = regex.compile(r"\d+")
_DIGIT = regex.compile(r"\d")


def with_lists(judged: list[Judged]) -> list[Judged]:
    """Make lists that belong to the prose part of it.

    Two kinds: the lines a colon line brings in right after prose ("The tour
    dates are:"), and a run of marked items ("- 1 cup flour", "• Step two",
    "| HD | 225.86 |") next to prose on either side.

    >>> from newsclean.page import Page
    >>> from newsclean.rules.prose import judge, revise
    >>> prose = "The band will play in all of these cities on the tour, and it will be a long one."
    >>> page = Page.from_text(f"{prose}\\nThe tour dates are:\\nJune 9 - Tampa\\nJune 10 - Miami")
    >>> [j.verdict.value for j in with_lists(revise(judge(page.lines)))]
    ['good', 'good', 'good', 'good']
    """
    found = list(judged)
    rows = [_DIGIT.search(item.line.text) is not None and _is_row(item.line) for item in found]
    i = 0
    while i < len(found):
        table = _table_end(found, i, rows) if any(rows[i : i + TABLE_MAX_HEADINGS + 1]) else i
        if table > i:
            before = found[i - 1].verdict if i > 0 else Verdict.BAD
            after = found[table].verdict if table < len(found) else Verdict.BAD
            if before is after is Verdict.GOOD:
                for j in range(i, table):
                    found[j] = Judged(found[j].line, Verdict.GOOD, "table row", found[j].size)
            i = table
            continue
        end = _list_end(found, i)
        dates = _dates_end(found, i)
        if dates > i:
            # A list of dates joins the prose right above it, or above its heading.
            head = i - 1 if i >= 2 and found[i - 1].line.words <= LIST_HEADING_WORDS else i
            if head > 0 and found[head - 1].verdict is Verdict.GOOD:
                for j in range(head, dates):
                    found[j] = Judged(found[j].line, Verdict.GOOD, "list item", found[j].size)
            i = dates
            continue
        if end == i:
            i += 1
            continue
        before = found[i - 1].verdict if i > 0 else Verdict.BAD
        after = found[end].verdict if end < len(found) else Verdict.BAD
        intro = found[i].line.text.endswith(":")
        if (before is Verdict.GOOD) or (not intro and after is Verdict.GOOD):
            for j in range(i, end):
                if found[j].verdict is not Verdict.GOOD:
                    found[j] = Judged(found[j].line, Verdict.GOOD, "list item", found[j].size)
        i = end
    return found


def _list_end(found: Sequence[Judged], i: int) -> int:
    """Where the list that starts at ``found[i]`` ends (exclusive); ``i`` if none does.

    A list is a colon intro with at least two items under it, or at least two
    marked items; items are adjacent page lines of at most LIST_ITEM_MAX_WORDS.
    When the first item is marked ("- ", "1."), so must the others be.
    """
    line = found[i].line
    if line.text.endswith(":") and line.words >= LIST_INTRO_MIN_WORDS:
        first = found[i + 1].line.text if i + 1 < len(found) else ""
        marked = _LIST_MARK.match(first) is not None
    elif _LIST_MARK.match(line.text):
        marked = True
    else:
        return i
    end = i + 1
    while (
        end < len(found)
        and end - i <= LIST_MAX_ITEMS
        and found[end].line.index == found[end - 1].line.index + 1
        and found[end].line.words <= LIST_ITEM_MAX_WORDS
        and (not marked or _LIST_MARK.match(found[end].line.text))
    ):
        end += 1
    return end if end - i >= 2 else i


def _table_end(found: Sequence[Judged], i: int, rows: Sequence[bool]) -> int:
    """Where a table that starts at ``found[i]`` (its headings, then its rows) ends
    (exclusive); ``i`` if none does. ``rows[k]`` says whether ``found[k]`` is
    shaped like a row. See TABLE_MIN_ROWS."""

    def adjacent(k: int) -> bool:
        return k == i or found[k].line.index == found[k - 1].line.index + 1

    k = i
    while k < len(found) and k - i < TABLE_MAX_HEADINGS and adjacent(k) and not rows[k]:
        if found[k].line.words > LIST_HEADING_WORDS:
            return i
        k += 1
    end = k
    while end < len(found) and adjacent(end) and rows[end]:
        end += 1
    return end if end - k >= TABLE_MIN_ROWS else i


def _is_row(line: Line) -> bool:
    """A line of a table: not long, with TABLE_ROW_NUMBERS numbers or more."""
    return line.words <= LIST_ITEM_MAX_WORDS and (
        len(_NUMBER.findall(line.text)) >= TABLE_ROW_NUMBERS
    )


def _dates_end(found: Sequence[Judged], i: int) -> int:
    """Where a run of at least LIST_MIN_DATES adjacent lines that start with a
    date ("June 9 – Tampa", "June 10 – Miami") ends; ``i`` if there is none: a
    feed puts something between its time stamps, a list of dates does not."""
    end = i
    while (
        end < len(found)
        and found[end].line.words <= LIST_ITEM_MAX_WORDS
        and _starts_with_date(found[end].line.text)
        and (end == i or found[end].line.index == found[end - 1].line.index + 1)
    ):
        end += 1
    return end if end - i >= LIST_MIN_DATES else i


def _starts_with_date(text: str) -> bool:
    """Whether ``text`` opens with a date or a time: the pattern is tried at the
    start only, not searched for along the line (every date has a digit)."""
    return _DIGIT.search(text) is not None and dated().match(text) is not None
