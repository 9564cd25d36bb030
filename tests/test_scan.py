"""Bulk dispatch a page at a time: every line a pattern matches is a candidate.

The candidates only decide which lines a rule tests; the match is always
the pattern's own. So the one property that matters is that no line a
pattern (or a cue) matches is left out, on real pages and on odd text.
"""

from __future__ import annotations

import json
import pickle

import pytest
import regex
from attrs import frozen
from hypothesis import given, settings
from hypothesis import strategies as st
from test_dispatch import DATA, PATTERNS, TRICKY, VOCABULARY, dev_lines

import newsclean
from newsclean import bulk
from newsclean.bulk import candidates
from newsclean.dispatch import for_lines
from newsclean.gate import covering
from newsclean.page import Page
from newsclean.phrases import anywhere
from newsclean.rule import Context, Finding
from newsclean.rules.related import HEADING_TEXT, UNWRAPPED
from newsclean.scan import Texts, Transform
from newsclean.types import Kind


def test_holding_finds_each_text_by_its_folded_form() -> None:
    texts = Texts.of(["Straße / Weg", "STRASSE", "Nothing", "by clicking", "here"])
    assert texts.holding("strasse") == (0, 1)  # "ß" folds to "ss"
    assert texts.holding("/") == (0,)
    assert texts.holding("clicking here") == ()  # never across two texts' break
    assert texts.holding("absent") == ()
    assert texts.size == sum(map(len, texts.texts))


def test_a_dotted_capital_i_makes_texts_unsearchable() -> None:
    # "İ" folds to two characters yet matches "i" in a pattern: no text test holds.
    assert not Texts.of(["İstanbul", "Share"]).searchable
    assert Texts.of(["Istanbul", "Share"]).searchable


@frozen
class _Spy:
    """A rule that takes nothing and keeps each context it is given."""

    name: str
    seen: list[Context]
    kind: Kind = "share"
    summary: str = "keeps its contexts"

    def find(self, context: Context) -> list[Finding]:
        self.seen.append(context)
        return []


def test_a_page_is_read_once_for_all_of_a_pipelines_rules() -> None:
    page = Page.from_text("Share\n\nTalks ended.")
    reading = bulk.Scanner().read(page)
    assert reading.texts() is reading.texts()
    lower = Transform(str.lower, opens="S")
    assert reading.texts(lower) is not reading.texts()
    assert reading.texts(lower).texts == ["share", "Talks ended."]
    # Every rule's context for a page shares one reading, and one scanner
    # (the pipeline's) serves every page; a context made by hand (a rule
    # tested alone) reads its page itself.
    seen: list[Context] = []
    pipeline = newsclean.Pipeline([_Spy("one", seen), _Spy("two", seen)])
    pipeline.clean("Share\n\nTalks ended.")
    pipeline.clean("Tweet\n\nTalks ended.")
    first, second, third, fourth = seen
    assert first.reading is second.reading and third.reading is fourth.reading
    assert first.reading is not third.reading
    assert first.reading.scanner is third.reading.scanner
    assert Context(page, [False, False]).reading is not Context(page, [False, False]).reading


def test_a_pickled_pipeline_leaves_its_speed_layer_behind() -> None:
    pipeline = newsclean.Pipeline()
    pipeline.clean("Share\n\nTalks ended.")
    copy = pickle.loads(pickle.dumps(pipeline))
    assert copy.names == pipeline.names and copy._scanner.usual == {}
    assert copy.clean("Share\n\nTalks ended.") == pipeline.clean("Share\n\nTalks ended.")


def test_covering_keeps_the_words_that_hold_no_other() -> None:
    assert covering(["cookie", "cookies", "les cookies", "consent"]) == {"cookie", "consent"}
    assert covering([]) == frozenset()


def _candidates_hold_every_match(name: str, lines: list[str]) -> None:
    pattern = for_lines(PATTERNS[name])
    found = candidates(pattern, Texts.of(lines))
    for i, text in enumerate(lines):
        match = pattern.fullmatch(text)
        if match is not None:
            assert i in found, (name, text)
            again = pattern.fullmatch(text, found[i])
            assert again is not None and again.span() == match.span()
            assert again.groupdict() == match.groupdict()
        elif i in found:
            assert pattern.fullmatch(text, found[i]) is None


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_dev_line_a_pattern_matches_is_a_candidate(name: str) -> None:
    lines = dev_lines()
    _candidates_hold_every_match(name, lines)
    # In chunks of tiny lines the texts are looked for in the page instead.
    _candidates_hold_every_match(name, [line[:3] for line in lines[:3000]] * 3)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATTERNS))
