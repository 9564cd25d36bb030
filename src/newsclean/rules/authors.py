"""Byline candidates: the lines near the headline that read as names, and their features.

Each line near the headline is read by every reader of :mod:`.names` ("By
X", a name line, a name set off by separators, names joined by "and", ...).
Lines other rules recognise (share rows, tag lines, items of a list under a
label) are no candidates. :mod:`.headmodel` scores them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import cache
from itertools import islice

import regex

from ..dates import date_in, is_stamp
from ..page import Line
from ..phrases import anywhere, phrases, whole_line
from .byline import (
    agency_line,
    may_match,
    read_byline,
)
from .nameline import NAMES_BELOW, marked, marked_around, names_below, signs_off, stacked
from .names import OPENER, lower_share, lower_words, read_names, site_of, with_trimmed
from .notnames import about, chrome, credit, list_label, sections, whole
from .titles import BYLINE_MAX_CHARS, PROSE_FAR, WIDE, Candidate, Facts
from .widenames import WIDE_ROLE

# Candidates for the byline: lines of at most BYLINE_MAX_WORDS words among
# the first BYLINE_TOP lines, or up to BYLINE_BELOW lines under the headline.
BYLINE_TOP = 80
# Lines further than this above the headline are menus and teasers: only
# a byline reads there, not the bare name shapes.
BYLINE_ABOVE = 10
# Below those, a "By X" line is a candidate down to this line.
BYLINE_FAR = 1500
FAR_MAX = 10
BYLINE_BELOW = 60
BYLINE_MAX_WORDS = 20
# The lower-case words of this many lines are what a name is checked against.
LOWER_LINES = 2000
# Names whose words the page writes in lower case this often are no names
# ("World News" on a page that says "world news"), unless "By" opens them.
LOWER_MAX_SHARE = 0.5
# A bare name (no "By", no mark) is a byline this many lines under the headline at most.
BARE_BELOW = 10
# A lead paragraph starts this many lines under the headline at most.
LEAD_BELOW = 2
# A name line this close under a tag or teaser label is an item of its list.
LIST_ABOVE = 5
_DIGIT = regex.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")
# A page is in a wide script when this share of its letters are (a Latin word
# has several letters, a wide word one or two: a Japanese page full of English
# names and terms still has a sixth of its letters wide; other pages hardly any).
WIDE_PAGE_SHARE = 0.1
# The readings of a name with no mark beside it (a date marks "parts": "Jo Roe 2019-04-28").
_BARE_KINDS = frozenset({"bare", "stacked", "joined"})
# A line that is only an e-mail address or a handle, as under a name ("jo.roe@daily.com").
_ADDRESS_LINE = regex.compile(r"\s*(?:\S+@\S+|@\w+)\s*")
# A byline's opener alone on its line ("Von", "Autoren:").
_LONE_OPENER = regex.compile(
    "(?i)(?:" + "|".join(f"(?:{p})" for p in phrases("byline")) + ")\\s*:?"
)
# A lone opener has this many words at most ("ein Bericht von").
LONE_MAX_WORDS = 5
AUTHOR_FEATURES: tuple[str, ...] = (
    "kind_byline",
    "kind_marked",
    "kind_bare",
    "kind_parts",
    "kind_joined",
    "kind_stacked",
    "above_head",
    "below_1_3",
    "below_4_10",
    "below_far",
    "no_head",
    "pos",
    "names",
    "agency",
    "dup",
    "name_again",
    "stamp_near",
    "dated",
    "before_prose",
    "words",
    "caps",
    "cluster",
    "to_prose",
    "marked_around",
    "lower_elsewhere",
    "signs_off",
    "over_credit",
    "role",
)


def _opened(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """A byline that opens with its word ("By X"), far down a page."""
    if len(text) > BYLINE_MAX_CHARS or not may_match(OPENER, text) or not OPENER.match(text):
        return []
    names = read_byline(text)
    return [("byline", names)] if names else []


def _posted_start(name: str) -> bool:
    """Whether a name opens with a "Published" word of the packs."""
    pattern = whole_line("posted", r"\b.*")
    return may_match(pattern, name) and pattern.fullmatch(name) is not None


def author_candidates(
    lines: Sequence[Line], head: int, facts: Facts | None = None, sure: bool = True
) -> list[Candidate]:
    """The byline candidates of a page, given the headline's index (-1: none)
    and whether the headline model was ``sure`` of it. The headline, and the
    browser title above it, are no byline."""
    facts = facts or Facts.of(lines)
    prose, counts = facts.prose, facts.counts
    end = max(BYLINE_TOP, head + BYLINE_BELOW) if head >= 0 else BYLINE_TOP
    # (a longer line near the top is read as a byline only: "News | Published:
    # 5 hours ago | Written by Jo Roe", the section, the stamp and the names on one line)
    window = [
        line
        for line in lines[:BYLINE_FAR]
        if (line.words <= BYLINE_MAX_WORDS or _long_near(line, end)) and line.index != head
    ]
    # Near the headline every reader is asked; above it bylines only (the
    # name shapes there are menu items); further down only "By X" lines count.
    start = head - BYLINE_ABOVE if head >= 0 else 0
    # (a browser title above the headline names the site)
    site = site_of(lines[0].text) if head > 0 else ""
    read = {
        x.index: read_names(x.text, x.index >= start and x.words <= BYLINE_MAX_WORDS, site)
        for x in window
        if x.index < end
    }
    # (a few of them: a page of thousands of "By" lines is a feed, not a header)
    far = (line for line in window if line.index >= end)
    read |= dict(islice(((x.index, r) for x in far if (r := _opened(x.text))), FAR_MAX))
    # "Von" alone on its line: the names stand on the lines below, one a line.
    lone = [i for i in read if lines[i].words <= LONE_MAX_WORDS and i + 1 in read]
    for i in [i for i in lone if whole(_LONE_OPENER, lines[i].text)]:
        names = names_below([x.text for x in lines[i + 1 : i + 1 + NAMES_BELOW]])
        if names:
            read[i + 1] = [("byline", names), *read[i + 1]]
    # Names one a line, with no opener ("Ingrid Roe" / "Marlene Holm"): the model weighs them.
    # (no address without its "@": most lines are not asked)
    addresses = frozenset(
        x.index for x in window if "@" in x.text and _ADDRESS_LINE.fullmatch(x.text)
    )
    for i in [i for i in read if i + 1 in read]:
        names = stacked(read, i, addresses)
        if names:
            read[i] = [*read[i], ("stacked", names)]
    window = [line for line in window if line.index in read]
    near = sorted(i for i, r in read.items() if r)
    text = "\n".join(line.text for line in lines)
    shown = cache(text.count)  # how often a name is on the page, counted once a name
    top = text if len(lines) <= LOWER_LINES else "\n".join(x.text for x in lines[:LOWER_LINES])
    lower = lower_words(top)
    is_chrome = cache(chrome)  # asked once a line, whatever reads it
    # A lead paragraph right under the headline (a standfirst) often has the
    # byline below it: there a bare name may stand down to the next prose line.
    is_credit = cache(credit)
    lead = prose[max(head, 0)]
    bare_end = lead
    if head >= 0 and lead - head <= LEAD_BELOW and lead < len(lines):
        bare_end = prose[lead + 1]

    @cache
    def listed(i: int) -> bool:
        # A list under a label above the headline ends at the headline: the
        # name under it is the byline ("Topics" / … / headline / "Jo Roe"),
        # unless the line taken for the headline is that label. A line the
        # model was not sure of may be one of the list's items ("Topics" /
        # "Ukraine" / "Russia" / "Vladimir Putin"): then the list runs on.
        start = max(0, i - LIST_ABOVE, head if sure and 0 <= head < i else 0)
        return any(whole(list_label(), x.text) for x in lines[start:i])

    # (most pages hold no wide letter at all: one search says so, with no counting)
    wide_page = WIDE.search(top) is not None and len(WIDE.findall(top)) > WIDE_PAGE_SHARE * max(
        len(_LETTER.findall(top)), 1
    )
    found = []
    for line in window:
        i = line.index
        for kind, names in with_trimmed(read[i], lower):
            # "Published November", "Actualizado el": a date's label, no name.
            if _posted_start(names[0]):
                continue
            # Other readers take no line other rules recognise, and no sentence.
            # Nor the browser title above the headline.
            # (The cheap tests first: the chrome patterns are long alternations.)
            if kind != "byline" and (
                (i == 0 and head > 0)
                or (line.is_sentence and line.words > 6)
                # A bare name (or a stack of them) is a byline only right under the headline,
                # before the article's prose starts (or its lead's end), or where
                # it signs the article off, under its last paragraph.
                or (
                    (kind == "bare" or (kind == "stacked" and not marked(read[i])))
                    and bare_end < i
                    and not signs_off(prose, i)
                )
                # Words the page also writes in lower case are words, not a name.
                or lower_share(names, lower) >= LOWER_MAX_SHARE
                # "About Jane Roe" heads the author's box, below the article.
                or (may_match(about(), line.text) and about().match(line.text) is not None)
                or listed(i)
                # On a page in Chinese or Japanese, a bare Latin name is a menu's
                # item ("Android App", "China Daily Homepage"): a name there is
                # marked ("By", a title), or written in the page's script.
                or (wide_page and kind in _BARE_KINDS and WIDE.search(names[0]) is None)
                # A bare name right over a photo's credit is the caption, who
                # the photo shows ("Jo Roe" / "Foto: REUTERS/Al Moe"), unless
                # the credit opens the caption below it ("Foto: Seznam" / "X,
                # at the court, said …"): then the name is over the photo.
                or (kind == "bare" and _caption_over_credit(lines, i, is_credit))
                # An item of a list set one a line with commas ("Rust," / "MIT License,").
                or line.text.rstrip().endswith(",")
                or is_chrome(line.text)
                or sections(names[0])
            ):
                continue
            below = i - head
            # (a stack of name lines is read as one: what stands under its last line)
            last = i + len(names) - 1 if kind == "stacked" else i
            f = {
                f"kind_{kind}": 1.0,
                "above_head": float(head >= 0 and below < 0),
                "below_1_3": float(head >= 0 and 1 <= below <= 3),
                "below_4_10": float(head >= 0 and 4 <= below <= 10),
                "below_far": float(head >= 0 and below > 10),
                "no_head": float(head < 0),
                "pos": math.log1p(i) / math.log(BYLINE_TOP + BYLINE_BELOW),
                "names": min(len(names), 3) / 3,
                "agency": float(any(agency_line(n) for n in names)),
                "dup": float(counts[line.text] > 1),
                "name_again": float(shown(names[0]) > 1),
                "stamp_near": float(
                    any(is_stamp(lines[k]) for k in (i - 1, last + 1) if 0 <= k < len(lines))
                ),
                "dated": float(date_in(line.text) is not None),
                "before_prose": float(i < prose[0]),
                "words": min(line.words, BYLINE_MAX_WORDS) / BYLINE_MAX_WORDS,
                "caps": float(all(n.isupper() for n in names)),
                "cluster": min(sum(1 for k in near if 0 < abs(k - i) <= 3), 3) / 3,
                "to_prose": min(prose[i] - i, PROSE_FAR) / PROSE_FAR,
                "marked_around": float(marked_around(lines, last, counts)),
                "lower_elsewhere": lower_share(names, lower),
                "signs_off": float(signs_off(prose, i)),
                # (a name over a photo's credit is who the photo shows: "Foto: REUTERS/…")
                "over_credit": float(last + 1 < len(lines) and is_credit(lines[last + 1].text)),
                # ("Jo Roe Staff Writer", "배윤경 기자": a reporter's title on the line)
                "role": float(_role(line.text)),
            }
            found.append(Candidate(line, names, f))
    return found


def _caption_over_credit(lines: Sequence[Line], i: int, credit: Callable[[str], bool]) -> bool:
    """Whether line ``i`` stands over a photo's credit that no caption sentence follows."""
    if i + 1 >= len(lines) or not credit(lines[i + 1].text):
        return False
    return i + 2 >= len(lines) or not lines[i + 2].is_sentence


def _long_near(line: Line, end: int) -> bool:
    return line.index < end and len(line.text) <= BYLINE_MAX_CHARS


def _role(text: str) -> bool:
    return anywhere("byline-role").search(text) is not None or WIDE_ROLE.search(text) is not None
