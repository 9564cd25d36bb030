"""The article's header: its title and its byline.

``title`` looks for the headline as the page shows it. Full-page text often
starts with the browser title, "Headline - Site Name"; when a later line
repeats the headline part, that line is the title and both go. With no such
repeat, a line that shares most of its words with the browser title (the
headline reworded for search engines) is the title. Otherwise the first line
left after the earlier rules is the title when it reads like a headline (a
few words, no closing full stop).

The headline found, full-page text loses its site name too: with no repeat,
"Headline | Site" reads as "Headline".

``byline`` takes every byline-shaped line (see :mod:`newsclean.rules.byline`
for how one is read) and keeps as authors those of the byline right under
the headline. Names are never cut: "Byrne" or "Abby" do not start a byline.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import regex
from attrs import frozen

from ..dates import is_stamp
from ..page import Line
from ..phrases import anywhere
from ..rule import Context, Finding
from ..types import Kind, Metadata
from .byline import name_line, read_byline

TITLE_MAX_WORDS = 30
TITLE_MIN_WORDS = 2
# A first line taken for the headline without a browser title to confirm it
# has at most this many words; longer, it is the first paragraph.
HEADLINE_MAX_WORDS = 20
# Where to look for the line that repeats the browser title.
REPEAT_WINDOW = 400
# A first line that ends a sentence and is longer than this is prose (an
# extractor's output starts with the article), not a browser title.
BROWSER_TITLE_WORDS = 16
# A site name at the end of a browser title is this many words at most.
SITE_MAX_WORDS = 4
# A repeat must have this share of the words of the title's longest part, so
# the site name ("Rolling Stone") is not taken for the headline.
REPEAT_SHARE = 0.5
# With no exact repeat, a line sharing this share of its words with the
# browser title, and of the browser title's words with it, is the headline
# reworded.
REWORDED_SHARE = 0.6
# The headline is the repeat that the first prose line (a sentence of
# PROSE_MIN_WORDS words or more) follows soonest, looking this many lines down.
PROSE_WINDOW = 60
PROSE_MIN_WORDS = 12
BYLINE_MAX_WORDS = 16
# The article's byline stands within this many lines below its headline.
BYLINE_WINDOW = 15
# Without a "By" line, a bare name within this many lines under the headline.
NAME_LINE_WINDOW = 4
# A job title on the line below a name ("News reporter @jo") is this short.
ROLE_LINE_MAX_WORDS = 6

# Each pattern that opens on blanks starts only where a blank run starts
# ``(?<!\s)``: tried inside a long run of blanks it would rescan it per start.
_TITLE_SEPARATOR = regex.compile(r"(?<!\s)\s+(?:[-|–—·•»]|::)\s+")
_NOT_A_TITLE_END = regex.compile(r"[.,;:(]$")
_SENTENCE_BREAK = regex.compile(r"\p{Ll}[.!?]\s+\p{Lu}")
_WORD = regex.compile(r"\w+")
# A job title in a name line ("Bruce Y. Lee Senior Contributor").
_ROLE = anywhere("byline-role")


@frozen
class Title:
    """The headline: the line the browser title repeats, else one that rewords it,
    else a headline-like first line."""

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
            return
        # The headline may sit in a block an earlier rule took ("Up next:");
        # it still names the article, and the browser title goes.
        taken = headline_repeats(context.page.lines) if first.index == 0 else []
        reworded = reworded_headlines(free) if not taken else []
        if taken:
            title = _best_repeat(taken, context.page.lines).text
            yield Finding(first.index, first.index, "browser title", Metadata(title=title))
        elif reworded:
            repeat = _best_repeat(reworded, context.page.lines)
            yield Finding(first.index, first.index, "browser title")
            yield Finding(repeat.index, repeat.index, "headline", Metadata(title=repeat.text))
        elif _looks_like_headline(first) and len(free) > 1:
            title = without_site(first.text)
            yield Finding(first.index, first.index, "headline", Metadata(title=title))


def _is_site(part: str) -> bool:
    """A few words, each capitalised or not a word ("Los Angeles Times", "9to5Mac")."""
    words = part.split()
    return len(words) <= SITE_MAX_WORDS and all(not w[0].isalpha() or w[0].isupper() for w in words)


def without_site(title: str) -> str:
    """A browser title less the site name it ends with ("Headline - Site").

    Trailing parts of at most SITE_MAX_WORDS capitalised words go while a
    longer part is left; a headline with a dash in it keeps it.

    >>> without_site("Talks stall as both sides leave | World | The Daily Courier")
    'Talks stall as both sides leave'
    >>> without_site("Diet plans - how to lose weight in fourteen days")
    'Diet plans - how to lose weight in fourteen days'
    >>> without_site("Third case of plague as panic begins – ‘The plague is coming’")
    'Third case of plague as panic begins – ‘The plague is coming’'
    """
    separators = list(_TITLE_SEPARATOR.finditer(title))
    parts = _TITLE_SEPARATOR.split(title)
    keep = len(parts)
    while keep > 1 and _is_site(parts[keep - 1]):
        if len(parts[keep - 1].split()) >= max(len(p.split()) for p in parts[: keep - 1]):
            break
        keep -= 1
    return title if keep == len(parts) else title[: separators[keep - 1].start()]


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
    if not lines or _starts_with_prose(lines[0]):
        return []
    title = lines[0]
    parts = _TITLE_SEPARATOR.split(title.text)
    longest = max(len(_WORD.findall(part)) for part in parts)
    need = max(TITLE_MIN_WORDS, math.ceil(REPEAT_SHARE * longest))
    title_words = _WORD.findall(title.text.casefold())
    words = f" {' '.join(title_words)} "
    known = set(title_words)
    found = []
    for line in lines[1:REPEAT_WINDOW]:
        if not need <= line.words <= title.words:
            continue
        folded = line.text.casefold()
        # A repeat opens with one of the title's words: most lines fail here, cheaply.
        first = _WORD.search(folded)
        if first is None or first.group() not in known:
            continue
        if f" {' '.join(_WORD.findall(folded))} " in words:
            found.append(line)
    return found


def reworded_headlines(lines: Sequence[Line]) -> list[Line]:
    """Lines that say most of what the browser title (the first line) says, in
    other words: the page's headline when the browser title was written for
    search engines ("Delhi air pollution: The law that's helping fuel the
    city's poor air quality" over "The law that's helping fuel Delhi's deadly
    air pollution"). Asked only when no line repeats the browser title.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Doobie Brothers Unite for Tour - Rolling Stone\\n\\n"
    ...                       "The Doobie Brothers Unite for 50th Tour")
    >>> [line.text for line in reworded_headlines(page.lines)]
    ['The Doobie Brothers Unite for 50th Tour']
    """
    if not lines or _starts_with_prose(lines[0]):
        return []
    title = lines[0]
    own = set(_WORD.findall(title.text.casefold()))
    found = []
    for line in lines[1:REPEAT_WINDOW]:
        if not TITLE_MIN_WORDS < line.words <= TITLE_MAX_WORDS or line.is_sentence:
            continue
        theirs = set(_WORD.findall(line.text.casefold()))
        shared = len(own & theirs)
        if shared >= REWORDED_SHARE * len(own) and shared >= REWORDED_SHARE * len(theirs):
            found.append(line)
    return found


def _starts_with_prose(first: Line) -> bool:
    """Whether the page starts with prose, not with a browser title."""
    return first.words > TITLE_MAX_WORDS or (
        first.is_sentence and first.words > BROWSER_TITLE_WORDS
    )


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
    """A few words, no closing full stop, and not sentences ("… advertiser. All … alone. #ad")."""
    return (
        TITLE_MIN_WORDS <= line.words <= HEADLINE_MAX_WORDS
        and _NOT_A_TITLE_END.search(line.text) is None
        and len(_SENTENCE_BREAK.findall(line.text)) < 2
    )


def _name_under_headline(context: Context, head: int) -> tuple[Line, tuple[str, ...]] | None:
    """A bare name just under the headline that the page marks as a byline: by
    a handle, a job title or an agency beside it, a job title or a time stamp
    on the next line, or by showing it again. Sites that print no "By" do so."""
    lines = context.page.lines
    for i in range(head + 1, min(len(lines), head + 1 + NAME_LINE_WINDOW)):
        if context.taken[i]:
            continue
        name, marked = name_line(lines[i].text)
        if name is None:
            continue
        below = lines[i + 1] if i + 1 < len(lines) else None
        again = sum(1 for line in lines if line.text == lines[i].text) > 1
        stamped = below is not None and is_stamp(below)
        role_below = (
            below is not None and below.words <= ROLE_LINE_MAX_WORDS and _ROLE.search(below.text)
        )
        if marked or again or stamped or role_below:
            return lines[i], (name,)
    return None


@frozen
class Byline:
    """ "By X" lines and "X | Agency" lines: the article's authors.

    Every byline-shaped line goes (teasers carry bylines too), but only the
    article's own byline gives the authors: the first one within
    BYLINE_WINDOW lines below the headline, else the first on the page. A
    date line right above or below it goes with it, as kind ``byline``.
    """

    name: str = "byline"
    kind: Kind = "byline"
    summary: str = (
        "'By X', 'By X and Y', 'X | Reuters', 'Posted on … by X' lines, read into authors"
    )

    def find(self, context: Context) -> Iterable[Finding]:
        found = [
            (line, authors)
            for line in context.free()
            if line.words <= BYLINE_MAX_WORDS and (authors := read_byline(line.text))
        ]
        lines = context.page.lines
        repeats = headline_repeats(lines) or reworded_headlines(lines)
        head = _best_repeat(repeats, lines).index if repeats else -1
        near = [line for line, _ in found if head < line.index <= head + BYLINE_WINDOW]
        if not near and head >= 0:
            named = _name_under_headline(context, head)
            if named is not None:
                found.append(named)
                near = [named[0]]
        if not found:
            return
        chosen = near[0] if near else found[0][0]
        for line, authors in found:
            metadata = Metadata(authors=authors) if line is chosen else Metadata()
            yield Finding(line.index, line.index, "byline", metadata)
        # The article's date and "Updated …" stamp stand right beside its byline.
        for i in (chosen.index - 1, chosen.index + 1):
            if 0 <= i < len(lines) and not context.taken[i] and is_stamp(lines[i]):
                yield Finding(i, i, "date beside the byline")
