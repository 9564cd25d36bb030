"""The lines of a page a line pattern may match, found a page at a time.

Testing each line in turn costs a Python call a line and a pattern, though
most lines cannot match. Here the tests :meth:`LinePattern.fullmatch` makes
run for a whole page at once: each line's branches looked up by its first
and last characters in C passes over the page; a branch that can start and
end with any letter ("… is not responsible for the content of external
sites") tried only on the lines that hold one of the texts it needs, each
text looked for once in the page's folded text. A rule then calls
``fullmatch`` on the few lines left, with the branches found here.

The rules ask the same patterns of every page, so the patterns asked of the
pages before are answered together, in one pass, when a page is first asked
(:class:`LineSet`). The pipeline owns those sets (its :class:`Scanner`), and
each page's answers live in its :class:`Reading`, which every rule's
:class:`~newsclean.rule.Context` for that page shares.
"""

from __future__ import annotations

from itertools import compress, count, repeat
from operator import and_

from attrs import field, frozen

from .dispatch import CACHE_LIMIT, LinePattern
from .page import Page
from .scan import Texts, Transform

# Testing one line for the texts its branches need costs about what a search
# for one text through this many characters of a page does.
LINE_TESTS = 2000
# At most this many patterns are answered together.
MAX_TOGETHER = 64


def candidates(pattern: LinePattern, texts: Texts) -> dict[int, int]:
    """The indices of ``texts`` that ``pattern`` may match whole, in order, each
    with the branches that may match it (for :meth:`LinePattern.fullmatch`).

    Every text the pattern matches is among them; most others are not.

    >>> import regex
    >>> from newsclean.dispatch import for_lines
    >>> p = for_lines(regex.compile(r"(?i)(?:share|tweet|.{0,20} is not responsible)"))
    >>> candidates(p, Texts.of(["Tweet", "Sharing", "Talks ended.", "X is not responsible"]))
    {0: 2, 3: 4}
    """
    masks = pattern.masks(texts)
    paged = pattern.anchored != pattern.every and texts.searchable
    if paged:
        masks = list(map(and_, masks, repeat(pattern.anchored)))
    return _finished(pattern, {i: masks[i] for i in compress(count(), masks)}, texts, paged)


def _finished(
    pattern: LinePattern, found: dict[int, int], texts: Texts, paged: bool
) -> dict[int, int]:
    """``found`` (each text's branches that can start and end as it does,
    bar the paged ones if ``paged``) with the paged branches of the texts
    that hold their texts; less, when there are many texts to test, the
    branches whose texts their text lacks."""
    if paged:
        found = _paged(pattern, found, texts)
    if len(found) * LINE_TESTS > len(pattern.letting) * texts.size and texts.searchable:
        found = _held(pattern, found, texts)
    return found


def _paged(pattern: LinePattern, found: dict[int, int], texts: Texts) -> dict[int, int]:
    """``found`` with each branch that can start and end with most letters
    added for the texts that hold one of the texts it needs."""
    paged = dict(found)
    for k, needed in enumerate(pattern.paged):
        bit = 1 << k
        for text in needed or ():
            for i in texts.holding(text):
                if pattern.mask(texts.heads[i], True) & pattern.mask(texts.tails[i], False) & bit:
                    paged[i] = paged.get(i, 0) | bit
    return dict(sorted(paged.items())) if len(paged) > len(found) else paged


def _held(pattern: LinePattern, found: dict[int, int], texts: Texts) -> dict[int, int]:
    """``found`` less the branches that need a text their line lacks, found by
    looking for each text in the page: worth it only when there are so many
    lines to test (200k one-character lines) that the searches cost less."""
    present = dict.fromkeys(found, 0)
    for text, bits in pattern.letting.items():
        for i in texts.holding(text):
            if i in present:
                present[i] |= bits
    kept = ~pattern.gated
    narrowed = {i: mask & (kept | present[i]) for i, mask in found.items()}
    return {i: mask for i, mask in narrowed.items() if mask}


