"""The pipeline: which rules run, in what order, with which phrase folders.

A :class:`Pipeline` is frozen configuration plus its speed layer (what its
rules' patterns learned of the pages it cleaned, see :mod:`.bulk`); how a
page's findings become an Article is :mod:`.assembly`'s."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path

import regex
from attrs import evolve, field, frozen

from .assembly import assemble, kind_message
from .bulk import Scanner
from .own_phrases import rebuilt
from .phrases import check_folder, using
from .rule import Rule
from .rules.appeals import Appeal, AppealLetter
from .rules.body import ArticleBody
from .rules.captions import PhotoCredit
from .rules.chrome import ADVERTISEMENT, COOKIE, LEGAL, MEDIA_CONTROL, SHARE, SKIP_LINK
from .rules.header import Byline, Title
from .rules.newsletter import Newsletter
from .rules.related import ReadMoreInline, RelatedBlock
from .rules.tags import TagLine
from .types import KINDS, Article

# The default order. The byline goes first, so that no block rule swallows it
# ("Trending" above the headline), and so "By AFP" is never taken for a
# headline. Rules that recognise a block by its own words run next; the title
# takes the first line left; captions come next, as they match loosest. Body
# selection runs last: it judges only the lines no rule recognised, and drops
# the menus, teasers and footers around the article's prose.
DEFAULT_RULES: tuple[Rule, ...] = (
    Byline(),
    AppealLetter(),
    Appeal(),
    Newsletter(),
    COOKIE,
    TagLine(),
    RelatedBlock(),
    ReadMoreInline(),
    ADVERTISEMENT,
    MEDIA_CONTROL,
    SHARE,
    SKIP_LINK,
    LEGAL,
    Title(),
    PhotoCredit(),
    ArticleBody(),
)

_KEBAB = regex.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _as_tuple(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(rules)


def _check_rules(instance: Pipeline, attribute: object, rules: tuple[Rule, ...]) -> None:
    seen: set[str] = set()
    for rule in rules:
        if not isinstance(rule, Rule):
            raise TypeError(f"{rule!r} is not a rule: it needs name, kind, summary and find()")
        if not _KEBAB.fullmatch(rule.name):
            raise ValueError(f"rule name {rule.name!r} is not kebab-case")
        if rule.name in seen:
            raise ValueError(f"two rules are named {rule.name!r}")
        if rule.kind not in KINDS:
            raise ValueError(kind_message(rule.name, rule.kind))
        seen.add(rule.name)


def _as_folders(folders: str | Path | Iterable[str | Path]) -> tuple[Path, ...]:
    if isinstance(folders, (str, Path)):
        folders = (folders,)
    return tuple(Path(folder).resolve() for folder in folders)


def _check_folders(instance: Pipeline, attribute: object, folders: tuple[Path, ...]) -> None:
    for folder in folders:
        check_folder(folder)


# Raw HTML (a scraper's page source, not its rendered text) keeps its tags on
# every line, so nothing matches a whole line and the page comes back as is.
# It starts with a tag; a page's text that quotes some markup (a <noscript>
# block a renderer let through) does not.
_HTML_TAG = regex.compile(
    r"(?i)<!doctype\s+html|<(?:/?(?:html|head|body|div|span|p|a|ul|li|table|td|script|style)"
    r"|meta|link|img|br)\b[^<>]*>"
)
HTML_TAGS = 5  # this many tags in a page's first 10,000 characters: HTML, not text


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is a page's HTML source rather than its text.

    >>> looks_like_html("<html><body><div><p>Talks <a href='x'>ended</a>.</p></div>")
    True
    >>> looks_like_html("Use <br> for a line break, she wrote, and <p> for a paragraph.")
    False
    """
    return text.lstrip()[:1] == "<" and len(_HTML_TAG.findall(text, 0, 10_000)) >= HTML_TAGS


