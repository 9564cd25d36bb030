"""Whole-line patterns tried only through the branches that can match a line.

A phrase pack matched as a whole line is one alternation of up to a hundred
branches, and ``fullmatch`` tries them one by one on every line of every
page, though most of them cannot start with the line's first character or
end with its last. The regex engine itself says which can: a branch can
start with ``c`` when ``c`` is a partial match of it, and end with ``c`` when
``c`` is a partial match of it read backwards (the ``(?r)`` flag). So the
engine is asked once per character, and a line is tried against only the
branches that can start and end as it does, in their order, compiled
together once per such set. A branch that can start with almost any letter
(".{0,80} is not responsible for …") is kept only when the line holds one
of the texts it needs (see :mod:`.literals`).

The result is the one the whole alternation gives: it, too, returns the first
branch in order that matches, and a branch left out could not have matched.
Named groups keep their names (a branch that never matches holds any name
the chosen branches lack), so ``match["credit"]`` reads the same.
"""

from __future__ import annotations

from functools import cache, reduce
from operator import or_

import regex
from attrs import field, frozen

from .gate import group_end, top_level_branches
from .literals import required

# The caches below only ever hold answers the engine gives; past this many
# entries (a page of ten thousand distinct first characters) new answers are
# computed each time rather than kept, so memory stays bounded.
CACHE_LIMIT = 4096
# Characters after a group that make it optional or repeated: such a group
# is no plain alternation to split.
_QUANTIFIERS = ("?", "*", "+", "{")
_GLOBAL_FLAGS = regex.compile(r"(?:\(\?[a-zA-Z]+\))*")
# A branch that can start with this many of the 26 letters gains little from
# the first character; the texts it needs turn lines down instead, when they
# are few enough that testing them costs less than the branch.
WIDE_START = 20
MAX_TEXTS = 12
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


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
    # (a case-folded text, the bits of the wide branches that need it or another of theirs)
    _texts: tuple[tuple[str, int], ...] = field(repr=False)
    _needy: int = field(repr=False)  # the bits of all branches in _texts
    # first (or last) character -> bit k set when branch k can start (end) with it
    _starts: dict[str, int] = field(factory=dict, init=False, repr=False, eq=False)
    _ends: dict[str, int] = field(factory=dict, init=False, repr=False, eq=False)
    _subsets: dict[int, regex.Pattern[str]] = field(factory=dict, init=False, repr=False, eq=False)

    def fullmatch(self, text: str) -> regex.Match[str] | None:
        """``pattern.fullmatch(text)``, trying only the branches that can match."""
        if not text:
            return self.pattern.fullmatch(text)
        mask = self._mask(self._starts, self._forward, text[0])
        if mask:
            mask &= self._mask(self._ends, self._backward, text[-1])
        # "İ" folds to two characters yet matches "i": such a line skips the texts.
        if mask & self._needy and "İ" not in text:
            folded = text.casefold()
            present = 0
            for needed, bits in self._texts:
                if mask & bits and needed in folded:
                    present |= bits
            mask &= ~self._needy | present
        if not mask:
            return None
        subset = self._subsets.get(mask)
        if subset is None:
            subset = self._compile(mask)
        return subset.fullmatch(text)

    def _mask(self, known: dict[str, int], tests: tuple[regex.Pattern[str], ...], char: str) -> int:
        mask = known.get(char)
        if mask is None:
            mask = 0
            for k, test in enumerate(tests):
                if test.fullmatch(char, partial=True) is not None:
                    mask |= 1 << k
            if len(known) < CACHE_LIMIT:
                known[char] = mask
        return mask

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

    forward = tuple(compiled(b, reverse=False) for b in branches)
    needed_by: dict[str, int] = {}
    for k, (branch, test) in enumerate(zip(branches, forward, strict=True)):
        starts = sum(1 for c in _LETTERS if test.fullmatch(c, partial=True) is not None)
        texts = required(f"(?:{branch}){tail}", few=True) if starts >= WIDE_START else None
        if texts is not None and len(texts) <= MAX_TEXTS:
            for text in texts:
                needed_by[text] = needed_by.get(text, 0) | 1 << k
    return LinePattern(
        pattern,
        head,
        branches,
        tail,
        forward,
        tuple(compiled(b, reverse=True) for b in branches),
        tuple(sorted(needed_by.items())),
        reduce(or_, needed_by.values(), 0),
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
