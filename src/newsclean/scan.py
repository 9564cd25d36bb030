"""A page's line texts as bulk dispatch reads them, worked out once a page.

A rule that asks each line in turn whether a pattern may match it pays a
Python call a line and a pattern, though most lines cannot match: their
first or last characters rule them out, or they hold none of the texts the
pattern needs. Asked of the whole page, the same questions cost a few passes
in C over lists built once a page (each line's first and last two
characters), and substring searches in the page's case-folded text. See
:mod:`newsclean.bulk`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate, compress, count, repeat
from operator import add, ge, itemgetter, or_

from attrs import field, frozen

# How many characters at each end of a text key the branches that may match
# it. Three at the start tell "Share" from "Shanghai"; at the end, where
# many branches end in a wildcard, two tell nearly as much, and a new
# process asks the engine far less (a corpus has thousands of runs of three).
KEY = 3
END_KEY = 2


# The texts case-folded and joined, and where each starts (None: not searchable).
Folded = tuple[str | None, list[int]]


@frozen
class Texts:
    """Strings (a page's line texts) read for bulk dispatch: each one's first
    and last two characters, and (see :meth:`holding`) the texts it holds.

    >>> texts = Texts.of(["Share", "Größe: 5 / 10", "Photo: AP"])
    >>> texts.heads, texts.tails
    (['Sha', 'Grö', 'Pho'], ['re', '10', 'AP'])
    >>> texts.holding("/"), texts.holding("grösse"), texts.holding("photo: ap")
    ((1,), (1,), (2,))
    """

    texts: Sequence[str]
    heads: list[str]
    tails: list[str]
    size: int  # how many characters the texts have
    # what bulk dispatch found for these texts, by pattern
    answers: dict[object, dict[int, int]] = field(factory=dict, init=False, repr=False, eq=False)
    # the answers holding() gave: several patterns ask for the same text ("/")
    _held: dict[str, tuple[int, ...]] = field(factory=dict, init=False, repr=False, eq=False)
    # the folded texts and where each starts, made when first asked for
    _folded: list[Folded] = field(factory=list, init=False, repr=False, eq=False)

    @classmethod
    def of(cls, texts: Sequence[str]) -> Texts:
        # itemgetter slices in C: no Python frame a text
        heads = list(map(itemgetter(slice(KEY)), texts))
        tails = list(map(itemgetter(slice(-END_KEY, None)), texts))
        return cls(texts, heads, tails, sum(map(len, texts)))

    @property
    def short(self) -> list[int]:
        """The indices of the texts of at most KEY characters (their heads)."""
        return list(compress(count(), map(ge, repeat(KEY), map(len, self.texts))))

    def changed(self, transform: Transform) -> Texts:
        """These texts, each passed through ``transform``: only those it may
        change are, and only their ends are read anew.

        >>> Texts.of(["- Share", "Tweet"]).changed(Transform(str.upper, opens="-")).heads
        ['- S', 'Twe']
        """
        texts, heads, tails = list(self.texts), list(self.heads), list(self.tails)
        for i in transform.changed(texts):
            text = texts[i] = transform.function(texts[i])
            heads[i], tails[i] = text[:KEY], text[-END_KEY:]
        return Texts(texts, heads, tails, sum(map(len, texts)))

    @property
    def searchable(self) -> bool:
        """Whether :meth:`holding` can answer: not when a text holds "İ", which
        folds to two characters yet matches "i" in a pattern."""
        return self._fold()[0] is not None

    def holding(self, needed: str) -> tuple[int, ...]:
        """The indices of the texts whose case-folded form holds ``needed``, in order.

        Searched in all the texts folded and joined by "\n": a text found
        across a break counts for the text it starts in, so the answer may
        name more texts than hold it, never fewer.
        """
        found = self._held.get(needed)
        if found is not None:
            return found
        folded, starts = self._fold()
        if folded is None:
            raise ValueError("not searchable: a text holds 'İ'")
        indices: list[int] = []
        at = folded.find(needed)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            indices.append(i)
            # On from the next text: one hit a text is enough.
            at = folded.find(needed, starts[i + 1]) if i + 1 < len(starts) else -1
        self._held[needed] = found = tuple(indices)
        return found

    def _fold(self) -> tuple[str | None, list[int]]:
        if not self._folded:
            self._folded.append(_folded(self.texts))
        return self._folded[0]


def _folded(texts: Sequence[str]) -> tuple[str | None, list[int]]:
    """``texts`` case-folded and joined by "\n", and where each one starts
    (``None`` when a text holds "İ")."""
    joined = "\n".join(texts)
    if "İ" in joined:
        return None, []
    folded = joined.casefold()
    # Case folding works a character at a time, so the folded texts joined
    # are the joined text folded; when no character folds to two, each text
    # starts where it did. Text i starts after the i texts and i breaks before it.
    lengths = map(len, texts if len(folded) == len(joined) else folded.split("\n"))
    return folded, list(map(add, accumulate(lengths, initial=0), range(len(texts))))


@frozen
class Transform:
    """A change a rule makes to a line's text before matching it.

    ``function`` changes only a (stripped) text that opens with one of the
    characters ``opens`` or closes with one of ``closes``: every other text
    is left as it is, so a page's changed texts are found in C and only
    those are passed through ``function``.

    >>> upper = Transform(str.upper, opens="[")
    >>> Texts.of(["[a]", "b"]).changed(upper).texts
    ['[A]', 'b']
    """

    function: Callable[[str], str]
    opens: str = ""
    closes: str = ""

    def changed(self, texts: Sequence[str]) -> list[int]:
        """The indices of the (non-empty) texts ``function`` may change."""
        opens, closes = frozenset(self.opens), frozenset(self.closes)
        return list(
            compress(
                count(),
                map(
                    or_,
                    map(opens.__contains__, map(itemgetter(0), texts)),
                    map(closes.__contains__, map(itemgetter(-1), texts)),
                ),
            )
        )
