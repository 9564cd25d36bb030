"""Hostile and odd input: time stays linear, and every span stays true.

Times are compared as ratios to a real page of the same size (the dev pages
run together), measured in the same test as CPU time, so a loaded machine
slows neither; the bounds are generous because only a blow-up (catastrophic
backtracking, a quadratic loop) should fail them.
"""

from __future__ import annotations

import json
import textwrap
import time
from functools import cache
from importlib import resources
from pathlib import Path

import pytest
import regex

import newsclean
from newsclean import Article
from newsclean.features import copies as _copies
from newsclean.page import Page
from newsclean.phrases import anywhere, whole_line

# Hostile pages and growth timings (run with -m slow).
pytestmark = pytest.mark.slow

DATA = Path(__file__).parent.parent / "benchmarks" / "data" / "pages.jsonl"
# The sizes over SCALE, so the suite stays fast; benchmarks/hostile.py
# runs them full size by hand. A blow-up shows at any of these sizes.
SCALE = 4
# How much slower than a real page of the same size a hostile page may be.
# Per-line work dominates, so the worst honest case is tiny lines (200k
# one-character lines hold ~27x the lines of a real page of that size).
SLOWDOWN_LIMIT = 40.0


def real_text() -> str:
    with DATA.open(encoding="utf-8") as handle:
        return "\n\n".join(json.loads(line)["text"] for line in handle)


REAL = real_text()


