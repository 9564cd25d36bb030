"""Phrase packs: package data files, one pattern a line, one folder a language.

``data/<lang>/<name>.txt`` holds the phrases for one concept in one language.
Each line is a ``regex`` pattern (most are plain words), matched without
regard to case; a line that starts with ``#`` is a comment. Adding a phrase or a language is a
data change: no code needs to know.

A user's own phrase folder has the same layout (``<lang>/<name>.txt``) and
is merged per language after the package's phrases. The folders in force
are a context variable that :func:`using` sets; a pipeline sets it while
it cleans (see :mod:`.own_phrases` for how its rules are rebuilt).
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path

import regex
from attrs import frozen

from .gate import covering, needs, trie
from .patterncache import kept
from .scan import Texts

# (the last ones hold few phrases yet: byline openers the corpus shows, ad labels)
LANGUAGES: tuple[str, ...] = (
    *("en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "no", "da"),
    *("lv", "ru", "uk", "ja", "zh", "ko", "tr", "cs", "fi"),
)


# The user's phrase folders in force (none: the package's phrases alone).
_FOLDERS: contextvars.ContextVar[tuple[Path, ...]] = contextvars.ContextVar(
    "newsclean_phrase_folders", default=()
)
# stopwords.txt is read by language guessing (:mod:`.lang`), not as phrases.
_NOT_PHRASES = frozenset({"stopwords"})


@contextlib.contextmanager
def using(folders: tuple[Path, ...]) -> Iterator[None]:
    """Merge the phrases of ``folders`` (checked with :func:`check_folder`) within the block."""
    token = _FOLDERS.set(folders)
    try:
        yield
    finally:
        _FOLDERS.reset(token)


def folders() -> tuple[Path, ...]:
    """The user's phrase folders in force: what a cache of phrase-built answers
    outside the rules package (whose copies :mod:`.own_phrases` rebuilds) is keyed by.

    >>> folders()
    ()
    """
    return _FOLDERS.get()


def phrases(name: str) -> tuple[str, ...]:
    """Every phrase of the concept ``name``, across the languages that have it.

    >>> phrases("advertisement")[0].startswith("advertisement|")
    True
    """
    return _phrases(name, _FOLDERS.get())


@cache
def _phrases(name: str, folders: tuple[Path, ...]) -> tuple[str, ...]:
    found: list[str] = []
    root = resources.files("newsclean") / "data"
    for lang in LANGUAGES:
        for source in (root / lang / f"{name}.txt", *(f / lang / f"{name}.txt" for f in folders)):
            if source.is_file():
                found.extend(_read(source.read_text(encoding="utf-8")))
    if not found:
        raise LookupError(f"no phrase file data/<lang>/{name}.txt in any of {LANGUAGES}")
    return tuple(found)


def _read(text: str) -> list[str]:
    stripped = (raw.strip() for raw in text.splitlines())
    return [phrase for phrase in stripped if phrase and not phrase.startswith("#")]


@cache
def concepts() -> frozenset[str]:
    """The names of the package's phrase files, in any language.

    >>> "share" in concepts(), "stopwords" in concepts()
    (True, False)
    """
    root = resources.files("newsclean") / "data"
    names = {
        entry.name.removesuffix(".txt") for lang in LANGUAGES for entry in (root / lang).iterdir()
    }
    return frozenset(names - _NOT_PHRASES)


def check_folder(folder: Path) -> None:
    """Raise ``ValueError`` unless ``folder`` holds only ``<lang>/<name>.txt`` phrase files
    of languages and concepts the package has, each line a valid pattern.

    >>> check_folder(Path("no/such/folder"))
    Traceback (most recent call last):
    ValueError: phrase folder no/such/folder: not a folder
    """
    if not folder.is_dir():
        raise ValueError(f"phrase folder {folder}: not a folder")
    for lang in sorted(folder.iterdir()):
        if lang.name.startswith("."):
            continue
        if lang.name not in LANGUAGES or not lang.is_dir():
            known = ", ".join(LANGUAGES)
            raise ValueError(f"{lang}: not a language folder; languages are: {known}")
        for source in sorted(lang.iterdir()):
            if source.name.startswith("."):
                continue
            if source.suffix != ".txt" or source.stem not in concepts():
                known = ", ".join(f"{name}.txt" for name in sorted(concepts()))
                raise ValueError(f"{source}: not a phrase file; phrase files are: {known}")
            _check_patterns(source)


def _check_patterns(source: Path) -> None:
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"{source}: cannot be read: {error}") from None
    for number, raw in enumerate(text.splitlines(), start=1):
        phrase = raw.strip()
        if not phrase or phrase.startswith("#"):
            continue
        try:
            regex.compile(f"(?i)(?:{phrase})", regex.V0)
        except regex.error as error:
            raise ValueError(f"{source}:{number}: not a valid pattern: {error}") from None


def whole_line(name: str, suffix: str = "") -> regex.Pattern[str]:
    """A pattern that matches a whole line made of one phrase of ``name``.

    ``suffix`` is appended inside the match (for trailing punctuation or a
    named group the rule reads).

    >>> bool(whole_line("advertisement").fullmatch("ADVERTISEMENT"))
    True
    """
    return _whole_line(name, suffix, _FOLDERS.get())


@cache
def _whole_line(name: str, suffix: str, folders: tuple[Path, ...]) -> regex.Pattern[str]:
    # The disk cache is keyed by the merged phrases themselves, not by the
    # concept's name: a user's folder that changes them never reads an entry
    # built from the package's phrases alone.
    alternatives = "|".join(f"(?:{p})" for p in _phrases(name, folders))
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


def anywhere(name: str) -> Cue:
    """Finds any phrase of ``name`` inside a line, on word bounds.

    >>> bool(anywhere("appeal-cue").search("Please support independent journalism today."))
    True
    """
    return _anywhere(name, _FOLDERS.get())


@cache
def _anywhere(name: str, folders: tuple[Path, ...]) -> Cue:
    found = _phrases(name, folders)  # merged: the disk cache's key, as in _whole_line
    pattern, words = kept("cue", found, lambda: _cue(found))
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
