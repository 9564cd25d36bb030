"""Whether a teaser's title reads as a headline, for related blocks and inline links.

A related headline looks like one: several words beside any time stamp or
bracketed note, and no section name, footer link, share word, stamp label or
row of menu links. Lines beside the teasers (stamps, notes, "Posted in: …")
are asides: dropped without counting against their block.
"""

from __future__ import annotations

from functools import cache

import regex

from ..dates import date_in, dated
from ..dispatch import for_lines
from ..phrases import phrases, whole_line
from .titles import WIDE as _WIDE  # the same script test as a page headline

# A teaser's title has this many words (or wide characters) at least; a short
# line with a date is a time stamp.
HEADLINE_MIN_WORDS = 3
HEADLINE_MIN_WIDE = 6
STAMP_MAX_WORDS = 6
# A row of menu links has this many parts at least, each after the first a
# short item ("Home | Video | World").
MENU_ROW_MIN_PARTS = 3
MENU_ITEM_MAX_WORDS = 3
# A stamp line may name the teaser's sections, a word or two each.
LIST_ITEM_MAX_WORDS = 2

_WORD = regex.compile(r"\w+")
# A word of letters, as a stamp's leftovers are counted: "T17", "Z" are none.
_LETTERS = regex.compile(r"\p{L}{2,}")
# A note in brackets says nothing of the article: "(opens in a new window)".
_BRACKETED = regex.compile(r"\([^()]*\)")
_LIST_SEPARATOR = regex.compile(r"\s*[,;|·•]\s*|\s+[-–—]\s+")
_ROW_SEPARATOR = regex.compile(r"\s+[|·•]\s+")
# A headline carries no full stop: a short line that ends a sentence is a
# note of the page ("This is a modal window.", "View the discussion thread.");
# "Washington, D.C." ends in an abbreviation, which a word of four letters is not.
_FULL_STOP = regex.compile(r"\p{L}{4,}\.$")
_LINK = regex.compile(r"%2F|https?:|www\.|\.html?\b", regex.IGNORECASE)
# A clock time before a teaser's section ("11.14 NYHETER") and an age after a
# stamp's word ("updated 16M ago") say nothing of the article: not counted.
_CLOCK_OR_AGE = regex.compile(r"(?i)^\d{1,2}[.:]\d{2}\s+|\s*\b\d+\s?\p{L}{1,7}\s+ago$")


def headline_like(text: str | None) -> bool:
    """Whether a teaser's title reads as a headline: a few words at least, beside
    any time stamp or bracketed note, no full stop, not a label the packs know ("Live",
    "Published", "Home", "Posted in: …"), a photo credit, a link, or a row of
    menu links.

    >>> headline_like("Troops Mass at Border"), headline_like("Opinion"), headline_like("14:48")
    (True, False, False)
    >>> headline_like("video 25.04.2024 • 08:19 Uhr"), headline_like("Home | Video | World | Tech")
    (False, False)
    >>> headline_like("Facebook (opens in a new window)"), headline_like("Windows 11 review")
    (False, True)
    >>> headline_like("11.14 NYHETER"), headline_like("updated 16M ago")
    (False, False)
    """
    if not text or _LINK.search(text) or _FULL_STOP.search(text):
        return False
    bare = _CLOCK_OR_AGE.sub(" ", _BRACKETED.sub(" ", text))
    words = len(_WORD.findall(bare))
    stamped = date_in(text) is not None
    if stamped and len(_WORD.findall(text)) <= STAMP_MAX_WORDS:
        return False
    if stamped:
        # What the line says beside its stamp: "Wissenschaft 21.12.2021" says one word.
        words = min(words, len(_LETTERS.findall(dated().sub(" ", bare))))
    wide = len(_WIDE.findall(text))
    if words < HEADLINE_MIN_WORDS and wide < HEADLINE_MIN_WIDE:
        return False
    if LABEL().fullmatch(text) is not None or _menu_row(text) or _labelled(text):
        return False
    return for_lines(whole_line("caption-credit")).fullmatch(text) is None


def _menu_row(text: str) -> bool:
    """A row of menu links: MENU_ROW_MIN_PARTS or more parts joined by "|", "·"
    or "•", each after the first a short item ("Startseite | Newsletter | Jobs")."""
    parts = _ROW_SEPARATOR.split(text)
    return len(parts) >= MENU_ROW_MIN_PARTS and all(
        len(_WORD.findall(p)) <= MENU_ITEM_MAX_WORDS for p in parts[1:]
    )


def credited(text: str | None) -> bool:
    """Whether a line holds a photo credit in brackets: a photo's caption, which
    a teaser list may print beside its teaser, is no headline.

    >>> credited("Harris speaks in Savannah, Ga. (AP Photo/Jane Doe)"), credited("Talks (So Far)")
    (True, False)
    """
    if not text or "(" not in text:
        return False
    credit = for_lines(whole_line("caption-credit"))
    return any(credit.fullmatch(note.group()) for note in _BRACKETED.finditer(text))


def _labelled(text: str) -> bool:
    """A stamp or tag label with its value: "Posted in: Music", "Filed under: Film"."""
    return _STAMP_LABEL().match(text) is not None


@cache
def _STAMP_LABEL() -> regex.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for name in ("posted", "tags") for p in phrases(name))
    return regex.compile(f"(?i)(?:{alternatives})(?:\\s+(?:in|on|under))?\\s*:")


def aside(text: str | None) -> bool:
    """Whether a teaser line is a note beside the teasers, not a title: a time
    stamp with little else or with a list of sections, a note in brackets, a
    stamp label and its value, a short sentence ("This is a modal window.").

    >>> aside("Video 24.04.2024 • 22:55 Uhr"), aside("(opens in a new window)"), aside("Opinion")
    (True, True, False)
    """
    if not text:
        return False
    bare = _BRACKETED.sub(" ", text)
    if (bare != text and not _WORD.search(bare)) or _labelled(text) or _FULL_STOP.search(text):
        return True
    if date_in(text) is None:
        return False
    rest = dated().sub(" ", bare)
    if len(_LETTERS.findall(rest)) < HEADLINE_MIN_WORDS:
        return True
    # A stamp beside a list of sections: "In News, Portugal, Tourism - 02 Feb 2025".
    parts = [part for part in _LIST_SEPARATOR.split(rest) if _LETTERS.search(part)]
    return len(parts) >= 2 and all(len(_LETTERS.findall(p)) <= LIST_ITEM_MAX_WORDS for p in parts)


@cache
def LABEL() -> regex.Pattern[str]:
    """Labels and links that are no headline, from the packs."""
    names = (
        "related-heading",
        "tags",
        "share",
        "share-follow",
        "posted",
        "legal-link",
        "newsletter-button",
    )
    alternatives = "|".join(f"(?:{p})" for name in names for p in phrases(name))
    return regex.compile(f"(?i)(?:{alternatives}|live|all news|back to top)[\\s.:!]*")
