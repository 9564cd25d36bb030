"""Tag lines: "Tags: a, b", or a label with one tag a line under it, read into ``tags``.

The label may head the article's tags or a section menu ("Themen" over
"Politik", "Wirtschaft", "Sport"), and both look alike line by line. A list is
taken when its items are short names, as before; it is *read* only when it
looks like tags:

- the list ends where its run ends: at a line that is no tag ("Passer la
  publicité", "Bildrechte: Reuters", "12 comments") or at a blank line after
  two or more tags one a line;
- a list most of whose items are section names (the ``sections`` packs) is a
  menu, and so is a list whose label is itself an item of a menu: the two
  lines above it are short items too ("Podcasts" / "Autoren" / "Themen"),
  or is printed over every column of a menu (LABEL_COLUMNS_MIN times or more
  on the page), or a list that goes on past the line that ended it;
- a count after every tag ("Gaza 398", "Hamas 420") is the site's article
  count, not part of the tag.

A menu under a label is still taken (its lines are the page's chrome), but
gives no tags.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

import regex
from attrs import frozen

from ..dates import date_in
from ..dispatch import for_lines
from ..page import Line
from ..phrases import phrases, whole_line
from ..rule import Context, Finding
from ..types import Kind, Metadata
from .headlines import LABEL, STAMP_MAX_WORDS
from .related import TEASER_MAX_WORDS

# A tag is a name or a short phrase; "Government and politics" is three words.
TAG_MAX_WORDS = 4
# A list of tags one a line ends within this many lines of its label.
TAG_BLOCK_MAX_LINES = 15
# A menu's items are a word or three ("Podcasts", "Mehr Sport"); so many lines
# above a label, all such items, make the label one more item of the menu.
MENU_ITEM_MAX_WORDS = 3
MENU_LINES_ABOVE = 2
# A tag list is a menu when more than this share of its items are section names.
SECTION_SHARE = 0.5
# A page prints its tags' label three times at most (above and below the
# article, and in its menu); one printed this often heads a menu's columns.
LABEL_COLUMNS_MIN = 4
# A list goes on past the line that ended it when so many items follow it.
RUN_ON_ITEMS = 2

_WORD = regex.compile(r"\w+")
_TAG_SEPARATOR = regex.compile(r"\s*[,;|·•]\s*")
_SENTENCE_END = regex.compile(r"\.[\"'”’»)\]]*$")
# "Bildrechte: Reuters", "Modern Wife sagt:": a label and its value, no tag.
_LABELLED = regex.compile(r":")
# "12 Ergänzungen", "6 comments": a count opens the item.
_COUNT_FIRST = regex.compile(r"\d")
# "Gaza 398", "Kommentieren 0": a count closes the item.
_COUNT_LAST = regex.compile(r"\s+\(?\d+\)?$")


@frozen
class TagLine:
    """A "Tags: a, b" or "Read more about: a , b" line: the article's tags.

    The label may also stand alone with one tag a line below it ("Related
    Topics" / "Justin Bieber" / "Music"). A tag is a few words and no
    sentence, so a sentence that opens with "Topics:" stays.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Related Topics\\nJustin Bieber\\nMusic\\nThe talks ended on Monday.")
    >>> [f.metadata.tags for f in TagLine().find(Context(page, [False] * 4))]
    [('Justin Bieber', 'Music')]
    """

    name: str = "tag-line"
    kind: Kind = "tags"
    summary: str = "'Tags:' / 'Topics:' / 'Read more about:' lines, read into tags"

    def find(self, context: Context) -> Iterable[Finding]:
        inline = for_lines(whole_line("tags", r"\s*:\s*(?P<tags>\S.*)"))
        label = for_lines(whole_line("tags", r"\s*:?"))
        for line in context.candidates(inline, label):
            if line.words > TEASER_MAX_WORDS:
                continue
            match = inline.fullmatch(line.text)
            if match is not None:
                tags = read_tags(match["tags"])
                if tags:
                    read = () if _sections(tags) else tags
                    yield Finding(line.index, line.index, _reason(read), Metadata(tags=read))
            elif label.fullmatch(line.text):
                last, rows = _tags_below(context, line.index)
                tags = tuple(tag for _, found in rows for tag in found)
                if tags and not _menu(tags, last - line.index):
                    read = read_list(context.page.lines, line.index, rows)
                    if _runs_on(context.page.lines, last):
                        read = ()
                    yield Finding(line.index, last, _reason(read), Metadata(tags=read))


def _reason(tags: tuple[str, ...]) -> str:
    return "tag list" if tags else "section menu under a tag label"


def _menu(tags: tuple[str, ...], lines: int) -> bool:
    """Whether a list under a tag label is no list of names at all: it runs on
    past TAG_BLOCK_MAX_LINES, or holds a label of the page's chrome
    ("Impressum", "Log Out", "Live-TV"), or a time stamp. Such a list is not
    taken; the body model judges its lines."""
    return lines >= TAG_BLOCK_MAX_LINES or any(not tag_like(t) for t in tags)


def tag_like(tag: str) -> bool:
    """Whether an item reads as a tag: not a time stamp, not a chrome label.

    >>> tag_like("Ukraine-Krieg"), tag_like("Impressum"), tag_like("Nov 19, 2019")
    (True, False, False)
    """
    if len(_WORD.findall(tag)) <= STAMP_MAX_WORDS and date_in(tag) is not None:
        return False
    return LABEL().fullmatch(tag) is None and _CHROME().fullmatch(tag) is None


def tag_shaped(tag: str) -> bool:
    """Whether an item of a list under a label is a tag and not the page's
    chrome beside it: no label and value, no count first, no chrome label
    behind a count.

    >>> tag_shaped("Warnstreik"), tag_shaped("Bildrechte: Reuters"), tag_shaped("12 comments")
    (True, False, False)
    >>> tag_shaped("Kommentieren 0"), tag_shaped("Apollo 11")
    (False, True)
    """
    if _LABELLED.search(tag) or _COUNT_FIRST.match(tag):
        return False
    return tag_like(_COUNT_LAST.sub("", tag))


def read_list(
    lines: Sequence[Line], label: int, rows: Sequence[tuple[int, tuple[str, ...]]]
) -> tuple[str, ...]:
    """The tags a list under a label gives: its run of tags, or ``()`` for a menu.

    ``rows`` are the list's lines, each with the items it holds.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Tags\\nRussia\\nKremlin\\n\\nPasser la publicité")
    >>> rows = [(1, ("Russia",)), (2, ("Kremlin",)), (3, ("Passer la publicité",))]
    >>> read_list(page.lines, 0, rows)
    ('Russia', 'Kremlin')
    """
    tags: list[str] = []
    run = 0
    for index, found in rows:
        if tags and lines[index].blank_before and run >= 2:
            break  # a gap after a run of tags one a line: what follows is the page's
        if not all(tag_shaped(t) for t in found):
            break
        run = 1 if lines[index].blank_before else run + 1
        tags.extend(found)
    read = _without_counts(tuple(tags))
    if not read or _sections(read) or _inside_menu(lines, label) or _column_label(lines, label):
        return ()
    return read


def _without_counts(tags: tuple[str, ...]) -> tuple[str, ...]:
    """Tags without the article count a site prints after every one of them.

    >>> _without_counts(("Gaza 398", "Hamas 420")), _without_counts(("Apollo 11", "NASA"))
    (('Gaza', 'Hamas'), ('Apollo 11', 'NASA'))
    """
    if len(tags) < 2 or not all(_COUNT_LAST.search(t) for t in tags):
        return tags
    return tuple(_COUNT_LAST.sub("", t) for t in tags)


def _sections(tags: tuple[str, ...]) -> bool:
    """Whether most items are section names: a menu, not the article's tags."""
    section = for_lines(whole_line("sections"))
    return sum(section.fullmatch(t) is not None for t in tags) > SECTION_SHARE * len(tags)


def _inside_menu(lines: Sequence[Line], label: int) -> bool:
    """Whether the label is one more item of a menu: the lines right above it
    are short items with no sentence, as a menu's are."""
    above = lines[max(0, label - MENU_LINES_ABOVE) : label]
    return len(above) == MENU_LINES_ABOVE and all(
        0 < line.words <= MENU_ITEM_MAX_WORDS and not line.is_sentence for line in above
    )


def _column_label(lines: Sequence[Line], label: int) -> bool:
    """Whether the label is printed LABEL_COLUMNS_MIN times or more on the page:
    the heading of each column of a menu ("Catégories" over every section's
    list), not of the article's tags."""
    text = lines[label].text
    return sum(line.text == text for line in lines) >= LABEL_COLUMNS_MIN


def _runs_on(lines: Sequence[Line], last: int) -> bool:
    """Whether the list under a label goes on past the line that ended it: a
    line that is no tag and no sentence, then RUN_ON_ITEMS more items one a
    line with no gap, as a blog's category list goes on past its one long
    entry ("Food" / "Food and Drink for the Weekend" / "Football" / "Garden").
    Such a list is the site's menu, not the article's tags.

    >>> from newsclean.page import Page
    >>> page = Page.from_text("Topics\\nFood\\nFood and Drink for the Weekend\\nFootball\\nGarden")
    >>> _runs_on(page.lines, 1)
    True
    """
    after = lines[last + 1 : last + 2 + RUN_ON_ITEMS]
    if len(after) <= RUN_ON_ITEMS or not after[0].text or after[0].is_sentence:
        return False
    return all(
        line.text and not line.blank_before and read_tags(line.text) and tag_shaped(line.text)
        for line in after[1:]
    )


@cache
def _CHROME() -> regex.Pattern[str]:
    """Footer and account links a menu holds, from the packs."""
    names = ("legal", "legal-link", "share", "share-follow", "newsletter-button", "cookie-button")
    alternatives = "|".join(f"(?:{p})" for name in names for p in phrases(name))
    return regex.compile(
        f"(?i)(?:{alternatives}|log ?(?:in|out)|sign (?:in|out)|live(?:-tv| tv)?|archiv(?:e|es)?)"
    )


def read_tags(text: str) -> tuple[str, ...]:
    """The tags of a list, or ``()`` when it reads as a sentence, not a list.

    >>> read_tags("United States , Kremlin")
    ('United States', 'Kremlin')
    >>> read_tags("the summit will cover trade, climate and security, officials said.")
    ()
    """
    if _SENTENCE_END.search(text):
        return ()
    tags = tuple(t for t in _TAG_SEPARATOR.split(text.strip()) if t)
    if not tags or any(len(t.split()) > TAG_MAX_WORDS for t in tags):
        return ()
    return tags


def _tags_below(context: Context, label: int) -> tuple[int, list[tuple[int, tuple[str, ...]]]]:
    """The last line of the one-tag-a-line list under a label line, and its
    lines with the tags each holds."""
    lines = context.page.lines
    rows: list[tuple[int, tuple[str, ...]]] = []
    last = label
    for i in range(label + 1, min(len(lines), label + 1 + TAG_BLOCK_MAX_LINES)):
        if context.taken[i]:
            break
        text = lines[i].text.strip(" ,;|·•")
        if text:
            found = read_tags(text)
            if not found:
                break
            rows.append((i, found))
        last = i
    return last, rows
