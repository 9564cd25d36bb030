"""The rule protocol: a rule *finds* lines to remove; it never edits text.

A rule sees the page and which lines earlier rules already took, and yields
:class:`Finding` objects: a run of lines, why they go, and any metadata they
carry. The pipeline turns findings into :class:`~newsclean.types.Removal`
records, so a rule author writes only the decision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import compress
from operator import not_
from typing import Protocol, runtime_checkable

import regex
from attrs import frozen

from .dispatch import for_lines
from .page import Line, Page
from .types import Kind, Metadata


@frozen
class Context:
    """What a rule may look at: the page, and the lines earlier rules took."""

    page: Page
    taken: Sequence[bool]  # taken[i] is True when an earlier rule removed line i

    def free(self) -> Iterable[Line]:
        """The lines no earlier rule has taken, in order.

        Lazy like a generator (``taken`` is read as the walk reaches each
        line), but with no Python frame per line: most rules walk every line.
        """
        return compress(self.page.lines, map(not_, self.taken))


@frozen
class Finding:
    """A run of lines ``first..last`` (inclusive) that a rule removes.

    ``kind`` overrides the rule's own kind when one rule removes several
    kinds of thing (body selection drops menus as ``navigation`` and a
    comment section as ``comment``).
    """

    first: int
    last: int
    reason: str
    metadata: Metadata = Metadata()  # noqa: RUF009 (frozen, so one shared default is safe)
    kind: Kind | None = None


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
    ``extract`` turns the match into metadata.

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

    def find(self, context: Context) -> Iterable[Finding]:
        pattern = for_lines(self.pattern)  # the same matches, found sooner
        for line in context.free():
            if line.words > self.max_words:
                continue
            match = pattern.fullmatch(line.text)
            if match is not None:
                yield Finding(line.index, line.index, self.reason, self.extract(match))
