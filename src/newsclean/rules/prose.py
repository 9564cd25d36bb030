"""Line judging: is a line prose, or page chrome? (the jusText part of body selection)

Each line left by the earlier rules is judged alone on a few measured
features: its length, its share of stop words (in the page's language, see
:mod:`newsclean.lang`), whether it ends like a sentence, whether it reads like
a Title-Case teaser headline, whether it repeats on the page, whether it is a
time stamp. It comes out ``GOOD`` (prose), ``NEAR_GOOD`` (prose-ish), ``SHORT``
(too short to tell alone) or ``BAD`` (menu, teaser, footer). Short and
near-good lines are then settled from their neighbours (lists that hang off
prose join it in :mod:`newsclean.rules.lists`). Nothing is removed here:
:mod:`newsclean.rules.body` decides from the verdicts.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import chain

import regex
from attrs import frozen

from ..lang import guess, stopwords, words_of
from ..page import Line
from ..phrases import phrases

# A line under this many characters says too little alone; its neighbours decide.
# (jusText uses 70 for HTML paragraphs; a text line of a short quoted
# sentence or a crosshead is shorter, so the bar is lower here.)
SHORT_CHARS = 50
# A prose line of at least this length whose stop-word share reaches STOP_HIGH is
# article prose on its own; between STOP_LOW and STOP_HIGH it is prose-ish.
LONG_CHARS = 80
STOP_HIGH = 0.30
STOP_LOW = 0.18
# On a page whose words hit the stop-word list this rarely, the language has
# no list (Korean, Japanese, Indonesian...): judge by length and punctuation.
PAGE_STOP_MIN = 0.05
# A line that repeats on the page and has at most this many words is chrome
# (a menu item shown twice, "Share" above and below the article).
REPEAT_MAX_WORDS = 12
# A line of at least TITLE_MIN_WORDS words, most of them capitalised, with no
# sentence end, reads as a teaser headline (English and Romance title case;
# German capitalises nouns, which stays well below this share).
TITLE_MIN_WORDS = 4
TITLE_SHARE = 0.75
# A line of some length that never ends a sentence is a teaser headline, a
# link or a label; prose that long without a full stop is rare below this.
UNENDED_MAX_CHARS = 150
WIDE_WEIGHT = 3
# A short line with a date or a time on it is a time stamp: of the article
# (above it), of a comment or of a teaser in a feed (below it).
DATED_MAX_WORDS = 12
# ... unless it is a sentence of this many words ("On May 3 the council met.").
DATED_SENTENCE_WORDS = 6
DATE_LINE = "date line"
# A line this long that holds COPY_MIN_PARTS other lines of the page (each at
# least COPY_PART_CHARS long) verbatim is a copy of the article: a
# structured-data summary or an article body dumped whole into one line. One
# pull quote repeated inside a paragraph is not.
COPY_MIN_CHARS = 1000
COPY_PART_CHARS = 60
COPY_MIN_PARTS = 2
COPY_KEY_CHARS = 40

_CAPITALISED = regex.compile(r"\b\p{Lu}")
_DIGIT = regex.compile(r"\d")
_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# Full-width sentence ends (Chinese, Japanese), maybe before a closing bracket.
_WIDE_END = regex.compile(r"[。！？][」』）)]*$")
_SENTENCE_GAP = regex.compile(r"[.!?…][\"'”’»)\]]*\s+")
_SENTENCE_INSIDE = regex.compile(r"[.!?…][\"'”’»)\]]*\s+\p{Lu}")


@cache
def dated() -> regex.Pattern[str]:
    """A date or a time anywhere in a line: "Nov 19", "19. November", "6:34 am",
    "2019-11-20", "3 hours ago" (month names and "ago" phrases from the packs).

    >>> bool(dated().search("November 19, 2019 at 6:34 am")), bool(dated().search("Home"))
    (True, False)
    """
    months = "|".join(f"(?:{p})" for p in phrases("months"))
    ago = "|".join(f"(?:{p})" for p in phrases("time-ago"))
    # A month name is one whole word, so a date that opens with one is a word,
    # maybe a dot, blanks and a digit. The lookahead says so first (the rest of
    # the branch implies it): most words fail it before the month names of
    # eight languages are tried, which halves the time of a search.
    month_first = rf"(?=\w++\.?\s+\d)(?:{months})\.?\s+\d{{1,2}}\b"
    return regex.compile(
        rf"(?i)\b(?:\d{{1,2}}:\d{{2}}|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}"
        rf"|{month_first}|\d{{1,2}}\.?\s+(?:{months})\b|(?:{ago}))"
    )


def size(text: str) -> int:
    """A line's length in characters, a CJK character counting as WIDE_WEIGHT.

    A Chinese or Japanese character carries about a word; without the weight
    a whole sentence of them would count as a short line.

    >>> size("Yikes."), size("再起動して完了")
    (6, 21)
    """
    if text.isascii():
        return len(text)
    return len(text) + (WIDE_WEIGHT - 1) * len(_WIDE.findall(text))


@lru_cache(maxsize=4096)
def date_in(text: str) -> regex.Match[str] | None:
    """The first date or time in ``text``; every one has a digit, so most lines
    are turned down before the month names are tried. Judging, lists and feeds
    all ask of the same lines, so the answers are kept a while.

    >>> date_in("Posted 3 hours ago").group(), date_in("Home") is None
    ('3 hours ago', True)
    """
    if _DIGIT.search(text) is None:
        return None
    return dated().search(text)


def is_stamp(line: Line) -> bool:
    """Whether a line is a time stamp: short, with a date or a time, not a sentence.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Nov 19, 2019 at 6:34 am\\nOn Nov. 19 the council met.")
    >>> [is_stamp(line) for line in page.lines]
    [True, False]
    """
    if line.words > DATED_MAX_WORDS or (line.is_sentence and line.words >= DATED_SENTENCE_WORDS):
        return False
    return date_in(line.text) is not None


class Verdict(enum.Enum):
    """What one line looks like, alone and then among its neighbours."""

    GOOD = "good"
    NEAR_GOOD = "near-good"
    SHORT = "short"
    BAD = "bad"


@frozen
class Judged:
    """A free line, its verdict, the reason for it, and its :func:`size`
    (measured once: judging, scoring and feeds all weigh it)."""

    line: Line
    verdict: Verdict
    reason: str
    size: int


def judge(lines: Sequence[Line]) -> list[Judged]:
    """Each line's verdict on its own features.

    >>> from newsclean.page import Page
    >>> page = Page.from_text(
    ...     "Home\\nWorld News And Politics From Around The Globe Today\\n"
    ...     "The talks ended on Monday, and the two sides said that they would meet again soon."
    ... )
    >>> [j.verdict.value for j in judge(page.lines)]
    ['short', 'bad', 'good']
    """
    measured = [(line, size(line.text)) for line in lines]
    # A short line's words only count towards the page's language, so they
    # are read in one scan of all short lines (no word spans a line break);
    # a long line's words also give its own stop-word share.
    short = "\n".join(line.text for line, n in measured if n < SHORT_CHARS)
    words = {line.index: words_of(line.text) for line, n in measured if n >= SHORT_CHARS}
    page_words = words_of(short) + list(chain.from_iterable(words.values()))
    stop = stopwords(guess(page_words))
    hits = sum(map(stop.__contains__, page_words))
    use_stop = bool(page_words) and hits / len(page_words) >= PAGE_STOP_MIN
    folded = [line.text.casefold() for line in lines]
    seen = Counter(folded)
    copies = _copies(lines)
    judged = []
    # A verdict depends on the line's text and the page alone, so a line the
    # page repeats is judged once.
    verdicts: dict[str, tuple[Verdict, str]] = {}
    for (line, length), fold in zip(measured, folded, strict=True):
        if line.index in copies:
            judged.append(Judged(line, Verdict.BAD, "copy of other lines", length))
            continue
        found = verdicts.get(line.text)
        if found is None:
            line_words = words.get(line.index, ())
            found = _alone(line, length, line_words, seen[fold], stop if use_stop else None)
            verdicts[line.text] = found
        judged.append(Judged(line, *found, length))
    return judged


def _copies(lines: Sequence[Line]) -> set[int]:
    """The long lines that hold several other lines verbatim (see COPY_MIN_CHARS).

    A line held inside another starts where a sentence of it starts, so only
    those places are looked up, by the line's first COPY_KEY_CHARS characters:
    the work grows with the page, not with its long lines times its lines.

    >>> from newsclean.page import Page
    >>> one, two = "The talks ended on Monday. " * 3, "Both sides said they would meet again. " * 2
    >>> page = Page.from_text(f"{one}\\n{two}\\n{(one + two) * 10}")
    >>> sorted(_copies(page.lines))
    [2]
    """
    long = [line for line in lines if len(line.text) >= COPY_MIN_CHARS]
    if not long:
        return set()
    parts: dict[str, set[str]] = {}
    for line in lines:
        if len(line.text) >= COPY_PART_CHARS:
            parts.setdefault(line.text[:COPY_KEY_CHARS], set()).add(line.text)
    found = set()
    for line in long:
        text = line.text
        held: set[str] = set()
        for start in (0, *(m.end() for m in _SENTENCE_GAP.finditer(text))):
            for part in parts.get(text[start : start + COPY_KEY_CHARS], ()):
                if part != text and text.startswith(part, start):
                    held.add(part)
        if len(held) >= COPY_MIN_PARTS:
            found.add(line.index)
    return found


def _alone(
    line: Line, length: int, words: Sequence[str], seen: int, stop: frozenset[str] | None
) -> tuple[Verdict, str]:
    """A line's verdict on its own: ``length`` is its :func:`size`, ``words``
    its words when it is SHORT_CHARS or longer, ``stop`` the page's stop
    words (None on a page that hits no list)."""
    text = line.text
    if seen > 1 and line.words <= REPEAT_MAX_WORDS:
        return Verdict.BAD, "line repeated on the page"
    if is_stamp(line):
        return Verdict.BAD, DATE_LINE
    if length < SHORT_CHARS:
        if "://" in text:  # "Download: http://po.st/x": a link, not a short sentence
            return Verdict.BAD, "link line"
        return Verdict.SHORT, "short line"
    sentence = (
        line.is_sentence
        or _WIDE_END.search(text) is not None
        or _SENTENCE_INSIDE.search(text) is not None
    )
    if not sentence and line.words >= TITLE_MIN_WORDS:
        capitalised = len(_CAPITALISED.findall(text))
        if capitalised >= TITLE_SHARE * line.words:
            return Verdict.BAD, "title-case headline"
    if not sentence and length < UNENDED_MAX_CHARS:
        return Verdict.BAD, "no sentence end"
    if stop is not None:
        share = sum(map(stop.__contains__, words)) / len(words) if words else 0.0
        if share < STOP_LOW:
            # Figures and names ("Nikkei 225 fell 0.3%.") still make a sentence.
            if sentence and length >= LONG_CHARS:
                return Verdict.NEAR_GOOD, "sentence with few stop words"
            return Verdict.BAD, "few stop words"
        if share >= STOP_HIGH and sentence and length >= LONG_CHARS:
            return Verdict.GOOD, "prose"
        return Verdict.NEAR_GOOD, "prose-ish"
    if sentence and length >= LONG_CHARS:
        return Verdict.GOOD, "long sentence"
    return (Verdict.NEAR_GOOD, "sentence") if sentence else (Verdict.BAD, "no sentence")


def revise(judged: list[Judged]) -> list[Judged]:
    """Settle ``SHORT`` and ``NEAR_GOOD`` lines from their nearest settled neighbours.

    As in jusText: a short line between good lines is good, between bad lines
    bad; with one of each it is good only when a near-good line stands
    between it and the bad side. A near-good line is bad only between two bad
    lines. The page's end counts as bad; its start says nothing against a
    near-good line (an extractor's output opens with its lede), so one above
    every settled line stays.

    >>> from newsclean.page import Page
    >>> prose = "The talks ended on Monday, and the two sides said that they would meet again soon."
    >>> page = Page.from_text(f"{prose}\\nYikes.\\n{prose}\\nHome\\nContact")
    >>> [j.verdict.value for j in revise(judge(page.lines))]
    ['good', 'good', 'good', 'bad', 'bad']
    """
    strict_before = _nearest(judged, skip=(Verdict.SHORT, Verdict.NEAR_GOOD), step=+1)
    strict_after = _nearest(judged, skip=(Verdict.SHORT, Verdict.NEAR_GOOD), step=-1)
    loose_before = _nearest(judged, skip=(Verdict.SHORT,), step=+1)
    loose_after = _nearest(judged, skip=(Verdict.SHORT,), step=-1)
    # Above the first settled line, "before" is the page's start, which says
    # nothing against a prose-ish line: an extractor's lede, not chrome.
    settled = (Verdict.GOOD, Verdict.BAD)
    first = next((k for k, item in enumerate(judged) if item.verdict in settled), len(judged))
    revised = []
    for i, item in enumerate(judged):
        verdict = item.verdict
        before, after = strict_before[i], strict_after[i]
        if verdict is Verdict.SHORT:
            if before is after is Verdict.GOOD:
                verdict = Verdict.GOOD
            elif before is after is Verdict.BAD:
                verdict = Verdict.BAD
            elif (before is Verdict.BAD and loose_before[i] is Verdict.NEAR_GOOD) or (
                after is Verdict.BAD and loose_after[i] is Verdict.NEAR_GOOD
            ):
                verdict = Verdict.GOOD
            else:
                verdict = Verdict.BAD
        elif verdict is Verdict.NEAR_GOOD:
            edge = i < first
            verdict = Verdict.BAD if before is after is Verdict.BAD and not edge else Verdict.GOOD
        if verdict is not item.verdict:
            item = Judged(item.line, verdict, item.reason, item.size)
        revised.append(item)
    return revised


def _nearest(judged: list[Judged], skip: tuple[Verdict, ...], step: int) -> list[Verdict]:
    """For each line, the verdict of the nearest line before it (``step=+1``) or
    after it (``step=-1``) whose verdict is not in ``skip``; BAD at the page edge.

    ``skip`` is a tuple, not a set: membership goes by identity, with no enum hashing.
    """
    found = [Verdict.BAD] * len(judged)
    last = Verdict.BAD
    order = range(len(judged)) if step > 0 else range(len(judged) - 1, -1, -1)
    for i in order:
        found[i] = last
        if judged[i].verdict not in skip:
            last = judged[i].verdict
    return found
