"""The learned line model of body selection: boosted trees, then a logistic smoother.

Stage one scores each line from its own features and its neighbours'
(:mod:`newsclean.features`): the ``CONTEXT`` columns of the lines at
``OFFSETS`` and their means over ``WINDOWS`` lines either side, read by a
small boosted forest (:mod:`newsclean.forest`). Stage two, a logistic
regression, smooths those scores along the page: a line's stage-one score
beside its neighbours' mean scores and the share of the page's likely prose
above and below it, so a short line inside the article stays and a long line
inside a menu goes.

The parameters live in ``data/model/body.json``, written by
``benchmarks/train.py`` (see ``docs/benchmarks.md``); the file records the
data's hash, the feature list and the cross-validated scores. Inference is
plain Python.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from itertools import accumulate
from operator import mul
from typing import Any

from attrs import frozen

from .features import BASE, CONTEXT, CONTEXT_COLUMNS
from .forest import Forest

OFFSETS: tuple[int, ...] = (-2, -1, 1, 2)
WINDOWS: tuple[int, ...] = (3, 10)
# Stage two reads the stage-one probabilities of these many lines either side.
SMOOTH_WINDOWS: tuple[int, ...] = (1, 3, 8, 20)
SECOND: tuple[str, ...] = (
    "logit",
    "logit_before",
    "logit_after",
    *(f"mean{w}" for w in SMOOTH_WINDOWS),
    "likely_above",
    "likely_below",
    "likely_inside",
    "region",
)


def _clip(z: float) -> float:
    """A logit kept in ±30, where exp() neither overflows nor loses the sign."""
    return max(-30.0, min(30.0, z))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-_clip(z)))


def units(rows: Sequence[Sequence[float]]) -> list[float]:
    """Each line's word units, from its ``units`` column (stored as log1p)."""
    return [math.expm1(row[1]) for row in rows]


def _window_means(values: Sequence[float], width: int) -> list[float]:
    """The mean of ``values`` over ``width`` items either side of each, itself left out.

    >>> _window_means([1.0, 2.0, 3.0, 4.0], 1)
    [2.0, 2.0, 3.0, 3.0]
    """
    n = len(values)
    total = list(accumulate(values, initial=0.0))

    def edge(i: int) -> float:
        lo, hi = max(0, i - width), min(n, i + width + 1)
        count = hi - lo - 1
        return (total[hi] - total[lo] - values[i]) / count if count else 0.0

    if n <= 2 * width:
        return [edge(i) for i in range(n)]
    # Inside the page every window is whole: the same sums, in one comprehension
    # (float operators in bytecode beat three map()s of operator functions).
    count = 2 * width
    his, los, middle = total[count + 1 :], total[: n - count], values[width : n - width]
    inside = [(hi - lo - value) / count for hi, lo, value in zip(his, los, middle, strict=True)]
    head = [edge(i) for i in range(width)]
    tail = [edge(i) for i in range(n - width, n)]
    return [*head, *inside, *tail]


def expand(rows: Sequence[Sequence[float]]) -> list[tuple[float, ...]]:
    """Each line's full stage-one input: its row, its neighbours' context
    columns at each offset (zeros past the page's edges), and their window
    means: what stage one's trees read, in training and at run time.

    >>> len(expand([[0.0] * len(BASE)] * 3)[0]) == len(BASE) + len(CONTEXT) * 6
    True
    """
    if not rows:
        return []
    n = len(rows)
    # Built a column at a time and turned into rows by one zip(): slices and
    # zip() do in C what a list a line would do in Python (3.2 -> 1.8 ms a page).
    own = list(zip(*rows, strict=True))
    context = [own[c] for c in CONTEXT_COLUMNS]
    # Past the page's edges a neighbour is all zeros.
    pad = max(map(abs, OFFSETS))
    zeros = (0.0,) * pad
    padded = [zeros + column + zeros for column in context]
    shifted = [column[pad + o : pad + o + n] for o in OFFSETS for column in padded]
    means = [_window_means(column, w) for w in WINDOWS for column in context]
    return list(zip(*own, *shifted, *means, strict=True))


def second_inputs(first: Sequence[float], sizes: Sequence[float]) -> list[tuple[float, ...]]:
    """Stage two's input for each line, from the stage-one logits ``first``
    and each line's size (its word units)."""
    if not first:
        return []
    clipped = [_clip(z) for z in first]
    # (each already clipped: _sigmoid's own clip would give it back unchanged)
    prob = [1.0 / (1.0 + math.exp(-z)) for z in clipped]
    means = [_window_means(prob, w) for w in SMOOTH_WINDOWS]
    mass = [p * s for p, s in zip(prob, sizes, strict=True)]
    above = list(accumulate(mass, initial=0.0))
    total = above[-1] or 1.0
    first_, last = _best_region([(p - 0.5) * s for p, s in zip(prob, sizes, strict=True)])
    # A column at a time, then one zip() into rows, as in expand().
    up = [a / total for a in above[:-1]]
    down = [(above[-1] - a) / total for a in above[1:]]
    return list(
        zip(
            clipped,
            [-30.0, *clipped[:-1]],  # the line before's (none above the first)
            [*clipped[1:], -30.0],  # the line after's
            *means,
            up,
            down,
            map(min, up, down),
            [float(first_ <= i <= last) for i in range(len(clipped))],
            strict=True,
        )
    )


