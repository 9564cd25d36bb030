"""How a line reads as names: the readers of the byline shapes, and the
tidying of what they read.

A line is read by every reader that knows a byline shape: "By X" and its kin
(:func:`~newsclean.rules.byline.read_byline`), a name line
(:func:`~newsclean.rules.nameline.name_line`), a name beside a Chinese,
Japanese or Korean reporter's title (:func:`wide_name`),
a name set off by separators from a date or a site ("Jo Roe | Published 1
day ago"), a name leading a date ("Jo Roe 27/09/2018"), or names joined by
"and" in any language of the packs. What they read loses the site's name
the browser title gives, and parts that are the site or a job title;
:mod:`.authors` makes candidates of the readings.
"""

from __future__ import annotations

import regex

from ..dates import date_in
from ..phrases import phrases
from .byline import (
    PARTICLES,
    agency_line,
    is_name,
    read_byline,
    role_end,
    role_only,
)
from .nameline import collective, name_line
from .titles import BYLINE_MAX_CHARS, TITLE_SEPARATOR
from .widenames import wide_dated, wide_name

# A person's name in a line of parts has at most this many words ("Fouzia Van Der Fort").
PERSON_MAX_WORDS = 4
PERSON_MIN_WORDS = 2
# A site's name closing a name line has this many words at most; a name of
# this many is left before it.
SITE_MAX_WORDS = 4
BARE_MIN = 2
# Each part of a line of parts ("Jo Roe | Published 1 day ago") has this many words at most.
PART_MAX_WORDS = 10
_NOT_A_LETTER = regex.compile(r"[\W_]+")
_SEPARATOR = regex.compile(r"(?<!\s)\s+(?:[-|–—·•»/]|::)\s+|\s*[|·•]\s*")
_DIGIT = regex.compile(r"\d")
OPENER = regex.compile(
    "(?i)[\\s,|/·•–—-]*(?:" + "|".join(f"(?:{p})" for p in phrases("byline")) + ")\\s"
)
# Where a name that leads its line ends: a date, or a "Published" word.
_LEAD_END = regex.compile(
    r"(?<=\S)\s+(?=\d|(?i:published|posted|updated|veröffentlicht|aktualisiert|publié|publicado)\b)"
)
_WORD = regex.compile(r"\w+")
_LOWER_WORD = regex.compile(r"(?<!\w)\p{Ll}\w*")
# A token that is an address, not words: an e-mail, a link, a handle or a
# hashtag ("jo.roe@news.com", "@joroe"): the name in it is no word the page
# writes in lower case.
_ADDRESS_MARKS = ("@", "://", "www.", "#")
_BRACKETED_END = regex.compile(r"(?<!\s)\s*\([^()]*\)$")
_JOINER = regex.compile(r"\s*(?:,|&|\b(?:and|und|et|y|e|en|i|og|och|a|ja|és)\b)\s*")


