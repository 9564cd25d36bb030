"""Where the article ends inside its region: a dated feed, a comment section, the author's box.

Body selection (:mod:`newsclean.rules.body`) finds the region of the page the
article is in; below the article's last paragraph that region may still hold
prose that is not the article. Three signs end the article early:

- a dated feed: time stamps every few lines (comments, teasers with dates);
- a comment section's heading ("Leave a Reply", "34 responses to …");
- the author's box: a short line naming the byline's author again;
- a newsletter sign-up box.

The last three count only below most of the region's prose.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache
from itertools import accumulate

import regex

from ..page import Line
from ..phrases import phrases, whole_line
from ..rule import Context
from .byline import bare_name, read_byline
from .prose import DATE_LINE, Judged, Verdict, is_stamp

# Comments and teaser feeds: FEED_MIN_DATES date lines each at most FEED_MAX_GAP lines apart,
# with something between them, after at least FEED_MIN_PROSE characters of
# the article's prose. A list of dates (one a line) is not a feed.
FEED_MAX_GAP = 8
FEED_MIN_DATES = 3
FEED_MIN_PROSE = 300
# The author's box: a line of at most AUTHOR_BOX_MAX_WORDS words naming the
# byline's author, after AUTHOR_BOX_AFTER of the region's prose.
AUTHOR_BOX_MAX_WORDS = 8
AUTHOR_BOX_AFTER = 0.6
AUTHOR_NAME_MIN_CHARS = 6
AUTHOR_BYLINE_MAX_WORDS = 16
# A comment section's heading ("Leave a Reply") is this short; it counts late
# in the region, as the author's box does, or once COMMENTS_MIN_PROSE
# characters of prose stand above it (the comments below it may well be
# longer than the article).
COMMENT_HEADING_MAX_WORDS = 25
COMMENTS_MIN_PROSE = 500
COMMENTS = "comments after the article"
# A newsletter box after this share of the region's prose closes the article:
# what follows it is the site's (a company blurb, teasers, a disclaimer).
SIGNUP_AFTER = 0.7
SIGNUP_MAX_WORDS = 30
AUTHOR_BYLINE_WINDOW = 30  # the byline stands this close above the article


def end_of_article(
    context: Context, judged: Sequence[Judged], value: Sequence[int], first: int, last: int
) -> tuple[int, str] | None:
    """The article's last line when a feed or the author's box follows it in the region."""
    taken = [context.page.lines[i] for i in range(first, last + 1) if context.taken[i]]
    cuts = [
        (
            feed_start(judged, first, last, taken),
            "dated feed after the article (comments, teasers)",
        ),
        (author_box_start(context, value, first, last), "author box after the article"),
        (comments_start(context, value, first, last), COMMENTS),
        (signup_start(context, value, first, last), "sign-up box after the article"),
    ]
    found = [(at, reason) for at, reason in cuts if at is not None]
    if not found:
        return None
    at, reason = min(found)
    stop = max((i for i in range(first, at) if value[i] > 0), default=at - 1)
    return stop, reason


def feed_start(
    judged: Sequence[Judged], first: int, last: int, taken: Sequence[Line] = ()
) -> int | None:
    """The page line where a dated feed (comments, teasers) begins inside the region.

    Time stamps count among the judged lines and among the ``taken`` ones
    (a related block an earlier rule took keeps its teasers' dates).

    >>> from newsclean.page import Page
    >>> from newsclean.rules.lists import with_lists
    >>> from newsclean.rules.prose import judge, revise
    >>> text = ("The talks ended on Monday and the two sides said they would meet again. " * 5
    ...         + "\\nanna says:\\nNovember 19, 2019 at 6:34 am\\nGreat piece.\\n"
    ...         + "bob says:\\nNovember 19, 2019 at 7:02 am\\nI disagree with all of it.\\n"
    ...         + "cy says:\\nNovember 19, 2019 at 8:12 am\\nMe too.")
    >>> page = Page.from_text(text)
    >>> feed_start(with_lists(revise(judge(page.lines))), 0, 9)
    2
    """
    stamps = {line.index for line in taken if first <= line.index <= last and is_stamp(line)}
    stamps.update(
        item.line.index
        for item in judged
        if item.reason == DATE_LINE and item.verdict is Verdict.BAD
    )
    good = {item.line.index: item.size for item in judged if item.verdict is Verdict.GOOD}
    prose = 0
    chain_start, chain_prose, chain_length, previous = 0, 0, 0, -FEED_MAX_GAP
    for i in range(first, last + 1):
        prose += good.get(i, 0)
        if i not in stamps:
            continue
        if 2 <= i - previous <= FEED_MAX_GAP:
            chain_length += 1
        else:
            chain_start, chain_prose, chain_length = i, prose, 1
        previous = i
        if chain_length >= FEED_MIN_DATES and chain_prose >= FEED_MIN_PROSE:
            return chain_start
    return None


def comments_start(context: Context, value: Sequence[int], first: int, last: int) -> int | None:
    """Where a comment section opens ("Leave a Reply", "34 responses to …") below some prose.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("\\n".join(["A" * 300 + ".", "2 Comments", "Nice one."]))
    >>> comments_start(Context(page, [False] * 3), [300, -50, 9], 0, 2)
    1
    """
    heading = whole_line("comment-heading", r"[\s:.!…]*")
    total = sum(v for v in value[first : last + 1] if v > 0)

    def opens(i: int) -> bool:
        line = context.page.lines[i]
        return line.words <= COMMENT_HEADING_MAX_WORDS and heading.fullmatch(line.text) is not None

    return _first_line(value, first, last, min(COMMENTS_MIN_PROSE, AUTHOR_BOX_AFTER * total), opens)


def signup_start(context: Context, value: Sequence[int], first: int, last: int) -> int | None:
    """Where a newsletter sign-up box stands in the region, after SIGNUP_AFTER of its prose.

    The newsletter rule took the box's heading already; here it marks the end
    of the article, so the company blurb or teasers around the box go too.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("\\n".join(["A" * 300 + ".", "Sign up for our newsletter", "B."]))
    >>> signup_start(Context(page, [False, True, False]), [300, -10, 2], 0, 2)
    1
    """
    heading = whole_line("newsletter")
    total = sum(v for v in value[first : last + 1] if v > 0)

    def opens(i: int) -> bool:
        line = context.page.lines[i]
        return (
            context.taken[i]
            and line.words <= SIGNUP_MAX_WORDS
            and heading.fullmatch(line.text) is not None
        )

    return _first_line(value, first, last, SIGNUP_AFTER * total, opens)


def _first_line(
    value: Sequence[int], first: int, last: int, after: float, opens: Callable[[int], bool]
) -> int | None:
    """The first region line ``i`` for which ``opens(i)`` holds, among those with
    ``after`` characters of prose or more up to them (``i`` included).

    >>> _first_line([100, -5, 50, -5, 10], 0, 4, 150, lambda i: i % 2 == 1)
    3
    """
    seen = list(accumulate(v if v > 0 else 0 for v in value[first : last + 1]))
    for k in range(bisect_left(seen, after), len(seen)):
        if opens(first + k):
            return first + k
    return None


def author_box_start(context: Context, value: Sequence[int], first: int, last: int) -> int | None:
    """Where a box about the byline's author begins, late in the region, if it does.

    The byline above the article names the author; a short line that names
    them again after most of the article's prose ("Emiliano Bellini", "More
    articles from Jane Roe") opens the author's box. So does its heading
    ("About the author") or "About" and a person's name ("Über Moritz Roe")
    when the page has no byline to read.

    >>> from newsclean.page import Page
    >>> lines = ["By Jane Roe", "A" * 300 + ".", "B" * 300 + ".", "About Jane Roe", "She writes."]
    >>> page = Page.from_text("\\n".join(lines))
    >>> author_box_start(Context(page, [True] + [False] * 4), [0, 300, 300, -40, 11], 1, 4)
    3
    """
    lines = context.page.lines
    names: tuple[str, ...] = ()
    for line in lines[max(0, first - AUTHOR_BYLINE_WINDOW) : first]:
        if line.words <= AUTHOR_BYLINE_MAX_WORDS:
            names = read_byline(line.text) or names
    names = tuple(n.casefold() for n in names if len(n) >= AUTHOR_NAME_MIN_CHARS)
    heading = whole_line("author-box", r"[\s:]*")
    total = sum(v for v in value[first : last + 1] if v > 0)

    def opens(i: int) -> bool:
        line = lines[i]
        if context.taken[i] or line.words > AUTHOR_BOX_MAX_WORDS:
            return False
        folded = line.text.casefold()
        return (
            any(name in folded for name in names)
            or heading.fullmatch(line.text) is not None
            or _about_someone(line.text)
        )

    return _first_line(value, first, last, AUTHOR_BOX_AFTER * total, opens)


@cache
def _about() -> regex.Pattern[str]:
    words = "|".join(f"(?:{p})" for p in phrases("about-name"))
    return regex.compile(rf"(?i)(?:{words})\s+(?P<name>\S.*)")


def _about_someone(text: str) -> bool:
    """Whether a line is "About" and a person's name: "About Jane Roe", "Sobre Carlos Nadalim".

    >>> _about_someone("About Jane Roe"), _about_someone("About Us"), _about_someone("About")
    (True, False, False)
    """
    match = _about().fullmatch(text)
    return match is not None and bare_name(match["name"]) is not None
