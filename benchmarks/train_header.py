"""Fit the header model (headline and byline scorers) and write its package data file.

    pip install -e '.[train]'
    python benchmarks/train_header.py          # writes src/newsclean/data/model/header.json
    python benchmarks/train_header.py --check  # fit again, fail if the file would change

Each page of the corpus (``corpus.py``: full-page text, and the body pages'
extractor output too) gives its headline candidates
(``newsclean.rules.titles``) and byline candidates (``newsclean.rules.authors``);
a candidate is right when it equals the gold title, or the gold set of
authors, after case folding. Each scorer is a conditional logit: a softmax
over one page's candidates, fitted so the right ones come first (L2, L-BFGS,
numpy and scipy of the ``train`` extra). Each also gets the threshold its best
candidate must clear: for the headline, the one that reads most training
pages right; for the byline, where a logistic fit of the best candidate's
score says taking it is as likely right as saying none. Below it a page has
no byline, or no headline among its lines. Pages whose gold is
nowhere among the candidates teach the ranking nothing and are left out of it.
Last, the model's date reach (how far below the headline a lone time stamp
still dates the article) is the one of a few that dates most training pages right.

The run is deterministic (rerun = byte-identical file): fixed solver, sorted
inputs, rounded weights. The file records the data's hash, the feature lists
and the cross-validated scores of ``metadata_cv.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import attrs
import regex

sys.path.insert(0, str(Path(__file__).parent))

from corpus import DATA, Doc, load_body_docs, load_meta_docs

from newsclean.page import Page
from newsclean.rules.authors import AUTHOR_FEATURES, author_candidates
from newsclean.rules.headmodel import HeaderModel, Linear, read_header
from newsclean.rules.titles import TITLE_FEATURES, Candidate, title_candidates

OUT = Path(__file__).parents[1] / "src" / "newsclean" / "data" / "model" / "header.json"
# Regularisation of both rankings: the L2 penalty is |w|^2 / (2 C).
C = 0.5
DIGITS = 5
# The reaches tried for a lone time stamp below the headline (lines).
DATE_REACHES = (40, 60, 80, 100, 150, 200, 300, 500)
_SPACE = regex.compile(r"\s+")


def _fold(text: str) -> str:
    """Candidates are right or wrong as ``metadata_cv.py`` scores them."""
    from metadata_cv import fold

    return fold(text)


def _texts(doc: Doc) -> list[str]:
    return [t for t in (doc.text, doc.trafilatura_text) if t]


def _ranking(
    pages: list[tuple[list[list[float]], list[int]]], bias: float
) -> tuple[list[float], float]:
    """Weights that put a page's right candidate first: a conditional logit
    (softmax over each page's candidates, the log-likelihood of its right
    ones), L2-regularised, fitted by L-BFGS from zero. The bias plays no part
    in the ranking; it is set so a score reads on the threshold's scale."""
    import numpy as np
    from scipy.optimize import minimize

    blocks = [(np.array(x, dtype=float), np.array(y, dtype=bool)) for x, y in pages]
    width = blocks[0][0].shape[1]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.5 * float(w @ w) / C, w / C
        for x, y in blocks:
            z = x @ w
            z = z - z.max()
            p = np.exp(z)
            p /= p.sum()
            q = p * y
            q_sum = q.sum()
            total -= float(np.log(q_sum))
            grad = grad - (q / q_sum - p) @ x
        return total, grad

    result = minimize(loss, np.zeros(width), jac=True, method="L-BFGS-B")
    return [round(float(w), DIGITS) for w in result.x], bias


def fit(docs: Sequence[Doc]) -> HeaderModel:
    """The header model fitted on ``docs``."""
    docs = sorted(docs, key=lambda d: d.id)
    pages = [(doc, Page.from_text(text)) for doc in docs for text in _texts(doc)]
    heads = [title_candidates(page.lines) for _, page in pages]
    groups: list[tuple[list[list[float]], list[int]]] = []
    for (doc, _), found in zip(pages, heads, strict=True):
        if doc.title is None:
            continue
        hits = [int(_fold(c.value[0]) == _fold(doc.title)) for c in found]
        if any(hits):
            groups.append(([[c.features.get(f, 0.0) for f in TITLE_FEATURES] for c in found], hits))
    weights, bias = _ranking(groups, 0.0)
    title = Linear(TITLE_FEATURES, tuple(weights), bias)
    # Below its threshold the best headline candidate is no headline: extractor
    # output that starts with the article, not its title.
    titles = [{_fold(doc.title or "")} for doc, _ in pages]
    cut = _threshold(heads, titles, title, absent=True)
    title = Linear(TITLE_FEATURES, title.weights, bias, cut)
    groups = []
    outcomes: list[list[Candidate]] = []
    for (doc, page), found_heads in zip(pages, heads, strict=True):
        best = max(found_heads, key=lambda c: title.score(c.features), default=None)
        head = best.line.index if best is not None else -1
        sure = best is not None and title.score(best.features) >= title.threshold
        found = author_candidates(page.lines, head, sure=sure)
        gold = {_fold(a) for a in doc.authors}
        hits = [int({_fold(a) for a in c.value} == gold) for c in found]
        outcomes.append(found)
        if any(hits):
            groups.append(
                ([[c.features.get(f, 0.0) for f in AUTHOR_FEATURES] for c in found], hits)
            )
    weights, bias = _ranking(groups, 0.0)
    authors = Linear(AUTHOR_FEATURES, tuple(weights), bias)
    golds = [{_fold(a) for a in doc.authors} for doc, _ in pages]
    threshold = _threshold(outcomes, golds, authors, logit=True)
    model = HeaderModel(title, Linear(AUTHOR_FEATURES, tuple(weights), bias, threshold))
    return attrs.evolve(model, date_reach=_date_reach(model, pages))


