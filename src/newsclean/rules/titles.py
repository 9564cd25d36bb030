"""Headline candidates: the lines near the top of a page, and their features.

Each of the first TITLE_TOP lines (and, for the first lines, the headline
parts of a browser title: "Headline - Site" gives "Headline") is a candidate,
described by where it stands, how it relates to the browser title, its case
and length, what stands around it (a byline, a date, teasers) and how far the
first prose line is. :mod:`.headmodel` scores them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import regex
from attrs import frozen

from ..dates import is_stamp
from ..page import Line
from .byline import read_byline

# Candidates for the headline are among the first TITLE_TOP lines.
TITLE_TOP = 200
TITLE_MAX_WORDS = 40
TITLE_MAX_CHARS = 300
# Headlines are short: a longer line is a candidate only when the page repeats it.
HEADLINE_MAX_WORDS = 20
# A headline that ends like a sentence has at most this many words.
SENTENCE_MAX_WORDS = 16
# A line with this many sentence breaks inside is a paragraph, not a headline.
MAX_SENTENCE_BREAKS = 2
# The first lines, where a browser title stands, also give their parts as candidates.
VARIANT_TOP = 3
# A byline or date line is short in characters too: longer, it is not read
# (which also keeps a line of long blank runs from costing more than its length).
BYLINE_MAX_CHARS = 200
# A prose line: a sentence of at least this many words.
PROSE_MIN_WORDS = 12
PROSE_FAR = 60

_WORD = regex.compile(r"\w+")
_FULL_STOP = regex.compile(r"(?<![.\s])\.[\"'”’»)\]]*$")
_TITLE_SEPARATOR = regex.compile(r"(?<!\s)\s+(?:[-|–—·•»]|::)\s+")
# Where a browser title may end its headline part: " - ", " | ", " : ", "：".
_PART_END = regex.compile(r"(?<!\s)\s+(?:[-|–—·•»:]|::)\s+|\s*[：|]\s*|,\s+(?=[^,]*$)")
_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_DIGIT = regex.compile(r"\d")
_SENTENCE_BREAK = regex.compile(r"\p{Ll}[.!?]\s+\p{Lu}")
_NOT_A_TITLE_END = regex.compile(r"[,;(]$")
TITLE_FEATURES: tuple[str, ...] = (
    "first",
    "variant",
    "pos",
    "pos_le3",
    "words",
    "short",
    "long",
    "sentence",
    "title_case",
    "caps",
    "repeat_run",
    "in_first",
    "first_in",
    "to_prose",
    "prose_above",
    "dup",
    "byline_below",
    "stamp_near",
    "separator",
    "colon",
    "digits",
    "wide",
    "bad_end",
    "first_sep",
    "cut",
    "echo_below",
    "repeat_best",
    "reworded_best",
    "teasers",
    "sentences",
)


@frozen
class Candidate:
    """A line (or the headline part of one) and its features."""

    line: Line
    value: tuple[str, ...]  # the title as one item, or the names
    features: dict[str, float]


def prose_below(lines: Sequence[Line]) -> list[int]:
    """For each line, the index of the next prose line at or below it (len if none)."""
    nxt = [len(lines)] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        nxt[i] = i if line.words >= PROSE_MIN_WORDS and line.is_sentence else nxt[i + 1]
    return nxt


def _site_free(text: str) -> str:
    """A browser title less its trailing site parts ("Headline - Site")."""
    from .header import without_site

    return without_site(text)


@frozen
class Facts:
    """What both scorers read of a page's lines, worked out once a page."""

    prose: list[int]  # see prose_below
    counts: Counter[str]  # how often each line's text is on the page

    @classmethod
    def of(cls, lines: Sequence[Line]) -> Facts:
        return cls(prose_below(lines), Counter(line.text for line in lines))


