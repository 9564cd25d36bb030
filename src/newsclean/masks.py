"""Character masks: a text as one byte a character, so lines are counted in C.

Counting characters of a kind in each line (word starts, digits, capitals)
with a regex costs a call a line. A mask does the per-character work once a
page: every character becomes one byte naming its class, and a line's count
is one ``bytes.count`` over the line's stretch of the mask. ``mask[i + 1]``
stands for ``text[i]`` and ``mask[0]`` is a blank, so a line's first
character always has one before it. ASCII goes through a 256-byte table,
the rarer other characters through a cache that asks the regexes once a
character: a mask says exactly what the regexes would.

>>> word_mask("Grüße, 2024!")
b' wwwww  wwww '
>>> shape_mask("Née à 3. Mai")
b' Uww_w_d._Uww'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import regex

_WORD_CHAR = regex.compile(r"\w")
_CAPITAL = regex.compile(r"\p{Lu}")
_DIGIT = regex.compile(r"\d")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]+")
# Sentence punctuation: a sentence ends inside a line where a blank follows one.
STOPS = ".!?…"

# The classes of a shape mask. Capitals and digits are ``\w`` characters too
# (true of all of Unicode; the tests check it), STOPS and blanks are not.
CAPITAL, DIGIT, WORD = b"U", b"d", b"w"
STOP, BLANK, OTHER = b".", b"_", b" "  # a STOPS character, the blank " ", any other
# The shape mask with every class that is not a word character made OTHER.
NOT_WORD = bytes.maketrans(STOP + BLANK, OTHER + OTHER)


def _word_class(char: str) -> bytes:
    return b"w" if _WORD_CHAR.match(char) else b" "


def _shape_class(char: str) -> bytes:
    if char == " ":
        return BLANK
    if char in STOPS:
        return STOP
    if _CAPITAL.match(char):
        return CAPITAL
    if _DIGIT.match(char):
        return DIGIT
    return WORD if _WORD_CHAR.match(char) else OTHER


class _Learned(dict[int, str]):
    """A ``str.translate`` table that learns each non-ASCII character once:
    it becomes the ASCII character standing for its class."""

    def __init__(self, classify: Callable[[str], bytes], stand_in: Mapping[bytes, str]) -> None:
        super().__init__()
        self._classify = classify
        self._stand_in = stand_in

    def __missing__(self, code: int) -> str:
        mark = self._stand_in[self._classify(chr(code))]
        self[code] = mark
        return mark


def _masker(
    classify: Callable[[str], bytes], stand_in: Mapping[bytes, str]
) -> Callable[[str], bytes]:
    """The mask function of ``classify``; ``stand_in`` names an ASCII character of each class."""
    if any(classify(char) != mark for mark, char in stand_in.items()):
        raise ValueError("a stand-in is not of its class")
    table = b"".join(classify(chr(byte)) for byte in range(128)) + OTHER * 128
    # A cache, not a registry: it only ever holds the answer classify gives.
    learned = _Learned(classify, stand_in)

    def run(match: regex.Match[str]) -> str:
        return match[0].translate(learned)

    def mask(text: str) -> bytes:
        return b" " + _NON_ASCII.sub(run, text).encode("ascii").translate(table)

    return mask


_word = _masker(_word_class, {b"w": "w", b" ": " "})
_shape = _masker(
    _shape_class, {CAPITAL: "A", DIGIT: "0", WORD: "a", STOP: ".", BLANK: " ", OTHER: "#"}
)


def word_mask(text: str) -> bytes:
    """b" " then a byte a character of ``text``: b"w" for a ``\\w`` character, else b" "."""
    return _word(text)


def shape_mask(text: str) -> bytes:
    """b" " then a byte a character of ``text``: its class (CAPITAL, DIGIT, WORD, …)."""
    return _shape(text)
