"""Cross-validated metadata figures: title, authors, date and language on 427 pages.

    python benchmarks/metadata_cv.py            # the table and the ``cv …`` lines
    python benchmarks/metadata_cv.py --errors 5 # and the commonest misses per field

The pages are the 321 body pages and the 106 metadata pages of
``benchmarks/corpus.py``, split into its five site-grouped folds. What is
learned (the header model's weights, see ``train_header.py``) is fitted on four
folds and scored on the fifth, so every page is read by a model that never saw
its site. Each page's full-page ``text`` is cleaned; the body pages'
``trafilatura_text`` (extractor output that starts with the headline) is
scored too, on its own lines.

- title: exact match after case folding, whitespace collapsing and quote
  folding (curly quotes and apostrophes read as straight ones: "Mexico’s" is
  "Mexico's", a typesetting choice, not other words), over pages whose gold
  title is not null;
- authors: the exact set of folded names, over pages whose gold asserts the
  authors (an empty gold set needs an empty prediction);
- date: the calendar day (the first ten characters of ``Metadata.date``), over
  pages whose gold has a day;
- language: the ISO 639-1 code, over pages whose language is known (the
  benchmark pages' guess "xx", mostly non-Latin text, is not).

Figures are broken down by language group (de / en / other). The last lines
read ``cv title 0.86``, ``cv authors 0.77``, ``cv date 0.88``,
``cv language 0.97``: ``metadata_cv_lines()`` returns them for ``quality.py``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).parent))

from corpus import DATA, FOLDS, Doc, fold_of, load_body_docs, load_meta_docs

import newsclean

FIELDS = ("title", "authors", "date", "language")
GROUPS = ("de", "en", "other")
_SPACE = regex.compile(r"\s+")


# Curly quotes and apostrophes, and the straight ones they fold to: pages and
# gold titles set the same words with either.
_QUOTES = str.maketrans("‘’‚‛“”„‟", "''''\"\"\"\"")


def fold(text: str) -> str:
    """Case-fold, collapse whitespace and straighten curly quotes (NFC first,
    as the gold is).

    >>> fold("  Nadal keeps   Spain ALIVE ")
    'nadal keeps spain alive'
    >>> fold("Mexico’s “best” year")
    'mexico\\'s "best" year'
    """
    import unicodedata

    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().casefold()


@dataclass(frozen=True)
class Found:
    """What a system read from one page."""

    title: str | None
    authors: tuple[str, ...]
    date: str | None
    language: str | None


# A system reads one text with the model fitted on the other folds.
System = Callable[[str, object], Found]


def _unasserted_authors() -> frozenset[str]:
    """Metadata pages whose gold says nothing of the authors (not even "none")."""
    with gzip.open(DATA / "meta" / "pages.jsonl.gz", "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return frozenset(row["id"] for row in rows if "author" not in row["asserted"])


def hits(doc: Doc, found: Found, skip_authors: frozenset[str]) -> dict[str, bool | None]:
    """Per field, whether ``found`` matches the gold; None where the gold says nothing."""
    return {
        "title": None
        if doc.title is None
        else (found.title is not None and fold(found.title) == fold(doc.title)),
        "authors": None
        if doc.id in skip_authors
        else ({fold(a) for a in found.authors} == {fold(a) for a in doc.authors}),
        "date": None if doc.date is None else (found.date or "")[:10] == doc.date,
        "language": None if doc.lang == "xx" else found.language == doc.lang,
    }


def newsclean_system(text: str, model: object) -> Found:
    """newsclean's metadata, read with ``model`` (None: the shipped one)."""
    from newsclean.rules.header import pipeline_with

    pipeline = newsclean.Pipeline() if model is None else pipeline_with(model)
    # Body selection runs last and yields no metadata: leaving it out changes
    # no figure here, and halves the time.
    meta = pipeline.without("article-body").clean(text).metadata
    return Found(
        meta.title,
        meta.authors,
        getattr(meta, "date", None),
        getattr(meta, "language", None),
    )


@dataclass
class Run:
    """Per input, the per-page hit table of one cross-validated run."""

    rows: dict[str, list[tuple[Doc, dict[str, bool | None], Found]]]


def run(system: System, fit: Callable[[Sequence[Doc]], object] | None) -> Run:
    """Clean every page with the model fitted on the other four folds (``fit``
    None: the shipped model, for before/after comparisons only)."""
    body, meta = load_body_docs(), load_meta_docs()
    folds = fold_of(body, meta)
    docs = body + meta
    skip = _unasserted_authors()
    rows: dict[str, list[tuple[Doc, dict[str, bool | None], Found]]] = {
        "text": [],
        "trafilatura_text": [],
    }
    for k in range(FOLDS):
        train = [d for d in docs if folds[d.group] != k]
        model = fit(train) if fit is not None else None
        for doc in (d for d in docs if folds[d.group] == k):
            found = system(doc.text, model)
            rows["text"].append((doc, hits(doc, found, skip), found))
            if doc.trafilatura_text is not None:
                found = system(doc.trafilatura_text, model)
                rows["trafilatura_text"].append((doc, hits(doc, found, skip), found))
    return Run(rows)


def _share(values: list[bool | None]) -> tuple[float, int]:
    scored = [v for v in values if v is not None]
    return (sum(scored) / len(scored) if scored else 0.0), len(scored)


def table(result: Run) -> list[str]:
    """The breakdown per input, field and language group, then the ``cv`` lines."""
    out = [f"{'input':<17} {'field':<9} " + " ".join(f"{g:>12}" for g in (*GROUPS, "all"))]
    totals: dict[str, float] = {}
    for name, rows in result.rows.items():
        for field in FIELDS:
            cells = []
            for group in (*GROUPS, "all"):
                values = [h[field] for d, h, _ in rows if group in ("all", d.lang_group)]
                share, n = _share(values)
                cells.append(f"{share:.3f} ({n:>3})")
                if name == "text" and group == "all":
                    totals[field] = share
            out.append(f"{name:<17} {field:<9} " + " ".join(f"{c:>12}" for c in cells))
    out.extend(f"cv {field} {totals[field]:.2f}" for field in FIELDS)
    return out


def errors(result: Run, field: str, count: int) -> list[str]:
    """The first ``count`` misses of ``field`` on full-page text, gold against found."""
    out = []
    for doc, hit, found in result.rows["text"]:
        if hit[field] is False and len(out) < count:
            gold = {"title": doc.title, "authors": doc.authors, "date": doc.date}.get(
                field, doc.lang
            )
            out.append(
                f"  {field} {doc.lang} {doc.url[:70]}: gold {gold!r} found "
                f"{getattr(found, field)!r}"
            )
    return out


def _fit() -> Callable[[Sequence[Doc]], object]:
    """The header model's fitting (numpy and scipy, the ``train`` extra)."""
    from train_header import fit

    return fit


def metadata_cv_lines() -> list[str]:
    """The table and the closing ``cv title …`` lines, for ``quality.py --cv``."""
    return table(run(newsclean_system, _fit()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="list N misses per field")
    args = parser.parse_args(argv)
    result = run(newsclean_system, _fit())
    print("\n".join(table(result)))
    for field in FIELDS if args.errors else ():
        print("\n".join(errors(result, field, args.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
