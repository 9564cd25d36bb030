"""Body selection: find the article on a page and drop what lies around it.

Full-page text holds the article inside menus, breadcrumbs, teaser lists,
footers and comments. After the named rules have taken what they recognise,
every line left is scored by a small learned model (:mod:`newsclean.model`,
trained on 321 labelled pages in two dozen languages): is this line part of
the article? It reads each line's measured features and its neighbours'
(:mod:`newsclean.features`), then smooths the scores along the page. The
article is the best stretch of the page's likely lines (see
:func:`newsclean.model.kept`): a line outside it goes, and so does a line in
it whose probability is under the model's threshold. When no line reaches the
threshold (a page of menus), nothing tells the article, and nothing goes.

Each run of such lines is one removal of kind ``navigation`` (``comment``
below a comment section's heading), and its reason names the strongest
evidence against it, as "short lines, no sentence end" (see ``EVIDENCE``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attrs import frozen

from ..features import BASE, measure
from ..model import LineModel, default_model, kept, units
from ..rule import Context, Finding
from ..types import Kind

# What a feature says against a line, when its value is high and when it is low.
EVIDENCE: dict[str, tuple[str, str]] = {
    "size": ("long line", "short line"),
    "units": ("many words", "few words"),
    "sentence": ("sentence", "no sentence end"),
    "inner": ("several sentences", "not several sentences"),
    "capitals": ("title-case words", "few capitals"),
    "digits": ("mostly digits", "few digits"),
    "punct": ("mostly punctuation", "little punctuation"),
    "stop": ("function words", "few function words"),
    "frequent": ("the page's common words", "few of the page's common words"),
    "link": ("a link or handle", "no link"),
    "separators": ("menu separators", "no separators"),
    "stamp": ("a time stamp", "no time stamp"),
    "repeat": ("repeated on the page", "said once"),
    "copy": ("a copy of other lines", "not a copy"),
    "bullet": ("a list mark", "no list mark"),
    "colon": ("ends in a colon", "no colon"),
    "blank": ("a blank line above", "no blank line above"),
    "upper": ("all capitals", "not all capitals"),
    "quote": ("opens with a quote", "no quote"),
    "wide": ("wide script", "not wide script"),
    "taken": ("among removed lines", "among kept lines"),
    "t_header": ("by the headline or byline", "away from the header"),
    "t_caption": ("a caption", "not a caption"),
    "t_related": ("in a related block", "not in a related block"),
    "t_chrome": ("among page chrome", "not among chrome"),
    "position": ("late on the page", "early on the page"),
    "after_head": ("below the headline", "above the headline"),
    "head_gap": ("far below the headline", "close to the headline"),
    "near_byline": ("by the byline", "away from the byline"),
    "prose_above": ("below the article's prose", "above the article's prose"),
    "prose_below": ("above the article's prose", "below the article's prose"),
    "inside": ("inside the article's prose", "outside the article's prose"),
    "comment_above": ("below a comment heading", "no comment heading above"),
    "after_colon": ("in a list after a colon", "not in a list after a colon"),
    "rel_size": ("long for this page", "short for this page"),
    "page_lines": ("a long page", "a short page"),
    "page_prose": ("a page of prose", "a page of little prose"),
    "no_head": ("no headline found", "a headline found"),
}
RUN_WORDS = 2  # how many pieces of evidence a reason names


@frozen
class ArticleBody:
    """Keep the lines the line model reads as the article's; the rest go.

    ``model`` defaults to the shipped one; pass another (``LineModel.from_json``)
    to try a retrained model.
    """

    model: LineModel | None = None
    name: str = "article-body"
    kind: Kind = "navigation"
    summary: str = "menus, breadcrumbs, teaser lists and footers outside the article's prose"

    def find(self, context: Context) -> Iterable[Finding]:
        lines = context.page.lines
        if not lines:
            return
        model = self.model or default_model()
        kinds = list(context.kinds) or [("navigation" if t else None) for t in context.taken]
        rows = measure(context.page, kinds)
        columns, probs = model.probabilities(rows)
        free = [not t for t in context.taken]
        keep = kept(probs, free, units(rows), model.threshold)
        drop = [f and not k for f, k in zip(free, keep, strict=True)]
        comment = BASE.index("comment_above")
        i = 0
        while i < len(lines):
            if not drop[i]:
                i += 1
                continue
            last = i
            while last + 1 < len(lines) and drop[last + 1]:
                last += 1
            kind: Kind = "comment" if rows[i][comment] else "navigation"
            yield Finding(i, last, reason(model, columns[i : last + 1]), kind=kind)
            i = last + 1


def reason(model: LineModel, columns: Sequence[Sequence[float]]) -> str:
    """The strongest evidence against a run of lines: the features of its
    longest line's own that pushed that line's stage-one score down most along
    the trees' paths (:meth:`newsclean.forest.Forest.evidence`; one line only,
    as each walks every tree). ``columns``: the run's rows of ``expand()``.

    >>> from newsclean.model import default_model, expand
    >>> row = [0.0] * len(BASE)
    >>> isinstance(reason(default_model(), expand([row])), str)
    True
    """
    units = BASE.index("units")
    row = max(columns, key=lambda r: r[units])
    own = [(k, moved) for k, moved in model.first.evidence(row, len(BASE)) if moved < 0]
    said = [EVIDENCE[BASE[k]][0 if row[k] > model.means[k] else 1] for k, _ in own[:RUN_WORDS]]
    what = ", ".join(said) or "scored below the article's lines"
    return f"{len(columns)} lines: {what}" if len(columns) > 1 else what
