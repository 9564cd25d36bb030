"""The literal texts a pattern cannot match without, read from the pattern itself.

Gates (:mod:`.gate`, :mod:`.dispatch`) turn a line down with a substring
test when it holds none of the texts a pattern needs. The reader here works
those texts out from the pattern source: a run of literal characters is one
text; a group or class of literal alternatives is a set of texts (any one
will do); a group whose every alternative needs a text needs one of theirs.
Anything it does not understand needs nothing, so a wrong guess can only make
a gate let more lines through, never turn a match down.
"""

from __future__ import annotations

from collections.abc import Callable

from attrs import frozen

# Escapes that stand for one character class or position, not a literal.
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}
_SPECIAL = set("\\.^$|?*+()[]{}")


class _GiveUp(Exception):
    """A construct the reader does not know: the pattern needs no text it can tell."""


@frozen
class Need:
    """What a piece of pattern needs: ``exact`` when it matches only these
    texts, else ``some``: texts one of which every match holds (or ``None``)."""

    exact: frozenset[str] | None
    some: frozenset[str] | None

    def best(self) -> frozenset[str] | None:
        return self.exact if self.exact is not None else self.some


NOTHING = Need(None, None)


def required(pattern: str, few: bool = False) -> frozenset[str] | None:
    """Case-folded texts one of which every match of ``pattern`` holds, or ``None``.

    Of the pieces a branch needs, the one whose shortest text is longest is
    taken (a long word is a rarer one); with ``few``, the one of fewest texts
    (fewer substring tests), the longer on a tie.

    >>> sorted(required(r"(we|they) use (?:our )?cookies?\\b"))
    ['cookie']
    >>> sorted(required(r".{0,40}(©|\\(c\\)|copyright)\\s*\\d{4}"))
    ['(c)', 'copyright', '©']
    >>> sorted(required(r"(earn|receives?|gets?) a fee"))
    ['a fee']
    >>> sorted(required(r"(earn|receives?|gets?)"))
    ['earn', 'get', 'receive']
    >>> required(r"\\w+ (?=news)") is None  # a lookahead consumes nothing
    True
    >>> sorted(required(r"\\w+/(getty|reuters|afp)", few=True))
    ['/']
    """
    reader = _Reader(pattern, _fewest if few else _longest)
    try:
        need = reader.alternation()
    except _GiveUp:
        return None
    if reader.i < len(pattern):
        return None  # an unbalanced ")": not a pattern the reader understood
    best = need.best()
    if best is None or "" in best:
        return None
    return frozenset(text.casefold() for text in best)


def _longest(texts: frozenset[str]) -> tuple[int, int]:
    return min(map(len, texts)), -len(texts)


def _fewest(texts: frozenset[str]) -> tuple[int, int]:
    return -len(texts), min(map(len, texts))


