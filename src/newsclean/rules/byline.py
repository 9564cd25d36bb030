"""Reading a byline: who wrote the article, from "By X and Y, Reuters" and its kin.

A byline opens with a word such as "By", "Von", "Par", "Por", "Di", "Door" or
"Av" (the ``byline`` phrase packs), or carries one after a date or "Posted"
("October 9, 2018 | by Jo Roe"). The names end at a separator, a handle, a
date or "Updated"; job titles ("Staff Writer"), degrees ("MS, RD") and
affiliations ("CNN Business", "Cleveland.com") are not names. An agency is
kept as the author only when it is the whole byline ("By AFP").

A site that prints no "By" may print a name line ("Jo Roe @joroe", "Jo Roe
Senior Contributor", "HNN Staff"); :func:`.nameline.name_line` reads one.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from ..dates import date_in
from ..phrases import phrases, whole_line
from .midline import is_preamble, labelled

NAME_MAX_TOKENS = 5

_DIGIT = regex.compile(r"\d")
# (The one-letter words only in lower case: "Laura E. Adkins" is one name.)
_NAME_SEPARATOR = regex.compile(
    r"(?:(?<!\s)\s+)?(?:,|;|&|\b(?i:and|und|et|en|og|och)\b|\b(?:y|e|i)\b)\s*"
)
# Where the names of a byline end: a separator, a handle, " on " a date, a bracket.
# Starting only where a blank run (or, for a handle, a token) starts keeps
# long runs of blanks or letters linear.
_NAMES_END = regex.compile(
    r"(?<!\s)(?:\s+[|·•/–—-]\s+|\s*[|·•/]|\s*(?<!\S)[^\s@]*@|\s*\(|\s+(?:on|am|le|el|il|op|em)\s+(?=.*\d)"
    # "Von Jo Roe mit AP", "By Euronews with Agencies", "Jo Roe Follow @jo"
    r"|\s+(?i:mit|with|avec|follow)\s"
    # "By Jo Roe in Kyiv", "Von Jo Roe aus Berlin", "Par Jo Roe à Paris"
    r"|\s+(?:in|aus|à)\s+(?=\p{Lu}))"
)
# An outlet's initials opening an affiliation ("CNN Senior Court Analyst").
_INITIALS = regex.compile(r"\p{Lu}{2,}\s")
# A one-word byline ("by admin") is a user name, not a sentence.
_HANDLE = regex.compile(r"[\w.-]{2,30}")
# Letters after a name: "Rachael Link, MS, RD"; "Jo Roe, PhD".
_DEGREE = regex.compile(r"(?:\p{Lu}{2,4}|Ph\.?D\.?|M\.?D\.?|Dr\.?)")
_DOMAIN = regex.compile(r"\.(?:com|net|org|co|de|fr|es|it|uk|ru|in)\b", regex.IGNORECASE)
# The particles names carry ("Ludwig van Beethoven", "Fouzia Van Der Fort").
_PARTICLE_WORDS = "van von de der den da di del della la le du bin al el dos das ten ter"
PARTICLES = frozenset(_PARTICLE_WORDS.split())
# A name is capitalised tokens, with the particles names carry in between.
_TOKEN = (
    r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|" + "|".join(sorted(PARTICLES, key=lambda p: (-len(p), p))) + ")"
)
_NAME = regex.compile(rf"{_TOKEN}(?:\s+{_TOKEN})*")
_POSSESSIVE = regex.compile(r"\w['’]s\b")


@cache
def role_end() -> regex.Pattern[str]:
    """A job title closing a name line: "Meg James Staff Writer", "Jo Roe, Editor"."""
    role = "|".join(f"(?:{p})" for p in phrases("byline-role"))
    return regex.compile(rf"(?i)(?<![\s,])[\s,]+(?:{role})$")


@cache
def role_only() -> regex.Pattern[str]:
    """A job title alone: "Redakteurin", "Online-Redakteurin für Finanzen"."""
    role = "|".join(f"(?:{p})" for p in phrases("byline-role"))
    return regex.compile(rf"(?i)(?:[\p{{L}}]+-)?(?:{role})(?:\s+(?:für|for|de|pour)\s+\S.*)?")


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The byline opener at a line's start, and after a date or "Posted"."""
    opener = "|".join(f"(?:{p})" for p in phrases("byline"))
    at_start = regex.compile(rf"(?i)(?:{opener})(?:\s*:\s*|\s+)(?P<names>\S.*)")
    after = regex.compile(
        rf"(?i)(?P<before>.{{0,80}}?)(?:\s+|\s*[|/·•,–—-]\s*)(?:{opener})(?:\s*:\s*|\s+)"
        rf"(?P<names>\S.*)"
    )
    return at_start, after


