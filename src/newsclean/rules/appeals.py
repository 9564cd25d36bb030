"""Donation, membership, subscription and paywall appeals.

Two rules. ``appeal-letter`` takes a multi-paragraph letter from its opening
("A Message from …", "Dear readers,") to the button row that closes it
("Once / Monthly / Annual / Continue", "Remind me later."). ``appeal`` takes
short call-to-action lines ("Contribute today", "Already a subscriber? Log
in") and the appeal sentences standing right beside them, but never a
sentence that only mentions support on its own.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex
from attrs import frozen

from ..page import Line
from ..phrases import anywhere, whole_line
from ..rule import Context, Finding
from ..types import Kind, Metadata
from .spans import grow, runs

# A letter closes within this many lines of its opening, or it is not a letter.
LETTER_MAX_LINES = 40
# Lines of a button row are short: "Once", "Monthly", "Not ready to support today?".
BUTTON_MAX_WORDS = 6
# An appeal sentence beside a call to action is short; an article paragraph is not.
CUE_MAX_WORDS = 40
CALL_MAX_WORDS = 12

_PUBLISHER = regex.compile(
    r"(?:Support|(?i:an? (?:message|note|word|letter) from))\s+"
    r"(?P<publisher>(?:The\s)?\p{Lu}[\w.&'’-]*(?:\s\p{Lu}[\w.&'’-]*){0,4})[\s!.:]*"
)
_NOT_A_NAME = frozenset({"Us", "Our", "Independent", "Quality", "Local", "Journalism"})


def publisher_in(text: str) -> str | None:
    """The publisher an appeal names, if any.

    >>> publisher_in("Support The Moscow Times!")
    'The Moscow Times'
    >>> publisher_in("Support independent journalism") is None
    True
    """
    match = _PUBLISHER.fullmatch(text)
    if match is None or match["publisher"].split()[-1] in _NOT_A_NAME:
        return None
    return match["publisher"]


@frozen
class AppealLetter:
    """A multi-line appeal letter, from its opening line to its button row."""

    name: str = "appeal-letter"
    kind: Kind = "appeal"
    summary: str = "a multi-paragraph appeal letter that ends in a button row"

    def find(self, context: Context) -> Iterable[Finding]:
        lines = context.page.lines
        opening = whole_line("appeal-letter-start")
        button = whole_line("appeal-button")
        cue = anywhere("appeal-cue")
        i = 0
        while i < len(lines):
            line = lines[i]
            if context.taken[i] or line.words > 12 or not opening.fullmatch(line.text):
                i += 1
                continue
            end = _button_row_end(lines, i + 1, button)
            window = lines[i : (end or i) + 1]
            if end is None or not any(cue.search(w.text) for w in window):
                i += 1
                continue
            if any(context.taken[j] for j in range(i, end + 1)):
                i += 1
                continue
            yield Finding(i, end, "appeal letter", Metadata(publisher=publisher_in(line.text)))
            i = end + 1


def _button_row_end(lines: tuple[Line, ...], start: int, button: regex.Pattern[str]) -> int | None:
    """The last line of the first button row after ``start``, if one comes soon."""
    stop = min(len(lines), start + LETTER_MAX_LINES)
    for i in range(start, stop):
        if lines[i].words <= BUTTON_MAX_WORDS and button.fullmatch(lines[i].text):
            end = i
            # The row goes on over short lines; it ends at its last button.
            for j in range(i + 1, min(len(lines), i + 12)):
                if lines[j].words > BUTTON_MAX_WORDS:
                    break
                if button.fullmatch(lines[j].text):
                    end = j
            return end
    return None


@frozen
class Appeal:
    """Short calls to action, and appeal sentences right beside them."""

    name: str = "appeal"
    kind: Kind = "appeal"
    summary: str = "donate / subscribe / become-a-member prompts and the sentences around them"

    def find(self, context: Context) -> Iterable[Finding]:
        call = whole_line("appeal")
        cue = anywhere("appeal-cue")
        lines = context.page.lines
        seeds = [
            line.index
            for line in context.free()
            if line.words <= CALL_MAX_WORDS and call.fullmatch(line.text)
        ]
        taken = grow(
            context,
            seeds,
            lambda line: (
                line.words <= CUE_MAX_WORDS
                and (call.fullmatch(line.text) is not None or cue.search(line.text) is not None)
            ),
        )
        for first, last in runs(taken):
            publisher = next(
                (p for i in range(first, last + 1) if (p := publisher_in(lines[i].text))), None
            )
            yield Finding(first, last, "call to give or subscribe", Metadata(publisher=publisher))
