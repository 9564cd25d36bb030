"""Reading a written date as ISO 8601: "March 3, 2025, 2:05 PM" is "2025-03-03T14:05".

A page writes its date in many ways: "2025-03-03", "03.03.2025",
"3. März 2025", "3 de marzo de 2025", "Mar. 3, 2025", "2025年3月3日",
"2025년 3월 3일". :func:`iso_date` reads the first full date of a line (one
with a year) and the time right after it, if any. A date without a year, or
"3 hours ago", says no day: it reads as None.

Month names are a table (:mod:`.monthnames`) of every language of the packs
and a few more; a name matches by its first letters ("Sept.", "sept", "septiembre").
"""

from __future__ import annotations

from functools import cache

import regex

from ..phrases import phrases
from .monthnames import MONTHS

# An abbreviation has at least this many letters ("Mar", "Sept").
ABBREVIATION_MIN = 3
# Years a news page's date falls in.
YEAR_MIN, YEAR_MAX = 1990, 2039

_YEAR = r"(?P<y>(?:19|20)\d\d)"
_A_YEAR = regex.compile(r"(?:19|20)\d\d")
_TWO_DIGIT_YEAR = regex.compile(r"\d\d[-/.]\d\d[-/.]\d\d")
_DAY = r"(?P<d>[0-3]?\d)"
_TIME = (
    r"(?:[\sT,]+(?:um|at|à|a las|alle|kl\.?|-|–|\|)?\s*(?P<h>[0-2]?\d)[:.h](?P<mi>[0-5]\d)(?!\d)"
    r"\s*(?P<ap>[ap]\.?\s?m\b\.?)?)?"
)


@cache
def _month_number() -> dict[str, int]:
    """Every month name and abbreviation, folded, to its number."""
    found: dict[str, int] = {}
    for names in MONTHS:
        for number, name in enumerate(names, 1):
            for end in range(ABBREVIATION_MIN, len(name) + 1):
                found.setdefault(name[:end], number)
    return found


@cache
def _patterns() -> tuple[regex.Pattern[str], ...]:
    month = r"(?P<m>\p{L}{3,12})\.?"
    return (
        # 2025-03-03, 2025/03/03, 2025.03.03, 2025年3月3日, 2025년 3월 3일
        regex.compile(
            rf"(?<!\d){_YEAR}(?:[-/.]|年|년\s*)(?P<mn>[01]?\d)(?:[-/.]|月|월\s*)"
            rf"{_DAY}(?!\d)(?:日|일)?{_TIME}"
        ),
        # 03.03.2025, 3/3/2025, 03-03-2025, 3. 3. 2025 (day first unless it cannot be)
        regex.compile(
            rf"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[-/]|\.\s?)(?P<b>[0-3]?\d)(?P=sep){_YEAR}{_TIME}"
        ),
        # 27.04.24, 10/13/16, 01-09-17: a two-digit year, day and month of two
        # digits each (so "1.2.3" is no date), nothing numeric after it
        regex.compile(
            rf"(?<![\d./-])(?P<a>[0-3]\d)(?P<sep>[-/.])(?P<b>[0-3]\d)(?P=sep)(?P<yy>\d\d)"
            rf"(?!\d|[-/.]\d){_TIME}"
        ),
        # March 3, 2025; Mar. 3rd 2025
        regex.compile(rf"(?i)\b{month}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}{_TIME}"),
        # 3 March 2025; 3 March, 2025; 3. März 2025; 3 de marzo de 2025; 3 marca 2025 r.
        regex.compile(
            rf"(?i)(?<!\d){_DAY}\.?\s+(?:de\s+)?{month},?\s+(?:de\s+|del\s+)?{_YEAR}{_TIME}"
        ),
    )


