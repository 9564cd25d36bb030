"""The header model: which line near the top is the headline, which the byline.

The lines near the top of a page are candidates. Each is described by a few
features (where it stands, how it relates to the browser title, its case and
length, whether it reads as names, how far the first prose line is), and a
linear model fitted on the labelled corpus scores them: the best title
candidate is the headline; the best byline candidate gives the authors when
its score clears the model's threshold. The weights are package data
(``data/model/header.json``, written by ``benchmarks/train_header.py``);
scoring is pure Python.

The phrase packs stay the vocabulary: a byline candidate is a line that
:func:`~newsclean.rules.byline.read_byline` or
:func:`~newsclean.rules.nameline.name_line` reads, or a name set off by
separators from a date or a site name.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

import regex
from attrs import evolve, frozen

from ..dates import is_stamp
from ..page import Line, Page
from .authors import author_candidates
from .isodate import stamped_dates, update_label
from .titles import BYLINE_MAX_CHARS, WIDE, Candidate, Facts, Table, title_table

# The day is looked for this many lines around the byline; then around the
# headline, this many lines above and below it; then in the lines just above
# the article's first paragraph; then in a time stamp further below the
# headline, then further above it, as far as the model's learned
# ``date_reach`` (DATE_FAR for a model file that records none).
DATE_NEAR = 2
DATE_ABOVE = 6
DATE_BELOW = 20
DATE_BEFORE_PROSE = 10
DATE_FAR = 60
_SPACES = regex.compile(r"\s+")
_WORDS = regex.compile(r"\w+")
# Where a browser title in Chinese, Japanese or Korean ends its headline.
_WIDE_SEPARATOR = regex.compile(r"\s*(?:[|｜：_]|\s[-–—]\s)\s*")
# A line of this many characters at most that holds a full date is a time stamp.
STAMP_MAX_CHARS = 40


@frozen
class Linear:
    """Weights over named features, a bias, and the score a pick must clear."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float = -math.inf

    def score(self, values: dict[str, float]) -> float:
        """The score of one candidate's features (a missing one is 0)."""
        total = 0.0
        for feature, weight in zip(self.features, self.weights, strict=True):
            total += weight * values.get(feature, 0.0)
        return self.bias + total

    def scores(self, table: Table) -> list[float]:
        """Each candidate's score, as :meth:`score` gives it, summed column by column."""
        totals = [0.0] * len(table.lines)
        for feature, weight in zip(self.features, self.weights, strict=True):
            column = table.columns.get(feature)
            if column is not None:  # (a missing feature adds 0: the sums do not change)
                totals = [t + weight * v for t, v in zip(totals, column, strict=True)]
        return [self.bias + t for t in totals]


@frozen
class HeaderModel:
    """The title scorer, the byline scorer, and how many lines below the
    headline a lone time stamp may stand and still give the article's day."""

    title: Linear
    authors: Linear
    date_reach: int = DATE_FAR

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> HeaderModel:
        def linear(part: object) -> Linear:
            assert isinstance(part, dict)
            return Linear(
                tuple(part["features"]),
                tuple(float(w) for w in part["weights"]),
                float(part["bias"]),
                float(part.get("threshold", -math.inf)),
            )

        reach = data.get("date_reach", DATE_FAR)
        if not isinstance(reach, int):
            raise ValueError(f"the header model's date_reach is not a number of lines: {reach!r}")
        return cls(linear(data["title"]), linear(data["authors"]), reach)


@cache
def shipped_model() -> HeaderModel:
    """The model in ``data/model/header.json``."""
    source = resources.files("newsclean") / "data" / "model" / "header.json"
    return HeaderModel.from_dict(json.loads(source.read_text(encoding="utf-8")))


@frozen
class Header:
    """The page's header anchors: browser title, headline, byline, and what they say."""

    browser: Line | None
    headline: Line | None
    title: str | None
    byline: Line | None
    authors: tuple[str, ...]
    date: str | None


