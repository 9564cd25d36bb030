"""Headline candidates: the lines near the top of a page, and their features.

Each of the first TITLE_TOP lines (and, for the first lines, the headline
parts of a browser title: "Headline - Site" gives "Headline"; and, however
far down, the line that repeats the browser title) is a candidate,
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
from ..phrases import whole_line
from .byline import may_match, read_byline
from .captions import read_caption
from .chrome import SKIP_LINK

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
# A pattern that opens on blanks starts only where a blank run starts
# ``(?<!\s)``: tried inside a long run of blanks it would rescan it per start.
TITLE_SEPARATOR = regex.compile(r"(?<!\s)\s+(?:[-|–—·•»]|::)\s+")
# Where a browser title may end its headline part: " - ", " | ", " : ", "：".
_PART_END = regex.compile(r"(?<!\s)\s+(?:[-|–—·•»:]|::)\s+|\s*[：|]\s*|,\s+(?=[^,]*$)")
# A character of a script that writes no blanks between words, or Korean.
WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_DIGIT = regex.compile(r"\d")
SENTENCE_BREAK = regex.compile(r"\p{Ll}[.!?]\s+\p{Lu}")
_STOPS = regex.compile(r"[.!?]")  # what a sentence break needs
_NOT_A_TITLE_END = regex.compile(r"[,;(]$")
_SENTENCE_END = regex.compile(r"[.!?][\"”’)]?$")
_SENTENCE_INSIDE = regex.compile(r"[.!?][\"”’)]?\s")
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


@frozen
class Table:
    """Candidates as a table: their lines and values, and a column per feature
    (a column a list is quicker to fill and to score than a dict a candidate)."""

    lines: list[Line]
    values: list[tuple[str, ...]]
    columns: dict[str, list[float]]

    def candidates(self) -> list[Candidate]:
        """The table's rows as candidates."""
        names = list(self.columns)
        return [
            Candidate(line, value, {name: self.columns[name][k] for name in names})
            for k, (line, value) in enumerate(zip(self.lines, self.values, strict=True))
        ]


def title_candidates(lines: Sequence[Line], facts: Facts | None = None) -> list[Candidate]:
    """The headline candidates of a page and their features."""
    return title_table(lines, facts or Facts.of(lines)).candidates()


