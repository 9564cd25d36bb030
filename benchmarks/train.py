"""Train body selection's line model and write ``src/newsclean/data/model/body.json``.

    pip install -e '.[train]'
    python benchmarks/train.py            # fit on all 321 pages, write the model
    python benchmarks/train.py --check    # fit again, fail if the file would change
    python benchmarks/train.py --dump cv.jsonl  # and keep each page's CV body and line scores
    python benchmarks/train.py --folds DIR      # and keep each fold's model in DIR
    python benchmarks/train.py --held DIR       # CV with DIR's fold models, fitting nothing

``--held`` scores a change to the rules with the fold models held fixed: a
refit moves many pages' scores by chance (whole pages flip between two fits
of nearly the same data), which hides a small change's effect.

Each page of the corpus (``benchmarks/corpus.py``) is cleaned twice, as
full-page text and as extractor output, by the default pipeline up to body
selection; every line no earlier rule took is one example. Its label: at
least half of its words are aligned to the gold body (a word-level diff of
page and gold, so a short crosshead counts when it stands where the gold has
it). Examples are weighted by their words, each page weighing the same, as
the benchmark's metric averages pages.

Stage two is fitted on stage one's out-of-fold scores (folds grouped by
site), so it learns how far to trust them on pages stage one has not seen.
The keep threshold is the one that gives the best cross-validated F1. The
file records the data's hash, the feature lists and the cross-validated
scores; a rerun on the same data writes the same bytes.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import regex
from attrs import evolve, frozen
from corpus import FOLDS, Doc, fold_of, load_body_docs
from quality import score
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

import newsclean
from newsclean.features import BASE, measure
from newsclean.forest import Forest
from newsclean.model import SECOND, LineModel, columns, expand, kept, second_inputs, units
from newsclean.rule import Context, Finding
from newsclean.types import Kind

MODEL = Path(__file__).parents[1] / "src" / "newsclean" / "data" / "model" / "body.json"
INPUTS = ("text", "trafilatura_text")
# Stage one's forest (scikit-learn's HistGradientBoostingClassifier): trees,
# leaves a tree, shrinkage, training lines a leaf needs, L2 on leaf values.
TREES = 200
LEAVES = 15
LEARNING_RATE = 0.1
MIN_LEAF = 40
L2 = 1.0
# Regularisation of stage two (inverse strength, as scikit-learn's C).
C_SECOND = 1.0
THRESHOLDS = tuple(round(0.1 + 0.05 * k, 2) for k in range(13))
_TOKEN = regex.compile(r"\w+")


@dataclass
class Sample:
    """One page as body selection sees it, with its labels."""

    doc: Doc
    field: str
    texts: list[str]  # every page line's text
    rows: list[list[float]]
    free: list[bool]
    label: list[bool]
    weight: list[float]  # per line; 0 for a taken line
    x: np.ndarray  # expand(rows): stage one's input, one row a line


@frozen
class _Recorder:
    """Stands in for body selection: keeps what the rule would see."""

    seen: list[tuple[list[str], list[Kind | None], list[list[float]]]]
    name: str = "article-body"
    kind: Kind = "navigation"
    summary: str = "records the page for training"

    def find(self, context: Context) -> Iterable[Finding]:
        kinds = list(context.kinds)
        rows = measure(context.page, kinds)
        self.seen.append(([line.text for line in context.page.lines], kinds, rows))
        return ()


def labels(texts: Sequence[str], gold: str) -> list[bool]:
    """Whether each line's words are (mostly) the gold body's, by a word-level diff."""
    tokens: list[str] = []
    owner: list[int] = []
    for i, text in enumerate(texts):
        found = _TOKEN.findall(text.casefold())
        tokens.extend(found)
        owner.extend([i] * len(found))
    matched = [0] * len(texts)
    matcher = difflib.SequenceMatcher(None, tokens, _TOKEN.findall(gold.casefold()), autojunk=False)
    for block in matcher.get_matching_blocks():
        for t in range(block.a, block.a + block.size):
            matched[owner[t]] += 1
    return [
        bool(found) and 2 * m >= len(found)
        for m, found in zip(matched, (_TOKEN.findall(t.casefold()) for t in texts), strict=True)
    ]


def samples(docs: Sequence[Doc]) -> list[Sample]:
    """Every (page, input) of the corpus, measured and labelled."""
    seen: list[tuple[list[str], list[Kind | None], list[list[float]]]] = []
    base = newsclean.Pipeline()
    rules = tuple(r for r in base.rules if r.name != "article-body")
    pipeline = evolve(base, rules=(*rules, _Recorder(seen)))
    out = []
    for doc in docs:
        for field in INPUTS:
            seen.clear()
            pipeline.clean(getattr(doc, field))
            if not seen:
                continue
            texts, kinds, rows = seen[0]
            free = [k is None for k in kinds]
            label = labels(texts, doc.gold_body or "")
            units = [len(_TOKEN.findall(t)) for t in texts]
            total = sum(u for u, f in zip(units, free, strict=True) if f) or 1
            weight = [u / total if f else 0.0 for u, f in zip(units, free, strict=True)]
            x = np.asarray(expand(rows), dtype=float).reshape(len(rows), -1)
            out.append(Sample(doc, field, texts, rows, free, label, weight, x))
    return out


def _stack(rows: Iterable[Sequence[float]]) -> np.ndarray:
    return np.asarray(list(rows), dtype=float)


def _fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float) -> tuple[list[float], float]:
    """A standardised logistic regression, its weights mapped back to raw inputs."""
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=500, tol=1e-4)
    model.fit((x - mean) / std, y, sample_weight=w * len(w) / w.sum())
    coef = model.coef_[0] / std
    bias = float(model.intercept_[0] - (coef * mean).sum())
    return [float(v) for v in coef], bias


def _first_stage(train: Sequence[Sample]) -> Forest:
    keep = [np.asarray(s.weight) > 0 for s in train]
    x = np.concatenate([s.x[k] for s, k in zip(train, keep, strict=True)])
    y = np.concatenate([np.asarray(s.label)[k] for s, k in zip(train, keep, strict=True)])
    w = np.concatenate([np.asarray(s.weight)[k] for s, k in zip(train, keep, strict=True)])
    model = HistGradientBoostingClassifier(
        max_iter=TREES,
        max_leaf_nodes=LEAVES,
        learning_rate=LEARNING_RATE,
        min_samples_leaf=MIN_LEAF,
        l2_regularization=L2,
        early_stopping=False,
        random_state=0,
    )
    model.fit(x, y, sample_weight=w * len(w) / w.sum())
    return _forest(model, x.shape[1])


def _forest(model: HistGradientBoostingClassifier, width: int) -> Forest:
    """scikit-learn's trees as a :class:`Forest`."""
    trees = tuple(_tree(predictor.nodes) for (predictor,) in model._predictors)
    bias = round(float(np.ravel(model._baseline_prediction)[0]), 6)
    return Forest(width, bias, trees)


