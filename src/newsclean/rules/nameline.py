"""Name lines: a line that is a name, and maybe a mark of a byline beside it.

A site that prints no "By" may print the name alone under the headline
("Anna Menin"), or with what marks it as a byline: a handle ("Jo Roe
@joroe"), a job title ("Jo Roe Senior Contributor"), an agency ("Tom Davies
Associated Press"), a date before it, or the newsroom's signature ("HNN
Staff"). :func:`bare_name` reads the first, :func:`name_line` the others.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from ..dates import date_in, is_stamp
from ..page import Line
from ..phrases import anywhere, phrases
from .byline import agency_line, is_name, once, role_end, role_only, share_word

# A bare name line has two to three words.
BARE_NAME_MIN_WORDS = 2
BARE_NAME_MAX_WORDS = 3
# A name line may end in a site's name of this many words ("Jo Roe, Futurism").
SITE_MAX_WORDS = 4
# An agency named after a name ("Tom Davies Associated Press") has this many words at most.
AGENCY_MAX_WORDS = 3
# Names one a line (under a lone "By", or stacked): this many lines at most.
NAMES_BELOW = 4
STACK_MAX = NAMES_BELOW
# A newsroom signing as a whole: "Practical Horseman Editorial Staff".
_COLLECTIVE = regex.compile(
    "(?i)\\s(?:" + "|".join(f"(?:{p})" for p in phrases("byline-collective")) + ")$"
)
# What is left of a date before the name beside it: ", 2019 | ".
_YEAR_LEAD = regex.compile(r"^[\s,.]*(?:\d{4}\b)?[\s,|·•/–—-]*")
# A job title on the line below a name ("News reporter @jo") is this short.
ROLE_LINE_MAX_WORDS = 6
_ROLE = anywhere("byline-role")
# A line under a name that opens with "The" is the outlet the writer writes
# for ("Jo Roe" / "The Grayzone"), not a second writer: no person's name does.
_OUTLET = regex.compile(r"(?i)the\s")
# A social handle after a name ("Catherine Shu @catherineshu / 2 days").
_HANDLE_AFTER = regex.compile(r"(?<=\S)\s+@\w")


def collective(name: str) -> bool:
    """Whether a name is a newsroom's signature ("Smart Shopping Team", "HNN Staff").

    >>> collective("Smart Shopping Team"), collective("Jo Team Roe")
    (True, False)
    """
    return _COLLECTIVE.search(name) is not None


def bare_name(text: str) -> str | None:
    """A line that is only a person's name ("Anna Menin"), or ``None``.

    A name the page printed twice in a row, or with a share button's word
    after it, is read once, without the word.

    >>> bare_name("Anna Menin"), bare_name("Latest News"), bare_name("Sports")
    ('Anna Menin', 'Latest News', None)
    >>> bare_name("Anna Menin Anna Menin"), bare_name("Anna Menin Twitter")
    ('Anna Menin', 'Anna Menin')
    >>> bare_name("Anna Menin Copy link")
    'Anna Menin'
    >>> bare_name("Whatsapp Facebook Twitter") is None
    True
    """
    name = once(text.strip(" .,"))
    words = name.split()
    # (a button of two words too: "Tuva Roe Tips meg", "Jo Roe Copy link")
    cut = 2 if len(words) > BARE_NAME_MIN_WORDS + 1 and share_word(" ".join(words[-2:])) else 1
    if len(words) > BARE_NAME_MIN_WORDS and (cut == 2 or share_word(words[-1])):
        words = words[:-cut]
        name = " ".join(words)
        if any(share_word(w) for w in words):  # a row of share buttons
            return None
    if not BARE_NAME_MIN_WORDS <= len(words) <= BARE_NAME_MAX_WORDS or not is_name(name):
        return None
    return None if agency_line(name) else name


def name_line(text: str) -> tuple[str | None, bool]:
    """The name a name line holds, and whether the line itself marks it as a
    byline ("Jo Roe @joroe", "Jo Roe, AP Writer", "Jo Roe Senior Contributor").

    >>> name_line("Catherine Shu @catherineshu / 2 days"), name_line("Tom Davies Associated Press")
    (('Catherine Shu', True), ('Tom Davies', True))
    >>> name_line("November 20, 2019 Jo Roe"), name_line("Nov 20, 2019")
    (('Jo Roe', True), (None, True))
    >>> name_line("Detroit News wire services")
    ('Detroit News wire services', True)
    >>> name_line("VICTOR TANGERMANN, FUTURISM"), name_line("Sports, Weather, Traffic")
    (('VICTOR TANGERMANN', False), (None, False))
    """
    date = date_in(text)
    if date is not None and date.start() == 0:  # "November 20, 2019 Emiliano Bellini"
        return bare_name(_YEAR_LEAD.sub("", text[date.end() :])), True
    handle = _HANDLE_AFTER.search(text)
    if handle is not None:
        return bare_name(text[: handle.start()]), True
    head, _, rest = text.partition(",")
    if rest:  # "Steve Peoples, AP National Political Writer"; "Jo Roe, Futurism"
        marked = anywhere("byline-role").search(rest) is not None or agency_line(rest.strip(" ,"))
        if marked or len(rest.split()) <= SITE_MAX_WORDS:
            return bare_name(head), marked
        return None, False
    plain = role_end().sub("", text)
    if plain != text:
        return bare_name(plain), True
    staff = _COLLECTIVE.search(text)
    if staff is not None and staff.start() > 0 and is_name(text[: staff.start()].strip()):
        return text, True  # "HNN Staff", "Detroit News wire services": the newsroom is the author
    words = text.split()
    for k in range(1, min(len(words), AGENCY_MAX_WORDS + 1)):
        if agency_line(" ".join(words[-k:])):  # "Tom Davies Associated Press"
            return bare_name(" ".join(words[:-k])), True
    return bare_name(text), False


def names_below(texts: list[str]) -> tuple[str, ...]:
    """The names on the lines under a lone opener ("By"), one a line, up to
    the first line that is none. A name line counts ("Emma Roe Lifestyle
    Writer" names Emma Roe Lifestyle, whom :func:`.names.with_trimmed` may trim).

    >>> names_below(["Jo Roe News Reporter", "Al Moe", "Senior Editor", "Eve Poe"])
    ('Jo Roe', 'Al Moe')
    """
    names: list[str] = []
    for text in texts:
        name = name_line(text)[0] or (text if agency_line(text) else None)
        if name is None or role_only().fullmatch(text):  # "Senior Editor"
            break
        names.append(name)
    return tuple(names)


def stacked(
    read: dict[int, list[tuple[str, tuple[str, ...]]]],
    i: int,
    addresses: frozenset[int] = frozenset(),
) -> tuple[str, ...]:
    """The names of line ``i`` and the lines right under it that each read as
    one name, bare or marked (``read``: each line's readings by index), when
    two lines or more do; up to STACK_MAX of them. A line that is only an
    address (``addresses``: "jo.roe@daily.com" under "Jo Roe") belongs to
    the name above it: the stack runs on past it.

    >>> stacked({3: [("bare", ("Jo Roe",))], 4: [("marked", ("Al Moe",))], 5: []}, 3)
    ('Jo Roe', 'Al Moe')
    >>> stacked({3: [("bare", ("Jo Roe",))], 4: [("byline", ("Al Moe",))]}, 3)
    ()
    >>> read = {3: [("marked", ("Jo Roe",))], 4: [], 5: [("marked", ("Al Moe",))]}
    >>> stacked(read, 3, frozenset({4}))
    ('Jo Roe', 'Al Moe')
    >>> stacked({3: [("bare", ("Jo Roe",))], 4: [("bare", ("The Grayzone",))]}, 3)
    ()
    >>> stacked({3: [("bare", ("Jo Roe",))], 4: [("bare", ("Jo Roe",))]}, 3)
    ()
    """
    names: list[str] = []
    k = i
    while len(names) < STACK_MAX:
        one = [
            v
            for kind, v in read.get(k, ())
            if kind in ("bare", "marked") and len(v) == 1 and not _OUTLET.match(v[0])
        ]
        # (a name printed twice, as over an author's photo and beside it, is one name)
        if not one or one[0][0] in names:
            break
        names.append(one[0][0])
        k += 2 if k + 1 in addresses else 1
    return tuple(names) if len(names) >= 2 else ()


def marked(read: list[tuple[str, tuple[str, ...]]]) -> bool:
    """Whether a line reads as a marked name ("배윤경 기자", "Jo Roe @joroe"):
    a stack that starts with one is a byline wherever it stands."""
    return any(kind == "marked" for kind, _ in read)


def signs_off(prose: list[int], i: int) -> bool:
    """Whether line ``i`` stands right under a prose line and over none: a
    name that signs an article off, as Korean, Vietnamese and many blogs'
    pages do ("… 말했다." / "김민수 기자"). (A teaser's long headline over
    its author is prose too: the model weighs where the line stands.)"""
    # (``prose`` has a line more than the page: the last says "none below")
    over_prose = i + 1 < len(prose) - 1 and prose[i + 1] == i + 1
    return i > 0 and prose[i - 1] == i - 1 and not over_prose


def marked_around(lines: Sequence[Line], i: int, counts: Counter[str]) -> bool:
    """Whether the page marks a bare name line as a byline: by showing it again,
    or by a time stamp or a short job title on the line below. Sites that
    print no "By" do so; a section label ("World News") has none of them."""
    if counts[lines[i].text] > 1:
        return True
    if i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return is_stamp(below) or (
        below.words <= ROLE_LINE_MAX_WORDS and _ROLE.search(below.text) is not None
    )
