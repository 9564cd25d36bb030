"""The value types newsclean returns: frozen, hashable, free of I/O and regexes."""

from __future__ import annotations

from typing import Any, Literal, get_args

from attrs import field, frozen

Kind = Literal[
    "appeal",  # donation, membership, subscription and paywall prompts
    "newsletter",  # newsletter sign-ups and their fine print
    "related",  # "Read more", related-article and teaser blocks
    "tags",  # "Tags:", "Topics:", "Read more about:" lines
    "title",  # the headline (and the browser title that repeats it)
    "byline",  # "By X", "X | Reuters", dates that go with them
    "caption",  # photo captions and credits
    "navigation",  # menus, breadcrumbs, and page chrome outside the article
    "share",  # share buttons and social rows
    "advertisement",  # "Advertisement", "Story continues below"
    "cookie",  # cookie and consent notices
    "legal",  # copyright lines and legal footers
    "comment",  # reader comments and comment prompts
]
"""What a removed span was. A fixed vocabulary, so callers can filter on it."""

KINDS: tuple[Kind, ...] = get_args(Kind)


@frozen
class Image:
    """A photo the page showed, as its caption and credit lines describe it.

    >>> Image(caption="Voting in the midterms.", credit="AP")
    Image(caption='Voting in the midterms.', credit='AP')
    """

    caption: str | None = None
    credit: str | None = None


@frozen
class Related:
    """A teaser for another article: kicker (the small label), title, summary.

    >>> Related(title="Kremlin Says Talk of Summit Premature").kicker is None
    True
    """

    kicker: str | None = None
    title: str | None = None
    summary: str | None = None


@frozen
class Metadata:
    """What the removed lines said about the article.

    Every field is optional; a rule that finds nothing returns ``Metadata()``.

    >>> Metadata(authors=("AFP",)).authors
    ('AFP',)
    """

    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    images: tuple[Image, ...] = ()
    tags: tuple[str, ...] = ()
    related: tuple[Related, ...] = ()
    date: str | None = None  # ISO 8601 as the page gives it: "2025-03-03" or "2025-03-03T14:05"
    language: str | None = None  # ISO 639-1, the page's language as guessed from its text

    def merge(self, other: Metadata) -> Metadata:
        """Combine two findings: first title, publisher, date and language win,
        tuples are joined.

        Repeated authors and tags are kept once, in first-seen order.

        >>> Metadata(title="A", tags=("x",)).merge(Metadata(title="B", tags=("x", "y")))
        Metadata(title='A', authors=(), publisher=None, images=(), tags=('x', 'y'), related=(), \
date=None, language=None)
        """
        return Metadata(
            title=self.title if self.title is not None else other.title,
            authors=_unique(self.authors + other.authors),
            publisher=self.publisher if self.publisher is not None else other.publisher,
            images=self.images + other.images,
            tags=_unique(self.tags + other.tags),
            related=self.related + other.related,
            date=self.date if self.date is not None else other.date,
            language=self.language if self.language is not None else other.language,
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with every field, empty ones included."""
        return {
            "title": self.title,
            "authors": list(self.authors),
            "publisher": self.publisher,
            "images": [{"caption": i.caption, "credit": i.credit} for i in self.images],
            "tags": list(self.tags),
            "related": [
                {"kicker": r.kicker, "title": r.title, "summary": r.summary} for r in self.related
            ],
            "date": self.date,
            "language": self.language,
        }


@frozen
class Removal:
    """One span of the input that is not part of the body, and why.

    ``start`` and ``end`` index the original input: ``source[start:end] == text``.
    ``metadata`` holds what this span yielded (a byline yields authors).

    >>> r = Removal(rule="byline", kind="byline", reason="byline", start=0, end=6, text="By AFP")
    >>> r.text
    'By AFP'
    """

    rule: str
    kind: Kind
    reason: str
    start: int
    end: int
    text: str = field(repr=False)
    metadata: Metadata = Metadata()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``metadata`` keeps only its non-empty fields."""
        found = {k: v for k, v in self.metadata.to_dict().items() if v}
        return {
            "rule": self.rule,
            "kind": self.kind,
            "reason": self.reason,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "metadata": found,
        }


@frozen
class Article:
    """The result of cleaning one page.

    ``body`` is the kept paragraphs, each stripped, joined by one blank line.
    ``removals`` are in input order and never overlap.

    >>> Article(body="Hello.", metadata=Metadata(), removals=()).to_dict()["body"]
    'Hello.'
    """

    body: str
    metadata: Metadata
    removals: tuple[Removal, ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict: ``body``, ``metadata``, ``removals``."""
        return {
            "body": self.body,
            "metadata": self.metadata.to_dict(),
            "removals": [r.to_dict() for r in self.removals],
        }


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