def _tree(nodes: np.ndarray) -> tuple[tuple[float, ...], ...]:
    """One tree's nodes; a split's value is the mean of its leaves, weighted by
    the training lines that reached them."""
    value: dict[int, float] = {}

    def mean(n: int) -> float:
        node = nodes[n]
        if node["is_leaf"]:
            value[n] = float(node["value"])
        else:
            left, right = int(node["left"]), int(node["right"])
            counts = float(nodes[left]["count"]), float(nodes[right]["count"])
            value[n] = (mean(left) * counts[0] + mean(right) * counts[1]) / sum(counts)
        return value[n]

    mean(0)
    return tuple(
        (round(value[n], 6),)
        if node["is_leaf"]
        else (
            int(node["feature_idx"]),
            float(node["num_threshold"]),
            int(node["left"]),
            int(node["right"]),
            round(value[n], 6),
        )
        for n, node in enumerate(nodes)
    )


def _groups_folds(train: Sequence[Sample]) -> list[int]:
    folds = fold_of([s.doc for s in train])
    return [folds[s.doc.group] for s in train]


def fit(train: Sequence[Sample], threshold: float | None = None) -> LineModel:
    """Both stages fitted on ``train``; the threshold picked by inner CV unless given."""
    inner = _groups_folds(train)
    logits: list[list[float] | None] = [None] * len(train)
    for k in range(FOLDS):
        part = [s for s, f in zip(train, inner, strict=True) if f != k]
        forest = _first_stage(part)
        for j, s in enumerate(train):
            if inner[j] == k:
                logits[j] = forest.scores(s.x.tolist())
    xs, ys, ws = [], [], []
    for s, first in zip(train, logits, strict=True):
        assert first is not None
        sizes = units(s.rows)
        for line, y, w, f in zip(
            second_inputs(first, sizes), s.label, s.weight, s.free, strict=True
        ):
            if f and w > 0:
                xs.append(line)
                ys.append(y)
                ws.append(w)
    second, second_bias = _fit(_stack(xs), np.asarray(ys), np.asarray(ws), C_SECOND)
    forest = _first_stage(train)
    x = np.concatenate([s.x[np.asarray(s.weight) > 0] for s in train])
    means = tuple(round(float(v), 6) for v in x[:, : len(BASE)].mean(axis=0))
    model = LineModel(forest, tuple(second), second_bias, 0.5, means)
    if threshold is None:
        # Pick the threshold on the out-of-fold stage-one scores, stage two as fitted.
        best = max(
            THRESHOLDS,
            key=lambda t: _f1(
                [
                    (s, evolve(model, threshold=t), first)
                    for s, first in zip(train, logits, strict=True)
                ]
            ),
        )
        threshold = best
    return evolve(model, threshold=threshold)


