"""Score clean() on the dev set: body P / R / F1 on word 4-gram shingles.

The metric is the benchmark's own (see benchmarks/data/README.md): per page,
shared shingles by count; tp, fp and fn normalised; precision and recall
averaged over pages; F1 the harmonic mean of the two averages.

    python benchmarks/quality.py            # both inputs, with reference rows
    python benchmarks/quality.py --worst 10 # and the ten worst pages per input
    python benchmarks/quality.py --cv       # the headline figures: cross-validated

``--cv`` (needs ``pip install -e '.[train]'``) scores the 321 labelled pages
of ``benchmarks/corpus.py`` in five folds grouped by site: each fold is
cleaned by a pipeline whose line model ``benchmarks/train.py`` fitted on the
other four, so no page is scored by a model that saw its site. It prints P, R
and F1 per input and language group and ends with the lines ``cv text F1 …``
and ``cv trafilatura_text F1 …``, then the metadata figures of
``benchmarks/metadata_cv.py`` (title, authors, date, language: ``cv title …``
and so on, the header model fitted the same way). The figures without ``--cv`` are
in-sample: the shipped model was trained on those pages.

After the body table it prints newsclean's metadata figures per input against
the hand-labelled gold in data/metadata_gold.jsonl (see data/SOURCE.md): the
title by exact match after case folding and whitespace collapsing, over pages
whose gold title is not null; the authors as the exact set of folded names,
over all pages (an empty gold set needs an empty prediction).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

import regex

import newsclean

DATA = Path(__file__).parent / "data" / "pages.jsonl"
METADATA = Path(__file__).parent / "data" / "metadata_gold.jsonl"
_TOKEN = regex.compile(r"\w+")
_C4_END = regex.compile(r"[.!?\"'”’]$")
_SPACE = regex.compile(r"\s+")

# (title, authors) as labelled for one page; title None when it has no headline.
MetaGold = tuple[str | None, tuple[str, ...]]


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Word 4-gram shingles as a multiset; a text under 4 tokens is one shingle."""
    tokens = _TOKEN.findall(text)
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def page_scores(predicted: str, gold: str) -> tuple[float, float]:
    """Precision and recall of one page, as the benchmark defines them."""
    p, g = shingles(predicted), shingles(gold)
    tp = sum((p & g).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = 0.0 if tp == 0 and fp == 0 else tp / (tp + fp)
    recall = 0.0 if tp == 0 and fn == 0 else tp / (tp + fn)
    return precision, recall


def score(pairs: Iterable[tuple[str, str]]) -> tuple[float, float, float]:
    """Mean precision, mean recall and their harmonic mean over (predicted, gold) pairs."""
    scores = [page_scores(p, g) for p, g in pairs]
    precision = sum(s[0] for s in scores) / len(scores)
    recall = sum(s[1] for s in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def c4_filter(text: str) -> str:
    """The C4-style reference: keep lines that end a sentence and have 5+ words."""
    keep = [
        line.strip()
        for line in text.splitlines()
        if _C4_END.search(line.strip()) and len(line.split()) >= 5
    ]
    return "\n".join(keep)


def load(path: Path = DATA) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def fold(text: str) -> str:
    """Case-fold and collapse whitespace: the only leniency the metadata metric allows.

    >>> fold("  Nadal keeps   Spain ALIVE ")
    'nadal keeps spain alive'
    """
    return _SPACE.sub(" ", text).strip().casefold()


def title_match(predicted: str | None, gold: str) -> bool:
    """True when the predicted title equals the gold one after folding.

    >>> title_match("THE IMPEACHMENT  Clock", "The Impeachment Clock"), title_match(None, "X")
    (True, False)
    """
    return predicted is not None and fold(predicted) == fold(gold)


def authors_match(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """True when both hold the same set of folded names (two empty sets match).

    >>> authors_match(["Malcolm Owen", "MIKE WUERTHELE"], ["Mike Wuerthele", "Malcolm Owen"])
    True
    >>> authors_match([], []), authors_match([], ["AFP"])
    (True, False)
    """
    return {fold(name) for name in predicted} == {fold(name) for name in gold}


def load_metadata(path: Path = METADATA) -> dict[str, MetaGold]:
    """The hand-labelled (title, authors) per page id."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return {row["id"]: (row["title"], tuple(row["authors"])) for row in rows}


def metadata_scores(
    pairs: Iterable[tuple[MetaGold, MetaGold]],
) -> tuple[float, int, float, int]:
    """Title accuracy and its page count, author accuracy and its page count.

    Each pair is (predicted, gold). Titles are scored only where the gold title
    is not None; authors on every page.
    """
    titles: list[bool] = []
    authors: list[bool] = []
    for (title, names), (gold_title, gold_names) in pairs:
        if gold_title is not None:
            titles.append(title_match(title, gold_title))
        authors.append(authors_match(names, gold_names))
    return (
        sum(titles) / len(titles) if titles else 0.0,
        len(titles),
        sum(authors) / len(authors) if authors else 0.0,
        len(authors),
    )


@cache
def _clean(text: str) -> newsclean.Article:
    """newsclean.clean, run once per input text however many figures use it."""
    return newsclean.clean(text)


def cross_validated() -> list[str]:
    """The body figures of every page cleaned by the model of the other folds."""
    import train
    from attrs import evolve
    from corpus import FOLDS, fold_of, load_body_docs

    from newsclean.rules.body import ArticleBody

    docs = load_body_docs()
    folds = fold_of(docs)
    everything = train.samples(docs)
    bodies: dict[tuple[str, str], str] = {}
    for k in range(FOLDS):
        model = train.fit([s for s in everything if folds[s.doc.group] != k])
        rules = tuple(
            ArticleBody(model) if rule.name == "article-body" else rule
            for rule in newsclean.DEFAULT_RULES
        )
        pipeline = evolve(newsclean.Pipeline(), rules=rules)
        for doc in docs:
            if folds[doc.group] == k:
                for field in train.INPUTS:
                    bodies[doc.id, field] = pipeline.clean(getattr(doc, field)).body
    out = [f"{len(docs)} pages, {FOLDS} folds grouped by site; P R F1 per input and language"]
    summary = []
    for field in train.INPUTS:
        # By language group, then by set: the benchmark pages were the ones
        # the earlier hand-set rules were tuned on; the news pages never were.
        for group in ("all", "de", "en", "other", "aeb", "news"):
            pairs = [
                (bodies[doc.id, field], doc.gold_body or "")
                for doc in docs
                if group in ("all", doc.lang_group, doc.source)
            ]
            p, r, f = score(pairs)
            out.append(f"{field:<17} {group:<6} {len(pairs):>4} {p:6.3f} {r:6.3f} {f:6.3f}")
            if group == "all":
                summary.append(f"cv {field} F1 {f:.3f}")
    return out + summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--metadata", type=Path, default=METADATA, help="title/author gold")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages per input")
    parser.add_argument("--cv", action="store_true", help="cross-validated figures (see above)")
    args = parser.parse_args(argv)
    if args.cv:
        from metadata_cv import metadata_cv_lines

        body = cross_validated()
        metadata = metadata_cv_lines()
        # The table lines first, then every closing "cv ..." line together.
        rows = [line for line in (*body, *metadata) if not line.startswith("cv ")]
        print("\n".join([*rows, *(line for line in (*body, *metadata) if line.startswith("cv "))]))
        return 0
    pages = load(args.data)
    systems: dict[str, Callable[[str], str]] = {
        "raw text": lambda text: text,
        "C4 line filter": c4_filter,
        "newsclean": lambda text: _clean(text).body,
    }
    print(f"{len(pages)} pages, in-sample (the shipped model was trained on them)")
    print("metric: word 4-gram shingles, P and R averaged per page")
    print(f"{'input':<18} {'system':<16} {'P':>6} {'R':>6} {'F1':>6}")
    for field, label in (("text", "full-page"), ("trafilatura_text", "post-extractor")):
        for name, system in systems.items():
            p, r, f = score((system(page[field]), page["gold_body"]) for page in pages)
            print(f"{label:<18} {name:<16} {p:6.3f} {r:6.3f} {f:6.3f}")
        if args.worst:
            rows = []
            for page in pages:
                p, r = page_scores(_clean(page[field]).body, page["gold_body"])
                rows.append((2 * p * r / (p + r) if p + r else 0.0, p, r, page["url"]))
            for f, p, r, url in sorted(rows)[: args.worst]:
                print(f"   worst {label}: F1 {f:.3f} P {p:.3f} R {r:.3f} {url}")
    if args.metadata.exists():
        gold = load_metadata(args.metadata)
        labelled = [page for page in pages if page["id"] in gold]
        for field, label in (("text", "full-page"), ("trafilatura_text", "post-extractor")):
            found = [_clean(page[field]).metadata for page in labelled]
            pairs = [
                ((m.title, m.authors), gold[page["id"]])
                for m, page in zip(found, labelled, strict=True)
            ]
            t, nt, a, na = metadata_scores(pairs)
            print(
                f"metadata ({label}): title {t:.3f} ({nt} pages with a gold title), "
                f"authors {a:.3f} ({na} pages)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
