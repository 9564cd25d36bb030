"""Reading a written date as ISO 8601: "March 3, 2025, 2:05 PM" is "2025-03-03T14:05".

A page writes its date in many ways: "2025-03-03", "03.03.2025",
"3. März 2025", "3 de marzo de 2025", "Mar. 3, 2025", "2025年3月3日",
"2025년 3월 3일". :func:`iso_date` reads the first full date of a line (one
with a year) and the time right after it, if any. A date without a year, or
"3 hours ago", says no day: it reads as None.

Month names are a table of every language of the packs and a few more; a name
matches by its first letters ("Sept.", "sept", "septiembre").
"""

from __future__ import annotations

from functools import cache

import regex

# Month names by language, January first. Abbreviations are the names' first
# letters, so only the full names are listed (with their inflected forms).
MONTHS: tuple[tuple[str, ...], ...] = (
    (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    (
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ),
    ("jänner", "feber", "maerz", "", "", "", "", "", "", "", "", ""),
    (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "", "", "", ""),
    (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
    (
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
    ),
    (
        "ocak",
        "şubat",
        "mart",
        "nisan",
        "mayıs",
        "haziran",
        "temmuz",
        "ağustos",
        "eylül",
        "ekim",
        "kasım",
        "aralık",
    ),
    (
        "janúar",
        "febrúar",
        "mars",
        "apríl",
        "maí",
        "júní",
        "júlí",
        "ágúst",
        "september",
        "október",
        "nóvember",
        "desember",
    ),
)
# An abbreviation has at least this many letters ("Mar", "Sept").
ABBREVIATION_MIN = 3
# Years a news page's date falls in.
YEAR_MIN, YEAR_MAX = 1990, 2039

_YEAR = r"(?P<y>(?:19|20)\d\d)"
_A_YEAR = regex.compile(r"(?:19|20)\d\d")
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
    """
    if _A_YEAR.search(text) is None:
        return None  # every full date has a year: most lines stop here
    best: tuple[int, str] | None = None
    for pattern in _patterns():
        for match in pattern.finditer(text):
            value = _read(match)
            if value is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), value)
                break
    return best[1] if best else None


def _read(match: regex.Match[str]) -> str | None:
    groups = match.groupdict()
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
