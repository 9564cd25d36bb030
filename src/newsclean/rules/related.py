"""Links to other articles: "Read more" blocks and inline "Read more: …" lines.

A related block starts at a heading line ("Read more", "Related stories",
"More from Politics", "Most popular") and goes on over teaser-shaped lines:
short headlines, kickers and one-sentence summaries. It stops before the
first line too long for a teaser, and before two long sentences in a row,
which is how article prose reads and teasers do not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import regex
from attrs import frozen

from ..dispatch import for_lines
from ..page import Line
from ..phrases import phrases, whole_line
from ..rule import Context, Finding
from ..scan import Transform
from ..types import Kind, Metadata, Related
from .chrome import ADVERTISEMENT, LEGAL, SHARE
from .headlines import aside, credited, headline_like

TEASER_MAX_WORDS = 40
BLOCK_MAX_LINES = 60
HEADING_MAX_WORDS = 8
# Two sentences of at least this many words in a row read as article prose.
PROSE_MIN_WORDS = 10
# A full stop of Chinese or Japanese, before any closing brackets.
_WIDE_END = regex.compile(r"[。！？][」』）”’]*$")
# A block is read when this share of its teasers reads as headlines.
BLOCK_GOOD_SHARE = 0.5
# A summary under a teaser headline is a sentence of some length.
SUMMARY_MIN_WORDS = 6
# A short line printed this often in one block is no headline: a menu printed
# again (desktop and mobile copies) or each teaser's author or section label.
# A headline is printed twice at most (the image's text and the link's).
REPEATED_MIN_TIMES = 3
REPEATED_MAX_WORDS = 4

_SUMMARY_END = regex.compile(r"[.…][\"'”’»)\]]*$")
_HEADING_TAIL = ":»›>….→ "
# Lines of a teaser list that are no headline: a rank ("1", "2.", "1 of 3"), a
# time or date ("14:48", "Monday 10:00PM", "Nov 18, 2019 at 2:01 pm", "25M ago"),
# an author ("By Jane Doe"); ad labels and share rows are skipped too.
_MONTH = "|".join(f"(?:{p})" for p in phrases("months"))
_TIME = r"\d{1,2}:\d\d(?:\s?[ap]\.?m\.?)?"
_TEASER_NOISE = regex.compile(
    rf"(?i)\d{{1,3}}[.)]?|(?:\w+,?\s)?{_TIME}|\d+\s(?:of|/)\s\d+"
    rf"|(?:\w+,?\s)?(?:(?:{_MONTH})\.?\s\d{{1,2}}|\d{{1,2}}\.?\s(?:{_MONTH})\.?)"
    rf"(?:,?\s\d{{4}})?(?:,?\s(?:at\s)?{_TIME})?"
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    r"|\d+\s?(?:m|h|d|min(?:ute)?s?|hours?|hrs?|days?|weeks?)(?:\sago|\sread)?"
    r"|(?:(?:written|medically reviewed|reviewed|posted|words)\s)?by\s\S.{0,60}"
)
# A gallery counter may trail its row's separator: "9 of 12 |".
_ROW_TAIL = " |·•"
_BULLETS = "-–•*▸►›»"
_OPENERS = _BULLETS + "[("
_BULLET = regex.compile(rf"^[{_BULLETS}]\s*")
# A sentence's end: a full stop, possibly inside closing quotes or brackets.
_SENTENCE_END = regex.compile(r"\.[\"'”’»)\]]*$")
# A credit's copyright sign: after a photo word, or opening a line of a few words.
_PHOTO_COPYRIGHT = regex.compile(
    r"(?i)\b(?:photo|image|picture|foto|bild)s?\s*:?\s*©|^©\s*\S+(?:\s+\S+)?$"
)
_INLINE_SEPARATOR = r"(?:\s*[:|»>–—]+\s*|\s+-\s+)(?P<title>\S.{2,200})"


@frozen
class RelatedBlock:
    """A heading such as "Read more" and the teasers below it.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Most Popular\\n1\\nTroops Mass at Border\\n2\\nTalks Stall Again")
    >>> finding, = RelatedBlock().find(Context(page, [False] * 5))
    >>> [r.title for r in finding.metadata.related]
    ['Troops Mass at Border', 'Talks Stall Again']
    """

    name: str = "related-block"
    kind: Kind = "related"
    summary: str = "'Read more' / 'Related' / 'Most popular' blocks and their teasers"

    def find(self, context: Context) -> Iterable[Finding]:
        heading = for_lines(whole_line("related-heading"))
        lines = context.page.lines
        end = -1
        for line, _ in context.matches(heading, HEADING_MAX_WORDS, transform=HEADING_TEXT):
            i = line.index
            if i <= end:  # a heading inside the block found last is one of its teasers
                continue
            end = _teasers_end(context, i + 1)
            related = read_block(parse_teasers(lines[i + 1 : end + 1]))
            last = _list_end(lines, i + 1, end)
            if last < end:  # the vote is the whole block's; its end sections give no teasers
                listed = {t.title for t in parse_teasers(lines[i + 1 : last + 1])}
                related = tuple(t for t in related if t.title in listed)
            yield Finding(i, end, f"'{line.text}' block", Metadata(related=related))


def _heading_text(text: str) -> str:
    """A heading without its trailing marks: "You may also like..." -> "You may also like"."""
    return text.rstrip(_HEADING_TAIL).strip()


# Only a line that ends in one of the marks has a different heading text.
HEADING_TEXT = Transform(_heading_text, closes=_HEADING_TAIL)


def _teasers_end(context: Context, start: int) -> int:
    """The last line of the teaser run that begins at ``start`` (``start - 1`` if none)."""
    lines = context.page.lines
    legal = for_lines(LEGAL.pattern)
    end = start - 1
    for i in range(start, min(len(lines), start + BLOCK_MAX_LINES)):
        line = lines[i]
        if context.taken[i] or line.units > TEASER_MAX_WORDS:
            break
        # The page's footer (copyright, legal links) may follow the last
        # teaser: it is no teaser, and the legal rule reads the publisher from it.
        if line.words <= LEGAL.max_words and legal.fullmatch(line.text):
            break
        following = lines[i + 1] if i + 1 < len(lines) else None
        # Two prose lines in a row are the article going on; so is a prose
        # line that closes the page with no teaser headline above it.
        if _is_prose(line) and (
            (following is not None and _is_prose(following))
            or (following is None and (i == start or _is_prose(lines[i - 1])))
        ):
            break
        end = i
    return end


def _list_end(lines: Sequence[Line], start: int, end: int) -> int:
    """The last teaser line of a block ``start..end``: the page's end sections
    may follow the last teaser inside the block: the author's box ("About the
    author"), the comment section's prompt ("Reader Comments", "Join the
    conversation") or a copyright line that is no photo's credit. They are
    taken with the block, as before, but hold no teasers.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Talks Stall Again\\n© Getty Images\\nCuts\\nAbout the author")
    >>> _list_end(page.lines, 0, 3)
    2
    """
    box = for_lines(whole_line("author-box"))
    comments = for_lines(whole_line("comment-heading"))
    for i in range(start, end + 1):
        text = lines[i].text
        if box.fullmatch(_heading_text(text)) or _copyright(text):
            return i - 1
        # A comment form's prompt ("Leave a reply"), not a teaser's comment
        # count ("12 comments") or a tab ("Comments").
        if lines[i].words >= 2 and not text[:1].isdigit() and comments.fullmatch(text):
            return i - 1
    return end


def _copyright(text: str) -> bool:
    """A copyright line of the footer ("© Unidad Editorial, S.L.U.", "Legal Notice
    … © pv magazine 2019"), not a photo's credit ("© Getty Images", "Photo © Jane Doe")."""
    if "©" not in text or _PHOTO_COPYRIGHT.search(text):
        return False
    return for_lines(whole_line("caption-credit")).fullmatch(text) is None


def _is_prose(line: Line) -> bool:
    # Word units, and the full stops of Chinese and Japanese: without them a
    # paragraph of those scripts is a short teaser and the block runs on
    # through the article.
    return (line.is_sentence or _WIDE_END.search(line.text) is not None) and (
        line.units >= PROSE_MIN_WORDS
    )


def parse_teasers(lines: Sequence[Line]) -> tuple[Related, ...]:
    """Read teasers as runs of short lines, each run closed by a summary sentence.

    In a run the last short line is the title and the one before it the kicker.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("NO LET UP\\nTroops Mass at Border\\nThe build-up went on all week.")
    >>> teaser, = parse_teasers(page.lines)
    >>> teaser.kicker, teaser.title, teaser.summary
    ('NO LET UP', 'Troops Mass at Border', 'The build-up went on all week.')
    """
    heading = for_lines(whole_line("related-heading"))
    ad, share = for_lines(ADVERTISEMENT.pattern), for_lines(SHARE.pattern)
    noise = for_lines(_TEASER_NOISE)
    items: list[Related] = []
    pending: list[str] = []
    for line in lines:
        if (
            noise.fullmatch(line.text.rstrip(_ROW_TAIL))
            or heading.fullmatch(_heading_text(line.text))
            or ad.fullmatch(line.text)
            or share.fullmatch(line.text)
        ):
            continue
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


def read_block(teasers: tuple[Related, ...]) -> tuple[Related, ...]:
    """The teasers of a block whose items read as headlines; none of a block
    that does not (a section menu, a run of footer links). Lines beside the
    teasers (a time stamp, a note in brackets, "Posted in: Music") are dropped
    and do not count against the block. The block's vote taken, what is no
    teaser of it is left out: a short line printed REPEATED_MIN_TIMES or more
    (a menu printed again, an author's name under each teaser) and a photo's
    caption (it ends in its credit).

    >>> menu = [Related(title=t) for t in ("US Elections 2024", "Hot Topics") * 3]
    >>> read_block((Related(title="Troops Mass at Border"), *menu))
    (Related(kicker=None, title='Troops Mass at Border', summary=None),)
    """
    kept = tuple(t for t in teasers if not aside(t.title))
    good = tuple(t for t in kept if headline_like(t.title))
    if len(good) < BLOCK_GOOD_SHARE * len(kept):
        return ()
    counts = Counter(t.title for t in teasers)
    return tuple(t for t in good if not _repeated(t.title, counts) and not credited(t.title))


def _repeated(title: str | None, counts: Counter[str | None]) -> bool:
    """A short title printed REPEATED_MIN_TIMES or more in its block."""
    short = title is not None and len(title.split()) <= REPEATED_MAX_WORDS
    return short and counts[title] >= REPEATED_MIN_TIMES


@frozen
class ReadMoreInline:
    """A line "Read more: <headline>" between paragraphs: one related article.

    The line may sit in brackets or behind a bullet ("[Related: …]", "- READ
    MORE: …"). A headline does not end in a full stop, so a sentence that
    happens to open with "More:" or "Listen:" stays.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("[Related: Talks Stall Again]\\nMore: the talks ended.")
    >>> [f.metadata.related[0].title for f in ReadMoreInline().find(Context(page, [False] * 2))]
    ['Talks Stall Again']
    """

    name: str = "read-more-inline"
    kind: Kind = "related"
    summary: str = "inline 'Read more: <headline>' lines"

    def find(self, context: Context) -> Iterable[Finding]:
        pattern = for_lines(whole_line("read-more-inline", _INLINE_SEPARATOR))
        for line, match in context.matches(pattern, TEASER_MAX_WORDS, transform=UNWRAPPED):
            title = match["title"].strip()
            if _SENTENCE_END.search(title):
                continue
            # "video: opinion", "Read more: http://…": a link line, taken, but no headline.
            related = (Related(title=title),) if headline_like(title) else ()
            yield Finding(line.index, line.index, "inline link", Metadata(related=related))


def _unwrap(text: str) -> str:
    """A line without its bullet or its enclosing brackets.

    >>> _unwrap("[Related: Salesforce Keynote: AI, Integration]")
    'Related: Salesforce Keynote: AI, Integration'
    >>> _unwrap("- READ MORE: Hong Kong protests")
    'READ MORE: Hong Kong protests'
    """
    if text[:1] not in _OPENERS:  # most lines: nothing to unwrap
        return text
    if text[:1] in _BULLETS:
        text = _BULLET.sub("", text, count=1)
    for opening, closing in ("[]", "()"):
        if text.startswith(opening) and text.endswith(closing):
            return text[1:-1].strip()
    return text


# Only a line that opens with a bullet or a bracket is unwrapped.
UNWRAPPED = Transform(_unwrap, opens=_OPENERS)
