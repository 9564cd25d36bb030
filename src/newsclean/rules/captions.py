"""Photo captions and credits, read into ``images``.

A caption line is a sentence or two that ends in a credit: a slash-joined
run of capitalised names ("Jose Luis Magana / AP / TASS"), a bracketed credit
("(AP Photo/Evan Vucci)", "(Photo by Name/Getty Images)"), or a labelled one
("Credit... Doug Mills/The New York Times", "Photograph: Name/Getty Images",
"… a rabbit Credit: Getty"); a credit can also come first ("© Name Caption.").
A credit can stand alone on its line ("Photo: Reuters", "REUTERS/Name",
"Name/Hindustan Times/Getty Images", "Image copyright Getty Images"). Gallery
and caption controls ("Image 1 of 5", "hide caption") go without an image.
Prose that talks about a photo has no credit at its end, so it stays.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex
from attrs import frozen

from ..dispatch import for_lines
from ..phrases import phrases, whole_line
from ..rule import Context, Finding
from ..types import Image, Kind, Metadata

CAPTION_MAX_WORDS = 70

# A credit name is up to four capitalised words or initials; a word never ends
# in a full stop, so the caption's last sentence cannot pass for a name.
_TOKEN = r"(?:\p{Lu}[\p{L}\p{M}\d'’&-]*|(?:\p{Lu}\.){1,3})"
_NAME = rf"{_TOKEN}(?:[ \t]{_TOKEN}){{0,3}}"
_LABEL = r"(?i:credit|photo|photograph|image|picture|foto|bild)s?"
_CAPTION_WITH_CREDIT = regex.compile(
    # "Voting in the midterms. Jose Luis Magana / AP / TASS"
    rf"(?P<caption>.*?[.!?][\"”’)]?)[ \t]+"
    rf"(?P<credit>{_NAME}(?:[ \t]*/[ \t]*{_NAME})+(?:[ \t](?i:file))?)"
    # "… REUTERS/Name/File Photo Purchase Licensing Rights": a wire's sales link
    r"(?:[ \t]+(?i:purchase licensing rights))?"
    # "The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)"
    rf"|(?P<caption>.*?[.!?][\"”’]?)[ \t]+\((?P<credit>{_NAME}(?:/{_NAME})+)\)"
    # "Some 13,000 US troops remain in Afghanistan [File: Reuters]"
    r"|(?P<caption>.*?)\[(?P<credit>(?i:file|photo|image|credit|picture)s?[ \t]*:[^\[\]]{2,60})\]"
    # "Officials met on Monday. (AP Photo/Evan Vucci)" or "(Photo Credit : PTI File Photo )"
    # (the caption keeps its trailing blanks, stripped later: a "[ \t]*" before
    # the bracket would rescan every run of blanks once per start, quadratic)
    r"|(?P<caption>.*?)\((?P<credit>(?:[\w ]{0,20})?(?i:photo|photograph|foto|image|credit|picture)"
    r"(?:[ \t]*(?i:credit))?[ \t]*(?:/|:|(?i:by))[^()]{2,80})\)"
    # "Trump asked voters for a big win. Credit... Doug Mills/The New York Times"
    rf"|(?P<caption>.*?[.!?][\"”’)]?)[ \t]+{_LABEL}"
    r"[ \t]*(?::|\.\.\.|…|(?i:by))[ \t]*(?P<credit>[^.!?]{2,80}?)\.?"
    # "A hunter killed and ate a rabbit Credit: Getty - Contributor": after a
    # caption with no full stop the credit must look like a name.
    # ("Photo credit: Name" is a credit-only line: no caption opens with a label)
    rf"|(?!{_LABEL}\b)(?P<caption>.*?\S)[ \t]+{_LABEL}[ \t]*(?::|©)[ \t]*"
    r"(?P<credit>\p{Lu}[^.!?:]{1,60}?)\.?"
    # "© Lucy Nicholson Detainees at the center on May 18, 2018."
    rf"|©[ \t]*(?P<credit>{_TOKEN}(?:[ \t]{_TOKEN}){{1,2}}?)[ \t]+(?P<caption>\p{{Lu}}[^©]*[.!?])",
    regex.V0,
)
# Every branch above needs a slash, a "©" or a label word; most lines have
# none, and substring tests turn them down far faster than the pattern.
# ("İ" folds to "i" under (?i), so a line holding it is tried too.)
_CREDIT_HINTS = ("credit", "photo", "image", "picture", "foto", "bild", "file")


def _may_hold_credit(text: str) -> bool:
    if "/" in text or "©" in text or "İ" in text:
        return True
    # map() keeps the loop in C: no generator frame a line
    return any(map(text.lower().__contains__, _CREDIT_HINTS))


# The label a caption keeps when the first branch read "Credit... Name/Paper"
# as a sentence ending in "Credit..." and a slashed credit.
_TRAILING_LABEL = regex.compile(rf"[ \t]+{_LABEL}[ \t]*(?::|\.\.\.|…)$")
_FILE_PHOTO = regex.compile(r"(?i:file photo)[ \t]*:[ \t]*(?P<caption>.+)")
# Searched in a caption stripped of its closing " .)", so each start tries at
# most 40 characters: a free "[\s.)]*$" tail would rescan the line per start.
_AGENCY_CREDIT = regex.compile(r"(?P<credit>\b\p{Lu}{2,}(?:[ \t]\p{Lu}{2,})?/[\w .'’-]{2,40})$")


@frozen
class PhotoCredit:
    """Caption lines that end in a credit, credit-only lines, and gallery controls.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Voters queue. Photograph: Juan Medina/Reuters\\nImage 1 of 5")
    >>> [f.metadata.images for f in PhotoCredit().find(Context(page, [False] * 2))]
    [(Image(caption='Voters queue.', credit='Juan Medina/Reuters'),), ()]
    """

    name: str = "photo-credit"
    kind: Kind = "caption"
    summary: str = "photo captions with their credits ('Name / Agency', '(AP Photo/…)', 'Photo: …')"

    def find(self, context: Context) -> Iterable[Finding]:
        credit_only = whole_line("caption-credit")
        control = for_lines(whole_line("caption-control"))
        # Only a line one of these may match can be a caption or a control.
        patterns = (_FILE_PHOTO, _CAPTION_WITH_CREDIT, credit_only, control.pattern)
        for line in context.candidates(*map(for_lines, patterns)):
            if line.words > CAPTION_MAX_WORDS:
                continue
            image = read_caption(line.text, credit_only)
            if image is not None and image.credit is not None and not_a_credit(image.credit):
                # Still taken, as before: the line is the page's chrome either way.
                kept = (Image(caption=image.caption),) if image.caption else ()
                yield Finding(line.index, line.index, "footer or menu links", Metadata(images=kept))
            elif image is not None:
                yield Finding(line.index, line.index, "photo caption", Metadata(images=(image,)))
            elif control.fullmatch(line.text):
                yield Finding(line.index, line.index, "gallery or caption control")


def not_a_credit(credit: str) -> bool:
    """Whether a credit-shaped text is a footer or a menu: a rights notice
    ("© ntv.de Alle Rechte vorbehalten"), or slashed links ("About Me/Contact").

    >>> not_a_credit("© All rights reserved."), not_a_credit("About Me/Contact")
    (True, True)
    >>> not_a_credit("© Reuters"), not_a_credit("Jane Doe/AP"), not_a_credit("Contact Press Images")
    (False, False, False)
    >>> not_a_credit("Screenshots Instagram/TikTok"), not_a_credit("City of Durban / Facebook")
    (False, False)

    A credit names people or agencies: a run of handles ("@AOC @AOC", an
    embedded post's author) or words mostly in lower case ("Weather around
    the world", a gallery's title after "Photos:") name no one.

    >>> not_a_credit("@AOC @AOC"), not_a_credit("Weather around the world")
    (True, True)
    >>> not_a_credit("Tom Brenner for The Washington Post via Getty Images"), not_a_credit("dpa")
    (False, False)
    """
    if _RIGHTS().search(credit) or _unnamed(credit):
        return True
    parts = _SLASH.split(credit)
    return len(parts) > 1 and any(_MENU_LINK().fullmatch(part) for part in parts)


_SLASH = regex.compile(r"\s*/\s*")
_WORD = regex.compile(r"[@\p{L}][\p{L}\p{M}\d'’.-]*")
# So many words in lower case, more than half the credit's, make a sentence
# or a title: names are capitalised ("Getty Images and US Presswire" has
# fewer). Agencies in lower case ("picture alliance/dpa") come slashed.
LOWER_MIN_WORDS = 3


def _unnamed(credit: str) -> bool:
    words: list[str] = _WORD.findall(credit)
    if words and all(w.startswith("@") for w in words):
        return True
    if "/" in credit:
        return False
    lower = sum(w[0].islower() for w in words)
    return lower >= LOWER_MIN_WORDS and 2 * lower > len(words)


@cache
def _RIGHTS() -> regex.Pattern[str]:
    return regex.compile("(?i)" + "|".join(f"(?:{p})" for p in phrases("rights")))


@cache
def _MENU_LINK() -> regex.Pattern[str]:
    """A footer link, from the packs. (Not a share word: "Facebook" in
    "Name / Facebook" is where the photo came from.)"""
    return regex.compile("(?i)" + "|".join(f"(?:{p})" for p in phrases("legal-link")))


def read_caption(text: str, credit_only: regex.Pattern[str]) -> Image | None:
    """The image a caption or credit line describes, or ``None``.

    >>> credit_only = whole_line("caption-credit")
    >>> read_caption("Voting in the midterms. Jose Luis Magana / AP / TASS", credit_only)
    Image(caption='Voting in the midterms.', credit='Jose Luis Magana / AP / TASS')
    >>> read_caption("The photo was taken in May.", credit_only) is None
    True
    """
    match = for_lines(_FILE_PHOTO).fullmatch(text)
    if match is not None:
        agency = _AGENCY_CREDIT.search(match["caption"].rstrip(" \t.)"))
        return Image(caption=match["caption"], credit=agency["credit"].strip() if agency else None)
    # A caption with its credit first: a credit-only pattern would read
    # "Voters queue. Photograph: Name/Reuters" as one long credit.
    match = for_lines(_CAPTION_WITH_CREDIT).fullmatch(text) if _may_hold_credit(text) else None
    if match is not None:
        caption = _TRAILING_LABEL.sub("", match["caption"].strip()) or None
        return Image(caption=caption, credit=match["credit"].strip())
    match = for_lines(credit_only).fullmatch(text)
    if match is not None:
        found = match.groupdict()
        if found.get("caption"):  # (with its credit when the phrase reads one: "…＝ロイター")
            credit = (found.get("credit") or "").strip() or None
            return Image(caption=found["caption"].strip(), credit=credit)
        return Image(credit=(found.get("credit") or text).strip(" ()"))
    return None
