"""The rule protocol: a rule *finds* lines to remove; it never edits text.

A rule sees the page and which lines earlier rules already took, and yields
:class:`Finding` objects: a run of lines, why they go, and any metadata they
carry. The pipeline turns findings into :class:`~newsclean.types.Removal`
records, so a rule author writes only the decision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import compress
from operator import not_
from typing import Protocol, runtime_checkable

import regex
from attrs import Factory, field, frozen

from .bulk import Reading, Scanner
from .dispatch import LinePattern, for_lines
from .page import Line, Page
from .phrases import Cue
from .scan import Transform
from .types import Kind, Metadata


@frozen
class Context:
    """What a rule may look at: the page, and the lines earlier rules took."""

    page: Page
    taken: Sequence[bool]  # taken[i] is True when an earlier rule removed line i
    # kinds[i] is the kind of what an earlier rule removed at line i (None: kept);
    # empty when the caller does not say (a rule tested on its own).
    kinds: Sequence[Kind | None] = ()
    # What bulk dispatch worked out about the page, shared by every rule's
    # context for it (the pipeline's); a rule tested alone gets its own.
    reading: Reading = field(
        default=Factory(lambda self: Scanner().read(self.page), takes_self=True),
        eq=False,
        repr=False,
    )

    def free(self) -> Iterable[Line]:
        """The lines no earlier rule has taken, in order.

        Lazy like a generator (``taken`` is read as the walk reaches each
        line), but with no Python frame per line: most rules walk every line.
        """
        return compress(self.page.lines, map(not_, self.taken))

    def candidates(
        self, *patterns: LinePattern, transform: Transform | None = None
    ) -> Iterator[Line]:
        """The free lines that one of ``patterns`` may match whole, in order.

        Every free line a pattern matches is among them (its text passed
        through ``transform``, a module-level function, when the rule
        matches a line's text so changed); most lines that cannot match are
        left out, a page at a time (see :mod:`.bulk`).
        Lazy like :meth:`free`.

        >>> page = Page.from_text("Share\\nTalks ended.\\nTweet")
        >>> share = for_lines(regex.compile("(?i)share|tweet"))
        >>> [line.text for line in Context(page, [False, False, True]).candidates(share)]
        ['Share']
        """
        found: Iterable[int]
        if len(patterns) == 1:
            found = self.reading.candidates(patterns[0], transform)
        else:
            found = sorted(set().union(*(self.reading.candidates(p, transform) for p in patterns)))
        lines, taken = self.page.lines, self.taken
        return (lines[i] for i in found if not taken[i])

    def mentioning(self, cue: Cue) -> Iterator[Line]:
        """The free lines that may hold a phrase of ``cue``, in order (every
        line it finds a phrase in, and few more). Lazy like :meth:`free`."""
        lines, taken = self.page.lines, self.taken
        return (lines[i] for i in cue.candidates(self.reading.texts()) if not taken[i])

    def matches(
        self, pattern: LinePattern, max_words: int, transform: Transform | None = None
    ) -> Iterator[tuple[Line, regex.Match[str]]]:
        """Each free line of at most ``max_words`` words that ``pattern`` matches
        whole (its text passed through ``transform``), with the match, in order.

        Lazy like :meth:`free`: a line an earlier finding took is skipped.

        >>> page = Page.from_text("Share\\nTalks ended.\\nTweet this now")
        >>> share = for_lines(regex.compile("(?i)(?:share|tweet)(?: this)?(?: now)?"))
        >>> [m[0] for _, m in Context(page, [False] * 3).matches(share, max_words=2)]
        ['Share']
        """
        texts = self.reading.texts(transform)
        lines, taken = self.page.lines, self.taken
        for i, branches in self.reading.candidates(pattern, transform).items():
            line = lines[i]
            if taken[i] or line.words > max_words:
                continue
            match = pattern.fullmatch(texts.texts[i], branches)
            if match is not None:
                yield line, match


@frozen
class Finding:
    """A run of lines ``first..last`` (inclusive) that a rule removes.

    ``kind`` overrides the rule's own kind when one rule removes several
    kinds of thing (body selection drops menus as ``navigation`` and a
    comment section as ``comment``). ``first`` and ``last`` are
    :attr:`Line.index` values. A finding with ``keep`` removes nothing: it
    only says what its lines say (the article's date, read where no removal
    carries it), and its metadata joins the article's all the same.

    >>> Finding(2, 3, "gallery").kind is None
    True
    >>> Finding(3, 1, "gallery")
    Traceback (most recent call last):
    ValueError: Finding(3, 1): the run is reversed (last before first); write Finding(1, 3)
    """

    first: int
    last: int
    reason: str
    metadata: Metadata = Metadata()  # noqa: RUF009 (frozen, so one shared default is safe)
    kind: Kind | None = None
    keep: bool = False

    def __attrs_post_init__(self) -> None:
        if self.first > self.last:
            raise ValueError(
                f"Finding({self.first}, {self.last}): the run is reversed (last before first); "
                f"write Finding({self.last}, {self.first})"
            )
        if self.first < 0:
            raise ValueError(f"Finding({self.first}, {self.last}): lines are numbered from 0")


@runtime_checkable
class Rule(Protocol):
    """Anything with a kebab-case ``name``, a ``kind``, a one-line ``summary``
    and a ``find`` method is a rule.

    >>> from newsclean.rules.chrome import ADVERTISEMENT
    >>> isinstance(ADVERTISEMENT, Rule)
    True
    """

    @property
    def name(self) -> str: ...

    @property
    def kind(self) -> Kind: ...

    @property
    def summary(self) -> str: ...

    def find(self, context: Context) -> Iterable[Finding]: ...


Extract = Callable[["regex.Match[str]"], Metadata]


def _nothing(match: regex.Match[str]) -> Metadata:
    return Metadata()


@frozen
class LineRule:
    """A rule that is only data: remove every free line the pattern matches whole.

    ``max_words`` keeps a long paragraph that happens to match from going;
    ``extract`` turns the match into metadata; ``transform`` changes each
    line's text before it is matched (the line is still removed whole).

    >>> ad = LineRule("ads", "advertisement", "ad label", regex.compile("(?i)advertisement"))
    >>> page = Page.from_text("Advertisement\\n\\nText about an advertisement.")
    >>> [f.first for f in ad.find(Context(page, [False, False]))]
    [0]
    """

    name: str
    kind: Kind
    reason: str
    pattern: regex.Pattern[str]
    max_words: int = 12
    extract: Extract = _nothing
    summary: str = ""
    # A change to each line's text before it is matched (a module-level
    # Transform, so the speed layer keeps its texts between rules).
    transform: Transform | None = None

    def find(self, context: Context) -> Iterable[Finding]:
        pattern = for_lines(self.pattern)  # the same matches, found sooner
        for line, match in context.matches(pattern, self.max_words, self.transform):
            yield Finding(line.index, line.index, self.reason, self.extract(match))
