"""A LinePattern finds exactly the match its whole pattern finds, groups and all."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.dispatch import CACHE_LIMIT, COMPILE_AFTER, LinePattern, for_lines
from newsclean.gate import split
from newsclean.page import Page
from newsclean.phrases import phrases, whole_line
from newsclean.rules import appeals, captions, chrome, related

DATA = Path(__file__).parent.parent / "benchmarks" / "data" / "pages.jsonl"


def _packs() -> list[str]:
    root = resources.files("newsclean") / "data"
    names = {
        entry.name.removesuffix(".txt")
        for lang in root.iterdir()
        if lang.is_dir()
        for entry in lang.iterdir()
        if entry.name.endswith(".txt")
    }
    return sorted(names - {"stopwords"})


# Every pack as a whole line, and the patterns rules build around packs.
PATTERNS: dict[str, regex.Pattern[str]] = {name: whole_line(name) for name in _packs()} | {
    "appeal-call": whole_line("appeal", appeals.CALL_TAIL),
    "advertisement-rule": chrome.ADVERTISEMENT.pattern,
    "share-rule": chrome.SHARE.pattern,
    "legal-rule": chrome.LEGAL.pattern,
    "read-more-inline-rule": whole_line("read-more-inline", related._INLINE_SEPARATOR),
    "tags-inline": whole_line("tags", r"\s*:\s*(?P<tags>\S.*)"),
    "tags-label": whole_line("tags", r"\s*:?"),
    "caption-with-credit": captions._CAPTION_WITH_CREDIT,
    "file-photo": captions._FILE_PHOTO,
    "teaser-noise": related._TEASER_NOISE,
}


def same(pattern: regex.Pattern[str], text: str) -> bool:
    whole = pattern.fullmatch(text)
    found = for_lines(pattern).fullmatch(text)
    if whole is None or found is None:
        return whole is found
    return whole.span() == found.span() and whole.groupdict() == found.groupdict()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("a|b", ("", ("a", "b"), "")),
        ("(?i)(?:(?:a|b)|(?:c))x", ("(?i)", ("a", "b", "c"), "x")),
        ("(?i)(?:a|b)?x", ("(?i)", ("(?:a|b)?x",), "")),  # an optional group is no alternation
        ("(?:a|b)(?:c|d)", ("", ("a", "b"), "(?:c|d)")),  # what follows is the shared tail
        (r"(?:[|(]|\||b)", ("", ("[|(]", r"\|", "b"), "")),
        ("(?:a(?:b|c)|d)", ("", ("a(?:b|c)", "d"), "")),
        ("(a|b)", ("", ("(a|b)",), "")),  # a capturing group keeps its number
    ],
)
def test_split_reads_the_top_level_branches(
    source: str, expected: tuple[str, tuple[str, ...], str]
) -> None:
    assert split(source) == expected


def _vocabulary() -> list[str]:
    words: set[str] = set()
    for name in _packs():
        for phrase in phrases(name):
            words.update(w for w in regex.findall(r"[^\W\d_]+", phrase) if len(w) > 1)
    return sorted(words)


VOCABULARY = _vocabulary()
TRICKY = "abcxyz 0123 .,:;!?|/-–()[]©@#\"'’“”…→ İıſKµßẞΣςéüÄÖ\t"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATTERNS))
@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.sampled_from(VOCABULARY) | st.text(TRICKY, max_size=4), max_size=10),
    case=st.sampled_from([str, str.upper, str.title, str.lower]),
    joiner=st.sampled_from([" ", "", ": ", " / ", " | "]),
)
def test_a_line_pattern_finds_what_the_whole_pattern_finds(
    name: str, words: list[str], case: object, joiner: str
) -> None:
    assert callable(case)
    assert same(PATTERNS[name], case(joiner.join(words)))


@cache
def dev_lines() -> list[str]:
    found: list[str] = []
    with DATA.open(encoding="utf-8") as handle:
        for record in map(json.loads, handle):
            for field in ("text", "trafilatura_text"):
                found.extend(line.text for line in Page.from_text(record[field]).lines)
    return [text for text in found if len(text.split()) <= 70]


@pytest.mark.slow
@pytest.mark.parametrize(
    "name",
    [
        "appeal-call",
        "newsletter",
        "legal-rule",
        "caption-credit",
        "caption-with-credit",
        "teaser-noise",
        "share-rule",
    ],
)
def test_every_dev_line_matches_alike(name: str) -> None:
    pattern = PATTERNS[name]
    assert [text for text in dev_lines() if not same(pattern, text)] == []
    assert any(pattern.fullmatch(text) for text in dev_lines())  # the check saw matches


def test_a_line_that_no_branch_can_start_is_turned_down() -> None:
    pattern = for_lines(regex.compile("(?i)(?:share|tweet)[.:]?"))
    assert isinstance(pattern, LinePattern)
    assert pattern.fullmatch("xshare") is None
    assert pattern.fullmatch("SHARE.") is not None


def test_the_caches_stay_bounded() -> None:
    pattern = for_lines(regex.compile(r"(?:\w+|[+-]\d+|\d+ (?:shares|likes))"))
    texts = [chr(0x4E00 + k) + chr(0x4E00 + k // 7) for k in range(CACHE_LIMIT + 50)]
    assert all(pattern.fullmatch(text) for text in texts)
    # Full caches: new lines go to the whole pattern, and still match alike.
    assert pattern.fullmatch("+5") is not None
    assert pattern.fullmatch("25 Shares") is None
    assert pattern.fullmatch("25 shares") is not None
    assert pattern.fullmatch("\u4e00!") is None
    assert len(pattern._starts) <= CACHE_LIMIT
    assert len(pattern._ends) <= CACHE_LIMIT


def test_a_set_of_branches_is_compiled_once_asked_often() -> None:
    # "Tweet" may take both "tw" branches: until that set has been asked of
    # COMPILE_AFTER lines, the whole pattern answers, alike.
    source = r"(?i)(?:(?P<n>\d+) shares|twee?ts?|tw(?P<x>\w)t+)[.:]?"
    pattern = for_lines(regex.compile(source))
    assert pattern.mask("Twe", True) & pattern.mask("et", False) == 0b110
    for n in range(1, COMPILE_AFTER + 2):
        assert same(pattern.pattern, "Tweet")
        assert same(pattern.pattern, "Twit")  # one branch, but the pattern has names
        assert sorted(pattern._subsets) == ([] if n < COMPILE_AFTER else [0b100, 0b110])


def test_one_branch_of_a_pattern_without_names_is_its_own_test() -> None:
    pattern = for_lines(regex.compile("(?i)(?:share|tweet|follow us)[.:]?"))
    assert pattern.fullmatch("Tweet:") is not None
    assert pattern.fullmatch("Follow us") is not None
    assert list(pattern._subsets.values()) == [pattern._forward[1], pattern._forward[2]]