def _best(candidates: Sequence[Candidate], model: Linear) -> tuple[Candidate | None, bool]:
    """The best candidate (the first of equals), and whether it clears the threshold."""
    if not candidates:
        return None, False
    scored = [(model.score(c.features), -k, c) for k, c in enumerate(candidates)]
    score, _, best = max(scored, key=lambda s: (s[0], s[1]))
    return best, score >= model.threshold


def _best_row(table: Table, model: Linear) -> tuple[Candidate | None, bool]:
    """:func:`_best` of a table's rows, the candidate made only of the best."""
    if not table.lines:
        return None, False
    scores = model.scores(table)
    k = max(range(len(scores)), key=lambda k: (scores[k], -k))
    features = {name: column[k] for name, column in table.columns.items()}
    return Candidate(table.lines[k], table.values[k], features), scores[k] >= model.threshold


def _date(
    lines: Sequence[Line], byline: Line | None, head: int, prose: list[int], reach: int
) -> str | None:
    """The day beside the byline, else the nearest to the headline, else the one
    right above the article's first paragraph, else a time stamp further below
    the headline, else one further above it (``reach`` lines at most).

    A page that prints its date above the headline, or under a lead image and
    its caption, has it there; a menu that hides the headline leaves the article's
    first paragraph to find it by. Near the byline and the headline a time
    stamp comes before a sentence that mentions a day (a caption's "Jo Roe in
    Berlin, April 14, 2024."); the day of the first publication before an
    "Updated" one, and of a line's dates the earliest (a later one is its update).
    """
    near: list[int] = []
    if byline is not None:
        k = byline.index
        near += [k] + [j for d in range(1, DATE_NEAR + 1) for j in (k + d, k - d)]
    start = max(head, 0)
    near += [start] + [
        j
        for d in range(1, DATE_BELOW + 1)
        for j in ((start + d, start - d) if d <= DATE_ABOVE else (start + d,))
    ]
    near = [k for k in dict.fromkeys(near) if 0 <= k < len(lines)]
    stamps = [k for k in near if _stamp(lines[k]) or (byline is not None and k == byline.index)]
    later = [prose[start] - d for d in range(1, DATE_BEFORE_PROSE + 1)]
    # Far below, then far above (a page that prints its day over a long menu
    # or gallery before the headline), only a line that is a time stamp:
    # prose mentions dates.
    far = [k for k in range(start + DATE_BELOW + 1, start + reach + 1) if k < len(lines)]
    far += range(start - DATE_ABOVE - 1, max(start - reach, 0) - 1, -1)
    later += [k for k in far if is_stamp(lines[k])]
    taken = set(stamps)
    update: str | None = None
    for order in (stamps + [k for k in near if k not in taken], later):
        for k in order:
            if not 0 <= k < len(lines) or len(lines[k].text) > BYLINE_MAX_CHARS:
                continue
            found = stamped_dates(lines[k].text)
            if k > 0 and update_label(lines[k - 1].text):  # "Updated:" on the line above
                found = [(value, True) for value, _ in found]
            first = [value for value, updated in found if not updated]
            if first:
                return min(first)
            if found and update is None:
                update = found[0][0]
        if update is not None:  # near the header, an update's day before one further off
            return update
    return None


def _stamp(line: Line) -> bool:
    """A time stamp: short and dated (:func:`~newsclean.dates.is_stamp`), or a
    full date in a line of a few characters ("2019年2月27日 読了時間 3 分":
    words do not tell the length of a line in Japanese)."""
    return is_stamp(line) or (len(line.text) <= STAMP_MAX_CHARS and bool(stamped_dates(line.text)))


def _site_free(title: Candidate) -> str:
    from .header import without_site

    return without_site(title.value[0]) if title.line.index == 0 else title.value[0]


