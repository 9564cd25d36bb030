"""Markdown read as the plain text it stands for.

html2text, and the readers that feed pages to language models, write a
page as Markdown: a link is ``[its words](its address)``, an image
``![alt](address)``, a heading ``## Its words``, bold ``**words**``. Left
as they are, the addresses are words no article has and every menu item
reads as prose with a link in it. On a page that holds MIN_LINKS or more
links or images, each line is read without the markup: a link as its
words, an image as its alt text (as a text browser shows it), a heading
and bold as their words. Removals still point at the input; the body and
the metadata are read from the plain lines.
"""

from __future__ import annotations

from itertools import islice

import regex

MIN_LINKS = 3
# An address: no blank, brackets inside only in pairs ("Foo_(bar)"), then an
# optional title in quotes.
_TARGET = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)"
_IMAGE = regex.compile(r"!\[([^\]\n]*)\]" + _TARGET)
_LINK = regex.compile(r"\[([^\]\n]*)\]" + _TARGET)
_REFERENCE = regex.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_HEADING = regex.compile(r"#{1,6}\s+")
_STRONG = regex.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_FOUND = regex.compile(r"\]\((?:https?://|/|www\.)")


def is_markdown(text: str) -> bool:
    """Whether ``text`` holds MIN_LINKS or more Markdown links or images.

    >>> is_markdown("[Home](/) [World](/world)\\n![](https://a.org/a.jpg)\\nTalks ended.")
    True
    >>> is_markdown("Talks ended [on Monday].\\n(Reuters) - Talks ended.")
    False
    """
    return len(list(islice(_FOUND.finditer(text), MIN_LINKS))) == MIN_LINKS


def plain(text: str) -> str:
    """One line of Markdown as plain text, blanks collapsed.

    >>> plain("## Read [the report](https://example.com/r \\"PDF\\") ![](c.png) **now**")
    'Read the report now'
    >>> plain("Wikipedia's [Foo (bar)](https://en.wikipedia.org/wiki/Foo_(bar)) page")
    "Wikipedia's Foo (bar) page"
    """
    text = _IMAGE.sub(r" \1 ", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE.sub(r"\1", text)
    text = _HEADING.sub("", text, count=1) if text.startswith("#") else text
    text = _STRONG.sub(r"\2", text)
    return " ".join(text.split())