def body_of(sample: Sample, model: LineModel, first: Sequence[float] | None = None) -> str:
    """The body the pipeline keeps with ``model`` (``first``: stage-one logits to use)."""
    sizes = units(sample.rows)
    if first is None:
        _, probs = model.probabilities(sample.rows)
    else:
        z = np.asarray(second_inputs(first, sizes)) @ np.asarray(model.second) + model.second_bias
        probs = list(1 / (1 + np.exp(-z)))
    return _body(sample, probs, model.threshold)


def _body(sample: Sample, probs: Sequence[float], threshold: float) -> str:
    keep = kept(probs, sample.free, units(sample.rows), threshold)
    return "\n\n".join(t for t, k in zip(sample.texts, keep, strict=True) if k)


def _f1(runs: Sequence[tuple[Sample, LineModel, Sequence[float] | None]]) -> float:
    return score((body_of(s, m, first), s.doc.gold_body or "") for s, m, first in runs)[2]


def cross_validate(
    all_samples: Sequence[Sample],
    dump: Path | None = None,
    fold_models: Path | None = None,
    held: Path | None = None,
) -> dict[str, dict[str, list[float]]]:
    """P, R, F1 per input and language group, each page scored by the model of
    the other folds; with ``dump``, each page's body as JSON lines (to compare
    runs). ``fold_models``: write each fold's model there (``fold<k>.json``);
    ``held``: fit nothing, score with the fold models written there before."""
    folds = fold_of([s.doc for s in all_samples])
    bodies: dict[int, str] = {}
    # (what the dump keeps to try other selections without refitting)
    probs: dict[int, list[float]] = {}
    thresholds: dict[int, float] = {}
    for k in range(FOLDS):
        train = [s for s in all_samples if folds[s.doc.group] != k]
        if held is not None:
            model = LineModel.from_json(json.loads((held / f"fold{k}.json").read_text("utf-8")))
        else:
            model = fit(train)
        if fold_models is not None:
            fold_models.mkdir(parents=True, exist_ok=True)
            docs = [s.doc for s in train if s.field == INPUTS[0]]
            (fold_models / f"fold{k}.json").write_text(to_json(model, docs, {}), encoding="utf-8")
        print(f"fold {k}: threshold {model.threshold}", file=sys.stderr)
        for j, s in enumerate(all_samples):
            if folds[s.doc.group] == k:
                line_probs = model.probabilities(s.rows)[1]
                bodies[j] = _body(s, line_probs, model.threshold)
                probs[j] = [round(p, 4) for p in line_probs]
                thresholds[j] = model.threshold
    if dump is not None:
        with dump.open("w", encoding="utf-8") as out:
            for j, s in enumerate(all_samples):
                f1 = score([(bodies[j], s.doc.gold_body or "")])[2]
                row = {"id": s.doc.id, "url": s.doc.url, "input": s.field, "f1": round(f1, 4)}
                lines = {"texts": s.texts, "free": s.free, "sizes": units(s.rows)}
                row |= {"threshold": thresholds[j], "probs": probs[j], **lines}
                out.write(json.dumps({**row, "body": bodies[j]}, ensure_ascii=False) + "\n")
    table: dict[str, dict[str, list[float]]] = {}
    for field in INPUTS:
        table[field] = {}
        for group in ("all", "de", "en", "other"):
            pairs = [
                (bodies[j], s.doc.gold_body or "")
                for j, s in enumerate(all_samples)
                if s.field == field and group in ("all", s.doc.lang_group)
            ]
            table[field][group] = [round(v, 4) for v in score(pairs)]
    return table