def read_names(text: str, shapes: bool = True, site: str = "") -> list[tuple[str, tuple[str, ...]]]:
    """Every way a line reads as names, with the reader's name (``shapes=False``:
    only as a byline :func:`~newsclean.rules.byline.read_byline` reads). A
    name line may end in the ``site``'s name, as the browser title gives it.

    >>> read_names("Jonisayi Maromo | Published 1 day ago")
    [('parts', ('Jonisayi Maromo',))]
    >>> read_names("Trine Juncher Jørgensen og Tôrtia Reimer-Johansen")
    [('joined', ('Trine Juncher Jørgensen', 'Tôrtia Reimer-Johansen'))]
    >>> read_names("Chus del Pino, Martí Abad (Enviado especial)")[-1]
    ('joined', ('Chus del Pino', 'Martí Abad'))
    >>> read_names("REUTERS"), read_names("Sports")
    ([('bare', ('REUTERS',))], [])
    >>> read_names("Dan Jervis-Bardy The West Australian", site="The West Australian")
    [('marked', ('Dan Jervis-Bardy',))]
    """
    found: list[tuple[str, tuple[str, ...]]] = []
    if len(text) > BYLINE_MAX_CHARS:
        return found
    text = text.lstrip("-–—•·|> ")  # "-- By Jo Roe"

    def add(kind: str, value: tuple[str, ...]) -> None:
        value = _tidy(value, site)
        if value and all(value != v for _, v in found):
            found.append((kind, value))

    add("byline", read_byline(text))
    if not shapes:
        return found
    wide = wide_name(text)
    if wide is not None:
        add("marked", (wide,))
    dated = wide_dated(text)
    if dated is not None:
        add("parts", (dated,))
    # The other readers see the line without its opener ("By", "Von"): they
    # read bylines in shapes the opener's reader does not know.
    opener = OPENER.match(text)
    rest = text[opener.end() :].strip() if opener else text
    # (a role in brackets after the names is none of them: "(Enviado especial)")
    listed = _BRACKETED_END.sub("", rest)
    joined = [p.strip(" .") for p in _JOINER.split(listed) if p.strip(" .")]
    if len(rest.split()) < 2:
        # One token holds no name of two words: only names joined by a comma
        # or "&" ("Reuters,AFP"). Most lines of a menu stop here.
        if len(joined) >= 2 and all(is_name(p) and agency_line(p) for p in joined):
            add("joined", tuple(joined))
        elif agency_line(rest.strip(" .,")):  # "AFP" alone under the headline
            add("bare", (rest.strip(" .,"),))
        return found
    cut = _without_site(rest, site) if site else rest
    name, marked = name_line(cut)
    # "Jo Roe FOXBusiness" on foxbusiness.com: the site marks the byline.
    marked = marked or cut != rest
    rest = cut
    if name is not None:
        add("marked" if marked or opener else "bare", (name,))
    parts = [p.strip(" ,") for p in _SEPARATOR.split(rest) if p.strip(" ,")]
    # (a part as long as a headline makes the line a teaser: "Summit shows the
    # state is committed to better lives – Jo Roe" quotes its speaker)
    if len(parts) >= 2 and all(len(p.split()) <= PART_MAX_WORDS for p in parts):
        people = [p for p in parts if _person(p)]
        if people:
            add("parts", (people[0],))
    lead = _lead_end(rest)
    if lead > 0 and _person(rest[:lead].strip(" ,")):
        add("parts", (rest[:lead].strip(" ,"),))
    if len(joined) >= 2 and all(
        is_name(p) and (len(p.split()) >= 2 or agency_line(p)) for p in joined
    ):
        add("joined", tuple(joined))
    return found


def _lead_end(text: str) -> int:
    """Where a name that leads its line ends: at a digit, a "Published" word
    or the date's month ("Jo Roe November 20, 2019 12:32"), whichever comes
    first; -1 when none does.

    >>> _lead_end("Jo Roe November 20, 2019 12:32"), _lead_end("Jo Roe 27/09/2018")
    (6, 6)
    """
    lead = _LEAD_END.search(text)
    end = lead.start() if lead is not None else -1
    date = date_in(text)
    if date is not None and 0 < date.start() < (end if end >= 0 else len(text)):
        end = len(text[: date.start()].rstrip())
    return end


def _key(text: str) -> str:
    """A site's name, folded and without blanks or marks: "FOXBusiness" is "Fox Business"."""
    return _NOT_A_LETTER.sub("", text.casefold())


def _without_site(text: str, site: str) -> str:
    """``text`` less the site's name it ends with (``text`` when it does not,
    or when no name of two words would be left)."""
    words, key = text.split(), _key(site)
    for k in range(1, min(len(words) - BARE_MIN, SITE_MAX_WORDS) + 1):
        if _key(" ".join(words[-k:])) == key:
            return " ".join(words[:-k]).strip(" ,|-–—·")
    return text


def _tidy(names: tuple[str, ...], site: str) -> tuple[str, ...]:
    """Names less the site's name after them ("Jo Roe FOXBusiness"), and
    without the parts that are the site or a job title ("Jo Roe, Business
    Insider", "Jo Roe & Culture Writer") when a name is left.

    >>> _tidy(("Jo Roe", "Business Insider"), "Business Insider"), _tidy(("AFP",), "AFP")
    (('Jo Roe',), ('AFP',))
    >>> _tidy(("Jo Roe", "Culture Writer"), ""), _tidy(("Jo Roe FOXBusiness",), "Fox Business")
    (('Jo Roe',), ('Jo Roe',))
    """
    if site:
        names = tuple(_without_site(name, site) for name in names)
    key = _key(site) if site else ""  # (asked of every reading: no site, no key to fold)
    kept = tuple(
        name
        for name in names
        if not (key and key.startswith(_key(name)) and len(name.split()) >= BARE_MIN)
        and not (len(name.split()) >= BARE_MIN and _job_title(name))
    )
    return kept or names


