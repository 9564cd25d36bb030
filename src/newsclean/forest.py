"""A small boosted forest of decision trees, scored in plain Python.

Body selection's first stage (:mod:`newsclean.model`) is a sum of shallow
regression trees over a line's features: trees see that a short line means
one thing after a headline and another in a footer, which one linear score
cannot. The trees come from ``data/model/body.json`` (written by
``benchmarks/train.py``), each a list of nodes:

- a split ``[column, threshold, left, right, value]``: go to node ``left``
  when the line's ``column`` is at most ``threshold``, else to ``right``;
- a leaf ``[value]``: what the tree adds to the line's logit.

A split's value is the mean of the leaves below it, weighted by the training
lines that reached them; :meth:`Forest.evidence` reads those to say which
features moved a line's score (the path attribution of Saabas).

Walking nodes in a Python loop costs about a microsecond a tree; so the
forest is turned once into one expression of nested conditionals a tree,
generated from the numbers alone (every one passes through ``int`` or
``float`` first), which Python evaluates several times faster. Each row is
unpacked into one local name a column (``x0``, ``x1``, …) once, so a split
reads a local, not ``x[column]``: a third less time for the body forest
(200 trees, ~200 rows a page: 5.2 -> 3.3 ms a page, interleaved, same run).
The leaves are still added in the trees' order, so the sums are the same
floats, bit for bit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import chain
from operator import getitem
from typing import Any

from attrs import field, frozen

Node = tuple[float, ...]  # a leaf (value,) or a split (column, threshold, left, right, value)


def _check(trees: Sequence[Sequence[Node]], width: int) -> None:
    for t, tree in enumerate(trees):
        for n, node in enumerate(tree):
            if len(node) == 1:
                continue
            column, _, left, right, _ = node
            if not (0 <= column < width and n < left < len(tree) and n < right < len(tree)):
                raise ValueError(f"tree {t}, node {n}: {list(node)} is not a valid split")


def _expression(tree: Sequence[Node], leaf: Callable[[int, Node], str], n: int = 0) -> str:
    """One tree as nested conditionals on ``x``, each leaf written by ``leaf``."""
    node = tree[n]
    if len(node) == 1:
        return leaf(n, node)
    column, threshold, left, right, _ = node
    return (
        f"({_expression(tree, leaf, int(left))} if x{int(column)} <= {float(threshold)!r} "
        f"else {_expression(tree, leaf, int(right))})"
    )


def _targets(trees: Sequence[Sequence[Node]], width: int) -> str:
    """The names a row unpacks to: ``x{column}`` for a column a split reads, else ``_``
    (a tuple whatever the width, so a row of one column is unpacked too).

    >>> _targets((((1, 0.5, 1, 2, 0.0), (0.0,), (1.0,)),), 3)
    '(_, x1, _, )'
    """
    read = {int(node[0]) for tree in trees for node in tree if len(node) > 1}
    return "(" + "".join(f"x{c}, " if c in read else "_, " for c in range(width)) + ")"


def _compile(source: str) -> Any:
    # Built from numbers only (see the module's docstring), never from text.
    return eval(source, {"__builtins__": {}})


def _paths(tree: Sequence[Node]) -> dict[int, tuple[tuple[int, float], ...]]:
    """For each leaf, what each split on the way moved the value: (column, change)."""
    out: dict[int, tuple[tuple[int, float], ...]] = {}
    todo: list[tuple[int, tuple[tuple[int, float], ...]]] = [(0, ())]
    while todo:
        n, path = todo.pop()
        node = tree[n]
        if len(node) == 1:
            out[n] = path
            continue
        column, _, left, right, value = node
        for child in (int(left), int(right)):
            todo.append((child, (*path, (int(column), tree[child][-1] - value))))
    return out


@frozen
class Forest:
    """Trees whose leaves add up, with ``bias``, to a line's logit.

    >>> forest = Forest(width=2, bias=0.5, trees=(((0, 1.0, 1, 2, 0.0), (-1.0,), (1.0,)),))
    >>> forest.scores([[0.0, 9.0], [3.0, 9.0]])
    [-0.5, 1.5]
    >>> forest.evidence([3.0, 9.0])
    [(0, 1.0)]
    """

    width: int  # how many columns a row has
    bias: float
    trees: tuple[tuple[Node, ...], ...]
    _scorer: Callable[[Sequence[Sequence[float]]], list[float]] = field(
        init=False, eq=False, repr=False
    )
    _leaves: Callable[[Sequence[float]], tuple[int, ...]] = field(init=False, eq=False, repr=False)
    _paths: tuple[dict[int, tuple[tuple[int, float], ...]], ...] = field(
        init=False, eq=False, repr=False
    )
    # _paths with only the steps of columns under a bound, by bound
    _below: dict[int, tuple[dict[int, tuple[tuple[int, float], ...]], ...]] = field(
        factory=dict, init=False, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        _check(self.trees, self.width)
        values = " + ".join(
            _expression(t, lambda _, leaf: repr(float(leaf[0]))) for t in self.trees
        )
        leaves = ", ".join(_expression(t, lambda n, _: str(n)) for t in self.trees)
        row = _targets(self.trees, self.width)
        scorer = f"lambda rows: [{float(self.bias)!r} + {values or '0.0'} for {row} in rows]"
        object.__setattr__(self, "_scorer", _compile(scorer))
        # One row, unpacked as the scorer unpacks each: a list of one.
        found = f"lambda x: [({leaves}{',' if leaves else ''}) for {row} in (x,)][0]"
        object.__setattr__(self, "_leaves", _compile(found))
        object.__setattr__(self, "_paths", tuple(_paths(t) for t in self.trees))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Forest:
        """Read ``{"width": …, "bias": …, "trees": [[node, …], …]}``."""
        trees = tuple(tuple(tuple(node) for node in tree) for tree in data["trees"])
        return cls(int(data["width"]), float(data["bias"]), trees)

    def to_json(self) -> dict[str, Any]:
        return {
            "width": self.width,
            "bias": self.bias,
            "trees": [list(map(list, t)) for t in self.trees],
        }

    def scores(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Each row's logit; a row has ``width`` columns, no more, no fewer."""
        return self._scorer(rows)

    def _paths_below(self, below: int) -> tuple[dict[int, tuple[tuple[int, float], ...]], ...]:
        found = self._below.get(below)
        if found is None:
            found = tuple(
                {leaf: tuple(step for step in path if step[0] < below) for leaf, path in t.items()}
                for t in self._paths
            )
            self._below[below] = found
        return found

    def evidence(self, row: Sequence[float], below: int | None = None) -> list[tuple[int, float]]:
        """How much each column moved ``row``'s logit, summed over the trees'
        paths (columns that moved it not left out), strongest push down first;
        only the columns under ``below``, if given (the others' steps are not
        walked: the same sums for these, in less time).

        >>> forest = Forest(2, 0.0, (((0, 1.0, 1, 2, 0.0), (-1.0,), (1.0,)),))
        >>> forest.evidence([0.0, 0.0], below=1), forest.evidence([0.0, 0.0], below=0)
        ([(0, -1.0)], [])
        """
        paths = self._paths if below is None else self._paths_below(below)
        moved: dict[int, float] = {}
        get = moved.get
        # The paths' steps tree by tree, as one stream: each column's changes
        # are added in the same order as a loop per tree would (the same
        # floats), a tenth faster (115 -> 101 us a row).
        for column, change in chain.from_iterable(map(getitem, paths, self._leaves(row))):
            moved[column] = get(column, 0.0) + change
        return sorted(((c, v) for c, v in moved.items() if v), key=lambda cv: cv[1])
