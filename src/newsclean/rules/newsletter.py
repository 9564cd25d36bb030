"""Newsletter sign-up boxes: the heading or button, the pitch, the fine print.

The box is found by its heading ("Sign up for our free weekly newsletter",
"Pick Six Newsletter") or a one-line promo ("Get the day's top headlines
delivered to your inbox"). Lines below it join while they speak of
newsletters, inboxes, e-mail or the privacy policy, are form buttons
("Submit", "Thanks!"), or are a short blurb with such a line right below;
above it only short lines join (a label, a button). A paragraph of the
article that merely mentions a newsletter has no heading beside it, so it
stays.
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

from ..dispatch import for_lines
from ..page import Line
from ..phrases import anywhere, whole_line
from ..rule import Context, Finding
from ..types import Kind
from .spans import runs, walk

# A heading is a few words; a one-line promo ("Get the day's top headlines
# delivered to your inbox every morning by subscribing to our newsletter.")
# runs to a sentence or two: German ones that end in their sign-up link, to 34 words.
HEADING_MAX_WORDS = 40
# The pitch under a heading can be a few sentences; an article paragraph is longer.
PITCH_MAX_WORDS = 60
LABEL_MAX_WORDS = 12
# A blurb without a newsletter word joins only between box lines, and is short.
BLURB_MAX_WORDS = 25


@frozen
class Newsletter:
    """A newsletter sign-up heading with its pitch and fine print.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Sign up for our newsletter\\nUnsubscribe at any time.\\nIt rained.")
    >>> [(f.first, f.last) for f in Newsletter().find(Context(page, [False] * 3))]
    [(0, 1)]
    """

    name: str = "newsletter"
    kind: Kind = "newsletter"
    summary: str = "newsletter sign-up headings, their pitch and their fine print"

    def find(self, context: Context) -> Iterable[Finding]:
        heading = for_lines(whole_line("newsletter"))
        cue = anywhere("newsletter-cue")
        button = for_lines(whole_line("newsletter-button"))

        def is_heading(line: Line) -> bool:
            return line.words <= HEADING_MAX_WORDS and heading.fullmatch(line.text) is not None

        def is_label(line: Line) -> bool:
            return line.words <= LABEL_MAX_WORDS and (
                is_heading(line) or bool(cue.search(line.text)) or bool(button.fullmatch(line.text))
            )

        def speaks_of_it(line: Line) -> bool:
            return is_label(line) or (line.words <= PITCH_MAX_WORDS and bool(cue.search(line.text)))

        def is_pitch(line: Line) -> bool:
            # A blurb with no newsletter word of its own ("Get the day's big
            # stories in one place.") joins when the box goes on below it.
            after = line.index + 1
            return speaks_of_it(line) or (
                line.words <= BLURB_MAX_WORDS
                and after < len(lines)
                and not context.taken[after]
                and speaks_of_it(lines[after])
            )

        lines = context.page.lines
        chosen: set[int] = set()
        for line, _ in context.matches(heading, HEADING_MAX_WORDS):
            if line.index in chosen:
                continue
            # A lone "Subscribe" is the appeal rule's business: a box names a
            # newsletter, an inbox or an e-mail on the heading or right by it.
            near = lines[max(0, line.index - 1) : line.index + 2]
            if not any(cue.search(n.text) for n in near):
                continue
            chosen.add(line.index)
            # A "Subscribe" button the appeal rule took does not end the box.
            chosen.update(walk(context, line.index, +1, is_pitch, through_taken=True))
            chosen.update(walk(context, line.index, -1, is_label))
        for first, last in runs(sorted(chosen)):
            yield Finding(first, last, "newsletter sign-up")
