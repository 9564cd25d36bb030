"""Donation, membership, subscription and paywall appeals.

Two rules. ``appeal-letter`` takes a multi-paragraph letter from its opening
("A Message from …", "Dear readers,") to the button row that closes it
("Once / Monthly / Annual / Continue", "Remind me later."). ``appeal`` takes
short call-to-action lines ("Contribute today", "Already a subscriber? Log
in") and the appeal sentences standing right beside them, but never a
sentence that only mentions support on its own.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

import regex
from attrs import frozen

from ..dispatch import for_lines
from ..page import Line
from ..phrases import anywhere, whole_line
from ..rule import Context, Finding
from ..types import Kind, Metadata
from .spans import grow, runs

# A letter closes within this many lines of its opening, or it is not a letter.
LETTER_MAX_LINES = 40
LETTER_OPENING_MAX_WORDS = 12
# Lines of a button row are short: "Once", "Monthly", "Not ready to support today?".
BUTTON_MAX_WORDS = 6
# A button row spans at most this many lines from its first button.
BUTTON_ROW_LINES = 12
# An appeal sentence beside a call to action is short; an article paragraph is not.
CUE_MAX_WORDS = 40
CALL_MAX_WORDS = 12
# A one-line pitch ("If you enjoyed this article, … Join us.") runs to a paragraph.
PITCH_MAX_WORDS = 60

# What may follow a call on its line: "Contribute →", "Donate now ›", "Support us!".
CALL_TAIL = r"[\s!.?:→›»>…]*"

_PUBLISHER = regex.compile(
    r"(?:Support|(?i:an? (?:message|note|word|letter) from))\s+"
    r"(?P<publisher>(?:[Tt]he\s)?\p{Lu}[\w.&'’-]*(?:\s\p{Lu}[\w.&'’-]*){0,4}?)"
    r"(?:\s+(?i:today|now))?" + CALL_TAIL
)
# Capitalised words of a call ("Support Local Journalism") that are no name.
_NOT_A_NAME = frozenset(
    {
        "Us", "Our", "Independent", "Quality", "Local", "Journalism", "Public", "Nonprofit",
        "Investigative", "Reporting", "Work", "Newsroom", "Mission", "This", "Me",
    }
)  # fmt: skip


def publisher_in(text: str) -> str | None:
    """The publisher an appeal names, if any.

    >>> publisher_in("Support The Moscow Times!")
    'The Moscow Times'
    >>> publisher_in("Support the Guardian today →")
    'The Guardian'
    >>> publisher_in("Support independent journalism") is None
    True
    >>> publisher_in("Support Local News") is None
    True
    """
    match = _PUBLISHER.fullmatch(text)
    if match is None or any(word in _NOT_A_NAME for word in match["publisher"].split()):
        return None
    publisher = match["publisher"]
    return "The" + publisher[3:] if publisher.startswith("the ") else publisher


@frozen
class AppealLetter:
    """A multi-line appeal letter, from its opening line to its button row.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Dear readers,\\nYour support keeps us going.\\nOnce\\nMonthly")
    >>> [(f.first, f.last) for f in AppealLetter().find(Context(page, [False] * 4))]
    [(0, 3)]
    """

    name: str = "appeal-letter"
    kind: Kind = "appeal"
    summary: str = "a multi-paragraph appeal letter that ends in a button row"

    def find(self, context: Context) -> Iterable[Finding]:
        lines = context.page.lines
        opening = for_lines(whole_line("appeal-letter-start"))
        button = for_lines(whole_line("appeal-button"))
        cue = anywhere("appeal-cue")
        # Each line is judged once (and only on a page with an opening), so a
        # page of many openings stays linear.
        if next(context.matches(opening, LETTER_OPENING_MAX_WORDS), None) is None:
            return
        buttons = [
            line.index
            for line in lines
            if line.words <= BUTTON_MAX_WORDS and button.fullmatch(line.text)
        ]
        cues = list(accumulate((cue.search(line.text) is not None for line in lines), initial=0))
        i = 0
        while i < len(lines):
            line = lines[i]
            too_long = line.words > LETTER_OPENING_MAX_WORDS
            if context.taken[i] or too_long or not opening.fullmatch(line.text):
                i += 1
                continue
            end = _button_row_end(lines, buttons, i)
            # cues[k] counts the cue lines before line k: any in the letter?
            if end is None or cues[end + 1] == cues[i]:
                i += 1
                continue
            if any(context.taken[j] for j in range(i, end + 1)):
                i += 1
                continue
            yield Finding(i, end, "appeal letter", Metadata(publisher=publisher_in(line.text)))
            i = end + 1


def _button_row_end(lines: tuple[Line, ...], buttons: list[int], opening: int) -> int | None:
    """The last line of the first button row after ``opening``, if one comes soon.

    ``buttons`` are the indices of all button lines, in order.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Dear readers,\\nPlease give.\\nOnce\\nMonthly\\nThe end is near.")
    >>> _button_row_end(page.lines, [2, 3], 0)
    3
    >>> _button_row_end(page.lines, [2, 3], 3) is None
    True
    """
    k = bisect_right(buttons, opening)
    if k == len(buttons) or buttons[k] >= opening + 1 + LETTER_MAX_LINES:
        return None
    first = end = buttons[k]
    # The row goes on over short lines; it ends at its last button.
    for m in range(k + 1, len(buttons)):
        nxt = buttons[m]
        if nxt >= first + BUTTON_ROW_LINES or any(
            lines[j].words > BUTTON_MAX_WORDS for j in range(end + 1, nxt)
        ):
            break
        end = nxt
    return end


@frozen
class Appeal:
    """Short calls to action, one-line pitches, and appeal sentences right beside them.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Talks ended.\\nYour support keeps us free.\\nDonate now →")
    >>> [(f.first, f.last) for f in Appeal().find(Context(page, [False] * 3))]
    [(1, 2)]
    """

    name: str = "appeal"
    kind: Kind = "appeal"
    summary: str = "donate / subscribe / become-a-member prompts and the sentences around them"

    def find(self, context: Context) -> Iterable[Finding]:
        call = for_lines(whole_line("appeal", CALL_TAIL))
        pitch = for_lines(whole_line("appeal-pitch"))
        cue = anywhere("appeal-cue")
        lines = context.page.lines
        # Each pattern tried on its own candidates, with the branches bulk
        # dispatch found for them: no line works its branches out again
        # (0.22 -> 0.09 ms a page, interleaved).
        seeds = sorted(
            {line.index for line, _ in context.matches(call, CALL_MAX_WORDS)}
            | {line.index for line, _ in context.matches(pitch, PITCH_MAX_WORDS)}
        )
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