def title_table(lines: Sequence[Line], facts: Facts) -> Table:
    """The headline candidates of a page and their features, as a table."""
    if not lines:
        return Table([], [], {name: [] for name in TITLE_FEATURES})
    prose, counts = facts.prose, facts.counts
    first = lines[0]
    first_words = _WORD.findall(first.text.casefold())
    first_run = f" {' '.join(first_words)} "
    first_set = set(first_words)
    first_sep = TITLE_SEPARATOR.search(first.text) is not None
    picks = _rule_picks(lines)
    # The line that repeats the browser title is a candidate however far down
    # it stands (under a long menu); the others are among the first lines.
    top = lines[: max(TITLE_TOP, picks[0] + 1, picks[1] + 1)]
    sentence = [line.is_sentence for line in top]
    words_of = [_WORD.findall(line.text.casefold()) for line in top]
    marks = [_byline_like(line.text) for line in top]
    stamps = [line.words <= 12 and is_stamp(line) for line in top]
    echoes = _echoes(top, words_of)
    titleish = [_titleish(line, s) for line, s in zip(top, sentence, strict=True)]
    # The rows: each line that may be a headline, and (near the top) its parts.
    rows: list[tuple[Line, int, str, list[str], int]] = []  # line, variant, text, words, breaks
    for line in top:
        i = line.index
        if i >= TITLE_TOP and i not in picks:
            continue
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
            # Nor is a screen reader's "Skip to content" link, nor a photo's
            # caption with its credit ("Biden at the podium. Jim Roe / AFP").
            or _not_a_headline(line.text)
        ):
            continue
        # A byte-order mark the text opened with is no part of its title.
        base = line.text.lstrip("\ufeff")
        texts = [base, *_shorter(base)] if i < VARIANT_TOP else [base]
        for j, text in enumerate(texts):
            # (A mark is no word: the line's words are its text's.)
            words = words_of[i] if j == 0 else _WORD.findall(text.casefold())
            # Two sentences or more are a paragraph ("… advertiser. All … mine. #ad").
            breaks = len(SENTENCE_BREAK.findall(text)) if _STOPS.search(text) else 0
            if words and breaks < MAX_SENTENCE_BREAKS:
                rows.append((line, j, text, words, breaks))
    at = [line.index for line, *_ in rows]
    texts = [text for _, _, text, _, _ in rows]
    counted = [len(words) for _, _, _, words, _ in rows]
    owns = [set(words) for _, _, _, words, _ in rows]
    tokens = [text.split() for text in texts]
    bases = [len(line.text.lstrip("\ufeff")) for line, *_ in rows]
    main = [j == 0 for _, j, *_ in rows]
    columns = {
        "first": [float(i == 0) for i in at],
        "variant": [float(not m) for m in main],
        "pos": [math.log1p(i) / math.log(TITLE_TOP) for i in at],
        "pos_le3": [float(i <= 3) for i in at],
        "words": [min(n, TITLE_MAX_WORDS) / TITLE_MAX_WORDS for n in counted],
        "short": [float(n <= 3) for n in counted],
        "long": [float(n > 20) for n in counted],
        "sentence": [float(sentence[i]) for i in at],
        "title_case": [sum([w[:1].isupper() for w in t]) / max(1, len(t)) for t in tokens],
        "caps": [float(text.isupper()) for text in texts],
        "repeat_run": [
            float(i > 0 and f" {' '.join(words)} " in first_run)
            for i, (_, _, _, words, _) in zip(at, rows, strict=True)
        ],
        "in_first": [
            len(own & first_set) / len(own) if i else 0.0 for i, own in zip(at, owns, strict=True)
        ],
        "first_in": [
            len(own & first_set) / max(1, len(first_set)) if i else 0.0
            for i, own in zip(at, owns, strict=True)
        ],
        "to_prose": [min(prose[i + 1] - i, PROSE_FAR) / PROSE_FAR for i in at],
        "prose_above": [float(prose[0] < i) for i in at],
        "dup": [float(counts[line.text] > 1) for line, *_ in rows],
        "byline_below": [float(any(marks[i + 1 : i + 4])) for i in at],
        "stamp_near": [float(any(stamps[max(0, i - 3) : i + 4])) for i in at],
        "separator": [float(TITLE_SEPARATOR.search(text) is not None) for text in texts],
        "colon": [float(":" in text) for text in texts],
        "digits": [len(_DIGIT.findall(text)) / len(text) for text in texts],
        # (ASCII holds no wide script.)
        "wide": [
            float(not text.isascii() and len(WIDE.findall(text)) > 0.3 * len(text))
            for text in texts
        ],
        "bad_end": [float(_NOT_A_TITLE_END.search(text) is not None) for text in texts],
        "sentences": [float(breaks > 0) for *_, breaks in rows],
        "first_sep": [float(i == 0 and first_sep) for i in at],
        "cut": [1 - len(text) / n for text, n in zip(texts, bases, strict=True)],
        "echo_below": [echoes[i] if m else 0.0 for i, m in zip(at, main, strict=True)],
        "repeat_best": [float(m and picks[0] == i) for i, m in zip(at, main, strict=True)],
        "reworded_best": [float(m and picks[1] == i) for i, m in zip(at, main, strict=True)],
        "teasers": [sum(titleish[max(0, i - 2) : i + 3]) / 5 - titleish[i] / 5 for i in at],
    }
    return Table([line for line, *_ in rows], [(text,) for text in texts], columns)


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
    short = [line.words <= TITLE_MAX_WORDS for line in lines]
    for i in range(min(len(lines), VARIANT_TOP)):
        own = words[i]
        if own:
            out[i] = max(
                (
                    len(own & theirs) / max(len(own), len(theirs))
                    for theirs, fits in zip(words[i + 1 :], short[i + 1 :], strict=True)
                    # (no word shared: a share of 0, which the default gives)
                    if fits and theirs != own and not own.isdisjoint(theirs)
                ),
                default=0.0,
            )
    return out


def _byline_like(text: str) -> bool:
    return len(text) <= BYLINE_MAX_CHARS and bool(read_byline(text))


def _not_a_headline(text: str) -> bool:
    if may_match(SKIP_LINK.pattern, text) and SKIP_LINK.pattern.fullmatch(text) is not None:
        return True
    # A caption and its credit: a sentence, then the credit ("Erstes Bild: So
    # könnte …" is a headline). (Most lines hold no sentence end inside.)
    if "©" not in text and _SENTENCE_INSIDE.search(text) is None:
        return False
    image = read_caption(text, whole_line("caption-credit"))
    return (
        image is not None
        and image.credit is not None
        and _SENTENCE_END.search(image.caption or "") is not None
    )