@lru_cache(maxsize=4096)
def read_byline(text: str) -> tuple[str, ...]:
    """The authors a byline names, or ``()`` when the line is not a byline.

    Kept a while by text: a page that repeats a line (a teaser list's "By
    Staff", a page of junk) reads it once, and the author's box asks again.

    >>> read_byline("By Jane Doe and John Roe, Reuters")
    ('Jane Doe', 'John Roe')
    >>> read_byline("By Meg James Staff Writer")
    ('Meg James',)
    >>> read_byline("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST")
    ('Michael David Smith',)
    >>> read_byline("October 9, 2018 | by Olivia Larsen")
    ('Olivia Larsen',)
    >>> read_byline("Von Anna Schmidt und Jan Meyer | 12.03.2024")
    ('Anna Schmidt', 'Jan Meyer')
    >>> read_byline("By AFP"), read_byline("Byrne said so"), read_byline("By the way, it rained.")
    (('AFP',), (), ())
    >>> read_byline("by admin"), read_byline("05 Gennaio 2025 16:01 1 minuti di lettura")
    (('admin',), ())
    >>> read_byline("By Jo Roe in Kyiv"), read_byline("By Jo Roe, CNN Senior Court Analyst")
    (('Jo Roe',), ('Jo Roe',))
    """
    digit = _DIGIT.search(text) is not None
    if "|" not in text and not digit and not _opens(_start(), text):
        return ()  # none of the three shapes below can match: most lines stop here
    at_start, after = _patterns()
    agency = whole_line("agencies")
    match = at_start.fullmatch(text)
    # A user name ("by admin") opens its line: mid-line, after a date, a
    # lower-case word is the sentence's ("… 1 minuti di lettura").
    handle = match is not None
    if match is None:
        # A mid-line "by" needs a date (so a digit) or "Posted …" before it;
        # most lines have neither, and the search for a mid-line opener is dear.
        if digit or _posted_start().match(text) is not None:
            match = after.fullmatch(text)
        if match is None or not is_preamble(match["before"]):
            match = labelled(text)
            if match is None:
                return _agency_line(text, agency)
    elif again := at_start.fullmatch(match["names"]):
        match = again  # "By by Jo Roe": the opener printed twice
    names = _outlet_free(_cut(match["names"]))
    split = [p.strip(" .,") for p in _NAME_SEPARATOR.split(names)]
    # A job title after a comma is its own part ("Jo Roe, Redakteurin"); an
    # outlet's initials before one make an affiliation, not a name ("Jo Roe,
    # CNN Senior Court Analyst").
    parts = [
        _unshared(once(q))
        for k, p in enumerate(split)
        if (q := _strip_role(p, role_end()))
        and not role_only().fullmatch(q)
        and not (k > 0 and q != p and _INITIALS.match(q))
    ]
    if not parts or not all(
        is_name(p) or agency.fullmatch(p) or (handle and len(parts) == 1 and _HANDLE.fullmatch(p))
        for p in parts
    ):
        return ()
    org = whole_line("byline-org", "")
    people = [
        p
        for k, p in enumerate(parts)
        if not agency.fullmatch(p)
        and not _DOMAIN.search(p)
        and not (k > 0 and _DEGREE.fullmatch(p))
        and not (k > 0 and any(org.fullmatch(w) for w in p.split()))
    ]
    return tuple(people or parts)


def _outlet_free(names: str) -> str:
    """Names less an outlet in capitals after the last comma, where the names
    are not in capitals ("David Roe, MDR THÜRINGEN"): a byline that sets its
    people in capitals sets them all so ("JOSH ROE, DAVID POE").

    >>> _outlet_free("David Roe, MDR THÜRINGEN"), _outlet_free("JOSH ROE, DAVID POE")
    ('David Roe', 'JOSH ROE, DAVID POE')
    """
    head, comma, tail = names.rpartition(",")
    if comma and tail.strip().isupper() and not head.isupper():
        return head.strip()
    return names


def share_word(word: str) -> bool:
    """Whether ``word`` is a share button's.

    >>> share_word("Twitter"), share_word("Lazare")
    (True, False)
    """
    pattern = whole_line("share")
    return may_match(pattern, word) and pattern.fullmatch(word) is not None


