"""Photo captions and credits, read into ``images``.

A caption line is a sentence or two that ends in a credit: a slash-joined
run of capitalised names ("Jose Luis Magana / AP / TASS"), a bracketed agency
credit ("(AP Photo/Evan Vucci)"), or a labelled one ("Credit... Doug
Mills/The New York Times", "Photograph: Name/Getty Images"). A credit can
also stand alone on its line ("Photo: Reuters", "REUTERS/Name", "Image 1 of
5"). Prose that talks about a photo has no credit at its end, so it stays.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex
from attrs import frozen

from ..phrases import whole_line
from ..rule import Context, Finding
from ..types import Image, Kind, Metadata

CAPTION_MAX_WORDS = 70

# A credit name is up to four capitalised words or initials; a word never ends
# in a full stop, so the caption's last sentence cannot pass for a name.
_TOKEN = r"(?:\p{Lu}[\p{L}\p{M}\d'’&-]*|(?:\p{Lu}\.){1,3})"
_NAME = rf"{_TOKEN}(?:[ \t]{_TOKEN}){{0,3}}"
_CAPTION_WITH_CREDIT = regex.compile(
    # "Voting in the midterms. Jose Luis Magana / AP / TASS"
    rf"(?P<caption>.*?[.!?][\"”’)]?)[ \t]+(?P<credit>{_NAME}(?:[ \t]*/[ \t]*{_NAME})+)"
    # "Officials met on Monday. (AP Photo/Evan Vucci)" or "(Photo Credit : PTI File Photo )"
    # (the caption keeps its trailing blanks, stripped later: a "[ \t]*" before
    # the bracket would rescan every run of blanks once per start, quadratic)
    rf"|(?P<caption>.*?)\((?P<credit>(?:[\w ]{{0,20}})?(?i:photo|photograph|foto|image)"
    r"(?:[ \t]*(?i:credit))?[ \t]*(?:/|:|(?i:by))[^()]{2,80})\)"
    # "Trump asked voters for a big win. Credit... Doug Mills/The New York Times"
    r"|(?P<caption>.*?[.!?][\"”’)]?)[ \t]+(?i:credit|photo|photograph|image|picture|foto|bild)s?"
    r"[ \t]*(?::|\.\.\.|…|(?i:by))[ \t]*(?P<credit>[^.!?]{2,80}?)\.?",
    regex.V0,
)
_FILE_PHOTO = regex.compile(r"(?i:file photo)[ \t]*:[ \t]*(?P<caption>.+)")
# Searched in a caption stripped of its closing " .)", so each start tries at
# most 40 characters: a free "[\s.)]*$" tail would rescan the line per start.
_AGENCY_CREDIT = regex.compile(r"(?P<credit>\b\p{Lu}{2,}(?:[ \t]\p{Lu}{2,})?/[\w .'’-]{2,40})$")


@frozen
class PhotoCredit:
    """Caption lines that end in a credit, and credit-only lines."""

    name: str = "photo-credit"
    kind: Kind = "caption"
    summary: str = "photo captions with their credits ('Name / Agency', '(AP Photo/…)', 'Photo: …')"

    def find(self, context: Context) -> Iterable[Finding]:
        credit_only = whole_line("caption-credit")
        for line in context.free():
            if line.words > CAPTION_MAX_WORDS:
                continue
            image = read_caption(line.text, credit_only)
            if image is not None:
                yield Finding(line.index, line.index, "photo caption", Metadata(images=(image,)))


def read_caption(text: str, credit_only: regex.Pattern[str]) -> Image | None:
    """The image a caption or credit line describes, or ``None``.

    >>> credit_only = whole_line("caption-credit")
    >>> read_caption("Voting in the midterms. Jose Luis Magana / AP / TASS", credit_only)
    Image(caption='Voting in the midterms.', credit='Jose Luis Magana / AP / TASS')
    >>> read_caption("The photo was taken in May.", credit_only) is None
    True
    """
    match = credit_only.fullmatch(text)
    if match is not None:
        credit = match.groupdict().get("credit")
        return Image(credit=(credit or text).strip(" ()"))
    match = _FILE_PHOTO.fullmatch(text)
    if match is not None:
        agency = _AGENCY_CREDIT.search(match["caption"].rstrip(" \t.)"))
        return Image(caption=match["caption"], credit=agency["credit"].strip() if agency else None)
    match = _CAPTION_WITH_CREDIT.fullmatch(text)
    if match is not None:
        caption = match["caption"].strip() or None
        return Image(caption=caption, credit=match["credit"].strip())
    return None