def iso_date(text: str) -> str | None:
    """The first full date in ``text``, as ISO 8601 with its time when one follows.

    >>> iso_date("Published March 3, 2025, 2:05 PM EST")
    '2025-03-03T14:05'
    >>> iso_date("Von Anna Roe | 12.03.2024, 18:00 Uhr"), iso_date("3. März 2025")
    ('2024-03-12T18:00', '2025-03-03')
    >>> iso_date("2016年12月28日 08時00分"), iso_date("Updated 3 hours ago"), iso_date("May 3")
    ('2016-12-28', None, None)
    >>> iso_date("Veröffentlicht am 27.04.24 um 07:39 Uhr"), iso_date("version 1.2.3")
    ('2024-04-27T07:39', None)
    """
    found = iso_dates(text)
    return found[0] if found else None


def iso_dates(text: str) -> list[str]:
    """Every full date in ``text``, in the order it writes them.

    >>> iso_dates("08:39, 06 Jan 2026 Updated 08:41, 07 Jan 2026")
    ['2026-01-06', '2026-01-07']
    """
    return [value for _, value in _spans(text)]


def stamped_dates(text: str) -> list[tuple[str, bool]]:
    """Every full date in ``text``, and whether the words since the date
    before it (or the line's start) mark it as the last change ("Updated",
    "Aktualisiert": the ``updated`` phrase packs), not the publication.

    >>> stamped_dates("Aktualizacja: 19.04.2026 19:45 Publikacja: 19.04.2026 19:05")
    [('2026-04-19T19:45', True), ('2026-04-19T19:05', False)]
    >>> stamped_dates("Published 3 May 2024, updated 4 May 2024")
    [('2024-05-03', False), ('2024-05-04', True)]
    """
    found: list[tuple[str, bool]] = []
    end = 0
    for (start, stop), value in _spans(text):
        found.append((value, _updated().search(text, end, start) is not None))
        end = stop
    return found


@cache
def _updated() -> regex.Pattern[str]:
    words = "|".join(f"(?:{p})" for p in phrases("updated"))
    return regex.compile(rf"(?i)\b(?:{words})\b")


def update_label(text: str) -> bool:
    """Whether ``text`` is only an "Updated" word, the label of the date below it.

    >>> update_label("Updated:"), update_label("Original:")
    (True, False)
    """
    return _updated().fullmatch(text.strip(" :")) is not None


def _spans(text: str) -> list[tuple[tuple[int, int], str]]:
    """The full dates of ``text`` and where each stands; where two readings
    overlap, the one that starts first wins, then the one listed first."""
    if _A_YEAR.search(text) is None and _TWO_DIGIT_YEAR.search(text) is None:
        return []  # every full date has a year: most lines stop here
    spans: list[tuple[int, int, int, str]] = []
    for rank, pattern in enumerate(_patterns()):
        for match in pattern.finditer(text):
            value = _read(match)
            if value is not None:
                spans.append((match.start(), rank, match.end(), value))
    found: list[tuple[tuple[int, int], str]] = []
    end = 0
    for start, _, stop, value in sorted(spans):
        if start >= end:
            found.append(((start, stop), value))
            end = stop
    return found


def _read(match: regex.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("yy") is not None:
        # A two-digit year is of this century up to the last year news pages
        # fall in, else of the last ("98" is 1998).
        short = int(groups["yy"])
        year = 2000 + short if 2000 + short <= YEAR_MAX else 1900 + short
    else:
        year = int(groups["y"])
    if groups.get("m") is not None:
        month = _month_number().get(groups["m"].casefold(), 0)
        day = int(groups["d"])
    elif groups.get("mn") is not None:
        month, day = int(groups["mn"]), int(groups["d"])
    else:
        first, second = int(groups["a"]), int(groups["b"])
        # Day first (most of the world), but "12/28/2016" can only be US order.
        day, month = (second, first) if second > 12 else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31 and YEAR_MIN <= year <= YEAR_MAX):
        return None
    day_text = f"{year:04d}-{month:02d}-{day:02d}"
    if groups.get("h") is None:
        return day_text
    hour = int(groups["h"])
    suffix = (groups.get("ap") or "").casefold()
    if suffix.startswith("p") and hour < 12:
        hour += 12
    elif suffix.startswith("a") and hour == 12:
        hour = 0
    return f"{day_text}T{hour:02d}:{groups['mi']}" if hour < 24 else day_text
