"""Lines that are no byline candidates: what other rules recognise by its
words (share rows, tag lines, the label over a list, an author's box, a
photo's credit, a section menu's words). :mod:`.authors` asks.
"""

from __future__ import annotations

from functools import cache

import regex

from ..phrases import phrases, whole_line
from .byline import may_match

# What other rules recognise by its words is no name line ("Facebook Twitter
# Email", "Ad Feedback", "Related Stories").
CHROME_PACKS = (
    "share",
    "share-follow",
    "advertisement",
    "related-heading",
    "tags",
    "newsletter",
    "newsletter-button",
    "cookie",
    "cookie-button",
    "legal",
    "legal-link",
    "comment-heading",
    "appeal-button",
    "caption-control",
    "author-box",
    "caption-credit",
    "skip-link",
)


@cache
def whole_line_of(names: tuple[str, ...]) -> regex.Pattern[str]:
    """A whole line that is one phrase of any of the packs ``names``."""
    alternatives = "|".join(f"(?:{p})" for name in names for p in phrases(name))
    return regex.compile(f"(?i)(?:{alternatives})[\\s.:!]*")


def _chrome_line() -> regex.Pattern[str]:
    return whole_line_of(CHROME_PACKS)


def _labelled() -> regex.Pattern[str]:
    """A tag line: "Topics: Politics | Elections"."""
    return whole_line("tags", r"\s*:.*")


def list_label() -> regex.Pattern[str]:
    """The label over a list of tags or teasers, one a line ("Tags", "Related")."""
    return whole_line_of(("tags", "related-heading"))


def about() -> regex.Pattern[str]:
    """ "About", "Über" and their kin opening a line: the author's box."""
    return whole_line("about-name", r"\s+\S")


def chrome(text: str) -> bool:
    """Whether a line is one of the phrases, or the rows, other rules remove."""
    from .chrome import ADVERTISEMENT, LEGAL, SHARE

    patterns = (_chrome_line(), _labelled(), SHARE.pattern, ADVERTISEMENT.pattern, LEGAL.pattern)
    return any(whole(pattern, text) for pattern in patterns)


def whole(pattern: regex.Pattern[str], text: str) -> bool:
    """``pattern.fullmatch(text)``, asked only of lines that may start as it does."""
    return may_match(pattern, text) and pattern.fullmatch(text) is not None


@cache
def sections(name: str) -> bool:
    """Whether a name is only words of a site's section menu, as a category
    line above the article gives them ("In Local News", "World News")."""
    words = name.split()
    if words and words[0].casefold() == "in":
        words = words[1:]
    section = whole_line("sections")
    return bool(words) and all(section.fullmatch(word) for word in words)


def credit(text: str) -> bool:
    """Whether a line is a photo's credit ("Foto: REUTERS/Nadja Roe")."""
    return whole(whole_line_of(("caption-credit",)), text)
