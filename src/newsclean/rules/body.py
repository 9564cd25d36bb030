"""Body selection: find the article on a page and drop what lies around it.

Full-page text holds the article inside menus, breadcrumbs, teaser lists,
footers and comments. The rule works as jusText does, on lines instead of
HTML paragraphs:

1. Each line left by the earlier rules is judged alone, then settled from
   its neighbours (:mod:`newsclean.rules.prose`): ``GOOD`` is prose,
   ``BAD`` is chrome; a crosshead or "Yikes." between paragraphs is prose.
2. Each page line gets a value: a prose line its length, a chrome line its
   length taken away plus a cost that grows along a run of chrome, a line
   an earlier rule took a small cost (a caption or an ad label does not
   split the article; a long related block does).
3. The article is the best-scoring run of lines. When the page repeats its
   browser title as a headline, the run starts at the first prose line
   under the last such headline, unless that run scores far below the best.
4. Inside the run, the article ends before a dated feed (comments, teasers
   with time stamps) or the author's box (a short line naming the byline's
   author, late in the run).

A page that is already an article (no browser title, prose from its first
lines: an extractor's output) is treated gently: only lines that are chrome
on their own go, and only at its edges (and never a long list or table).
Everything removed has kind ``navigation`` and says why.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attrs import frozen

from ..page import Line
from ..rule import Context, Finding
from ..types import Kind
from .article_end import COMMENTS, end_of_article
from .header import headline_repeats
from .lists import with_lists
from .prose import Judged, Verdict, judge, revise

# Each non-prose line costs its length plus BAD_LINE_COST times its place in
# the run of non-prose lines it stands in (up to GAP_STEPS), so one ad label
# between paragraphs costs little while a forty-item menu splits the page.
BAD_LINE_COST = 20
GAP_STEPS = 10
# A single long non-prose line (a run-on of link texts) costs no more than this
# much of its length: it is one line, however long, not a menu.
BAD_MAX_CHARS = 150
# A good line between two bad ones counts for this share of its length.
LONELY_WEIGHT = 0.7
# A line an earlier rule took (a caption, a share row) weighs less: it may sit
# inside the article, but a block of them still parts two stretches of prose.
TAKEN_LINE_COST = 10
# The article follows its headline: the best region that starts after a
# repeat of the browser title wins when it scores at least this share of
# the best region anywhere (a cookie notice or comments can be longer).
ANCHOR_SHARE = 0.3
MAX_HEADLINES = 5
LEAD_MAX_LINES = 20
# A page with no browser title whose prose starts within this many lines is
# already an article (an extractor's output): only its edges are trimmed.
# Counted over all lines, earlier rules' too, the prose starts within
# GENTLE_PAGE_LINES: a full page whose chrome the phrase rules took still has
# more lines than that above its article.
GENTLE_LEAD_LINES = 3
GENTLE_PAGE_LINES = 12
TRIMMABLE = frozenset({Verdict.BAD})
GENTLE_MAX_TRIM = 6


@frozen
class ArticleBody:
    """Keep the best prose region of the page; everything around it goes."""

    name: str = "article-body"
    kind: Kind = "navigation"
    summary: str = "menus, breadcrumbs, teaser lists and footers outside the article's prose"

    def find(self, context: Context) -> Iterable[Finding]:
        free = list(context.free())
        if not free:
            return
        alone = judge(free)
        revised = revise(alone)
        # Lists and tables join prose that is there; with none, there is no
        # article to tell (a page of menus, or of one-letter lines).
        if not any(item.verdict is Verdict.GOOD for item in revised):
            return
        judged = with_lists(revised)
        value = values(judged, context.taken)
        heads = headline_repeats(context.page.lines)[:MAX_HEADLINES]
        prose = [i for i, v in enumerate(value) if v > 0]
        if not prose:
            return  # no prose at all: nothing to tell the article by
        lead = sum(1 for item in judged if item.line.index < prose[0])
        note = ""
        if not heads and lead <= GENTLE_LEAD_LINES and prose[0] < GENTLE_PAGE_LINES:
            # No browser title and prose from the start: the page is already
            # an article (an extractor's output). Trim only its edges, and
            # only lines that are boilerplate on their own.
            first, last = _gentle_edges(alone, judged)
            note = " (already an article)"
        else:
            first, last = _region(value, heads, context.taken)
        if first > last:
            return
        if first > 0:
            yield Finding(0, first - 1, f"before the article{note}")
        end = end_of_article(context, judged, value, first, last)
        if end is not None:
            stop, reason = end
            kind: Kind = "comment" if reason == COMMENTS else "navigation"
            yield Finding(stop + 1, last, f"{reason}{note}", kind=kind)
        if last < len(value) - 1:
            yield Finding(last + 1, len(value) - 1, f"after the article{note}")


def _region(value: Sequence[int], heads: Sequence[Line], taken: Sequence[bool]) -> tuple[int, int]:
    """The article's first and last line on a full page."""
    first, last, score = best_region(value)
    # The last copy of the headline that prose follows is the headline
    # proper; earlier copies sit in menus and breadcrumbs.
    for head in reversed(heads):
        start, end, anchored = region_after(value, head.index + 1, taken)
        if anchored > 0 and anchored >= ANCHOR_SHARE * score:
            return start, end
    return first, last


