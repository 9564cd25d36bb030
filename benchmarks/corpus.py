"""The labelled corpus and its folds: one loader for training, scoring and the gate.

Three sets live in ``benchmarks/data`` (each with its README and LICENSE):

- ``pages.jsonl``: 111 pages of an article-extraction benchmark, with people's
  gold bodies; their titles and authors in ``metadata_gold.jsonl``;
- ``news/pages.jsonl.gz``: 210 news pages of 134 site groups in 24 languages,
  with body, title, authors, date, publisher and language;
- ``meta/pages.jsonl.gz``: 106 pages with titles, authors and dates only.

Body figures use the first two (321 pages); metadata figures all three.

Folds are grouped by site, so no site is on both sides of a split: the news
pages' ``site_group``, else the page's registered domain (a domain that a news
group's pages live on joins that group). Groups are dealt to ``FOLDS`` folds,
largest first, each to the fold with the fewest pages so far (ties by a hash
of the group's name): fixed, deterministic, and balanced in pages. The body
pages are dealt first, so adding metadata-only pages never moves them.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import regex

DATA = Path(__file__).parent / "data"
FOLDS = 5
# Second-level labels under which a registry sells names ("bbc.co.uk").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"})
_NON_LATIN = regex.compile(r"[^\p{Latin}\p{Common}\p{Inherited}]")
_LETTER = regex.compile(r"\p{L}")


@dataclass(frozen=True)
class Doc:
    """One labelled page. ``gold_body`` is None on metadata-only pages."""

    id: str
    url: str
    source: str  # "aeb", "news" or "meta"
    group: str
    lang: str  # ISO 639-1 where the set gives it; a guess for the benchmark pages
    text: str
    trafilatura_text: str | None
    gold_body: str | None
    title: str | None
    authors: tuple[str, ...]
    date: str | None  # the calendar day, ISO; None when the gold has none

    @property
    def lang_group(self) -> str:
        """The language group figures are broken down by: de, en or other."""
        return self.lang if self.lang in ("de", "en") else "other"


def registered_domain(url: str) -> str:
    """The registered domain of a URL: what a site is, for grouping.

    >>> registered_domain("https://www.bbc.co.uk/news/x"), registered_domain("http://a.b.example.com/")
    ('bbc.co.uk', 'example.com')
    """
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _read(path: Path) -> Iterator[dict[str, object]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
        for line in handle:
            yield json.loads(line)


def _guess_lang(text: str) -> str:
    """A language for a benchmark page that the set does not label: 'xx' for a
    page mostly outside the Latin script, else the stop-word guess."""
    from newsclean.lang import guess, words_of

    letters = len(_LETTER.findall(text)) or 1
    if len(_NON_LATIN.findall(text)) > 0.3 * letters:
        return "xx"
    return guess(words_of(text))


def _day(value: object) -> str | None:
    return str(value)[:10] if value else None


def load_body_docs() -> list[Doc]:
    """The 321 pages with gold bodies: the benchmark pages, then the news pages."""
    gold = {row["id"]: row for row in _read(DATA / "metadata_gold.jsonl")}
    news = list(_read(DATA / "news" / "pages.jsonl.gz"))
    groups = {registered_domain(str(row["url"])): str(row["site_group"]) for row in news}
    docs = []
    for row in _read(DATA / "pages.jsonl"):
        meta = gold.get(str(row["id"]), {})
        domain = registered_domain(str(row["url"]))
        docs.append(
            Doc(
                id=str(row["id"]),
                url=str(row["url"]),
                source="aeb",
                group=groups.get(domain, domain),
                lang=_guess_lang(str(row["gold_body"])),
                text=str(row["text"]),
                trafilatura_text=str(row["trafilatura_text"]),
                gold_body=str(row["gold_body"]),
                title=meta.get("title"),  # type: ignore[arg-type]
                authors=tuple(meta.get("authors", ())),  # type: ignore[arg-type]
                date=None,
            )
        )
    for row in news:
        docs.append(
            Doc(
                id=str(row["id"]),
                url=str(row["url"]),
                source="news",
                group=str(row["site_group"]),
                lang=str(row["lang"]),
                text=str(row["text"]),
                trafilatura_text=str(row["trafilatura_text"]),
                gold_body=str(row["gold_body"]),
                title=row["title"],  # type: ignore[arg-type]
                authors=tuple(row["authors"]),  # type: ignore[arg-type]
                date=_day(row["date"]),
            )
        )
    return docs


def load_meta_docs() -> list[Doc]:
    """The 106 metadata-only pages (title, authors, the day as the page shows it)."""
    return [
        Doc(
            id=str(row["id"]),
            url=str(row["url"]),
            source="meta",
            group=str(row["domain"]),
            lang=str(row["lang"]),
            text=str(row["text"]),
            trafilatura_text=None,
            gold_body=None,
            title=row["title"],  # type: ignore[arg-type]
            authors=tuple(row["authors"]),  # type: ignore[arg-type]
            date=_day(row["date_day"]),
        )
        for row in _read(DATA / "meta" / "pages.jsonl.gz")
    ]


def _deal(sizes: Counter[str], folds: list[int], assigned: dict[str, int]) -> None:
    order = sorted(sizes, key=lambda g: (-sizes[g], hashlib.sha256(g.encode()).hexdigest()))
    for group in order:
        if group in assigned:
            continue
        fold = min(range(len(folds)), key=lambda k: (folds[k], k))
        assigned[group] = fold
        folds[fold] += sizes[group]


def fold_of(body: Iterable[Doc], meta: Iterable[Doc] = ()) -> dict[str, int]:
    """Each group's fold, 0 to FOLDS - 1 (see the module docstring)."""
    folds = [0] * FOLDS
    assigned: dict[str, int] = {}
    _deal(Counter(doc.group for doc in body), folds, assigned)
    _deal(Counter(doc.group for doc in meta), [0] * FOLDS, assigned)
    return assigned


if __name__ == "__main__":
    body, meta = load_body_docs(), load_meta_docs()
    folds = fold_of(body, meta)
    for name, docs in (("body", body), ("meta", meta)):
        count = Counter(folds[doc.group] for doc in docs)
        langs = Counter(doc.lang_group for doc in docs)
        print(name, len(docs), "pages; per fold", [count[k] for k in range(FOLDS)], dict(langs))