@settings(max_examples=60, deadline=None)
@given(
    lines=st.lists(
        st.lists(st.sampled_from(VOCABULARY) | st.text(TRICKY, max_size=4), max_size=6).map(
            " ".join
        ),
        max_size=8,
    ),
    case=st.sampled_from([str, str.upper, str.title]),
)
def test_every_odd_line_a_pattern_matches_is_a_candidate(
    name: str, lines: list[str], case: object
) -> None:
    assert callable(case)
    _candidates_hold_every_match(name, [case(line) for line in lines])


@pytest.mark.parametrize("pack", ["cookie", "appeal-cue", "newsletter-cue"])
def test_every_dev_line_a_cue_finds_is_a_candidate(pack: str) -> None:
    cue = anywhere(pack)
    lines = dev_lines()
    found = set(cue.candidates(Texts.of(lines)))
    hits = [i for i, text in enumerate(lines) if cue.search(text)]
    assert hits  # the check saw phrases
    assert set(hits) <= found
    assert len(found) < len(lines) / 2  # and the page search turned most lines down


def test_matches_skips_taken_and_long_lines() -> None:
    share = for_lines(regex.compile(r"(?i)(?:share|tweet)(?: this)?(?: now)?"))
    page = Page.from_text("Share\nTweet this now\nTalks ended.\nShare")
    context = Context(page, [False, False, False, True])
    assert [(line.index, m[0]) for line, m in context.matches(share, max_words=2)] == [(0, "Share")]


@pytest.mark.parametrize("transform", [HEADING_TEXT, UNWRAPPED], ids=["heading", "unwrap"])
def test_a_transform_changes_only_the_lines_it_says(transform: Transform) -> None:
    lines = [*dev_lines(), "- Read more: x", "[Related: y]", "(z)", "More…", "Next →"]
    changed = set(transform.changed(lines))
    assert {i for i, text in enumerate(lines) if transform.function(text) != text} <= changed
    texts = Texts.of(lines).changed(transform)
    assert texts.texts == [transform.function(text) for text in lines]
    assert texts == Texts.of([transform.function(text) for text in lines])


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_short_text_is_tried_only_on_the_branches_that_match_it(name: str) -> None:
    pattern = for_lines(PATTERNS[name])
    shorts = ["a", "x", "-", ".", "?", "AP", "ad", "X", "1", "©", "by", "Foto", "ß", "İ"]
    found = candidates(pattern, Texts.of(shorts))
    for i, text in enumerate(shorts):
        assert (pattern.fullmatch(text) is not None) <= (i in found), text
        if len(text) <= 3:
            assert bool(pattern.whole(text)) == (pattern.fullmatch(text) is not None), text


def test_patterns_answered_together_keep_every_match() -> None:
    # Cleaning pages makes the rules' patterns one set; each page's answers
    # for all of them, found in one pass, hold every line each one matches.
    with DATA.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle][:40]
    pipeline = newsclean.Pipeline()
    for record in records:
        pipeline.clean(record["text"])
    together = pipeline._scanner.usual[None]
    assert len(together.patterns) >= 10
    odd = "İstanbul\nPhoto: AP\n© 2024 Reuters\nx\n-\nShare"  # not searchable: "İ"
    for text in [record["trafilatura_text"] for record in records] + [odd]:
        page = Page.from_text(text)
        reading = pipeline._scanner.read(page)
        for pattern in together.patterns:
            found = reading.candidates(pattern)
            for i, line in enumerate(page.lines):
                match = pattern.fullmatch(line.text)
                if match is not None:
                    assert i in found, line.text
                    assert pattern.fullmatch(line.text, found[i]) is not None


def test_a_key_is_learned_on_its_second_page() -> None:
    # The first page with "Shx" takes the answer for "Sh" (both "share"
    # branches), not kept; the second asks the engine, and keeps "Shx".
    pattern = for_lines(regex.compile("(?i)(?:share|shared by \\w+|tweet)"))
    together = bulk.LineSet((pattern,))
    first = together.anchored(Texts.of(["Shxxx", "Share"]))
    assert first == [{0: 0b010, 1: 0b011}]  # "shared by …" can end in "xx"
    assert "Shx" not in together._starts and "Sha" not in together._starts
    second = together.anchored(Texts.of(["Shxxx", "Share"]))
    assert second == [{1: 0b011}]
    assert together._starts["Shx"] == 0 and together._starts["Sha"] == 0b011