def _with_kicker(lines: Sequence[Line], head: Candidate, title: str) -> str:
    """The headline as the browser title writes it: with the kicker above it
    ("Nach Gaetz-Rückzug: Trump-Anwältin soll …") when the browser title opens
    with the two joined so, or with the colon after the kicker when the two
    say the same words in the same case (a page that sets the kicker on the
    headline's line drops it): the publisher's own title.

    >>> page = Page.from_text("Im Sturm: Talks stall - Daily\\n\\nIm Sturm\\n\\nTalks stall")
    >>> _with_kicker(page.lines, Candidate(page.lines[2], ("Talks stall",), {}), "Talks stall")
    'Im Sturm: Talks stall'
    >>> page = Page.from_text("Im Sturm: Talks stall - Daily\\n\\nMenu\\n\\nIm Sturm Talks stall")
    >>> _with_kicker(page.lines, Candidate(page.lines[2], ("x",), {}), "Im Sturm Talks stall")
    'Im Sturm: Talks stall'
    """
    from .header import without_site

    k = head.line.index
    if k < 1:  # (the browser title itself)
        return title
    browser = without_site(lines[0].text)
    if _WORDS.findall(browser) == _WORDS.findall(title) and browser.count(":") > title.count(":"):
        return browser
    if k < 2:  # (no line between the browser title and the headline)
        return title
    joined = f"{lines[k - 1].text}: {title}"
    first = _SPACES.sub(" ", lines[0].text).casefold()
    return joined if first.startswith(_SPACES.sub(" ", joined).casefold()) else title


def without_wide_site(title: str) -> str:
    """A Chinese, Japanese or Korean browser title less the site name after its
    last separator: such names are not capitalised, as :func:`.without_site`
    asks, and the separator may have no blanks ("…注意喚起：IPA", "…_好奇心日报").
    The part cut is shorter than the part kept.

    >>> without_wide_site("最終案に双方同意か | 毎日新聞")
    '最終案に双方同意か'
    >>> without_wide_site("速報：東京で大きな地震")
    '速報：東京で大きな地震'
    >>> without_wide_site("这个约会软件，帮你找对象_智能_好奇心日报")
    '这个约会软件，帮你找对象'
    """
    if WIDE.search(title) is None:
        return title
    cuts = list(_WIDE_SEPARATOR.finditer(title))
    for cut in reversed(cuts):
        kept = title[: cut.start()]
        if len(title) - cut.end() >= len(kept):
            break
        title = kept
    return title


@lru_cache(maxsize=4)
def read_header(page: Page, model: HeaderModel | None = None) -> Header:
    """The header anchors of ``page``, read once (the title and byline rules share them).

    >>> page = Page.from_text("Talks stall - The Daily\\n\\nTalks stall\\n\\nBy Jo Roe\\n\\n"
    ...                       "The talks stalled on Monday after both sides left the room early.")
    >>> header = read_header(page)
    >>> header.title, header.authors
    ('Talks stall', ('Jo Roe',))
    """
    model = model or shipped_model()
    header, head, prose = _anchors(page, model.title, model.authors)
    byline = header.byline
    return evolve(header, date=_date(page.lines, byline, head, prose, model.date_reach))


@lru_cache(maxsize=4)
def _anchors(page: Page, titles: Linear, authors: Linear) -> tuple[Header, int, list[int]]:
    """:func:`read_header` less the date, with the line the date is looked for
    from and the prose lines: models that differ only in their date reach
    (as training tries them) share the work."""
    lines = page.lines
    facts = Facts.of(lines)
    # The best headline candidate anchors the byline even when it is too weak
    # to be the title (as in training).
    anchor, sure = _best_row(title_table(lines, facts), titles)
    title = anchor if sure else None
    headline = title.line if title is not None else None
    head = anchor.line.index if anchor is not None else -1
    best, sure = _best(author_candidates(lines, head, facts, sure), authors)
    byline = best if sure else None
    first = lines[0] if lines else None
    browser = first if first is not None and headline is not None and head > 0 else None
    header = Header(
        browser=browser,
        headline=headline,
        # A browser title taken for the headline goes without its site name.
        title=_with_kicker(lines, title, _site_free(title)) if title is not None else None,
        byline=byline.line if byline is not None else None,
        authors=byline.value if byline is not None else (),
        date=None,
    )
    return header, head, facts.prose