def real_page(size: int) -> str:
    """Real page text, run together or cut to ``size`` characters."""
    return (REAL + "\n\n") * (size // (len(REAL) + 2)) + REAL[: size % (len(REAL) + 2)]


@cache
def seconds_per_char() -> float:
    """CPU seconds clean() takes per character of real text (measured once)."""
    page = real_page(150_000)
    return min(seconds(page) for _ in range(2)) / len(page)


def real_seconds(size: int) -> float:
    """What a real page of ``size`` characters takes (linear: see the big-page test)."""
    return seconds_per_char() * size


def seconds(text: str) -> float:
    # CPU time of this process: a neighbour hogging the machine does not
    # count against the page, as it would on the wall clock.
    start = time.process_time()
    newsclean.clean(text)
    return time.process_time() - start


def check_spans(text: str, article: Article) -> None:
    """Spans are true to the input, sorted, apart; what no span covers is the body."""
    previous = 0
    kept = []
    for removal in article.removals:
        assert text[removal.start : removal.end] == removal.text
        assert previous <= removal.start < removal.end
        kept.append(text[previous : removal.start])
        previous = removal.end
    kept.append(text[previous:])
    assert " ".join(" ".join(kept).split()) == " ".join(article.body.split())


BYLINES = (
    "By Jane Doe",
    "By Jane Doe and John Roe, Reuters",
    "Jane Doe | Reuters",
    "By AFP",
    "Byrne said so.",
)
HOSTILE = {
    "one 1 MB line": ("Abc def. ghi Read more jkl. " * 40_000)[: 1_000_000 // SCALE],
    "200k one-character lines": "".join(f"{c}\n" for c in "ab.c!d-e?" * 22_223)[: 400_000 // SCALE],
    "100k blank lines": "A Headline Here\n" + "\n" * 100_000 + "The story goes on here.\n",
    "50k byline-like lines": "".join(f"{line}\n" for line in BYLINES * (10_000 // SCALE)),
    # One paragraph hard-wrapped at 78 columns: unwrapping it is one line again.
    "1 MB paragraph, wrapped": textwrap.fill("The talks went on, and the rivals met " * 26_000, 78)[
        : 1_000_000 // SCALE
    ],
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_page_takes_time_linear_in_its_size(name: str) -> None:
    text = HOSTILE[name]
    reference = real_seconds(len(text))
    hostile = seconds(text)
    assert hostile <= SLOWDOWN_LIMIT * reference, (
        f"{name}: {hostile:.2f}s, a real page of the same size {reference:.2f}s"
    )


def test_a_big_page_takes_time_linear_in_its_size() -> None:
    # The 10 MB page, scaled down: many times the reference page's
    # size takes at most a generous three times its share of time.
    big = real_page(10_000_000 // SCALE // 2)
    assert seconds(big) <= 3 * real_seconds(len(big))


ODD = {
    "crlf": "\r\n",
    "lone cr": "\r",
    "line separator": "\u2028",
    "paragraph separator": "\u2029",
    "form feed": "\x0c",
    "vertical tab": "\x0b",
    "next line": "\x85",
}


@pytest.mark.parametrize("name", list(ODD))
def test_any_line_break_gives_the_same_body(name: str) -> None:
    page = real_page(30_000)
    odd = page.replace("\n", ODD[name])
    article = newsclean.clean(odd)
    check_spans(odd, article)
    assert article.body == newsclean.clean(page).body


ODD_CHARACTERS = {
    "nul": "\x00",
    "zero-width space": "\u200b",
    "zero-width joiner": "\u200d",
    "no-break space": "\xa0",
    "byte order mark": "\ufeff",
    "lone surrogate": "\ud800",
    "low surrogate": "\udfff",
    "right-to-left mark": "\u200f",
    "replacement character": "\ufffd",
    "combining acute": "\u0301",
}


@pytest.mark.parametrize("name", list(ODD_CHARACTERS))
def test_odd_characters_everywhere_keep_spans_true(name: str) -> None:
    char = ODD_CHARACTERS[name]
    page = real_page(20_000)
    for odd in (
        char + page,  # at the very start, as a BOM would be
        page.replace(" ", f" {char}", 500),  # inside lines
        page.replace("\n", f"{char}\n", 300),  # at line ends
        page.replace("\n\n", f"\n{char}\n", 100),  # as the only thing on a line
    ):
        check_spans(odd, newsclean.clean(odd))


SCRIPTS = {
    "arabic": "قال الكرملين يوم الأربعاء إن العلاقات ستبقى سيئة بعد الانتخابات.",
    "hebrew": "הקרמלין אמר ביום רביעי שהיחסים יישארו גרועים לאחר הבחירות.",
    "chinese": "克里姆林宫周三表示，中期选举后俄美关系仍将糟糕。",
    "japanese": "クレムリンは水曜日、中間選挙後も米国との関係は悪いままだと述べた。",
    "mixed direction": "Support \u202eThe Moscow Times\u202c! \u2067مرحبا\u2069 By AFP.",
}


@pytest.mark.parametrize("name", list(SCRIPTS))
def test_other_scripts_keep_their_text(name: str) -> None:
    sentence = SCRIPTS[name]
    text = "\n\n".join([sentence] * 5 + ["Read more", sentence * 200])
    article = newsclean.clean(text)
    check_spans(text, article)
    # A line no space breaks up is still one line, found whole.
    assert sentence * 200 in article.body or any(r.text == sentence * 200 for r in article.removals)


def phrase_names() -> list[str]:
    root = resources.files("newsclean") / "data"
    return sorted(
        {
            entry.name.removesuffix(".txt")
            for folder in root.iterdir()
            if folder.is_dir()
            for entry in folder.iterdir()
            if entry.name.endswith(".txt")
        }
    )


# Repeated units that make a backtracking regex try every way to split them.
ADVERSARIAL = [
    "a",
    "A a ",
    ". ",
    "A. ",
    "Read more ",
    "By ",
    "By Jane Doe and ",
    "Ab Cd / ",
    "(Photo/",
    "© ",
    "- ",
    " | ",
    "x, ",
    "1",
    ":",
    "…",
    "é",
    "Photo: A ",
    "Sign up ",
    "cookies ",
]


def searched_packs() -> set[str]:
    """The packs some rule searches lines with (``anywhere("name")``)."""
    rules = resources.files("newsclean") / "rules"
    source = "".join(
        f.read_text(encoding="utf-8") for f in rules.iterdir() if f.name.endswith(".py")
    )
    return set(regex.findall(r"anywhere\(\s*\"([\w-]+)\"", source))


SEARCHED = searched_packs()


@pytest.mark.parametrize("name", phrase_names())
def test_phrase_patterns_do_not_backtrack_catastrophically(name: str) -> None:
    # Every pack runs as fullmatch (whole_line); the packs rules search with
    # (anywhere) run as search too. regex's timeout turns a blow-up into a
    # failure instead of a hang (the limit is ~100x what a linear scan takes).
    for unit in ADVERSARIAL:
        text = (unit * (20_000 // len(unit) + 1))[:20_000]
        try:
            whole_line(name).fullmatch(text, timeout=2.0)
            if name in SEARCHED:
                anywhere(name).pattern.search(text, timeout=2.0)
                anywhere(name).pattern.search(text + "!", timeout=2.0)
        except TimeoutError:
            pytest.fail(f"phrase pack {name!r} backtracks on {unit!r} * n")


def test_the_searched_packs_are_found() -> None:
    assert {"cookie", "appeal-cue", "newsletter-cue"} <= SEARCHED


@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_adversarial_lines_clean_in_linear_time(unit: str) -> None:
    line = (unit * (10_000 // len(unit) + 1))[:10_000]
    for text in (line, f"By Jane {line} Doe", f"Big Headline {line} Here\n\nThe text."):
        limit = SLOWDOWN_LIMIT * real_seconds(len(text))
        assert seconds(text) <= limit, f"{unit!r} * n in {text[:20]!r}"


def test_every_compiled_pattern_is_compiled_once() -> None:
    # Patterns built per call would show as fresh objects: the cache holds them.
    assert whole_line("advertisement") is whole_line("advertisement")
    assert anywhere("cookie") is anywhere("cookie")
    assert isinstance(whole_line("byline"), regex.Pattern)


# A quadratic pattern hides at small sizes; it shows as growth. Each page is
# cleaned at two sizes, 4x apart: linear work takes ~4x the time, a blow-up 16x.
GROWING = {
    "blanks inside a byline": lambda n: "By Jane" + " " * n + "Doe\n\nThe story.",
    "blanks inside a headline": lambda n: "Big" + " " * n + "Headline\n\nThe story.",
    "tabs before a separator": lambda n: "Big" + "\t" * n + "- Headline\n\nThe story.",
    "one long token after By": lambda n: "By " + "x" * n + "\n\nThe story.",
    "commas and blanks in a byline": lambda n: "By Jane" + ", " * (n // 2) + "Doe\n\nThe story.",
    "a long caption credit": lambda n: "The scene. " + "A" * n + " / AP",
}


@pytest.mark.parametrize("name", list(GROWING))
def test_time_grows_linearly_with_a_hostile_run(name: str) -> None:
    make = GROWING[name]
    # Each text is cleaned once: a line is read once and kept a while by its
    # text, so a second run of the same text would time the cache.
    base = max(min(seconds(make(5_000 + 2 * k)) for k in range(2)), 0.002)  # under 2 ms: noise
    assert seconds(make(20_000)) <= 10 * base, f"{name}: 4x the input took over 10x the time"


def test_the_copy_search_grows_linearly_with_long_lines() -> None:
    # Body selection looks for long lines that hold other lines (structured
    # data dumped as text); comparing every long line with every line grew
    # with their product on a page of many long paragraphs.
    def page(count: int) -> Page:
        lines = [f"Paragraph {n} says what it says. " * 40 for n in range(count)]
        return Page.from_text("\n".join(lines))

    def timed(lines: Page) -> float:
        start = time.perf_counter()
        _copies(lines.lines)
        return time.perf_counter() - start

    small, big = page(300), page(1200)
    base = max(min(timed(small) for _ in range(2)), 0.002)
    assert timed(big) <= 10 * base, "4x the long lines took over 10x the time"