class _Reader:
    """A recursive-descent reader over the pattern syntax the phrase packs use."""

    def __init__(self, pattern: str, rank: Callable[[frozenset[str]], tuple[int, int]]) -> None:
        self.pattern = pattern
        self.rank = rank  # the piece a sequence needs is the one ranked highest
        self.i = 0

    def peek(self, ahead: int = 0) -> str:
        at = self.i + ahead
        return self.pattern[at] if at < len(self.pattern) else ""

    def alternation(self) -> Need:
        needs = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            needs.append(self.sequence())
        if len(needs) == 1:
            return needs[0]
        exact: set[str] = set()
        some: set[str] = set()
        for need in needs:
            if need.exact is not None:
                exact |= need.exact
            best = need.best()
            if best is None:
                return NOTHING
            some |= best
        all_exact = all(need.exact is not None for need in needs)
        return Need(frozenset(exact) if all_exact else None, frozenset(some))

    def sequence(self) -> Need:
        pieces: list[frozenset[str]] = []
        run: list[str] = []
        pure = True  # nothing but literal characters so far

        def close() -> None:
            text = "".join(run).strip()
            if text:
                pieces.append(frozenset({text}))
            run.clear()

        while self.peek() not in ("", "|", ")"):
            atom = self.atom()
            least = self.repeat()
            exact = atom.exact
            if least >= 1 and exact is not None and len(exact) == 1:
                run.append(next(iter(exact)))  # "ab+c": the first "b" goes on from "a"
                if least == 1:
                    continue
                pure = False
                close()
                continue
            pure = False
            close()
            best = atom.best()
            if least >= 1 and best is not None:
                pieces.append(best)
        whole = "".join(run)
        close()
        return Need(frozenset({whole}) if pure else None, max(pieces, key=self.rank, default=None))

    def repeat(self) -> int:
        """Read a quantifier after an atom: the least number of times it occurs.

        An atom repeated more than once counts once, and ends a run of text
        ("ab+c" needs "ab", not "abc"): 2 stands for "once or more".
        """
        c = self.peek()
        least = 1
        if c in ("?", "*"):
            least, self.i = 0, self.i + 1
        elif c == "+":
            least, self.i = 2, self.i + 1
        elif c == "{":
            end = self.pattern.find("}", self.i)
            body = self.pattern[self.i + 1 : end] if end > 0 else ""
            low, _, high = body.partition(",")
            if not body or not (low.isdigit() or low == "") or not (high.isdigit() or high == ""):
                return 1  # not a repeat count: the "{" is a literal character
            count = int(low or 0)
            least = 0 if count == 0 else (1 if body == "1" or body == "1,1" else 2)
            self.i = end + 1
        else:
            return 1
        if self.peek() in ("?", "+"):  # lazy or possessive
            self.i += 1
        return least

    def atom(self) -> Need:
        c = self.peek()
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.escape()
        self.i += 1
        if c in (".", "^", "$"):
            return NOTHING
        return Need(frozenset({c}), None)

    def group(self) -> Need:
        pattern, start = self.pattern, self.i
        self.i += 1
        lookaround = False
        if self.peek() == "?":
            rest = pattern[self.i + 1 :]
            if rest.startswith((":", ">")):
                self.i += 2
            elif rest.startswith(("=", "!", "<=", "<!")):
                lookaround = True
                self.i += 3 if rest.startswith("<") else 2
            elif rest.startswith("P<"):
                self.i = pattern.index(">", self.i) + 1
            else:
                # scoped flags "(?i:" or "(?-i:"; anything else is unknown
                colon = pattern.find(":", self.i)
                flags = pattern[self.i + 1 : colon]
                if colon < 0 or not flags or not all(f.isalpha() or f == "-" for f in flags):
                    raise _GiveUp(pattern[start:])
                self.i = colon + 1
        need = self.alternation()
        if self.peek() != ")":
            raise _GiveUp(pattern[start:])
        self.i += 1
        return NOTHING if lookaround else need

    def char_class(self) -> Need:
        start = self.i
        j = self.i + 1
        if self.pattern.startswith("^", j):
            j += 1
        if self.pattern.startswith("]", j):
            j += 1
        while j < len(self.pattern) and self.pattern[j] != "]":
            j += 2 if self.pattern[j] == "\\" else 1
        self.i = j + 1
        inner = self.pattern[start + 1 : j]
        chars: set[str] = set()
        k = 0
        while k < len(inner):
            c = inner[k]
            if c == "\\" and k + 1 < len(inner) and not inner[k + 1].isalnum():
                chars.add(inner[k + 1])
                k += 2
            elif c in ("\\", "^", "[") or (c == "-" and 0 < k < len(inner) - 1):
                return NOTHING  # a negation, a range or a class escape
            else:
                chars.add(c)
                k += 1
        return Need(frozenset(chars), None) if chars else NOTHING

    def escape(self) -> Need:
        c = self.peek(1)
        self.i += 2
        if c and not c.isalnum():
            return Need(frozenset({c}), None)
        if c in ("p", "P", "N") and self.peek() == "{":
            self.i = self.pattern.index("}", self.i) + 1
        elif c in _HEX_DIGITS:
            if self.peek() == "{":
                self.i = self.pattern.index("}", self.i) + 1
            else:
                self.i += _HEX_DIGITS[c]
        elif c == "g" or c.isdigit():
            raise _GiveUp("a back reference")
        return NOTHING