@frozen
class Pipeline:
    """An ordered, frozen set of rules.

    >>> pipeline = Pipeline().without("photo-credit")
    >>> "photo-credit" in pipeline.names
    False
    >>> Pipeline().without("no-such-rule")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    KeyError: "no rule named 'no-such-rule'; rules are: byline, appeal-letter, ..."

    ``phrases`` names folders of your own phrase files (``<lang>/<name>.txt``,
    the layout of the package's ``data/``), merged per language into the
    default rules' phrases.

    A pipeline gets faster over its first pages: it learns which lines its
    rules' patterns can turn down unseen (never what they match). Build one
    and clean every page with it, as :func:`clean` does with its default.
    """

    rules: tuple[Rule, ...] = field(
        default=DEFAULT_RULES, converter=_as_tuple, validator=_check_rules
    )
    phrases: tuple[Path, ...] = field(default=(), converter=_as_folders, validator=_check_folders)
    # The speed layer: what the rules' patterns learned of the pages before.
    _scanner: Scanner = field(factory=Scanner, init=False, eq=False, repr=False)

    @property
    def names(self) -> tuple[str, ...]:
        """The rule names, in the order the rules run."""
        return tuple(rule.name for rule in self.rules)

    def without(self, *names: str) -> Pipeline:
        """This pipeline less the named rules; an unknown name raises ``KeyError``."""
        for name in names:
            if name not in self.names:
                raise KeyError(f"no rule named {name!r}; rules are: {', '.join(self.names)}")
        return evolve(self, rules=tuple(r for r in self.rules if r.name not in names))

    def insert(
        self, rule: Rule, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """This pipeline with ``rule`` run just before, or just after, the named rule.

        A line belongs to the first rule that takes it, so a rule must run
        before any rule that would take its lines.

        >>> from newsclean.rules.chrome import ADVERTISEMENT
        >>> mine = evolve(ADVERTISEMENT, name="my-ads")
        >>> names = Pipeline().insert(mine, before="share-row").names
        >>> names[names.index("my-ads") + 1]
        'share-row'
        >>> Pipeline().insert(mine, after="no-such-rule")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        KeyError: "no rule named 'no-such-rule'; rules are: byline, appeal-letter, ..."
        """
        if (before is None) == (after is None):
            raise TypeError("insert() takes one of before= or after=, naming a rule")
        name = before if before is not None else after
        if name not in self.names:
            raise KeyError(f"no rule named {name!r}; rules are: {', '.join(self.names)}")
        at = self.names.index(name) + (after is not None)
        return evolve(self, rules=(*self.rules[:at], rule, *self.rules[at:]))

    def warm(self) -> Pipeline:
        """Compile this pipeline's patterns now, not on the first page; returns itself.

        The first page a process cleans otherwise pays for the compile (about
        a second; much less when :mod:`newsclean.patterncache` holds the
        patterns), and the first lines of each shape for learning which
        branches can take them. A worker initialiser calls this, so the first
        record a worker gets costs what the others do. It cleans with this
        pipeline (its rules and phrase folders), so what it compiles is what
        the records need. The output of :meth:`clean` is the same whether or
        not the pipeline was warmed.

        >>> pipeline = Pipeline().warm()
        >>> pipeline.clean("By AFP\\n\\nThe talks ended on Monday.").body
        'The talks ended on Monday.'
        """
        self.clean(_WARM_UP)
        return self

    def clean(self, text: str) -> Article:
        """Clean one page of text.

        >>> Pipeline().clean("By AFP\\n\\nThe talks ended on Monday.").metadata.authors
        ('AFP',)
        """
        return self._clean(text, stacklevel=3)

    def _clean(self, text: str, stacklevel: int) -> Article:
        # stacklevel: how far up the stack the caller that passed ``text`` is.
        if not isinstance(text, str):
            raise TypeError(_type_message(text))
        if looks_like_html(text):
            warnings.warn(
                "the text looks like HTML: newsclean reads a page's text, so render "
                "the HTML to text first (with html2text or trafilatura, for instance)",
                UserWarning,
                stacklevel=stacklevel,
            )
        with using(self.phrases):
            return assemble(text, rebuilt(self.rules, self.phrases), self._scanner)


# A page of the line shapes most pages hold (a headline, a byline, prose,
# chrome, a newsletter box, a related block): cleaning it compiles every
# pattern and teaches the rules those shapes.
_WARM_UP = """Talks Stall Again as Deadline Nears

By Jane Doe and John Smith | Reuters

Updated 12 March 2024, 10:15 GMT

Share this article
Facebook
Twitter
Advertisement

The talks ended on Monday without a deal, officials said, and both sides blamed the other.

"We will meet again next week," the minister told reporters in the capital.

Photo: John Smith/AP

Sign up for our daily newsletter
Subscribe

Related stories
Read more: How the talks began

© 2024 The Daily News. All rights reserved.
Cookie settings
"""


def _type_message(value: object) -> str:
    if isinstance(value, (bytes, bytearray)):
        return "clean() takes str, not bytes: decode it first, e.g. data.decode('utf-8')"
    return f"clean() takes str, not {type(value).__name__}"


DEFAULT_PIPELINE = Pipeline()


def clean(text: str, pipeline: Pipeline | None = None) -> Article:
    """Clean the text of a news page into a body, metadata and removals.

    ``pipeline`` is the rules to use; by default, ``Pipeline()``.

    >>> text = "Support The Moscow Times!\\n\\nTalks Stall\\n\\nThe talks ended on Monday."
    >>> article = clean(text)
    >>> article.body
    'The talks ended on Monday.'
    >>> article.metadata.title, article.metadata.publisher
    ('Talks Stall', 'The Moscow Times')
    >>> clean(b"bytes")
    Traceback (most recent call last):
    ...
    TypeError: clean() takes str, not bytes: decode it first, e.g. data.decode('utf-8')
    """
    return (DEFAULT_PIPELINE if pipeline is None else pipeline)._clean(text, stacklevel=3)
