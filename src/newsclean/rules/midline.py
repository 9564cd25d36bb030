"""What may stand before a byline's opener in mid-line: a date or "Posted
on …" before any opener ("October 9, 2018 | by Jo Roe"), and before an
opener that says outright that names follow ("Written by", the
``byline-labelled`` packs) a separator or a short section label ("All India
Edited by Jo Roe"). :func:`.byline.read_byline` asks.
"""

from __future__ import annotations

from functools import cache

import regex

from ..dates import date_in
from ..phrases import phrases, whole_line

# A section label before a mid-line "Written by" has this many words at most.
LABEL_MAX_WORDS = 3


def is_preamble(before: str) -> bool:
    """Whether the words before a mid-line "by" are a date or "Posted on …"."""
    posted = whole_line("posted", r"\s+\S.*")  # "Posted on …", not a bare "Stand"
    return date_in(before) is not None or posted.fullmatch(before.strip()) is not None


@cache
def _labelled_pattern(openers: tuple[str, ...]) -> regex.Pattern[str]:
    # (keyed by the phrases, not built once: a user's phrase folder may add some)
    opener = "|".join(f"(?:{p})" for p in openers)
    return regex.compile(
        rf"(?i)(?P<before>\S.{{0,150}}?)(?P<gap>\s*[|·•–—]\s*|\s+)(?:{opener})\s+(?P<names>\S.*)"
    )


def labelled(text: str) -> regex.Match[str] | None:
    """A mid-line "Written by X" after a separator or a section label of a
    few capitalised words ("All India Edited by Jo Roe"): a sentence that
    says who wrote something has lower-case words before it."""
    match = _labelled_pattern(phrases("byline-labelled")).fullmatch(text)
    if match is None:
        return None
    words = match["before"].split()
    label = len(words) <= LABEL_MAX_WORDS and all(w[:1].isupper() for w in words)
    return match if match["gap"].strip() or label else None
