"""Phrase packs: package data files, one pattern a line, one folder a language.

``data/<lang>/<name>.txt`` holds the phrases for one concept in one language.
Each line is a ``regex`` pattern (most are plain words), matched without
regard to case; a line that starts with ``#`` is a comment. Adding a phrase or a language is a
data change: no code needs to know.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import regex
from attrs import frozen

from .gate import covering, needs, trie
from .patterncache import kept
from .scan import Texts

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv")


@cache
def phrases(name: str) -> tuple[str, ...]:
    """Every phrase of the concept ``name``, across the languages that have it.

    >>> phrases("advertisement")[0].startswith("advertisement|")
    True
    """
    found: list[str] = []
    root = resources.files("newsclean") / "data"
    for lang in LANGUAGES:
        source = root / lang / f"{name}.txt"
        if not source.is_file():
            continue
        for raw in source.read_text(encoding="utf-8").splitlines():
            phrase = raw.strip()
            if phrase and not phrase.startswith("#"):
                found.append(phrase)
    if not found:
        raise LookupError(f"no phrase file data/<lang>/{name}.txt in any of {LANGUAGES}")
    return tuple(found)


@cache
def whole_line(name: str, suffix: str = "") -> regex.Pattern[str]:
    """A pattern that matches a whole line made of one phrase of ``name``.

    ``suffix`` is appended inside the match (for trailing punctuation or a
    named group the rule reads).

    >>> bool(whole_line("advertisement").fullmatch("ADVERTISEMENT"))
    True
    """
    alternatives = "|".join(f"(?:{p})" for p in phrases(name))
    source = f"(?i)(?:{alternatives}){suffix}"
    return kept("pattern", (source,), lambda: regex.compile(source, regex.V0))


@frozen
class Cue:
    """A phrase pack searched inside lines, behind a literal gate (see :mod:`.gate`).

    A line whose case-folded text holds none of the gate's words cannot
    match, and a substring test says so far faster than the pattern. "İ"
    folds to two characters ("i" and a dot) yet matches "i" in the pattern,
    so a line holding it always goes to the pattern.
    """

    pattern: regex.Pattern[str]
    gate: re.Pattern[str] | None  # the gate's words as one literal alternation
    words: tuple[str, ...] | None  # the gate's words (None: no gate)

    def search(self, text: str) -> regex.Match[str] | None:
        """The first phrase in ``text``, as ``pattern.search`` finds it."""
        if self.gate is not None and "İ" not in text and not self.gate.search(text.casefold()):
            return None
        return self.pattern.search(text)

    def candidates(self, texts: Texts) -> list[int]:
        """The indices of ``texts`` that may hold a phrase, in order: those that
        hold a word of the gate, each word looked for once in the whole page.

        >>> anywhere("cookie").candidates(Texts.of(["We use cookies.", "Talks ended."]))
        [0]
        """
        if self.words is None or not texts.searchable:
            return list(range(len(texts.texts)))
        return sorted(set().union(*map(texts.holding, self.words)))


@cache
def anywhere(name: str) -> Cue:
    """Finds any phrase of ``name`` inside a line, on word bounds.

    >>> bool(anywhere("appeal-cue").search("Please support independent journalism today."))
    True
    """
    pattern, words = kept("cue", phrases(name), lambda: _cue(phrases(name)))
    # The standard library's re scans a literal trie faster than a loop of
    # substring tests.
    gate = re.compile(trie(words)) if words else None
    return Cue(pattern, gate, tuple(sorted(words)) if words else None)


def _cue(found: tuple[str, ...]) -> tuple[regex.Pattern[str], frozenset[str]]:
    alternatives = "|".join(f"(?:{p})" for p in found)
    pattern = regex.compile(f"(?i)\\b(?:{alternatives})\\b")
    # Each phrase's fewest texts, where all are long enough, make the fewest
    # words once those that hold another go: "cookies (akzeptieren|ablehnen)"
    # needs "cookies" as well as one of its verbs.
    return pattern, covering(needs(found, few=True) or needs(found) or ())
