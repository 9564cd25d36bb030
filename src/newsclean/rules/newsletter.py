"""Newsletter sign-up boxes: the heading or button, the pitch, the fine print.

The box is found by its heading ("Sign up for our free weekly newsletter").
Lines below it join while they speak of newsletters, inboxes, e-mail or the
privacy policy; above it only short lines join (a label, a button). A
paragraph of the article that merely mentions a newsletter has no heading
beside it, so it stays.
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

from ..page import Line
from ..phrases import anywhere, whole_line
from ..rule import Context, Finding
from ..types import Kind
from .spans import runs, walk

HEADING_MAX_WORDS = 15
# The pitch under a heading can be a few sentences; an article paragraph is longer.
PITCH_MAX_WORDS = 60
LABEL_MAX_WORDS = 12


@frozen
class Newsletter:
    """A newsletter sign-up heading with its pitch and fine print."""

    name: str = "newsletter"
    kind: Kind = "newsletter"
    summary: str = "newsletter sign-up headings, their pitch and their fine print"

    def find(self, context: Context) -> Iterable[Finding]:
        heading = whole_line("newsletter")
        cue = anywhere("newsletter-cue")

        def is_heading(line: Line) -> bool:
            return line.words <= HEADING_MAX_WORDS and heading.fullmatch(line.text) is not None

        def is_label(line: Line) -> bool:
            return line.words <= LABEL_MAX_WORDS and (
                is_heading(line) or bool(cue.search(line.text))
            )

        def is_pitch(line: Line) -> bool:
            return is_label(line) or (line.words <= PITCH_MAX_WORDS and bool(cue.search(line.text)))

        lines = context.page.lines
        chosen: set[int] = set()
        for line in context.free():
            if line.index in chosen or not is_heading(line):
                continue
            # A lone "Subscribe" is the appeal rule's business: a box names a
            # newsletter, an inbox or an e-mail on the heading or right by it.
            near = lines[max(0, line.index - 1) : line.index + 2]
            if not any(cue.search(n.text) for n in near):
                continue
            chosen.add(line.index)
            chosen.update(walk(context, line.index, +1, is_pitch))
            chosen.update(walk(context, line.index, -1, is_label))
        for first, last in runs(sorted(chosen)):
            yield Finding(first, last, "newsletter sign-up")
