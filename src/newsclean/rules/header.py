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

import math
from collections.abc import Iterable, Sequence

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
# A first line that ends a sentence and is longer than this is prose (an
# extractor's output starts with the article), not a browser title.
BROWSER_TITLE_WORDS = 16
# A repeat must have this share of the words of the title's longest part, so
# the site name ("Rolling Stone") is not taken for the headline.
REPEAT_SHARE = 0.5
# The headline is the repeat that the first prose line (a sentence of
# PROSE_MIN_WORDS words or more) follows soonest, looking this many lines down.
PROSE_WINDOW = 60
PROSE_MIN_WORDS = 12
BYLINE_MAX_WORDS = 14
NAME_MAX_TOKENS = 5

_TITLE_SEPARATOR = regex.compile(r"\s+(?:[-|–—·•»]|::)\s+")
_NOT_A_TITLE_END = regex.compile(r"[.,;:]$")
_WORD = regex.compile(r"\w+")
_NAME_SEPARATOR = regex.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
# A name is capitalised tokens, with the particles names carry in between.
_NAME = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|der|den|da|di|del|della|la|le|du|bin|al|el|dos|das|ten|ter)"
    r"(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|der|den|da|di|del|della|la|le|du|bin|al|el|dos|das|ten|ter))*"
)


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
        repeats = headline_repeats(free)
        if repeats:
            repeat = _best_repeat(repeats, context.page.lines)
            yield Finding(first.index, first.index, "browser title")
            yield Finding(repeat.index, repeat.index, "headline", Metadata(title=repeat.text))
        elif _looks_like_headline(first) and len(free) > 1:
            yield Finding(first.index, first.index, "headline", Metadata(title=first.text))


def headline_repeats(lines: Sequence[Line]) -> list[Line]:
    """The lines after the first that repeat the browser title (the first line).

    A repeat is a line whose words are a run of the browser title's words,
    ignoring case and punctuation ("Disney+ glitches, says exec" repeats
    "Disney+ glitches says exec - Los Angeles Times"), long enough to be the
    headline rather than the site name: at least REPEAT_SHARE of the words of
    the title's longest part.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Talks Stall as Both Sides Leave - The Daily\\n\\nThe Daily\\n\\n"
    ...                       "Talks stall as both sides leave")
    >>> [line.text for line in headline_repeats(page.lines)]
    ['Talks stall as both sides leave']
    """
    if not lines:
        return []
    title = lines[0]
    if title.words > TITLE_MAX_WORDS or (title.is_sentence and title.words > BROWSER_TITLE_WORDS):
        return []  # the page starts with prose, not with a browser title
    parts = _TITLE_SEPARATOR.split(title.text)
    longest = max(len(_WORD.findall(part)) for part in parts)
    need = max(TITLE_MIN_WORDS, math.ceil(REPEAT_SHARE * longest))
    words = f" {' '.join(_WORD.findall(title.text.casefold()))} "
    found = []
    for line in lines[1:REPEAT_WINDOW]:
        if not need <= line.words <= title.words:
            continue
        if f" {' '.join(_WORD.findall(line.text.casefold()))} " in words:
            found.append(line)
    return found


def _best_repeat(repeats: Sequence[Line], lines: Sequence[Line]) -> Line:
    """The repeat the article follows soonest: the headline, not its copy in a menu."""
    return min(repeats, key=lambda line: (_lines_to_prose(line, lines), -line.words))


def _lines_to_prose(line: Line, lines: Sequence[Line]) -> int:
    """How many lines below ``line`` the first prose line (a long sentence) comes."""
    for i in range(line.index + 1, min(len(lines), line.index + PROSE_WINDOW)):
        if lines[i].words >= PROSE_MIN_WORDS and lines[i].is_sentence:
            return i - line.index
    return PROSE_WINDOW


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
