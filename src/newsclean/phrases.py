"""Phrase packs: package data files, one pattern a line, one folder a language.

``data/<lang>/<name>.txt`` holds the phrases for one concept in one language.
Each line is a ``regex`` pattern (most are plain words), matched without
regard to case; a line that starts with ``#`` is a comment. Adding a phrase or a language is a
data change: no code needs to know.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex

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
    return regex.compile(f"(?i)(?:{alternatives}){suffix}", regex.V0)


@cache
def anywhere(name: str) -> regex.Pattern[str]:
    """A pattern that finds any phrase of ``name`` inside a line, on word bounds.

    >>> bool(anywhere("appeal-cue").search("Please support independent journalism today."))
    True
    """
    alternatives = "|".join(f"(?:{p})" for p in phrases(name))
    return regex.compile(f"(?i)\\b(?:{alternatives})\\b")