def _gentle_edges(alone: Sequence[Judged], judged: Sequence[Judged]) -> tuple[int, int]:
    """The first and last line to keep on a page that is already an article.

    From each end, lines go while they are short or boilerplate on their own
    (and not list items); the first prose-ish line stops the trim.
    """

    def trimmable(k: int) -> bool:
        return alone[k].verdict in TRIMMABLE and judged[k].verdict is not Verdict.GOOD

    k = 0
    while k < len(alone) and trimmable(k):
        k += 1
    if k >= len(alone):
        return alone[0].line.index, alone[-1].line.index
    m = len(alone) - 1
    while m > k and trimmable(m):
        m -= 1
    # A long run of such lines at an edge of an extractor's output is a list
    # or a table the extractor kept on purpose, not chrome it missed.
    k = 0 if k > GENTLE_MAX_TRIM else k
    m = len(alone) - 1 if len(alone) - 1 - m > GENTLE_MAX_TRIM else m
    return alone[k].line.index, alone[m].line.index


def values(judged: Sequence[Judged], taken: Sequence[bool]) -> list[int]:
    """What each page line adds to a region: prose for its length, the rest against it.

    A good line adds its length. A bad line takes its length away, plus a cost
    that grows with the run of non-prose lines it stands in, so one ad label
    between paragraphs costs little while a forty-item menu splits the page.
    A line an earlier rule took costs TAKEN_LINE_COST and extends the run.
    """
    verdicts: dict[int, Judged] = {item.line.index: item for item in judged}
    lonely = _lonely(judged)
    found = [0] * len(taken)
    gap = 0
    for i in range(len(taken)):
        item = verdicts.get(i)
        if item is not None and item.verdict is Verdict.GOOD:
            weight = LONELY_WEIGHT if i in lonely else 1.0
            found[i] = round(weight * item.size)
            gap = 0
            continue
        gap += 1
        if item is None:
            found[i] = -TAKEN_LINE_COST * min(gap, GAP_STEPS)
        else:
            cost = min(item.size, BAD_MAX_CHARS)
            found[i] = -(cost + BAD_LINE_COST * min(gap, GAP_STEPS))
    return found


def _lonely(judged: Sequence[Judged]) -> set[int]:
    """Good lines with a bad line on each side: a teaser's summary between its
    label and the next teaser's title, more often than an article's paragraph."""
    return {
        judged[k].line.index
        for k in range(1, len(judged) - 1)
        if judged[k].verdict is Verdict.GOOD
        and judged[k - 1].verdict is Verdict.BAD
        and judged[k + 1].verdict is Verdict.BAD
    }


def best_region(value: Sequence[int]) -> tuple[int, int, int]:
    """The first line, last line and score of the best-scoring run of lines.

    Kadane's maximum-sum run; ``(0, -1, 0)`` when no line adds anything.

    >>> best_region([-5, 10, -3, 8, -50, 30])
    (5, 5, 30)
    """
    best, span = 0, (0, -1)
    total, first = 0, 0
    for i, v in enumerate(value):
        total += v
        if total <= 0:
            total, first = 0, i + 1
        elif total > best:
            best, span = total, (first, i)
    return span[0], span[1], best


def region_after(value: Sequence[int], start: int, taken: Sequence[bool]) -> tuple[int, int, int]:
    """The best run that begins at the first prose line at or after ``start``.

    The byline, date and caption between a headline and its first paragraph
    are a few lines; when more than LEAD_MAX_LINES free lines come first, the
    headline is a copy in a menu or a teaser, and the score is 0.

    >>> region_after([-5, 10, -3, 8, -50, 30], 0, [False] * 6)
    (1, 3, 15)
    """
    first = next((i for i in range(start, len(value)) if value[i] > 0), None)
    if first is None or sum(not t for t in taken[start:first]) > LEAD_MAX_LINES:
        return start, start - 1, 0
    best, last, total = 0, first, 0
    for i in range(first, len(value)):
        total += value[i]
        if total > best:
            best, last = total, i
    return first, last, best