@frozen
class LineSet:
    """Line patterns whose masks are looked up together: each key once for all.

    A key's masks are the patterns' masks side by side in one integer, the
    first pattern's branches in the lowest bits; the branches left to the
    page (paged) are left out, so most texts' integers are 0.

    >>> import regex
    >>> from newsclean.dispatch import for_lines
    >>> a = for_lines(regex.compile("(?i)share|tweet"))
    >>> b = for_lines(regex.compile("(?i)advertisement"))
    >>> LineSet((a, b)).anchored(Texts.of(["Tweet", "Advertisement", "Talks"]))
    [{0: 2}, {1: 1}]
    """

    patterns: tuple[LinePattern, ...]
    # where each pattern's branches start in a key's integer
    _offsets: tuple[int, ...] = field(init=False, repr=False, eq=False)
    # a key -> the patterns' masks side by side (bounded like a pattern's own)
    _starts: dict[str, int] = field(factory=dict, init=False, repr=False, eq=False)
    _ends: dict[str, int] = field(factory=dict, init=False, repr=False, eq=False)
    _short: dict[str, int] = field(factory=dict, init=False, repr=False, eq=False)
    # the keys met on one page so far, ends (False) and starts (True)
    _once: tuple[set[str], set[str]] = field(
        factory=lambda: (set(), set()), init=False, repr=False, eq=False
    )
    # a key's integer -> each pattern's mask in it that is not 0, as (index, mask)
    _split: dict[int, tuple[tuple[int, int], ...]] = field(
        factory=dict, init=False, repr=False, eq=False
    )

    @property
    def paged(self) -> bool:
        """Whether a pattern of the set has a branch left to the page."""
        return any(pattern.anchored != pattern.every for pattern in self.patterns)

    def __attrs_post_init__(self) -> None:
        offsets = [0]
        for pattern in self.patterns[:-1]:
            offsets.append(offsets[-1] + len(pattern.branches))
        object.__setattr__(self, "_offsets", tuple(offsets))

    def anchored(self, texts: Texts) -> list[dict[int, int]]:
        """For each pattern, the texts whose branches, bar the paged ones, can
        start and end as they do, with those branches."""
        both = list(
            map(
                and_,
                self._joined(self._starts, texts.heads, forward=True),
                self._joined(self._ends, texts.tails, forward=False),
            )
        )
        for i in texts.short:
            both[i] = self._whole(texts.texts[i])
        found: list[dict[int, int]] = [{} for _ in self.patterns]
        split = self._split
        for i in compress(count(), both):
            parts = split.get(both[i])
            if parts is None:
                parts = self._parts(both[i])
            for k, mask in parts:
                found[k][i] = mask
        return found

    def _parts(self, joined: int) -> tuple[tuple[int, int], ...]:
        parts = tuple(
            (k, mask)
            for k, (pattern, offset) in enumerate(zip(self.patterns, self._offsets, strict=True))
            if (mask := joined >> offset & pattern.every)
        )
        if len(self._split) < CACHE_LIMIT:
            self._split[joined] = parts
        return parts

    def _whole(self, text: str) -> int:
        """The patterns' :meth:`LinePattern.whole` masks of ``text``, side by side."""
        found = self._short.get(text)
        if found is None:
            found = 0
            for pattern, offset in zip(self.patterns, self._offsets, strict=True):
                found |= (pattern.whole(text) & pattern.anchored) << offset
            if len(self._short) < CACHE_LIMIT:
                self._short[text] = found
        return found

    def _joined(self, known: dict[str, int], keys: list[str], forward: bool) -> list[int]:
        try:
            return list(map(known.__getitem__, keys))
        except KeyError:
            # Half the keys of a corpus are met on one page only: a key is
            # asked of the engine on the second page that has it. The first
            # takes its shorter key's answer, which is not kept.
            once = self._once[forward]
            learned, loose = {}, {}
            for key in set(keys) - known.keys():
                if key in once or len(once) >= CACHE_LIMIT:
                    learned[key] = self._join(key, forward, learn=True)
                    once.discard(key)
                else:
                    loose[key] = self._join(key, forward, learn=False)
                    once.add(key)
            if len(known) + len(learned) <= CACHE_LIMIT:
                known.update(learned)
            return list(map((known | learned | loose).__getitem__, keys))

    def _join(self, key: str, forward: bool, learn: bool) -> int:
        joined = 0
        for pattern, offset in zip(self.patterns, self._offsets, strict=True):
            joined |= (pattern.mask(key, forward, learn) & pattern.anchored) << offset
        return joined


