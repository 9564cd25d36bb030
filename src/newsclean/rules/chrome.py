"""Page chrome around the article: ad labels, player controls, share rows, skip links,
cookie notices, legal footers.

Six rules, mostly data. ``advertisement`` takes ad labels and house ads
("Advertisement", "Story continues below", "Supported by"). ``media-control``
takes a media player's controls and messages printed as text ("Audio
starten, abbrechen mit Escape", "Play video"). ``share-row``
takes lines made only of share words ("Facebook Twitter Email", "258
Shares") and "Follow X on Facebook and Twitter" lines. ``skip-link`` takes
a screen reader's "Skip to content" links. ``cookie-notice`` takes a
consent paragraph that speaks as the site ("We use cookies …") or names the
consent framework's purposes, with the buttons beside it. ``legal-footer``
takes copyright lines, rows of footer links and wire or affiliate notices,
and reads the publisher from "© 2024 The Guardian". Prose about ads,
players, sharing or cookies has none of these shapes.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex
from attrs import frozen

from ..dispatch import for_lines
from ..page import Line
from ..phrases import anywhere, phrases, whole_line
from ..rule import Context, Finding, LineRule
from ..scan import Transform
from ..types import Kind, Metadata
from .spans import runs, walk

# Consent-plugin paragraphs run long; their sentences speak as the site.
COOKIE_MAX_WORDS = 120
# A consent platform's own descriptions run longer still (OneTrust's opening
# paragraph, 150 words); a paragraph that long goes only when two different
# phrases of the pack are in it, so a long story that quotes one stays.
COOKIE_LONG_MAX_WORDS = 300
BUTTON_MAX_WORDS = 4

# What a screen reader is told after a link, which text tools print with it
# ("Privacy, opens new tab", "Share on Facebook (Opens in new window)"): the
# line rules match a line without it. (Read backwards: most lines fail at their
# last character.)
_LINK_NOTE = regex.compile(
    r"(?ri)\s*[,;:|–—-]?\s*[(\[]?(?:"
    + "|".join(f"(?:{p})" for p in phrases("link-note"))
    + r")[)\]]?\.?$"
)


def _without_link_note(text: str) -> str:
    """A line without the link note it ends in: "Privacy, opens new tab" -> "Privacy".

    >>> _without_link_note("Click to share on Facebook (Opens in new window)")
    'Click to share on Facebook'
    """
    match = _LINK_NOTE.search(text)
    return text[: match.start()] if match is not None and match.start() > 0 else text


# (a note ends in a bracket or as the packs' notes end, "tab", "window",
# "Fenster", "link", "onglet", "ventana": the other lines are not asked)
_NOTE_ENDS = ")]bwrkltaoe"
WITHOUT_LINK_NOTE = Transform(_without_link_note, closes=_NOTE_ENDS + _NOTE_ENDS.upper())

ADVERTISEMENT = LineRule(
    name="advertisement",
    kind="advertisement",
    reason="ad label",
    pattern=whole_line("advertisement", r"[\s:.…-]*"),
    # "GET FOX BUSINESS ON THE GO BY CLICKING HERE": a house ad runs to a dozen words.
    max_words=12,
    summary="'Advertisement', 'Story continues below', 'Sponsored content' labels",
    transform=WITHOUT_LINK_NOTE,
)

# A player's controls and messages: "Play video", "Audio starten, abbrechen mit
# Escape", "To view this video please enable JavaScript …". Page chrome where
# the player stood, so the kind is navigation.
MEDIA_CONTROL = LineRule(
    name="media-control",
    kind="navigation",
    reason="media player control",
    pattern=whole_line("media-control", r"[\s.:…]*"),
    # video.js's message and a read-aloud note run to some twenty words.
    max_words=30,
    summary="media player controls ('Play video', 'Audio starten, abbrechen mit Escape')",
)

# A share row is nothing but share words (or counts, "258 Shares"), joined by
# spaces or separators; a follow line names the networks to follow a site on.
_SHARE_WORD = "|".join(f"(?:{p})" for p in phrases("share"))
_SHARE_ITEM = rf"(?:\d[\d,.]*[km]?\s*)?(?:{_SHARE_WORD})(?:\s*\(?\d+\)?)?"
_FOLLOW = "|".join(f"(?:{p})" for p in phrases("share-follow"))
SHARE = LineRule(
    name="share-row",
    kind="share",
    reason="share buttons",
    pattern=regex.compile(
        rf"(?i)(?:{_SHARE_ITEM}(?:(?:[\s|/·•,]+|\s+(?:and|or|&)\s+){_SHARE_ITEM})*[\s:]*|{_FOLLOW})"
    ),
    max_words=16,
    summary="share and social rows ('Share', 'Facebook Twitter Email', 'Follow us on …')",
    transform=WITHOUT_LINK_NOTE,
)

# A screen reader's skip links, one or a row of them ("Skip to content Skip
# to footer", "Saltar al contenido (Pulse Enter)").
_SKIP = "(?:" + "|".join(f"(?:{p})" for p in phrases("skip-link")) + ")"
SKIP_LINK = LineRule(
    name="skip-link",
    kind="navigation",
    reason="skip link",
    pattern=regex.compile(rf"(?i){_SKIP}(?:[\s|·•,]+{_SKIP})*[\s.]*"),
    summary="skip links ('Skip to main content', 'Zum Inhalt springen', 'Ana içeriğe atla')",
    transform=WITHOUT_LINK_NOTE,
)

# A copyright or notice line, or a row of footer links.
_LEGAL = "|".join(f"(?:{p})" for p in phrases("legal"))
_LINK = "(?:" + "|".join(f"(?:{p})" for p in phrases("legal-link")) + ")"
_LINK_JOIN = r"(?:\s*[|·•/,&]\s*|\s+(?:and\s+)?)"

# How a copyright owner's name ends: at a sentence break ("Cable News Network.
# Turner …"), a link row (" | Terms of Service"), after its corporate suffix
# ("Quiller Media, Inc., Contact Us"), or before a rights note.
_SENTENCE_BREAK = regex.compile(r"(?<=\w\w)\.\s")
_OWNER_CUT = regex.compile(
    r"(?i)\s+[|·•]\s.*"
    r"|(?<=\b(?:inc|ltd|llc|gmbh|plc|corp|limited))\b.*"
    r"|(?:^|[\s,]+)(?:unless otherwise noted|all rights? reserved|alle rechte vorbehalten"
    r"|tous droits réservés|todos los derechos reservados)\b.*"
)
_OWNER_SUFFIX = regex.compile(
    r"(?i)[\s.,]*(?:(?:pty|private|pvt)\.?\s+)?(?:inc|ltd|llc|gmbh|plc|corp|limited|pty)?\.?$"
)
_OWNER_LEAD = regex.compile(r"(?i)^(?:by\s+|[-–—.,:;\s(\[]+)")
_LETTER = regex.compile(r"\p{L}")
# "© Reuters" under a photo is a credit: an agency or a picture library owns
# the picture, not the page.
_PICTURE_OWNERS = regex.compile(
    "(?i)(?:"
    + "|".join(f"(?:{p})" for p in phrases("agencies"))
    + r"|getty images|getty|shutterstock|istock|alamy|imago|picture alliance|epa|pool)"
    + r"(?:\s*/\s*\w+)*"
)


def publisher_of(owner: str) -> str | None:
    """The publisher a copyright line's owner names, or ``None``.

    >>> publisher_of("Cable News Network. Turner Broadcasting System, Inc.")
    'Cable News Network'
    >>> publisher_of("Quiller Media, Inc., Contact Us")
    'Quiller Media'
    >>> publisher_of("Los Angeles Times | Terms of Service | Privacy Policy")
    'Los Angeles Times'
    >>> publisher_of("Al Bawaba (www.albawaba.com)")
    'Al Bawaba (www.albawaba.com)'
    >>> publisher_of("REUTERS / POOL") is None
    True
    >>> publisher_of("All rights reserved") is None
    True
    """
    owner = _SENTENCE_BREAK.split(owner, maxsplit=1)[0]
    owner = _OWNER_CUT.sub("", owner)
    owner = _OWNER_SUFFIX.sub("", owner)
    owner = _OWNER_LEAD.sub("", owner).strip(" ,.;:-–—")
    # An unbalanced bracket is what the cuts left: "The Printers (Mysore" keeps it.
    if owner.endswith(")") and "(" not in owner:
        owner = owner[:-1]
    elif owner.count("(") > owner.count(")"):
        owner += ")"
    if not _LETTER.search(owner) or _PICTURE_OWNERS.fullmatch(owner):
        return None
    return owner


def _legal_metadata(match: regex.Match[str]) -> Metadata:
    owner = match.groupdict().get("publisher")
    return Metadata(publisher=publisher_of(owner)) if owner else Metadata()


LEGAL = LineRule(
    name="legal-footer",
    kind="legal",
    reason="copyright or legal footer",
    pattern=regex.compile(rf"(?i)(?:{_LEGAL}|{_LINK}(?:{_LINK_JOIN}{_LINK})*)", regex.V0),
    # Wire notices and affiliate disclosures run to a few sentences.
    max_words=60,
    extract=_legal_metadata,
    summary="copyright lines ('© 2024 The Guardian') and legal footer links; yields publisher",
    transform=WITHOUT_LINK_NOTE,
)


@frozen
class CookieNotice:
    """A cookie or consent notice and the buttons beside it.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("We use cookies.\\nAccept all\\nTalks ended.")
    >>> [(f.first, f.last) for f in CookieNotice().find(Context(page, [False] * 3))]
    [(0, 1)]
    """

    name: str = "cookie-notice"
    kind: Kind = "cookie"
    summary: str = "cookie and consent notices with their Accept / Settings buttons"

    def find(self, context: Context) -> Iterable[Finding]:
        notice = anywhere("cookie")
        button = for_lines(whole_line("cookie-button"))

        def is_button(line: Line) -> bool:
            return line.words <= BUTTON_MAX_WORDS and button.fullmatch(line.text) is not None

        def is_notice(line: Line) -> bool:
            if line.words <= COOKIE_MAX_WORDS:
                return notice.search(line.text) is not None
            if line.words > COOKIE_LONG_MAX_WORDS or notice.search(line.text) is None:
                return False
            found = {m.group().casefold() for m in notice.pattern.finditer(line.text)}
            return len(found) >= 2

        chosen: set[int] = set()
        for line in context.mentioning(notice):
            if is_notice(line):
                chosen.add(line.index)
                chosen.update(walk(context, line.index, +1, is_button))
                chosen.update(walk(context, line.index, -1, is_button))
        for first, last in runs(sorted(chosen)):
            yield Finding(first, last, "cookie notice")


COOKIE = CookieNotice()
