"""A cheap language guess: which small stop-word list a page's words hit most.

Each language has ``data/<lang>/stopwords.txt``: its most frequent function
words, one a line. The guess counts, over the page's words, how many fall in
each list and takes the language with the most hits; a page that hits no list
(or hits too few words to tell) is English, the fallback.

The guess picks the stop-word list that body selection measures density with.
It does *not* pick phrase packs: those stay a union over languages
(``phrases.LANGUAGES``), because a phrase must match a whole line, which is
safe in any language, and real pages mix languages (an English menu around a
German article, a French cookie banner on an English site).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources

import regex

STOPWORD_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "pt", "nl", "pl", "it")
FALLBACK = "en"
# Fewer hits than this on the best list and the page says too little to tell.
MIN_HITS = 5

_WORD = regex.compile(r"\w+")


@cache
def stopwords(lang: str) -> frozenset[str]:
    """The stop words of ``lang``, lower case; empty for a language with no list.

    >>> "the" in stopwords("en"), "und" in stopwords("de"), stopwords("xx")
    (True, True, frozenset())
    """
    source = resources.files("newsclean") / "data" / lang / "stopwords.txt"
    if not source.is_file():
        return frozenset()
    words = (raw.strip().casefold() for raw in source.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))


@cache
def _owners() -> dict[str, tuple[str, ...]]:
    """Each stop word and the languages whose list has it: one look-up a word."""
    owners: dict[str, list[str]] = {}
    for lang in STOPWORD_LANGUAGES:
        for word in stopwords(lang):
            owners.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in owners.items()}


def words_of(text: str) -> list[str]:
    """The ``\\w+`` words of ``text``, case folded: what the lists are matched against.

    >>> words_of("Die Katze, the CAT!")
    ['die', 'katze', 'the', 'cat']
    """
    return _WORD.findall(text.casefold())


def guess(words: Iterable[str]) -> str:
    """The language whose stop-word list the ``words`` hit most; English when none tells.

    >>> guess(words_of("Der Hund und die Katze sind nicht mit dem Auto gefahren."))
    'de'
    >>> guess(words_of("Le chat et le chien ne sont pas dans la maison avec nous."))
    'fr'
    >>> guess(words_of("서울 시내 한 카페"))
    'en'
    """
    owners = _owners()
    hits = dict.fromkeys(STOPWORD_LANGUAGES, 0)
    for word, count in Counter(words).items():  # each distinct word looked up once
        for lang in owners.get(word, ()):
            hits[lang] += count
    best = max(STOPWORD_LANGUAGES, key=lambda lang: hits[lang])
    return best if hits[best] >= MIN_HITS else FALLBACK