def _unshared(name: str) -> str:
    """A name less a share button's word after it ("Sarah Lazare Twitter")."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and share_word(words[-1]) else name


def agency_line(text: str) -> bool:
    """Whether ``text`` is only a news agency's name.

    >>> agency_line("Associated Press"), agency_line("Anna Menin")
    (True, False)
    """
    return whole_line("agencies").fullmatch(text) is not None


def once(name: str) -> str:
    """A name the page printed twice in a row ("Sean Martin Sean Martin") once.

    >>> once("Sean Martin Sean Martin"), once("Anna Menin")
    ('Sean Martin', 'Anna Menin')
    """
    tokens = name.split()
    half = len(tokens) // 2
    if half and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:
        return " ".join(tokens[:half])
    return name


def _agency_line(text: str, agency: regex.Pattern[str]) -> tuple[str, ...]:
    """ "X | Reuters" reads as X; "Associated Press, Nov. 19, 2019" as the agency."""
    if "|" in text:
        names, _, org = text.rpartition("|")
        if agency.fullmatch(org.strip()):
            parts = [p.strip(" .") for p in _NAME_SEPARATOR.split(names) if p.strip(" .")]
            if parts and all(is_name(p) for p in parts):
                return tuple(parts)
    if not _opens(_agency_start(), text):
        return ()  # no agency up front: no need to look for the date
    date = date_in(text)
    if date is not None and date.start() > 0:
        head = text[: date.start()].strip(" ,|/·-–—")
        if agency.fullmatch(head):
            return (head,)
    return ()


def _cut(names: str) -> str:
    """The names part of a byline, before a separator, a handle, "Updated" or a date."""
    end = len(names)
    stop = _NAMES_END.search(names)
    if stop is not None:
        end = stop.start()
    posted = _posted().search(names)
    if posted is not None:
        end = min(end, posted.start())
    date = date_in(names)
    if date is not None:
        end = min(end, date.start())
    return names[:end].strip(" ,.;:-–—|")


@cache
def _start() -> regex.Pattern[str]:
    """What a byline without "|" or a digit must open with: an opener ("By"),
    a "Posted" word or an agency's name."""
    words = "|".join(f"(?:{p})" for name in ("byline", "posted", "agencies") for p in phrases(name))
    return regex.compile(rf"(?i)[\s,|/·–—-]*(?:{words})")


def _opens(start: regex.Pattern[str], text: str) -> bool:
    """Whether ``start`` matches at the start of ``text``. Most lines cannot
    begin as any of its words do, which their first two characters tell."""
    return may_match(start, text) and start.match(text) is not None


def may_match(pattern: regex.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` may match at the start of ``text`` (``False``: it
    cannot, nor ``fullmatch`` it), as its first two characters tell: a quick
    no for a long alternation of phrases most lines do not start like.

    >>> may_match(regex.compile("(?i)by|von"), "Vo"), may_match(regex.compile("by"), "Home")
    (True, False)
    """
    return _may_open(pattern, text[:2])


@lru_cache(maxsize=4096)
def _may_open(start: regex.Pattern[str], head: str) -> bool:
    """Whether a text that begins with ``head`` may match ``start``: ``head``
    may begin a match (``partial``), or holds one."""
    return start.match(head, partial=True) is not None


@cache
def _agency_start() -> regex.Pattern[str]:
    """An agency's name at a line's start, past the marks ``_agency_line`` strips."""
    names = "|".join(f"(?:{p})" for p in phrases("agencies"))
    return regex.compile(rf"(?i)[\s,|/·–—-]*(?:{names})")


@cache
def _posted_start() -> regex.Pattern[str]:
    """A "Posted" word and a blank at a line's start: what a preamble opens with."""
    words = "|".join(f"(?:{p})" for p in phrases("posted"))
    return regex.compile(rf"(?i)(?:{words})\s")


@cache
def _posted() -> regex.Pattern[str]:
    words = "|".join(f"(?:{p})" for p in phrases("posted"))
    return regex.compile(rf"(?i)(?<!\s)\s+(?:{words})\b")


def _strip_role(part: str, role_end: regex.Pattern[str]) -> str:
    part = part.strip(" .,")
    for _ in range(2):  # "Senior Writer, Columnist"
        part = role_end.sub("", part).strip(" .,")
    return part


def is_name(part: str) -> bool:
    """Whether ``part`` reads as a name: a few capitalised tokens and particles.

    A word in the possessive is no part of a name ("Reporter's Notebook").

    >>> is_name("Ludwig van Beethoven"), is_name("the council"), is_name("Editor's Picks")
    (True, False, False)
    >>> is_name("Conan O'Brien")
    True
    """
    return (
        len(part.split()) <= NAME_MAX_TOKENS
        and _NAME.fullmatch(part) is not None
        and _POSSESSIVE.search(part) is None
    )