def _best_region(values: Sequence[float]) -> tuple[int, int]:
    """The first and last index of the best-scoring run (Kadane's algorithm)."""
    best, span, total, start = 0.0, (0, -1), 0.0, 0
    for i, v in enumerate(values):
        total += v
        if total <= 0:
            total, start = 0.0, i + 1
        elif total > best:
            best, span = total, (start, i)
    return span


def kept(
    probs: Sequence[float], free: Sequence[bool], sizes: Sequence[float], threshold: float
) -> list[bool]:
    """Which lines the article keeps: the free lines at or above ``threshold``
    inside the page's best stretch of lines (the best-scoring run, each line
    weighing its size times its margin over the threshold), so a prose-like
    comment far below the article goes too. Lines the rules took weigh in
    like the others, so a related block they took still parts the article
    from the prose of a footer below it. When no free line reaches the
    threshold, nothing tells the article: every free line stays.

    >>> kept([0.9, 0.3, 0.8, 0.1, 0.6], [True] * 5, [10, 10, 10, 50, 1], 0.5)
    [True, False, True, False, False]
    >>> kept([0.9, 0.1, 0.7], [True, False, True], [10, 50, 10], 0.5)
    [True, False, False]
    >>> kept([0.1, 0.2], [True, True], [5, 5], 0.5)
    [True, True]
    """
    if not any(p >= threshold for p, f in zip(probs, free, strict=True) if f):
        return list(free)
    margin = [(p - threshold) * s for p, s in zip(probs, sizes, strict=True)]
    first, last = _best_region(margin)
    if first > last:
        return list(free)
    return [
        f and p >= threshold and first <= i <= last
        for i, (p, f) in enumerate(zip(probs, free, strict=True))
    ]


def blocks() -> list[tuple[str, tuple[str, ...]]]:
    """Stage one's weight blocks in the order of :func:`expand`'s columns.

    >>> [name for name, _ in blocks()]
    ['own', 'line -2', 'line -1', 'line +1', 'line +2', 'mean of 3 around', 'mean of 10 around']
    """
    return [
        ("own", BASE),
        *((f"line {o:+d}", CONTEXT) for o in OFFSETS),
        *((f"mean of {w} around", CONTEXT) for w in WINDOWS),
    ]


def columns() -> list[str]:
    """The name of each column of :func:`expand`'s rows, as the model file uses them.

    >>> columns()[:2], columns()[len(BASE)]
    (['size', 'units'], 'line -2 size')
    """
    return [
        name if block == "own" else f"{block} {name}" for block, names in blocks() for name in names
    ]


@frozen
class LineModel:
    """Both stages and the keep threshold on stage two's probability."""

    first: Forest  # over the columns of expand()
    second: tuple[float, ...]  # one weight per SECOND input
    second_bias: float
    threshold: float
    means: tuple[float, ...] = ()  # each BASE column's mean in training, for reasons
    info: Mapping[str, Any] = {}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LineModel:
        """Read a model as ``benchmarks/train.py`` writes it.

        The file names the columns its trees read; one trained on other
        features than this version measures is refused.
        """
        if data.get("columns") != columns():
            raise ValueError("the model file was trained on other features: retrain it")
        try:
            second = tuple(data["second"]["weights"][name] for name in SECOND)
            means = tuple(data["means"][name] for name in BASE)
        except KeyError as missing:
            raise ValueError(f"the model file has no weight for {missing}: retrain it") from None
        return cls(
            Forest.from_json(data["first"]),
            second,
            data["second"]["bias"],
            data["threshold"],
            means,
            data.get("info", {}),
        )

    def probabilities(
        self, rows: Sequence[Sequence[float]]
    ) -> tuple[list[tuple[float, ...]], list[float]]:
        """Stage one's input (``expand(rows)``) and stage two's probability
        that each line is the article's."""
        columns = expand(rows)
        first = self.first.scores(columns)
        probs = [
            _sigmoid(sum(map(mul, self.second, inputs)) + self.second_bias)
            for inputs in second_inputs(first, units(rows))
        ]
        return columns, probs


@cache
def default_model() -> LineModel:
    """The model shipped in ``data/model/body.json``."""
    source = resources.files("newsclean") / "data" / "model" / "body.json"
    return LineModel.from_json(json.loads(source.read_text(encoding="utf-8")))
