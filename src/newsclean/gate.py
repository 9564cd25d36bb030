"""Literal gates: the words one of which every match of a phrase pack must hold.

Searching a large alternation of phrases inside every line of every page is
the costliest thing the rules do; most lines hold none of the phrases'
words. A gate reads the words each phrase cannot match without, so a plain
substring test can turn most lines down before the pattern runs. The gate
is only a necessary condition, worked out from the patterns themselves: a
phrase added to a data file is gated (or, when no word is required, makes
the pack ungated) with no code to change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .literals import required

# Characters after a group that make it optional or repeated: such a group
# is no plain alternation to split.
_QUANTIFIERS = ("?", "*", "+", "{")
_GLOBAL_FLAGS = re.compile(r"(?:\(\?[a-zA-Z]+\))*")

# Shorter required words would let most lines through the gate.
MIN_NEED = 3
# Each character of a set of words leads to the words that go on with it;
# the key "" marks where a word ends.
_Trie = dict[str, "_Trie"]


def needs(patterns: Iterable[str], few: bool = False) -> frozenset[str] | None:
    """Case-folded texts one of which every match of any pattern contains; ``None``
    when some pattern can match without a text of MIN_NEED characters.

    With ``few``, each pattern's fewest texts are taken (see :func:`required`).

    >>> sorted(needs(["we use cookies", "(accept|reject) (all )?cookies"]))
    ['cookies', 'we use cookies']
    >>> needs(["(please|to) (go|be)"]) is None  # no piece of three letters
    True
    """
    found: set[str] = set()
    for pattern in patterns:
        texts = required(pattern, few=few)
        if texts is None or min(map(len, texts)) < MIN_NEED:
            return None
        found |= texts
    return frozenset(found)


def covering(words: Iterable[str]) -> frozenset[str]:
    """The words of ``words`` that hold no other of them: a text that holds a
    word holds every word inside it, so these few gate as well as all.

    >>> sorted(covering(["cookie", "cookies", "we use cookies", "consent"]))
    ['consent', 'cookie']
    """
    unique = set(words)
    return frozenset(w for w in unique if not any(o != w and o in w for o in unique))


def trie(words: Iterable[str]) -> str:
    """A ``re`` pattern for any of ``words``, each shared prefix written once.

    ``re`` tries every alternative of a flat alternation at each position of
    the text; as a trie it follows one path a position, over twice as fast.

    >>> trie(["cookie", "cookies", "consent", "ads"])
    '(?:ads|co(?:nsent|okie(?:s)?))'
    """
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def written(node: _Trie) -> str:
        ends = "" in node
        alternatives = [
            re.escape(char) + written(child) for char, child in sorted(node.items()) if char
        ]
        if not alternatives:
            return ""
        body = (
            alternatives[0]
            if len(alternatives) == 1 and not ends
            else f"(?:{'|'.join(alternatives)})"
        )
        return f"{body}?" if ends else body

    return written(root)


def top_level_branches(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside groups and character classes.

    >>> top_level_branches("a(b|c)|[|]d|x[]|]")
    ['a(b|c)', '[|]d', 'x[]|]']
    """
    branches: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i = _skip(pattern, i)
    branches.append(pattern[start:])
    return branches


def group_end(pattern: str, start: int) -> int:
    """The index just past the ``)`` that closes the group opened at ``start``.

    >>> group_end("(a[)])b", 0)
    6
    """
    depth, i = 0, start
    while i < len(pattern):
        if pattern[i] == "(":
            depth += 1
        elif pattern[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i = _skip(pattern, i)
    return len(pattern)


def _skip(pattern: str, i: int) -> int:
    """The index after the item at ``i``: an escape, a character class, or one character.

    A ``]`` right after ``[`` or ``[^`` is a literal, not the class's end.
    """
    if pattern[i] == "\\":
        return i + 2
    if pattern[i] != "[":
        return i + 1
    j = i + 1
    if pattern.startswith("^", j):
        j += 1
    if pattern.startswith("]", j):
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


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