def title_candidates(lines: Sequence[Line], facts: Facts | None = None) -> list[Candidate]:
    """The headline candidates of a page and their features."""
    if not lines:
        return []
    facts = facts or Facts.of(lines)
    prose, counts = facts.prose, facts.counts
    first = lines[0]
    first_words = _WORD.findall(first.text.casefold())
    first_run = f" {' '.join(first_words)} "
    first_set = set(first_words)
    first_sep = _TITLE_SEPARATOR.search(first.text) is not None
    top = lines[:TITLE_TOP]
    sentence = [line.is_sentence for line in top]
    words_of = [_WORD.findall(line.text.casefold()) for line in top]
    marks = [_byline_like(line.text) for line in top]
    stamps = [line.words <= 12 and is_stamp(line) for line in top]
    echoes = _echoes(top, words_of)
    picks = _rule_picks(lines)
    titleish = [_titleish(line, s) for line, s in zip(top, sentence, strict=True)]
    found = []
    for line in top:
        i = line.index
        if not 1 <= line.words <= TITLE_MAX_WORDS or len(line.text) > TITLE_MAX_CHARS:
            continue
        # A byline is no headline; nor is a long line the page does not repeat.
        # A long sentence is prose, repeated or not.
        if (
            marks[i]
            or (line.words > HEADLINE_MAX_WORDS and counts[line.text] == 1)
            or (sentence[i] and line.words > SENTENCE_MAX_WORDS)
            # Headlines do not end in a full stop, a comma or an open bracket.
            or _FULL_STOP.search(line.text) is not None
            or _NOT_A_TITLE_END.search(line.text) is not None
        ):
            continue
        # What a line's variants share: where it stands and what stands around it.
        around = {
            "first": float(i == 0),
            "pos": math.log1p(i) / math.log(TITLE_TOP),
            "pos_le3": float(i <= 3),
            "sentence": float(sentence[i]),
            "to_prose": min(prose[i + 1] - i, PROSE_FAR) / PROSE_FAR,
            "prose_above": float(prose[0] < i),
            "dup": float(counts[line.text] > 1),
            "byline_below": float(any(marks[i + 1 : i + 4])),
            "stamp_near": float(any(stamps[max(0, i - 3) : i + 4])),
            "teasers": sum(titleish[max(0, i - 2) : i + 3]) / 5 - titleish[i] / 5,
        }
        # A byte-order mark the text opened with is no part of its title.
        base = line.text.lstrip("\ufeff")
        texts = [base, *_shorter(base)] if i < VARIANT_TOP else [base]
        for j, text in enumerate(texts):
            # (A mark is no word: the line's words are its text's.)
            words = words_of[i] if j == 0 else _WORD.findall(text.casefold())
            # Two sentences or more are a paragraph ("… advertiser. All … mine. #ad").
            breaks = len(_SENTENCE_BREAK.findall(text))
            if not words or breaks >= MAX_SENTENCE_BREAKS:
                continue
            own = set(words)
            tokens = text.split()
            caps = sum(1 for w in tokens if w[:1].isupper())
            f = {
                **around,
                "variant": float(j > 0),
                "words": min(len(words), TITLE_MAX_WORDS) / TITLE_MAX_WORDS,
                "short": float(len(words) <= 3),
                "long": float(len(words) > 20),
                "title_case": caps / max(1, len(tokens)),
                "caps": float(text.isupper()),
                "repeat_run": float(i > 0 and f" {' '.join(words)} " in first_run),
                "in_first": len(own & first_set) / len(own) if i else 0.0,
                "first_in": len(own & first_set) / max(1, len(first_set)) if i else 0.0,
                "separator": float(_TITLE_SEPARATOR.search(text) is not None),
                "colon": float(":" in text),
                "digits": len(_DIGIT.findall(text)) / len(text),
                "wide": float(len(_WIDE.findall(text)) > 0.3 * len(text)),
                "bad_end": float(_NOT_A_TITLE_END.search(text) is not None),
                "sentences": float(breaks > 0),
                "first_sep": float(i == 0 and first_sep),
                "cut": 1 - len(text) / len(base),
                "echo_below": echoes[i] if j == 0 else 0.0,
                "repeat_best": float(j == 0 and picks[0] == i),
                "reworded_best": float(j == 0 and picks[1] == i),
            }
            found.append(Candidate(line, (text,), f))
    return found


def _rule_picks(lines: Sequence[Line]) -> tuple[int, int]:
    """The line a repeat of the browser title picks, and a rewording of it (-1: none):
    of several, the one the first prose line follows soonest."""
    from .header import best_repeat, headline_repeats, reworded_headlines

    repeats = headline_repeats(lines)
    reworded = [] if repeats else reworded_headlines(lines)
    return (
        best_repeat(repeats, lines).index if repeats else -1,
        best_repeat(reworded, lines).index if reworded else -1,
    )


def _titleish(line: Line, sentence: bool) -> int:
    """A teaser-headline-like line: a few capitalised words, no sentence end."""
    return int(3 <= line.words <= 20 and not sentence and line.text[:1].isupper())


def _shorter(text: str) -> list[str]:
    """The headline parts a browser title may hold: each run of its parts from
    the first ("Headline - Section - Site" gives "Headline" and "Headline -
    Section"), then the site-free title as :func:`without_site` reads it."""
    ends = [m.start() for m in _PART_END.finditer(text)]
    found = [text[:end].strip() for end in ends if text[:end].strip()]
    found += [text[m.end() :].strip() for m in _PART_END.finditer(text)][:1]
    stripped = _site_free(text)
    if stripped != text:
        found.append(stripped)
    return [t for t in dict.fromkeys(found) if t and t != text]


def _echoes(lines: Sequence[Line], words_of: Sequence[list[str]]) -> list[float]:
    """For each of the first lines, how much of it a later short line says again
    (the share of its words, best over the lines below): a browser title whose
    headline the page prints reworded."""
    words = [set(found) for found in words_of]
    out = [0.0] * len(lines)
    for i in range(min(len(lines), VARIANT_TOP)):
        if not words[i]:
            continue
        best = 0.0
        for k in range(i + 1, len(lines)):
            if words[k] and words[k] != words[i] and lines[k].words <= TITLE_MAX_WORDS:
                share = len(words[i] & words[k]) / max(len(words[i]), len(words[k]))
                best = max(best, share)
        out[i] = best
    return out


def _byline_like(text: str) -> bool:
    return len(text) <= BYLINE_MAX_CHARS and bool(read_byline(text))
