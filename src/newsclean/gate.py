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

from collections.abc import Iterable

import regex

# A group whose alternatives are literal text: "(donate|contribute|subscribe)".
_PLAIN = regex.compile(r"[\w '’-]+")
# Shorter required words would let most lines through the gate.
MIN_NEED = 3
# Characters after which the one before them may be absent.
_OPTIONAL_AFTER = ("?", "*", "{")


def needs(patterns: Iterable[str]) -> frozenset[str] | None:
    """Case-folded texts one of which every match of any pattern contains; ``None``
    when some pattern can match without a text of MIN_NEED characters.

    >>> sorted(needs(["we use cookies", "(accept|reject) (all )?cookies"]))
    ['cookies', 'we use cookies']
    >>> needs(["(please|to) (go|be)"]) is None  # no piece of three letters
    True
    """
    found: set[str] = set()
    for pattern in patterns:
        for branch in top_level_branches(pattern):
            pieces = _required_pieces(branch)
            best = max(pieces, key=lambda texts: min(map(len, texts)), default=None)
            if best is None or min(map(len, best)) < MIN_NEED:
                return None
            found.update(text.casefold() for text in best)
    return frozenset(found)


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


def _required_pieces(branch: str) -> list[set[str]]:
    """The pieces a match of ``branch`` must contain, each as the texts it can be.

    A run of literal characters is one text; a group of literal alternatives
    is a set of texts; anything optional or not literal is no piece.
    """
    pieces: list[set[str]] = []
    run: list[str] = []

    def close() -> None:
        text = "".join(run).strip()
        if text:
            pieces.append({text})
        run.clear()

    i = 0
    while i < len(branch):
        c = branch[i]
        following = branch[i + 1] if i + 1 < len(branch) else ""
        if c == "(":
            close()
            end = group_end(branch, i)
            inner = branch[i + 1 : end - 1]
            alternatives = inner.split("|")
            optional = end < len(branch) and branch[end] in _OPTIONAL_AFTER
            if not optional and all(_PLAIN.fullmatch(a) for a in alternatives):
                pieces.append({a.strip() for a in alternatives})
            i = end
        elif c == "[":
            close()
            i = _skip(branch, i)
        elif c == "{":
            close()  # a repeat count such as "{0,160}": its digits are no text
            end = branch.find("}", i)
            i = len(branch) if end < 0 else end + 1
        elif c == "\\":
            close()
            i += 2
        elif following in _OPTIONAL_AFTER:
            close()  # the character may be absent
            i += 1
        elif c.isalnum() or c in " '’-":
            run.append(c)
            if following == "+":  # "ab+c" needs "ab", then any number of b
                close()
            i += 1
        else:
            close()
            i += 1
    close()
    return pieces


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
