"""Whole-line patterns tried only through the branches that can match a line.

A phrase pack matched as a whole line is one alternation of up to a hundred
branches, and ``fullmatch`` tries them one by one on every line of every
page, though most of them cannot start as the line starts or end as it ends.
The regex engine itself says which can: a branch can start with ``abc`` when
``abc`` is a partial match of it, and end with ``abc`` when ``abc`` is a
partial match of it read backwards (the ``(?r)`` flag). So the engine is
asked once per run of three characters (of the branches that can start with
its first two), and a line is tried against only the branches that can start
as it does (its first three characters) and end as it does (its last three),
in their order, compiled together once per such set. A
branch that needs one of a few texts (see :mod:`.literals`) is kept only
when the line holds one: ".{0,80} is not responsible for …" can start with
any letter, but needs its words.

The result is the one the whole alternation gives: it, too, returns the first
branch in order that matches, and a branch left out could not have matched.
Named groups keep their names (a branch that never matches holds any name
the chosen branches lack), so ``match["credit"]`` reads the same.

The same tests run a page at a time in :mod:`.bulk`, which finds the few
lines a rule need call :meth:`LinePattern.fullmatch` on.
"""

from __future__ import annotations

from functools import cache, reduce
from operator import and_, or_
from typing import Any

import regex
from attrs import field, frozen

from .branches import cut
from .patterncache import kept
from .scan import END_KEY, KEY, Texts

# The caches below only ever hold answers the engine gives. Once one holds
# this many (a corpus of ten thousand distinct opening characters), a line
# that would need a new answer goes to the whole pattern instead: memory
# stays bounded, and no line costs more than the whole pattern would.
CACHE_LIMIT = 4096
# A set of branches is compiled together on the line it is asked of this
# many times: a compile costs what some hundreds of whole-pattern matches do,
# and half the sets a new process meets are asked of one line only. (A later
# compile would spread compiles over many passes of the same pages.)
COMPILE_AFTER = 2
# Compiled sets of branches kept on disk for the next process, at most: a
# few hundred cover the dev pages, and the folder must not grow with a corpus.
KEPT_SUBSETS = 2000


