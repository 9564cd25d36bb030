"""A whole-line pattern cut into its top-level branches, and what each branch needs.

:class:`~newsclean.dispatch.LinePattern` tries a line against only the
branches that can start and end as it does and whose texts it holds; this is
where a pattern is cut up for that, once per pattern (and kept on disk, see
:mod:`.patterncache`): each branch compiled forwards and backwards (the
engine's partial matches say which can start or end so), the texts it needs
(see :mod:`.literals`), and, for a branch that can start and end with most
letters, the texts to look for in the page instead.
"""

from __future__ import annotations

from string import ascii_lowercase

import regex

from .gate import split
from .literals import required

# A branch that needs one of this many texts at most is tried only on lines
# that hold one: more substring tests would cost more than the branch.
MAX_TEXTS = 12
# A branch that can start and end with more of the 26 letters than this opens
# and closes with a class or a wildcard, not a word: its first and last
# characters tell nothing, so it is looked for by its texts in the page.
FLOATING_LETTERS = 20
Parts = tuple[
    str,
    tuple[str, ...],
    str,
    tuple[regex.Pattern[str], ...],
    tuple[regex.Pattern[str], ...],
    tuple[tuple[str, ...] | None, ...],
    tuple[tuple[str, ...] | None, ...],
]


def cut(pattern: regex.Pattern[str]) -> Parts:
    """What :class:`LinePattern` is built of, after ``pattern``: head, branches,
    tail, the branches' forward and backward tests, their needs and paged texts."""
    head, branches, tail = split(pattern.pattern)
    flags = pattern.flags

    def compiled(branch: str, reverse: bool) -> regex.Pattern[str]:
        return regex.compile(f"{head}(?:{branch}){tail}", flags | (regex.REVERSE if reverse else 0))

    def needs(branch: str, few: bool = True) -> tuple[str, ...] | None:
        texts = required(f"(?:{branch}){tail}", few=few)
        return tuple(sorted(texts)) if texts is not None and len(texts) <= MAX_TEXTS else None

    def paged(branch: str, *tests: regex.Pattern[str]) -> tuple[str, ...] | None:
        """The texts to look for in the page, if the branch can start and end
        with most letters (``tests``: the branch forwards and backwards).

        The page is searched once a text, so the fewest texts, of the longest
        (the rarest) shortest text, are chosen.
        """
        for test in tests:
            letters = sum(
                any(test.fullmatch(c, partial=True) for c in (letter, letter.upper()))
                for letter in ascii_lowercase
            )
            if letters <= FLOATING_LETTERS:
                return None
        options = [texts for texts in (needs(branch), needs(branch, few=False)) if texts]
        return max(options, key=lambda texts: (min(map(len, texts)), -len(texts)), default=None)

    forward = tuple(compiled(b, reverse=False) for b in branches)
    backward = tuple(compiled(b, reverse=True) for b in branches)
    return (
        head,
        branches,
        tail,
        forward,
        backward,
        tuple(needs(b) for b in branches),
        tuple(paged(*tests) for tests in zip(branches, forward, backward, strict=True)),
    )
