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
from functools import cache, lru_cache
from importlib import resources

import regex

STOPWORD_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "pt", "nl", "pl", "it")
# The lists ``language`` reads besides those: short ones, good enough to name a
# page's language but not tested as body selection's density measure.
NAMING_LANGUAGES: tuple[str, ...] = (
    *STOPWORD_LANGUAGES,
    *("sv", "no", "da", "fi", "is", "cs", "lv", "tr", "vi", "sw", "zu", "xh"),
)
# A page whose letters are this share or more outside the Latin script is named
# by its script, not by stop words.
SCRIPT_SHARE = 0.3
# Scripts that name one language (the commonest that writes in it). Han alone is
# Chinese; Han with kana is Japanese (kana are counted as Japanese below).
SCRIPTS: tuple[tuple[str, str], ...] = (
    ("Hangul", "ko"),
    ("Hiragana", "ja"),
    ("Katakana", "ja"),
    ("Han", "zh"),
    ("Arabic", "ar"),
    ("Cyrillic", "ru"),
    ("Greek", "el"),
    ("Hebrew", "he"),
    ("Thai", "th"),
    ("Myanmar", "my"),
    ("Devanagari", "hi"),
    ("Bengali", "bn"),
    ("Tamil", "ta"),
    ("Georgian", "ka"),
    ("Armenian", "hy"),
    ("Khmer", "km"),
    ("Lao", "lo"),
    ("Ethiopic", "am"),
)
# A Japanese page writes much in Han, but kana on a page this share of its
# Han and kana letters or more say it is not Chinese.
KANA_SHARE = 0.1
# Letters only Ukrainian writes among the Cyrillic languages.
_UKRAINIAN = regex.compile(r"[іїєґІЇЄҐ]")
_SCRIPT = regex.compile("|".join(f"(?P<{name}>\\p{{{name}}})" for name, _ in SCRIPTS))
# Letters are counted a run at a time: one string a word, not one a letter
# (the script guess 0.39 -> 0.21 ms a page on the speed pages).
_LETTERS = regex.compile(r"\p{L}+")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]+")
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
def _owners(languages: tuple[str, ...] = STOPWORD_LANGUAGES) -> dict[str, tuple[str, ...]]:
    """Each stop word and the ``languages`` whose list has it: one look-up a word."""
    owners: dict[str, list[str]] = {}
    for lang in languages:
        for word in stopwords(lang):
            owners.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in owners.items()}


def words_of(text: str) -> list[str]:
    """The ``\\w+`` words of ``text``, case folded: what the lists are matched against.

    >>> words_of("Die Katze, the CAT!")
    ['die', 'katze', 'the', 'cat']
    """
    return _WORD.findall(text.casefold())


def _by_script(text: str) -> str | None:
    """The language a page's non-Latin script names, or None for a Latin page."""
    if text.isascii():  # no letter of SCRIPTS is ASCII
        return None
    counts: Counter[str] = Counter()
    # Each distinct character is asked once: a page repeats its characters.
    for char, count in Counter("".join(_NON_ASCII.findall(text))).items():
        script = _script_of(char)
        if script is not None:
            counts[script] += count
    if not counts:
        return None
    letters = sum(map(len, _LETTERS.findall(text)))
    if not letters or sum(counts.values()) < SCRIPT_SHARE * letters:
        return None
    kana = counts["Hiragana"] + counts["Katakana"]
    if kana and kana >= KANA_SHARE * (kana + counts["Han"]):
        return "ja"
    if counts["Hangul"] and counts["Hangul"] >= counts["Han"]:
        return "ko"
    script = max((name for name, _ in SCRIPTS), key=lambda name: counts[name])
    if script == "Cyrillic" and _UKRAINIAN.search(text):
        return "uk"
    return dict(SCRIPTS)[script]


@lru_cache(maxsize=1 << 16)
def _script_of(char: str) -> str | None:
    """The name in SCRIPTS of the script ``char`` is written in, or None."""
    match = _SCRIPT.match(char)
    return match.lastgroup if match is not None else None


def language(text: str) -> str:
    """The page's language as an ISO 639-1 code: by its script when most of its
    letters are not Latin, else by the stop-word list its words hit most
    (``NAMING_LANGUAGES``); English when nothing tells.

    >>> language("Der Hund und die Katze sind nicht mit dem Auto gefahren.")
    'de'
    >>> language("서울 시내 한 카페에서"), language("東京で雨が降った。"), language("北京今天下雨")
    ('ko', 'ja', 'zh')
    >>> language("Москва сегодня"), language("Hunden och katten är inte med oss i dag, säger han.")
    ('ru', 'sv')
    """
    script = _by_script(text)
    if script is not None:
        return script
    owners = _owners(NAMING_LANGUAGES)
    hits = dict.fromkeys(NAMING_LANGUAGES, 0)
    counts = Counter(words_of(text))
    for word in counts.keys() & owners.keys():  # the page's stop words, found in C
        for lang in owners[word]:
            hits[lang] += counts[word]
    best = max(NAMING_LANGUAGES, key=lambda lang: hits[lang])
    return best if hits[best] >= MIN_HITS else FALLBACK


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
    counts = Counter(words)
    for word in counts.keys() & owners.keys():  # the stop words among them, found in C
        for lang in owners[word]:
            hits[lang] += counts[word]
    best = max(STOPWORD_LANGUAGES, key=lambda lang: hits[lang])
    return best if hits[best] >= MIN_HITS else FALLBACK
