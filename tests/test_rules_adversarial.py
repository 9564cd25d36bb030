"""Every default rule takes linear time on hostile text.

Each rule runs alone on adversarial pages (one huge line of a repeated unit,
many short lines of it) and on a real page of the same size, timed as CPU
time of this process. A rule may be much slower than on the real page, but
only a blow-up (catastrophic backtracking, a loop quadratic in the lines)
exceeds the generous bound; a loaded machine slows both runs alike.
"""

from __future__ import annotations

import json
import time
from functools import cache
from pathlib import Path

import pytest

from newsclean import DEFAULT_RULES, Rule
from newsclean.page import Page
from newsclean.rule import Context

# Growth tests: each rule timed on large hostile pages (run with -m slow).
pytestmark = pytest.mark.slow

DATA = Path(__file__).parent.parent / "benchmarks" / "data" / "pages.jsonl"
# The sizes are 1 MB and 50k lines; a quarter and two fifths keep the
# suite quick, and a quadratic rule already takes minutes at these sizes.
LINE_CHARS = 250_000  # one line of this many characters
SHORT_LINES = 20_000  # this many lines of one unit each
# How much slower than on real text of the same size a rule may be, plus a
# floor of CPU seconds for rules too fast to time on the real page.
SLOWDOWN_LIMIT = 50.0
FLOOR_SECONDS = 1.0

# Units that make a backtracking pattern try every way to split them, and the
# openers the rules look for ("Read more", "By", "Photo:", "©", "Support").
UNITS = [
    "Read more ",
    "A. ",
    "Ab ",
    "By Jane Doe and ",
    "Ab Cd / ",
    "(AP Photo/",
    "Photo: A ",
    "REUTERS/",
    "© 2024 ",
    "Support The ",
    "Subscribe to ",
    "Sign up for our newsletter ",
    "Tags: a, ",
    "Share | ",
    "We use cookies ",
    "x",
    ". ",
    "- ",
]
# Runs of blanks between two words: a "\s+X" searched at every start rescans them.
BLANK_RUNS = ["(" + " " * 100_000 + "photo", "Sign up for our " + "\t" * 100_000 + "newsletter"]
# The rules of the block families; the header and body rules are timed on UNITS.
BLOCK_RULES = [
    r
    for r in DEFAULT_RULES
    if r.name
    in {
        "appeal-letter",
        "appeal",
        "newsletter",
        "cookie-notice",
        "tag-line",
        "related-block",
        "read-more-inline",
        "advertisement",
        "share-row",
        "legal-footer",
        "photo-credit",
    }
]


def cpu_seconds(rule: Rule, page: Page) -> float:
    start = time.process_time()
    for _ in rule.find(Context(page, [False] * len(page.lines))):
        pass
    return time.process_time() - start


@cache
def real_page(size: int) -> Page:
    with DATA.open(encoding="utf-8") as handle:
        text = "\n\n".join(json.loads(line)["text"] for line in handle)
    return Page.from_text((text * (size // len(text) + 1))[:size])


def bound(rule: Rule, size: int) -> float:
    return SLOWDOWN_LIMIT * baseline(rule.name, size) + FLOOR_SECONDS


@cache
def baseline(name: str, size: int) -> float:
    """CPU seconds the rule ``name`` takes on real text of ``size`` characters."""
    (rule,) = (r for r in DEFAULT_RULES if r.name == name)
    return cpu_seconds(rule, real_page(size))


@cache
def one_line(unit: str) -> Page:
    return Page.from_text((unit * (LINE_CHARS // len(unit) + 1))[:LINE_CHARS])


@cache
def short_lines(unit: str) -> Page:
    return Page.from_text((unit.strip() + "\n") * SHORT_LINES)


@pytest.mark.parametrize("rule", DEFAULT_RULES, ids=[r.name for r in DEFAULT_RULES])
def test_a_rule_is_linear_on_one_huge_line(rule: Rule) -> None:
    for unit in UNITS:
        page = one_line(unit)
        limit = bound(rule, len(page.text))
        assert cpu_seconds(rule, page) <= limit, f"{rule.name} on {unit!r} * n"


@pytest.mark.parametrize("rule", DEFAULT_RULES, ids=[r.name for r in DEFAULT_RULES])
def test_a_rule_is_linear_on_many_short_lines(rule: Rule) -> None:
    for unit in UNITS:
        page = short_lines(unit)
        limit = bound(rule, len(page.text))
        assert cpu_seconds(rule, page) <= limit, f"{rule.name} on {unit.strip()!r} lines"


def test_a_byline_opener_before_many_capitalised_words_is_linear() -> None:
    page = Page.from_text("By " + "Ab " * 10_000)
    for rule in DEFAULT_RULES:
        assert cpu_seconds(rule, page) <= bound(rule, len(page.text)), rule.name


@pytest.mark.parametrize("rule", BLOCK_RULES, ids=[r.name for r in BLOCK_RULES])
def test_a_block_rule_is_linear_on_a_long_run_of_blanks(rule: Rule) -> None:
    for text in BLANK_RUNS:
        page = Page.from_text(text)
        assert cpu_seconds(rule, page) <= bound(rule, len(text)), f"{rule.name} on {text[:20]!r}"
