"""The article's header: its title and its byline.

``title`` looks for the headline as the page shows it. Full-page text often
starts with the browser title, "Headline - Site Name"; when a later line
repeats the headline part, that line is the title and both go. Otherwise the
first line left after the earlier rules is the title when it reads like a
headline (a few words, no closing full stop).

``byline`` reads "By X", "By X and Y", "By X, Reuters" and "X | Reuters"
into authors. An agency is kept as the author only when it is the whole
byline ("By AFP"). Names are never cut: "Byrne" or "Abby" do not start a byline.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex
from attrs import frozen

from ..page import Line
from ..phrases import whole_line
from ..rule import Context, Finding
from ..types import Kind, Metadata

TITLE_MAX_WORDS = 30
TITLE_MIN_WORDS = 2
# Where to look for the line that repeats the browser title.
REPEAT_WINDOW = 400
BYLINE_MAX_WORDS = 14
NAME_MAX_TOKENS = 5

_TITLE_SEPARATOR = regex.compile(r"\s+(?:[-|–—·•»]|::)\s+")
_NOT_A_TITLE_END = regex.compile(r"[.,;:]$")
_SPACE = regex.compile(r"\s+")
_NAME_SEPARATOR = regex.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
# A name is capitalised tokens, with the particles names carry in between.
_NAME = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|der|den|da|di|del|della|la|le|du|bin|al|el|dos|das|ten|ter)"
    r"(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|der|den|da|di|del|della|la|le|du|bin|al|el|dos|das|ten|ter))*"
)


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).casefold().strip()


@frozen
class Title:
    """The headline: the line the browser title repeats, else a headline-like first line."""

    name: str = "title"
    kind: Kind = "title"
    summary: str = "the headline, and the browser title ('Headline - Site') that repeats it"

    def find(self, context: Context) -> Iterable[Finding]:
        free = list(context.free())
        if not free:
            return
        first = free[0]
        repeat = _repeated_headline(first, free[1:REPEAT_WINDOW])
        if repeat is not None:
            yield Finding(first.index, first.index, "browser title")
            yield Finding(repeat.index, repeat.index, "headline", Metadata(title=repeat.text))
        elif _looks_like_headline(first) and len(free) > 1:
            yield Finding(first.index, first.index, "headline", Metadata(title=first.text))


def _repeated_headline(first: Line, later: list[Line]) -> Line | None:
    """The later line that equals the browser title or a run of its parts, if any."""
    parts = _TITLE_SEPARATOR.split(first.text)
    candidates = {_fold(first.text)}
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            if (i, j) != (0, len(parts)):
                candidates.add(_fold(" ".join(parts[i:j])))
    best: Line | None = None
    for line in later:
        repeats = line.words >= TITLE_MIN_WORDS and _fold(line.text) in candidates
        if repeats and (best is None or len(line.text) > len(best.text)):
            best = line
    return best


def _looks_like_headline(line: Line) -> bool:
    return (
        TITLE_MIN_WORDS <= line.words <= TITLE_MAX_WORDS
        and _NOT_A_TITLE_END.search(line.text) is None
    )


@frozen
class Byline:
    """ "By X" lines and "X | Agency" lines: the article's authors."""

    name: str = "byline"
    kind: Kind = "byline"
    summary: str = "'By X', 'By X and Y', 'X | Reuters' lines, read into authors"

    def find(self, context: Context) -> Iterable[Finding]:
        opener = whole_line("byline", r"\s+(?P<names>\S.*)")
        agency = whole_line("agencies")
        for line in context.free():
            if line.words > BYLINE_MAX_WORDS:
                continue
            authors = _byline_authors(line.text, opener, agency)
            if authors:
                yield Finding(line.index, line.index, "byline", Metadata(authors=authors))


def _byline_authors(
    text: str, opener: regex.Pattern[str], agency: regex.Pattern[str]
) -> tuple[str, ...]:
    """The authors a byline names, or ``()`` when the line is not a byline.

    >>> opener, agency = whole_line("byline", r"\\s+(?P<names>\\S.*)"), whole_line("agencies")
    >>> _byline_authors("By Jane Doe and John Roe, Reuters", opener, agency)
    ('Jane Doe', 'John Roe')
    >>> _byline_authors("Byrne said so", opener, agency)
    ()
    """
    match = opener.fullmatch(text)
    if match is not None:
        names = match["names"]
    elif "|" in text:
        names, _, org = text.rpartition("|")
        if not agency.fullmatch(org.strip()):
            return ()
    else:
        return ()
    parts = [p.strip(" .") for p in _NAME_SEPARATOR.split(names.replace("|", ",")) if p.strip(" .")]
    if not parts or not all(_is_name(p) for p in parts):
        return ()
    people = [p for p in parts if not agency.fullmatch(p)]
    return tuple(people or parts)


def _is_name(part: str) -> bool:
    return len(part.split()) <= NAME_MAX_TOKENS and _NAME.fullmatch(part) is not None