@frozen(eq=False)  # one per pattern (for_lines): itself is its identity, and hashes fast
class LinePattern:
    """``pattern``, split into its top-level branches for :meth:`fullmatch`.

    >>> p = for_lines(regex.compile(r"(?i)(?:(?:share|tweet)|(?P<n>\\d+) shares)[.:]?"))
    >>> p.branches
    ('share', 'tweet', '(?P<n>\\\\d+) shares')
    >>> p.fullmatch("Tweet:")
    <regex.Match object; span=(0, 6), match='Tweet:'>
    >>> p.fullmatch("25 Shares")["n"], p.fullmatch("Share")["n"]
    ('25', None)
    """

    pattern: regex.Pattern[str]
    head: str  # the global flags the pattern opens with: "(?i)"
    branches: tuple[str, ...]
    tail: str  # what follows the alternation: a suffix the branches share
    _forward: tuple[regex.Pattern[str], ...] = field(repr=False)
    _backward: tuple[regex.Pattern[str], ...] = field(repr=False)
    # the case-folded texts each branch needs one of (None: none it can tell)
    needs: tuple[tuple[str, ...] | None, ...] = field(repr=False)
    # for a branch that can start and end with most letters, the texts to look
    # for in the page (None: its first and last characters turn lines down)
    paged: tuple[tuple[str, ...] | None, ...] = field(repr=False)
    # every branch; the branches turned down by their first and last characters
    every: int = field(init=False, repr=False, eq=False)
    anchored: int = field(init=False, repr=False, eq=False)
    # each text a branch needs -> the branches it lets through; and those branches
    letting: dict[str, int] = field(init=False, repr=False, eq=False)
    gated: int = field(init=False, repr=False, eq=False)
    # the first KEY (last END_KEY) characters, or fewer -> bit k: branch k can start (end) so
    _starts: dict[str, int] = field(factory=dict, init=False, repr=False, eq=False)
    _ends: dict[str, int] = field(factory=dict, init=False, repr=False, eq=False)
    # a text of at most KEY characters -> the branches that match it whole
    _short: dict[str, int] = field(factory=dict, init=False, repr=False, eq=False)
    # branches that can start and end so -> the texts to test, and their branches
    _checks: dict[int, Checks] = field(factory=dict, init=False, repr=False, eq=False)
    _subsets: dict[int, regex.Pattern[str]] = field(factory=dict, init=False, repr=False, eq=False)
    # a set of branches not compiled yet -> how many lines it has been asked of
    _uses: dict[int, int] = field(factory=dict, init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        anchored = sum(1 << k for k, texts in enumerate(self.paged) if texts is None)
        object.__setattr__(self, "anchored", anchored)
        object.__setattr__(self, "every", (1 << len(self.branches)) - 1)
        letting: dict[str, int] = {}
        for k, texts in enumerate(self.needs):
            for text in texts or ():
                letting[text] = letting.get(text, 0) | 1 << k
        object.__setattr__(self, "letting", letting)
        object.__setattr__(self, "gated", reduce(or_, letting.values(), 0))

    def fullmatch(self, text: str, branches: int | None = None) -> regex.Match[str] | None:
        """``pattern.fullmatch(text)``, trying only the branches that can match.

        ``branches``, what :func:`newsclean.bulk.candidates` gave for
        ``text``, saves working out which branches can start and end as it does.
        """
        if branches is not None:
            mask = branches
        else:
            try:
                mask = self._starts[text[:KEY]] & self._ends[text[-END_KEY:]]
            except KeyError:  # characters not seen yet
                mask = self._mask(self._starts, self._forward, text[:KEY], forward=True)
                mask &= self._mask(self._ends, self._backward, text[-END_KEY:], forward=False)
        if not mask:
            return None
        checks = self._checks.get(mask)
        if checks is None:
            if self._full(self._checks, self._subsets):
                return self.pattern.fullmatch(text)
            checks = self._checks_for(mask)
        # "İ" folds to two characters yet matches "i": such a line skips the texts.
        if checks.bits and "İ" not in text:
            folded = text.casefold()
            present = 0
            for needed, bits in checks.texts:
                if needed in folded:
                    present |= bits
            mask &= ~checks.bits | present
            if not mask:
                return None
        subset = self._subsets.get(mask)
        if subset is None:
            subset = self._subset(mask)
            if subset is None:  # a rare set of branches, or the cache is full
                return self.pattern.fullmatch(text)
        return subset.fullmatch(text)

    def masks(self, texts: Texts) -> list[int]:
        """For each of ``texts``, the branches that can start and end as it does.

        Looked up in C for all the texts at once; a key not known yet is asked
        of the engine once (a page of 200k one-character lines has a few).

        >>> from newsclean.scan import Texts
        >>> p = for_lines(regex.compile(r"(?i)(?:share|tweet|.{0,20} is not responsible)"))
        >>> p.masks(Texts.of(["Tweet", "Sharing", "X is not responsible"]))
        [2, 0, 4]
        """
        masks = list(
            map(
                and_,
                self._masks(self._starts, self._forward, texts.heads, forward=True),
                self._masks(self._ends, self._backward, texts.tails, forward=False),
            )
        )
        for i in texts.short:
            masks[i] = self.whole(texts.texts[i])
        return masks

    def whole(self, text: str) -> int:
        """The branches that match ``text`` whole: for a text of at most KEY
        characters, its first and last characters are all of it, and tell
        the engine's answer outright ("a" can start and end a share word,
        yet is none)."""
        found = self._short.get(text)
        if found is None:
            found = sum(1 << k for k, test in enumerate(self._forward) if test.fullmatch(text))
            if len(self._short) < CACHE_LIMIT:
                self._short[text] = found
        return found

    def mask(self, key: str, forward: bool, learn: bool = True) -> int:
        """The branches that can start (``forward``) or end with ``key``.

        Unless ``learn``, a ``key`` not known yet is not asked of the engine:
        the answer for it less its last (first) character stands, more
        branches, never fewer.
        """
        if forward:
            return self._mask(self._starts, self._forward, key, forward, learn)
        return self._mask(self._ends, self._backward, key, forward, learn)

    def _masks(
        self,
        known: dict[str, int],
        tests: tuple[regex.Pattern[str], ...],
        keys: list[str],
        forward: bool,
    ) -> list[int]:
        try:
            return list(map(known.__getitem__, keys))
        except KeyError:
            new = {key: self._mask(known, tests, key, forward) for key in set(keys) - known.keys()}
            return list(map((known | new).__getitem__, keys))  # the cache may be full

    @staticmethod
    def _full(*caches: dict[Any, Any]) -> bool:
        """Whether a cache holds CACHE_LIMIT answers: then a new question goes
        to the whole pattern, as fast as it ever was, not to the engine anew."""
        return any(len(cache) >= CACHE_LIMIT for cache in caches)

    def _mask(
        self,
        known: dict[str, int],
        tests: tuple[regex.Pattern[str], ...],
        key: str,
        forward: bool,
        learn: bool = True,
    ) -> int:
        """The branches that can start (``forward``) or end with ``key``.

        Only the branches that can start with ``key`` less its last character
        (end with it less its first) are asked. Once the cache is full, or
        unless ``learn``, that shorter key's answer stands for ``key``: more
        branches, never fewer.
        """
        found = known.get(key)
        if found is not None:
            return found
        shorter = key[:-1] if forward else key[1:]
        candidates = self._mask(known, tests, shorter, forward) if shorter else self.every
        if not key or not learn or len(known) >= CACHE_LIMIT:
            return candidates
        # Only the candidates' bits are visited, lowest first: a key's
        # candidates are a few of up to a hundred branches, and learning
        # keys is most of what a new process spends on unseen pages.
        mask, left = 0, candidates
        while left:
            bit = left & -left
            if tests[bit.bit_length() - 1].fullmatch(key, partial=True) is not None:
                mask |= bit
            left ^= bit
        known[key] = mask
        return mask

    def _checks_for(self, mask: int) -> Checks:
        needed_by: dict[str, int] = {}
        for k, texts in enumerate(self.needs):
            if mask >> k & 1 and texts is not None:
                for text in texts:
                    needed_by[text] = needed_by.get(text, 0) | 1 << k
        checks = Checks(reduce(or_, needed_by.values(), 0), tuple(needed_by.items()))
        if len(self._checks) < CACHE_LIMIT:
            self._checks[mask] = checks
        return checks

    def _subset(self, mask: int) -> regex.Pattern[str] | None:
        """The pattern of the branches in ``mask``, if it is worth having.

        A single branch of a pattern without names is its own forward test.
        Other sets are compiled (milliseconds in the regex module's parser)
        only on their COMPILE_AFTER-th line: until then the whole pattern,
        which gives the same match, answers for far less.
        """
        if self._full(self._subsets):
            return None
        if mask & (mask - 1) == 0 and not self.pattern.groupindex:
            subset = self._forward[mask.bit_length() - 1]
        else:
            uses = self._uses.get(mask, 0) + 1
            if uses < COMPILE_AFTER:
                if len(self._uses) < CACHE_LIMIT:
                    self._uses[mask] = uses
                return None
            subset = self._compile(mask)
        self._subsets[mask] = subset
        return subset

    def _compile(self, mask: int) -> regex.Pattern[str]:
        chosen = [f"(?:{b})" for k, b in enumerate(self.branches) if mask >> k & 1]
        names = "".join(f"(?P<{name}>)" for name in self.pattern.groupindex)
        if names:
            chosen.append(f"(?!){names}")  # never matches; keeps every group name
        source = f"{self.head}(?:{'|'.join(chosen)}){self.tail}"
        flags = self.pattern.flags
        # The sets lines ask for recur from page to page and process to
        # process; each compile takes milliseconds (see :mod:`.patterncache`).
        return kept("subset", (source, flags), lambda: regex.compile(source, flags), KEPT_SUBSETS)


@frozen
class Checks:
    """The text tests for one set of branches: ``bits`` are the branches that
    need a text; ``texts`` pairs each text with the branches it lets through."""

    bits: int
    texts: tuple[tuple[str, int], ...]


@cache
def for_lines(pattern: regex.Pattern[str]) -> LinePattern:
    """The :class:`LinePattern` of ``pattern`` (built once per pattern).

    A pattern with no alternation to split is one branch: lines are still
    turned down by their first and last character.

    >>> for_lines(regex.compile(r"(?i)(?:a|b)+")).branches
    ('(?:a|b)+',)
    """
    # What follows takes a new process most of its first second (some 1,600
    # compiles): kept on disk for the next (see :mod:`.patterncache`).
    parts = kept("lines", (pattern.pattern, pattern.flags), lambda: cut(pattern))
    return LinePattern(pattern, *parts)
