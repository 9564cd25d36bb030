"""Literal gates never turn down a line their pattern would match."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.gate import needs
from newsclean.phrases import anywhere, phrases

PACKS = ["cookie", "appeal-cue", "newsletter-cue", "byline-role"]


@pytest.mark.parametrize(
    ("patterns", "expected"),
    [
        (["we use cookies"], {"we use cookies"}),
        (["cookies?"], {"cookie"}),  # the optional "s" is not needed
        (["ab+c"], None),  # "ab" is too short: the "b" may repeat
        (["abcd+e"], {"abcd"}),
        (["(donate|contribute) now"], {"donate", "contribute"}),
        (["(reader|member)[- ](funded|supported)"], {"reader", "member"}),  # first of a tie
        (["(?!spam)news"], {"news"}),  # a lookahead is no piece
        (["e-?mail"], {"mail"}),
        (["(web)?site uses cookies"], {"site uses cookies"}),
        (["[a-z]+ly"], None),
        (["(please|to) (give|go)"], None),
    ],
)
def test_needs_reads_what_a_match_must_hold(patterns: list[str], expected: set[str] | None) -> None:
    assert needs(patterns) == (None if expected is None else frozenset(expected))


def _vocabulary() -> list[str]:
    words: set[str] = set()
    for pack in PACKS:
        for phrase in phrases(pack):
            words.update(w for w in regex.findall(r"[A-Za-z]+", phrase) if len(w) > 1)
    return sorted(words)


VOCABULARY = _vocabulary()


@pytest.mark.slow
@pytest.mark.parametrize("pack", PACKS)
@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(VOCABULARY)
        | st.text("abcdefghijklmnopqrstuvwxyz -’“”—éèüößẞİıſKµΣς", max_size=8),
        max_size=12,
    ),
    case=st.sampled_from([str, str.upper, str.title]),
)
def test_a_gate_never_turns_down_a_match(
    pack: str, words: list[str], case: Callable[[str], str]
) -> None:
    text = case(" ".join(words))
    cue = anywhere(pack)
    assert (cue.search(text) is None) == (cue.pattern.search(text) is None)
