"""Whole-line patterns tried only through the branches that can match a line.

A phrase pack matched as a whole line is one alternation of up to a hundred
branches, and ``fullmatch`` tries them one by one on every line of every
page, though most of them cannot start as the line starts or end as it ends.
The regex engine itself says which can: a branch can start with ``ab`` when
``ab`` is a partial match of it, and end with ``ab`` when ``ab`` is a
partial match of it read backwards (the ``(?r)`` flag). So the engine is
asked once per pair of characters, and a line is tried against only the
branches that can start as it does (its first two characters) and end as it
does (its last two), in their order, compiled together once per such set. A
branch that needs one of a few texts (see :mod:`.literals`) is kept only
when the line holds one: ".{0,80} is not responsible for …" can start with
any letter, but needs its words.

The result is the one the whole alternation gives: it, too, returns the first
branch in order that matches, and a branch left out could not have matched.
Named groups keep their names (a branch that never matches holds any name
the chosen branches lack), so ``match["credit"]`` reads the same.
"""

from __future__ import annotations

from functools import cache, reduce
from operator import or_
from typing import Any

import regex
from attrs import field, frozen

from .gate import group_end, top_level_branches
from .literals import required

# The caches below only ever hold answers the engine gives. Once one holds
# this many (a corpus of ten thousand distinct opening characters), a line
# that would need a new answer goes to the whole pattern instead: memory
# stays bounded, and no line costs more than the whole pattern would.
CACHE_LIMIT = 4096
# Characters after a group that make it optional or repeated: such a group
# is no plain alternation to split.
_QUANTIFIERS = ("?", "*", "+", "{")
_GLOBAL_FLAGS = regex.compile(r"(?:\(\?[a-zA-Z]+\))*")
# A branch that needs one of this many texts at most is tried only on lines
# that hold one: more substring tests would cost more than the branch.
MAX_TEXTS = 12


@frozen
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
    _needs: tuple[tuple[str, ...] | None, ...] = field(repr=False)
    # the first (last) two characters, or one -> bit k set when branch k can start (end) so
    _starts: dict[str, int] = field(factory=dict, init=False, repr=False, eq=False)
    _ends: dict[str, int] = field(factory=dict, init=False, repr=False, eq=False)
    # branches that can start and end so -> the texts to test, and their branches
    _checks: dict[int, Checks] = field(factory=dict, init=False, repr=False, eq=False)
    _subsets: dict[int, regex.Pattern[str]] = field(factory=dict, init=False, repr=False, eq=False)

    def fullmatch(self, text: str) -> regex.Match[str] | None:
        """``pattern.fullmatch(text)``, trying only the branches that can match."""
        try:
            mask = self._starts[text[:2]] & self._ends[text[-2:]]
        except KeyError:  # characters not seen yet, or no text
            if not text or self._full(self._starts, self._ends):
                return self.pattern.fullmatch(text)
            mask = self._mask(self._starts, self._forward, text[:2], text[0])
            mask &= self._mask(self._ends, self._backward, text[-2:], text[-1])
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
            if self._full(self._subsets):
                return self.pattern.fullmatch(text)
            subset = self._compile(mask)
        return subset.fullmatch(text)

    @staticmethod
    def _full(*caches: dict[Any, Any]) -> bool:
        """Whether a cache holds CACHE_LIMIT answers: then a new question goes
        to the whole pattern, as fast as it ever was, not to the engine anew."""
        return any(len(cache) >= CACHE_LIMIT for cache in caches)

    def _mask(
        self, known: dict[str, int], tests: tuple[regex.Pattern[str], ...], key: str, char: str
    ) -> int:
        """The branches that can start (or end) with ``key``, two characters or
        one; of two, only the branches that can start (end) with ``char`` are asked."""
        if len(key) == 1:
            candidates = (1 << len(tests)) - 1
        elif char in known:
            candidates = known[char]
        else:
            candidates = self._mask(known, tests, char, char)
        mask = 0
        for k, test in enumerate(tests):
            if candidates >> k & 1 and test.fullmatch(key, partial=True) is not None:
                mask |= 1 << k
        if len(known) < CACHE_LIMIT:
            known[key] = mask
        return mask

    def _checks_for(self, mask: int) -> Checks:
        needed_by: dict[str, int] = {}
        for k, texts in enumerate(self._needs):
            if mask >> k & 1 and texts is not None:
                for text in texts:
                    needed_by[text] = needed_by.get(text, 0) | 1 << k
        checks = Checks(reduce(or_, needed_by.values(), 0), tuple(needed_by.items()))
        if len(self._checks) < CACHE_LIMIT:
            self._checks[mask] = checks
        return checks

    def _compile(self, mask: int) -> regex.Pattern[str]:
        chosen = [f"(?:{b})" for k, b in enumerate(self.branches) if mask >> k & 1]
        names = "".join(f"(?P<{name}>)" for name in self.pattern.groupindex)
        if names:
            chosen.append(f"(?!){names}")  # never matches; keeps every group name
        source = f"{self.head}(?:{'|'.join(chosen)}){self.tail}"
        subset = regex.compile(source, self.pattern.flags)
        if len(self._subsets) < CACHE_LIMIT:
            self._subsets[mask] = subset
        return subset


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
    head, branches, tail = split(pattern.pattern)
    flags = pattern.flags

    def compiled(branch: str, reverse: bool) -> regex.Pattern[str]:
        return regex.compile(f"{head}(?:{branch}){tail}", flags | (regex.REVERSE if reverse else 0))

    def needs(branch: str) -> tuple[str, ...] | None:
        texts = required(f"(?:{branch}){tail}", few=True)
        return tuple(sorted(texts)) if texts is not None and len(texts) <= MAX_TEXTS else None

    return LinePattern(
        pattern,
        head,
        branches,
        tail,
        tuple(compiled(b, reverse=False) for b in branches),
        tuple(compiled(b, reverse=True) for b in branches),
        tuple(needs(b) for b in branches),
    )


def split(source: str) -> tuple[str, tuple[str, ...], str]:
    """A pattern as its global flags, its top-level branches and their shared tail.

    Branches that are a whole non-capturing group are opened in turn, so a
    pack of phrases, each an alternation itself, gives every alternative.

    >>> split(r"(?i)(?:(?:ad|ads)|sponsored( content)?)[\\s:]*")
    ('(?i)', ('ad', 'ads', 'sponsored( content)?'), '[\\\\s:]*')
    >>> split("yes|no")
    ('', ('yes', 'no'), '')
    """
    head = _GLOBAL_FLAGS.match(source)
    flags = head.group() if head is not None else ""
    rest = source[len(flags) :]
    if len(top_level_branches(rest)) > 1:
        return flags, _opened(rest), ""
    if rest.startswith("(?:"):
        end = group_end(rest, 0)
        if end <= len(rest) and not rest[end : end + 1].startswith(_QUANTIFIERS):
            return flags, _opened(rest[3 : end - 1]), rest[end:]
    return flags, (rest,), ""


def _opened(alternation: str) -> tuple[str, ...]:
    """The alternatives of ``alternation``, each whole ``(?:…)`` group opened."""
    found: list[str] = []
    for branch in top_level_branches(alternation):
        if branch.startswith("(?:") and group_end(branch, 0) == len(branch):
            found.extend(_opened(branch[3:-1]))
        else:
            found.append(branch)
    return tuple(found)