def data_hash(docs: Sequence[Doc]) -> str:
    digest = hashlib.sha256()
    for doc in docs:
        digest.update(doc.id.encode())
        for field in (*INPUTS, "gold_body"):
            digest.update(hashlib.sha256(str(getattr(doc, field)).encode()).digest())
    return digest.hexdigest()


def to_json(model: LineModel, docs: Sequence[Doc], cv: dict[str, object]) -> str:
    data = {
        "info": {
            "what": "newsclean body selection: boosted trees over line features, logistic smoother",
            "trainer": "benchmarks/train.py",
            "data": f"{len(docs)} pages (benchmarks/corpus.py), inputs {', '.join(INPUTS)}",
            "data_sha256": data_hash(docs),
            "cv": cv,
        },
        "columns": columns(),
        "means": dict(zip(BASE, model.means, strict=True)),
        "second": {
            "bias": round(model.second_bias, 6),
            "weights": {n: round(w, 6) for n, w in zip(SECOND, model.second, strict=True)},
        },
        "threshold": model.threshold,
    }
    # The trees come last, one a line: they are most of the file.
    forest = model.first.to_json()
    trees = ",\n".join(f"  {json.dumps(tree)}" for tree in forest.pop("trees"))
    head = json.dumps({**data, "first": forest}, indent=1, ensure_ascii=False)
    return f'{head[:-3]},\n  "trees": [\n{trees}\n  ]\n }}\n}}\n'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the model file would change")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation (faster)")
    parser.add_argument("--dump", type=Path, help="write each page's cross-validated body (JSONL)")
    parser.add_argument("--folds", type=Path, help="write each fold's model to this folder")
    parser.add_argument(
        "--held", type=Path, help="score with the fold models --folds wrote there; fit nothing"
    )
    args = parser.parse_args(argv)
    docs = load_body_docs()
    everything = samples(docs)
    cv: dict[str, object] = {}
    if not args.no_cv:
        table = cross_validate(everything, args.dump, args.folds, args.held)
        for field, groups in table.items():
            for group, (p, r, f) in groups.items():
                print(f"cv {field} {group}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
        if args.held is not None:
            return 0
        cv = {"folds": FOLDS, "grouped_by": "site", "P_R_F1": table}
    model = fit(everything)
    text = to_json(model, docs, cv)
    if args.check:
        same = MODEL.exists() and MODEL.read_text(encoding="utf-8") == text
        print("model file up to date" if same else "model file would change")
        return 0 if same else 1
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    MODEL.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL} (threshold {model.threshold})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