def _date_reach(model: HeaderModel, pages: list[tuple[Doc, Page]]) -> int:
    """How far below the headline a lone time stamp may stand and still date
    the article: of :data:`DATE_REACHES`, the one that gives most training
    pages their gold day (the shortest of equals: past a menu and a long lead,
    but not into every teaser of the page)."""
    right = dict.fromkeys(DATE_REACHES, 0)
    for doc, page in pages:
        if doc.date is None:
            continue
        for reach in DATE_REACHES:  # (page by page: the header's anchors are read once)
            trial = attrs.evolve(model, date_reach=reach)
            right[reach] += (read_header(page, trial).date or "")[:10] == doc.date
    return max(DATE_REACHES, key=lambda reach: (right[reach], -reach))


def _threshold(
    outcomes: list[list[Candidate]],
    golds: list[set[str]],
    model: Linear,
    absent: bool = False,
    logit: bool = False,
) -> float:
    """The score the best candidate must clear that reads most pages right
    (``logit``: the score where taking it is as likely right as saying none,
    :func:`_logit_cut`).

    Below it a page has no value: right when its gold is empty (``absent``:
    when no candidate holds the gold).
    """
    scored: list[tuple[float, bool, bool]] = []  # best score, best right, right to say none
    for found, gold in zip(outcomes, golds, strict=True):
        right = [{_fold(a) for a in c.value} == gold for c in found]
        none = not any(right) if absent else not gold
        if not found:
            scored.append((-1e9, False, none))
            continue
        k = max(range(len(found)), key=lambda k: (model.score(found[k].features), -k))
        scored.append((model.score(found[k].features), right[k], none))
    if logit:
        return _logit_cut(scored)
    cuts = sorted({round(s, DIGITS) for s, _, _ in scored})
    best_cut, best_right = -1e9, -1
    for cut in [-1e9, *cuts]:
        count = sum((r if s >= cut else e) for s, r, e in scored)
        if count > best_right:
            best_cut, best_right = cut, count
    return best_cut


def _logit_cut(scored: list[tuple[float, bool, bool]]) -> float:
    """The score where a page's best candidate is as likely to be read right
    as its absence: a logistic fit of "taking it is right" on the score, over
    the pages where taking it and saying none differ (L-BFGS from zero:
    deterministic).

    The byline's cut is set so: the count of pages read right is flat over a
    wide run of scores, and the cut that tops it moved by more than a point
    between folds (-0.23 to -1.97) when a feature was added; the logistic
    cut moves less (-0.75 to -1.35)."""
    import numpy as np
    from scipy.optimize import minimize

    rows = [(s, r) for s, r, e in scored if r != e and s > -1e8]
    x = np.array([s for s, _ in rows])
    y = np.array([float(r) for _, r in rows])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = w[0] * x + w[1]
        p = 1 / (1 + np.exp(-z))
        eps = 1e-12
        total = -float(np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
        g = p - y
        return total, np.array([float(g @ x), float(g.sum())])

    w = minimize(loss, np.zeros(2), jac=True, method="L-BFGS-B").x
    return round(float(-w[1] / w[0]), DIGITS)


def data_hash() -> str:
    """sha256 over the vendored data files the model is fitted on."""
    digest = hashlib.sha256()
    for path in sorted(
        [
            DATA / "pages.jsonl",
            DATA / "metadata_gold.jsonl",
            DATA / "news" / "pages.jsonl.gz",
            DATA / "meta" / "pages.jsonl.gz",
        ]
    ):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def to_dict(model: HeaderModel) -> dict[str, object]:
    def linear(part: Linear) -> dict[str, object]:
        out: dict[str, object] = {
            "features": list(part.features),
            "weights": list(part.weights),
            "bias": part.bias,
        }
        if part.threshold > -1e308:
            out["threshold"] = part.threshold
        return out

    return {
        "title": linear(model.title),
        "authors": linear(model.authors),
        "date_reach": model.date_reach,
    }


def main(argv: list[str] | None = None) -> int:
    from metadata_cv import newsclean_system, run, table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the model file would change")
    args = parser.parse_args(argv)
    model = fit(load_body_docs() + load_meta_docs())
    cv = [line for line in table(run(newsclean_system, fit)) if line.startswith("cv ")]
    data = {
        "about": "newsclean header model: headline and byline scorers; "
        "written by benchmarks/train_header.py",
        "data_sha256": data_hash(),
        "cv": cv,
        **to_dict(model),
    }
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    print("\n".join(cv))
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("model file up to date" if same else "model file would change")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