class Scanner:
    """The speed layer a pipeline owns: for each transform of the line texts,
    the patterns its rules asked of the pages before, as one :class:`LineSet`,
    so a page answers them all in one pass. It changes only how soon
    candidates are found, never which.

    A copy (a worker's pipeline) starts empty: what it learns is the
    process's, and a pickled pipeline stays small.
    """

    def __init__(self) -> None:
        self.usual: dict[Transform | None, LineSet] = {}

    def __reduce__(self) -> tuple[type[Scanner], tuple[()]]:
        return (Scanner, ())

    def read(self, page: Page) -> Reading:
        """A new page's :class:`Reading`, answered with this scanner's sets."""
        return Reading(page, self)


@frozen(eq=False)
class Reading:
    """One page's line texts and what bulk dispatch found in them, worked out
    once a page, however many rules ask.

    >>> import regex
    >>> from newsclean.dispatch import for_lines
    >>> reading = Scanner().read(Page.from_text("Share\\n\\nTalks ended."))
    >>> reading.texts() is reading.texts(), reading.texts(Transform(str.upper, "T")).heads
    (True, ['Sha', 'TAL'])
    >>> p = for_lines(regex.compile("(?i)share|tweet"))
    >>> reading.candidates(p), reading.candidates(p) is reading.candidates(p)
    ({0: 1}, True)
    """

    page: Page
    scanner: Scanner
    # the page's Texts, by transform (None: the line texts as they are)
    _texts: dict[Transform | None, Texts] = field(factory=dict, init=False)

    def texts(self, transform: Transform | None = None) -> Texts:
        """The :class:`Texts` of the page's lines (each passed through ``transform``)."""
        found = self._texts.get(transform)
        if found is None:
            if transform is None:
                found = Texts.of([line.text for line in self.page.lines])
            else:
                found = self.texts().changed(transform)
            self._texts[transform] = found
        return found

    def candidates(
        self, pattern: LinePattern, transform: Transform | None = None
    ) -> dict[int, int]:
        """:func:`candidates` of the page's line texts after ``transform``,
        found once a page; the first question a page gets answers the
        patterns earlier pages were asked too, in one pass."""
        texts = self.texts(transform)
        found = texts.answers.get(pattern)
        if found is not None:
            return found
        if pattern.anchored != pattern.every and not texts.searchable:
            texts.answers[pattern] = found = candidates(pattern, texts)  # no page to search
            return found
        usual = self.scanner.usual.get(transform)
        if usual is None or pattern not in usual.patterns:
            together = (usual.patterns if usual is not None else ()) + (pattern,)
            if len(together) > MAX_TOGETHER:
                texts.answers[pattern] = found = candidates(pattern, texts)
                return found
            usual = self.scanner.usual[transform] = LineSet(together)
        # A paged branch the set left out needs the page searched: a pattern
        # that has one waits for its own question if the page cannot be searched.
        searchable = not usual.paged or texts.searchable
        for other, found in zip(usual.patterns, usual.anchored(texts), strict=True):
            paged = other.anchored != other.every
            if other not in texts.answers and (searchable or not paged):
                texts.answers[other] = _finished(other, found, texts, paged)
        return texts.answers[pattern]
