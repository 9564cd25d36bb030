"""Two small helpers rules share: growing a set of lines, and cutting it into runs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ..page import Line
from ..rule import Context


def grow(context: Context, seeds: Iterable[int], joins: Callable[[Line], bool]) -> list[int]:
    """``seeds`` plus every free neighbour, step by step, for which ``joins`` holds.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("a\\nb\\nc\\nd")
    >>> grow(Context(page, [False] * 4), [1], lambda line: line.text != "d")
    [0, 1, 2]
    """
    lines = context.page.lines
    chosen = set(seeds)
    frontier = list(chosen)
    while frontier:
        i = frontier.pop()
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and j not in chosen and not context.taken[j] and joins(lines[j]):
                chosen.add(j)
                frontier.append(j)
    return sorted(chosen)


def runs(indices: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Consecutive runs in sorted ``indices``, as (first, last) pairs.

    >>> list(runs([1, 2, 3, 7, 9, 10]))
    [(1, 3), (7, 7), (9, 10)]
    """
    first = last = None
    for i in indices:
        if last is not None and i == last + 1:
            last = i
            continue
        if first is not None and last is not None:
            yield first, last
        first = last = i
    if first is not None and last is not None:
        yield first, last


def walk(
    context: Context,
    start: int,
    step: int,
    joins: Callable[[Line], bool],
    through_taken: bool = False,
) -> list[int]:
    """The free lines after ``start`` in direction ``step`` (+1 or -1) while ``joins`` holds.

    The walk stops at a line an earlier rule took, unless ``through_taken``:
    then it steps over such lines (they are gone anyway) and goes on.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("a\\nb\\nc\\nd")
    >>> walk(Context(page, [False] * 4), 0, +1, lambda line: line.text != "d")
    [1, 2]
    >>> walk(Context(page, [False, True, False, False]), 0, +1, lambda line: line.text != "d")
    []
    >>> walk(Context(page, [False, True, False, False]), 0, +1, lambda l: l.text != "d", True)
    [2]
    """
    found = []
    lines = context.page.lines
    i = start + step
    while 0 <= i < len(lines):
        if context.taken[i]:
            if not through_taken:
                break
        elif joins(lines[i]):
            found.append(i)
        else:
            break
        i += step
    return found
