"""Links to other articles: "Read more" blocks, inline "Read more: …" lines, tag lines.

A related block starts at a heading line ("Read more", "Related stories",
"More from Politics", "Most popular") and goes on over teaser-shaped lines:
short headlines, kickers and one-sentence summaries. It stops before the
first line too long for a teaser, and before two long sentences in a row,
which is how article prose reads and teasers do not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex
from attrs import frozen

from ..page import Line
from ..phrases import whole_line
from ..rule import Context, Finding
from ..types import Kind, Metadata, Related

TEASER_MAX_WORDS = 40
BLOCK_MAX_LINES = 60
HEADING_MAX_WORDS = 8
# Two sentences of at least this many words in a row read as article prose.
PROSE_MIN_WORDS = 10
# A summary under a teaser headline is a sentence of some length.
SUMMARY_MIN_WORDS = 6

_SUMMARY_END = regex.compile(r"[.…][\"'”’»)\]]*$")
_TAG_SEPARATOR = regex.compile(r"\s*[,;|·•]\s*")
_INLINE_SEPARATOR = r"(?:\s*[:|»>–—]+\s*|\s+-\s+)(?P<title>\S.{2,200})"


@frozen
class RelatedBlock:
    """A heading such as "Read more" and the teasers below it."""

    name: str = "related-block"
    kind: Kind = "related"
    summary: str = "'Read more' / 'Related' / 'Most popular' blocks and their teasers"

    def find(self, context: Context) -> Iterable[Finding]:
        heading = whole_line("related-heading")
        lines = context.page.lines
        i = 0
        while i < len(lines):
            line = lines[i]
            if (
                context.taken[i]
                or line.words > HEADING_MAX_WORDS
                or not heading.fullmatch(line.text.rstrip(":»›>").strip())
            ):
                i += 1
                continue
            end = _teasers_end(context, i + 1)
            teasers = parse_teasers(lines[i + 1 : end + 1])
            yield Finding(i, end, f"'{line.text}' block", Metadata(related=teasers))
            i = end + 1


def _teasers_end(context: Context, start: int) -> int:
    """The last line of the teaser run that begins at ``start`` (``start - 1`` if none)."""
    lines = context.page.lines
    end = start - 1
    for i in range(start, min(len(lines), start + BLOCK_MAX_LINES)):
        line = lines[i]
        if context.taken[i] or line.words > TEASER_MAX_WORDS:
            break
        following = lines[i + 1] if i + 1 < len(lines) else None
        if _is_prose(line) and following is not None and _is_prose(following):
            break
        end = i
    return end


def _is_prose(line: Line) -> bool:
    return line.is_sentence and line.words >= PROSE_MIN_WORDS


def parse_teasers(lines: Sequence[Line]) -> tuple[Related, ...]:
    """Read teasers as runs of short lines, each run closed by a summary sentence.

    In a run the last short line is the title and the one before it the kicker.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("NO LET UP\\nTroops Mass at Border\\nThe build-up went on all week.")
    >>> teaser, = parse_teasers(page.lines)
    >>> teaser.kicker, teaser.title, teaser.summary
    ('NO LET UP', 'Troops Mass at Border', 'The build-up went on all week.')
    """
    items: list[Related] = []
    pending: list[str] = []
    for line in lines:
        if line.words >= SUMMARY_MIN_WORDS and _SUMMARY_END.search(line.text):
            titles = pending[:-2] if len(pending) > 2 else []
            items.extend(Related(title=t) for t in titles)
            kicker = pending[-2] if len(pending) >= 2 else None
            title = pending[-1] if pending else None
            items.append(Related(kicker=kicker, title=title, summary=line.text))
            pending = []
        else:
            pending.append(line.text)
    items.extend(Related(title=t) for t in pending)
    return tuple(items)


@frozen
class ReadMoreInline:
    """A line "Read more: <headline>" between paragraphs: one related article."""

    name: str = "read-more-inline"
    kind: Kind = "related"
    summary: str = "inline 'Read more: <headline>' lines"

    def find(self, context: Context) -> Iterable[Finding]:
        pattern = whole_line("read-more-inline", _INLINE_SEPARATOR)
        for line in context.free():
            if line.words > TEASER_MAX_WORDS:
                continue
            match = pattern.fullmatch(line.text)
            if match is not None:
                related = Related(title=match["title"].strip())
                yield Finding(line.index, line.index, "inline link", Metadata(related=(related,)))


@frozen
class TagLine:
    """A "Tags: a, b" or "Read more about: a , b" line: the article's tags."""

    name: str = "tag-line"
    kind: Kind = "tags"
    summary: str = "'Tags:' / 'Topics:' / 'Read more about:' lines, read into tags"

    def find(self, context: Context) -> Iterable[Finding]:
        pattern = whole_line("tags", r"\s*:\s*(?P<tags>\S.*)")
        for line in context.free():
            if line.words > TEASER_MAX_WORDS:
                continue
            match = pattern.fullmatch(line.text)
            if match is not None:
                tags = tuple(t for t in _TAG_SEPARATOR.split(match["tags"].strip()) if t)
                yield Finding(line.index, line.index, "tag list", Metadata(tags=tags))
