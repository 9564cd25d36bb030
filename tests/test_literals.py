"""The texts a pattern needs are in every match of it: a gate never turns a match down."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from test_dispatch import PATTERNS, TRICKY, VOCABULARY, dev_lines

from newsclean.literals import required
from newsclean.phrases import phrases


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("we use cookies", {"we use cookies"}),
        ("cookies?", {"cookie"}),
        ("ab+c", {"ab"}),  # the "b" may repeat: "c" need not follow "ab"
        ("x{2,300}abc", {"abc"}),  # a repeat count's digits are no text
        ("(?:a|b)(?:c|d)", {"a", "b"}),
        (r"[.!?]\s\d", {".", "!", "?"}),
        (r"\(c\) \d{4}", {"(c)"}),
        ("(?-i:Sp)ort", {"sport"}),  # case-folded
        ("(?P<name>abc)d", {"abcd"}),
        ("(?!spam)news", {"news"}),
        ("(?<=ab)c", {"c"}),
        ("(a|)b", {"b"}),
        ("(a|)", None),  # the empty alternative needs nothing
        ("[a-z]+", None),  # a range is no literal
        ("[^ab]c", {"c"}),
        (r"(a)\1", None),  # a back reference: the reader gives up
        ("(?#note)abc", None),
        (".*", None),
    ],
)
def test_required_reads_the_pattern(pattern: str, expected: set[str] | None) -> None:
    assert required(pattern) == (None if expected is None else frozenset(expected))


def _sources() -> list[str]:
    found = {
        p for name in ("cookie", "legal", "caption-credit", "appeal-pitch") for p in phrases(name)
    }
    found.update(p.pattern for p in PATTERNS.values())
    return sorted(found)


SOURCES = _sources()


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(
    source=st.sampled_from(SOURCES),
    words=st.lists(st.sampled_from(VOCABULARY) | st.text(TRICKY, max_size=4), max_size=10),
    case=st.sampled_from([str, str.upper, str.title]),
    few=st.booleans(),
)
def test_every_match_holds_a_needed_text(
    source: str, words: list[str], case: Callable[[str], str], few: bool
) -> None:
    text = case(" ".join(words))
    texts = required(source, few=few)
    match = regex.compile(source if source.startswith("(?") else f"(?i){source}", regex.V0)
    if texts is None or "İ" in text or match.search(text) is None:
        return
    folded = text.casefold()
    assert any(t in folded for t in texts)


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", ["legal-rule", "caption-credit", "caption-with-credit", "newsletter"]
)
def test_every_matching_dev_line_holds_a_needed_text(name: str) -> None:
    pattern = PATTERNS[name]
    texts = [t for t in dev_lines() if "İ" not in t and pattern.fullmatch(t) is not None]
    assert texts  # the check saw matches
    for few in (False, True):
        needed = required(pattern.pattern.removeprefix("(?i)"), few=few)
        assert needed is not None
        assert [t for t in texts if not any(n in t.casefold() for n in needed)] == []
