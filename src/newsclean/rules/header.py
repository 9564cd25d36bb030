"""The article's header: its title and its byline.

Both are read once per page by the header model (:func:`.headmodel.read_header`):
the lines near the top are candidates, scored on learned weights. ``title``
removes the headline it picks and the browser title ("Headline - Site Name")
that repeats it; ``byline`` removes every byline-shaped line (see
:mod:`newsclean.rules.byline` for how one is read) and keeps as authors those
of the byline the model picks. Names are never cut: "Byrne" or "Abby" do not
start a byline.

:func:`headline_repeats`, :func:`reworded_headlines` and :func:`without_site`
stay the vocabulary the model's features (and body selection) read.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import regex
from attrs import evolve, frozen

from ..dates import is_stamp
from ..page import Line
from ..rule import Context, Finding
from ..types import Kind, Metadata
from .byline import read_byline
from .headmodel import HeaderModel, read_header, without_wide_site
from .titles import PROSE_MIN_WORDS, SENTENCE_BREAK, TITLE_SEPARATOR

if TYPE_CHECKING:
    from ..pipeline import Pipeline

TITLE_MAX_WORDS = 30
TITLE_MIN_WORDS = 2
# A first line taken for the headline with no model score to confirm it has
# at most this many words; longer, it is the first paragraph.
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
BYLINE_MAX_WORDS = 16

_WORD = regex.compile(r"\w+")
_NOT_A_TITLE_END = regex.compile(r"[.,;:(]$")
# A site's domain name: "cleveland.com", "news.ORF.at".
_DOMAIN = regex.compile(r"(?:[\w-]+\.)+\p{L}{2,6}")


@frozen
class Title:
    """The headline, as the header model picks it among the lines near the top
    (see :mod:`newsclean.rules.headmodel`), and the browser title that repeats it."""

    name: str = "title"
    kind: Kind = "title"
    summary: str = "the headline, and the browser title ('Headline - Site') that repeats it"
    model: HeaderModel | None = None

    def find(self, context: Context) -> Iterable[Finding]:
        header = read_header(context.page, self.model)
        head = header.headline
        # The day goes with the byline when there is one (see Byline).
        date = header.date if header.byline is None else None
        lines, taken = context.page.lines, context.taken
        browser = (
            head is not None
            and header.title is not None
            and head.index > 0
            and not taken[0]
            and _repeats(lines[0], header.title)
        )
        if head is None or header.title is None or (taken[head.index] and not browser):
            # No line scores as the headline, or the one that does is in a
            # block an earlier rule took with no browser title to confirm it
            # (an appeal's slogan): extractor output that starts with its
            # headline shows it as the first line left.
            first = next(iter(context.free()), None)
            if first is not None and _opens_as_headline(first, context):
                title = without_site(first.text.lstrip("\ufeff"))
                yield Finding(
                    first.index, first.index, "headline", Metadata(title=title, date=date)
                )
            elif date is not None:
                # No headline to carry the day, nor a byline: it goes alone,
                # removing nothing.
                at = head.index if head is not None else 0
                yield Finding(at, at, "the article's date", Metadata(date=date), keep=True)
            return
        metadata = Metadata(title=header.title, date=date)
        if taken[head.index]:
            # The headline sits in a block an earlier rule took ("Up next:");
            # it still names the article, and the browser title goes with it.
            yield Finding(0, 0, "browser title", metadata)
            return
        if browser:
            yield Finding(0, 0, "browser title")
        yield Finding(head.index, head.index, "headline", metadata)


def _opens_as_headline(line: Line, context: Context) -> bool:
    """A first line, with more below it, of a few words, no closing stop, not sentences."""
    return (
        TITLE_MIN_WORDS <= line.words <= HEADLINE_MAX_WORDS
        and _NOT_A_TITLE_END.search(line.text) is None
        and not line.is_sentence
        and SENTENCE_BREAK.search(line.text) is None
        and sum(1 for _ in context.free()) > 1
    )


def _repeats(first: Line, title: str) -> bool:
    """Whether the first line says most of what the headline says (a browser title)."""
    own = set(_WORD.findall(title.casefold()))
    theirs = set(_WORD.findall(first.text.casefold()))
    return bool(own) and len(own & theirs) >= REPEAT_SHARE * len(own)


def pipeline_with(model: HeaderModel) -> Pipeline:
    """The default pipeline with its header rules reading ``model``."""
    from ..pipeline import Pipeline

    rules = [
        evolve(rule, model=model) if isinstance(rule, (Title, Byline)) else rule
        for rule in Pipeline().rules
    ]
    return Pipeline(rules)


def _is_site(part: str) -> bool:
    """A few words, each capitalised or not a word ("Los Angeles Times", "9to5Mac"),
    or a domain name ("cleveland.com", "sportschau.de")."""
    words = part.split()
    if len(words) == 1 and _DOMAIN.fullmatch(part) is not None:
        return True
    return len(words) <= SITE_MAX_WORDS and all(not w[0].isalpha() or w[0].isupper() for w in words)


def without_site(title: str) -> str:
    """A browser title less the site name it ends with ("Headline - Site").

    Trailing parts of at most SITE_MAX_WORDS capitalised words go while a
    longer part is left; a headline with a dash in it keeps it.

    >>> without_site("Talks stall as both sides leave | World | The Daily Courier")
    'Talks stall as both sides leave'
    >>> without_site("Liverpool lose at Everton | sportschau.de")
    'Liverpool lose at Everton'
    >>> without_site("Diet plans - how to lose weight in fourteen days")
    'Diet plans - how to lose weight in fourteen days'
    >>> without_site("Third case of plague as panic begins – ‘The plague is coming’")
    'Third case of plague as panic begins – ‘The plague is coming’'
    >>> without_site("最終案に双方同意か | 毎日新聞")
    '最終案に双方同意か'
    """
    separators = list(TITLE_SEPARATOR.finditer(title))
    parts = TITLE_SEPARATOR.split(title)
    keep = len(parts)
    while keep > 1 and _is_site(parts[keep - 1]):
        if len(parts[keep - 1].split()) >= max(len(p.split()) for p in parts[: keep - 1]):
            break
        keep -= 1
    # (a Chinese, Japanese or Korean site name is not capitalised)
    return without_wide_site(title if keep == len(parts) else title[: separators[keep - 1].start()])


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
    parts = TITLE_SEPARATOR.split(title.text)
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


def best_repeat(repeats: Sequence[Line], lines: Sequence[Line]) -> Line:
    """Of several headline candidates, the one the article follows soonest:
    the headline, not its copy in a menu."""
    return min(repeats, key=lambda line: (_lines_to_prose(line, lines), -line.words))


def _lines_to_prose(line: Line, lines: Sequence[Line]) -> int:
    """How many lines below ``line`` the first prose line (a long sentence) comes."""
    for i in range(line.index + 1, min(len(lines), line.index + PROSE_WINDOW)):
        if lines[i].words >= PROSE_MIN_WORDS and lines[i].is_sentence:
            return i - line.index
    return PROSE_WINDOW


@frozen
class Byline:
    """ "By X" lines and "X | Agency" lines: the article's authors.

    Every byline-shaped line goes (teasers carry bylines too), but only the
    article's own byline gives the authors: the one the header model picks
    (see :mod:`newsclean.rules.headmodel`), which may also be a bare name line
    under the headline. A date line right above or below it goes with it, as
    kind ``byline``; the day it gives is the article's date.
    """

    name: str = "byline"
    kind: Kind = "byline"
    summary: str = (
        "'By X', 'By X and Y', 'X | Reuters', 'Posted on … by X' lines, read into authors"
    )
    model: HeaderModel | None = None

    def find(self, context: Context) -> Iterable[Finding]:
        header = read_header(context.page, self.model)
        chosen = header.byline
        found = [
            line
            for line in context.free()
            if line.words <= BYLINE_MAX_WORDS and read_byline(line.text)
        ]
        # (The header is read once per page text: compare its lines by index.)
        at = chosen.index if chosen is not None else -1
        if chosen is not None and not context.taken[at] and all(x.index != at for x in found):
            found = sorted([*found, context.page.lines[at]], key=lambda line: line.index)
        metadata = Metadata(authors=header.authors, date=header.date)
        for line in found:
            yield Finding(
                line.index, line.index, "byline", metadata if line.index == at else Metadata()
            )
        if chosen is None:
            return
        # The article's date and "Updated …" stamp stand right beside its byline.
        lines = context.page.lines
        for i in (chosen.index - 1, chosen.index + 1):
            if 0 <= i < len(lines) and not context.taken[i] and is_stamp(lines[i]):
                yield Finding(i, i, "date beside the byline")
