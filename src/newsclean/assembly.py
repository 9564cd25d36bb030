"""How a page's findings become an :class:`~newsclean.types.Article`.

The rules run in order on one page, each seeing the lines the rules before
it took; a line belongs to the first rule that takes it. Each finding
becomes a :class:`~newsclean.types.Removal` for each of its runs of lines
no earlier finding took, spanning those lines in the input. The metadata of
all findings is merged in input order: a finding's metadata counts even when
earlier findings took all its lines, or when it removes nothing (``keep``).
The page's language is guessed from its whole text. The body is every line
no rule took, joined by a blank line.
"""

from __future__ import annotations

from attrs import evolve

from .bulk import Scanner
from .lang import language
from .page import Page
from .rule import Context, Rule
from .types import KINDS, Article, Kind, Metadata, Removal

NOTHING = Metadata()


def assemble(text: str, rules: tuple[Rule, ...], scanner: Scanner) -> Article:
    """Clean ``text`` with ``rules``; ``scanner`` is the pipeline's speed layer.

    >>> from newsclean.rules.chrome import ADVERTISEMENT
    >>> article = assemble("Advertisement\\n\\nTalks ended.", (ADVERTISEMENT,), Scanner())
    >>> article.body, [(r.rule, r.start, r.end) for r in article.removals]
    ('Talks ended.', [('advertisement', 0, 13)])
    """
    page = Page.from_text(text)
    reading = scanner.read(page)
    lines = page.lines
    taken = [False] * len(lines)
    kinds: list[Kind | None] = [None] * len(lines)
    removals: list[Removal] = []
    # (where in the input, what it says) of the findings that made no removal
    notes: list[tuple[int, Metadata]] = []
    for rule in rules:
        for finding in rule.find(Context(page, taken, kinds, reading)):
            if finding.last >= len(lines):
                raise ValueError(f"rule {rule.name!r} found lines outside the page: {finding}")
            kind = finding.kind or rule.kind
            if kind not in KINDS:
                raise ValueError(kind_message(rule.name, kind))
            runs = [] if finding.keep else _free_runs(taken, finding.first, finding.last)
            if not runs and finding.metadata != NOTHING:
                notes.append((lines[finding.first].start, finding.metadata))
            for first, last in runs:
                start, end = lines[first].start, lines[last].end
                removal = Removal(
                    rule.name, kind, finding.reason, start, end, text[start:end], finding.metadata
                )
                removals.append(removal)
                taken[first : last + 1] = [True] * (last - first + 1)
                kinds[first : last + 1] = [kind] * (last - first + 1)
    removals.sort(key=lambda r: r.start)
    said = sorted([(r.start, r.metadata) for r in removals] + notes, key=lambda n: n[0])
    metadata = NOTHING
    for _, found in said:
        if found != NOTHING:  # merging nothing changes nothing
            metadata = metadata.merge(found)
    metadata = evolve(metadata, language=language(text) if lines else None)
    body = "\n\n".join(line.text for line in lines if not taken[line.index])
    return Article(body, metadata, tuple(removals))


def kind_message(name: str, kind: object) -> str:
    """What a rule of an unknown kind is told."""
    return f"rule {name!r} has kind {kind!r}; kinds are: {', '.join(KINDS)}"


def _free_runs(taken: list[bool], first: int, last: int) -> list[tuple[int, int]]:
    """The runs of ``first..last`` that no earlier finding took.

    >>> _free_runs([False, True, False, False], 0, 3)
    [(0, 0), (2, 3)]
    """
    found: list[tuple[int, int]] = []
    start: int | None = None
    for i in range(first, last + 2):
        free = i <= last and not taken[i]
        if free and start is None:
            start = i
        elif not free and start is not None:
            found.append((start, i - 1))
            start = None
    return found