def _job_title(text: str) -> bool:
    """A job title, or one word before one ("Culture Writer")."""
    return role_only().fullmatch(text) is not None or len(role_end().sub("", text).split()) == 1


def site_of(first: str) -> str:
    """The site's name that closes a browser title ("Headline | The Daily"), or ""."""
    parts = TITLE_SEPARATOR.split(first)
    last = parts[-1].strip()
    return last if len(parts) >= 2 and len(last.split()) <= SITE_MAX_WORDS else ""


def _person(part: str) -> bool:
    """A name of two to four words that is no agency and has no digit."""
    return (
        2 <= len(part.split()) <= PERSON_MAX_WORDS
        and is_name(part)
        and not agency_line(part)
        and _DIGIT.search(part) is None
    )


def with_trimmed(
    read: list[tuple[str, tuple[str, ...]]], lower: set[str]
) -> list[tuple[str, tuple[str, ...]]]:
    """Each reading, and after it the same names less the words they end in
    that the page also writes in lower case ("Emma Roe Lifestyle" of "Emma
    Roe Lifestyle Writer", where "lifestyle" is a word): the model chooses.

    >>> with_trimmed([("bare", ("Emma Roe Lifestyle",))], {"lifestyle"})
    [('bare', ('Emma Roe Lifestyle',)), ('bare', ('Emma Roe',))]
    >>> with_trimmed([("bare", ("Fouzia Van Der Fort",))], {"fort"})
    [('bare', ('Fouzia Van Der Fort',))]
    """
    found = []
    for kind, names in read:
        found.append((kind, names))
        trimmed = tuple(_trim(name, lower) for name in names)
        if trimmed != names:
            found.append((kind, trimmed))
    return found


def _trim(name: str, lower: set[str]) -> str:
    """``name`` less the capitalised words it ends in that the page writes in
    lower case elsewhere, and less the job title they qualify ("Sam Roe Senior
    Politics Editor", where "senior" and "politics" are words); two words stay,
    and a particle ("Van Der Fort") keeps the word after it.

    >>> _trim("Sam Roe Senior Politics Editor", {"senior", "politics"})
    'Sam Roe'
    >>> _trim("Sam Roe Editor", {"senior"}), _trim("Sam Roe Senior Editor", set())
    ('Sam Roe Editor', 'Sam Roe')
    >>> _trim("Smart Shopping Team", {"team", "shopping"})
    'Smart Shopping Team'
    """
    if collective(name):  # a newsroom signs whole: "Smart Shopping Team"
        return name
    words = name.split()
    plain = role_end().sub("", name).split()
    # A one-word job title goes only with a word it qualifies ("Jo Roe
    # Editor" may be a name); "Senior Editor" goes alone.
    if PERSON_MIN_WORDS <= len(plain) < len(words) and (
        len(words) - len(plain) > 1 or _trim(" ".join(plain), lower) != " ".join(plain)
    ):
        words = plain
    while (
        len(words) > PERSON_MIN_WORDS
        and words[-1][:1].isupper()
        and words[-1].casefold() in lower
        and words[-2][:1].isupper()
        and words[-2].casefold() not in PARTICLES
    ):
        words.pop()
    return " ".join(words)


def lower_words(text: str) -> set[str]:
    """The words ``text`` writes in lower case, less those of addresses:
    "Contact Jo Roe at jo.roe@news.com" writes no name in lower case.

    >>> sorted(lower_words("Contact Jo Roe at jo.roe@news.com or @joroe; world news"))
    ['at', 'news', 'or', 'world']
    """
    # (token by token: a pattern around the mark would rescan a long token per start;
    # each distinct token once, and none asked when the text holds no mark at all)
    tokens = set(text.split())
    if _has_address(text):
        tokens = {token for token in tokens if not _has_address(token)}
    return set(_LOWER_WORD.findall(" ".join(tokens)))


def _has_address(text: str) -> bool:
    return any(mark in text for mark in _ADDRESS_MARKS)


def lower_share(names: tuple[str, ...], lower: set[str]) -> float:
    """The share of the names' capitalised words the page also writes in lower
    case: "World News" where the prose says "world" and "news"; a person's
    name, hardly ever.

    >>> lower_share(("World News",), {"world", "news"}), lower_share(("Jo Roe",), {"world"})
    (1.0, 0.0)
    """
    words = [w.casefold() for name in names for w in _WORD.findall(name) if w[:1].isupper()]
    return sum(1 for w in words if w in lower) / len(words) if words else 0.0
