"""The benchmark's metric helpers in benchmarks/quality.py, on tiny hand-made cases.

benchmarks/ is not a package, so the script is loaded from its path.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest


def _load_quality() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "quality.py"
    spec = importlib.util.spec_from_file_location("benchmark_quality", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


quality = _load_quality()


# --- shingles -----------------------------------------------------------------


def test_shingles_are_word_4_grams_counted_as_a_multiset() -> None:
    assert quality.shingles("a b c d e") == Counter([("a", "b", "c", "d"), ("b", "c", "d", "e")])
    assert quality.shingles("x y z w x y z w")[("x", "y", "z", "w")] == 2


def test_shingles_ignore_punctuation_between_tokens() -> None:
    assert quality.shingles("One, two; three — four!") == Counter([("One", "two", "three", "four")])


def test_fewer_than_four_tokens_make_one_shingle() -> None:
    assert quality.shingles("only three words") == Counter([("only", "three", "words")])
    assert quality.shingles("one") == Counter([("one",)])


@pytest.mark.parametrize("text", ["", "   \n ", "— … !"])
def test_text_without_tokens_has_no_shingles(text: str) -> None:
    assert quality.shingles(text) == Counter()


# --- per-page precision / recall ------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("a b c d e", "a b c d e", (1.0, 1.0)),  # identical
        ("", "", (1.0, 1.0)),  # nothing expected, nothing given: fp = fn = 0
        ("", "a b c d e", (0.0, 0.0)),  # tp = fp = 0 and tp = 0 for recall
        ("a b c d e", "", (0.0, 0.0)),  # everything predicted is extra
        ("a b c d e", "a b c d", (0.5, 1.0)),  # one shared, one extra shingle
        ("a b c d", "a b c d e", (1.0, 0.5)),  # one shared, one missed shingle
        ("a b c", "a b c", (1.0, 1.0)),  # short texts compare as one shingle
        ("a b c", "a b c d", (0.0, 0.0)),  # a 3-token shingle is not a 4-gram
        ("a b c d a b c d", "a b c d", (0.2, 1.0)),  # shared by count, not by presence
    ],
)
def test_page_scores(predicted: str, gold: str, expected: tuple[float, float]) -> None:
    assert quality.page_scores(predicted, gold) == pytest.approx(expected)


def test_score_averages_pages_then_takes_the_harmonic_mean() -> None:
    pairs = [("a b c d e", "a b c d"), ("a b c d", "a b c d e")]  # (0.5, 1.0) and (1.0, 0.5)
    precision, recall, f1 = quality.score(pairs)
    assert (precision, recall) == pytest.approx((0.75, 0.75))
    assert f1 == pytest.approx(0.75)


# --- titles ----------------------------------------------------------------------


def test_fold_casefolds_and_collapses_whitespace() -> None:
    assert quality.fold("  Nadal keeps\n Spain   ALIVE ") == "nadal keeps spain alive"
    assert quality.fold("STRASSE") == quality.fold("straße")  # casefold, not lower


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("Royal Self-Indicting Arrogance", "Royal Self-Indicting Arrogance", True),
        ("royal  self-indicting\tARROGANCE ", "Royal Self-Indicting Arrogance", True),
        (None, "Royal Self-Indicting Arrogance", False),
        ("Royal Self-Indicting Arrogance - Sputnik", "Royal Self-Indicting Arrogance", False),
        # quotes are not folded: straight and curly differ
        ('Anthony Lynn: "We needed"', "Anthony Lynn: “We needed”", False),
    ],
)
def test_title_match(predicted: str | None, gold: str, expected: bool) -> None:
    assert quality.title_match(predicted, gold) is expected


# --- authors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ((), (), True),  # no byline, none found
        (("AFP",), ("AFP",), True),
        # the order of names does not matter
        (("Malcolm Owen", "Mike Wuerthele"), ("Mike Wuerthele", "Malcolm Owen"), True),
        (("LISA  MASCARO",), ("Lisa Mascaro",), True),  # case and spacing folded
        (("Ana Swanson", "Ana Swanson"), ("Ana Swanson",), True),  # a set: repeats collapse
        ((), ("AFP",), False),
        (("AFP",), (), False),  # an empty gold set needs an empty prediction
        (("Mike Wuerthele",), ("Mike Wuerthele", "Malcolm Owen"), False),  # subset is wrong
        (("Meg James Staff Writer",), ("Meg James",), False),  # exact names only
    ],
)
def test_authors_match(predicted: tuple[str, ...], gold: tuple[str, ...], expected: bool) -> None:
    assert quality.authors_match(predicted, gold) is expected


def test_metadata_scores_count_titles_only_where_gold_has_one() -> None:
    pairs = [
        (("Headline", ("AFP",)), ("headline", ("afp",))),  # both right
        (("Wrong", ()), ("Headline", ("Ana Swanson",))),  # both wrong
        (("Anything", ()), (None, ())),  # no gold title: authors only
    ]
    title, n_titles, authors, n_authors = quality.metadata_scores(pairs)
    assert (title, n_titles) == (pytest.approx(0.5), 2)
    assert (authors, n_authors) == (pytest.approx(2 / 3), 3)


def test_metadata_gold_file_lines_up_with_the_dev_pages() -> None:
    pages = quality.load()
    gold = quality.load_metadata()
    assert [page["id"] for page in pages] == list(gold)
    for page in pages:
        title, authors = gold[page["id"]]
        # labels are copied from the page, so each title is one of its lines
        assert title is None or title in (line.strip() for line in page["text"].splitlines())
        assert all(name in page["text"] for name in authors)
