"""Hostile pages at full size, each next to a real page of the same size.

tests/test_hostile.py checks the same families in CI (the big page scaled
down to keep the suite fast); this runs the issue's sizes, the 10 MB page
included, and prints each slowdown so the worst one can be reported.

    python benchmarks/hostile.py
"""

from __future__ import annotations

import json
import multiprocessing
import sys
import textwrap
import time
from pathlib import Path

import newsclean

DATA = Path(__file__).parent / "data" / "pages.jsonl"
LIMIT = 1000


def real_page(corpus: str, size: int) -> str:
    """The dev pages run together, repeated or cut to ``size`` characters."""
    whole = corpus + "\n\n"
    return whole * (size // len(whole)) + whole[: size % len(whole)]


def seconds(text: str) -> float:
    start = time.process_time()
    newsclean.clean(text)
    return time.process_time() - start


def _timed(text: str, results: multiprocessing.Queue[float]) -> None:
    results.put(seconds(text))


def seconds_or_none(text: str, limit: float) -> float | None:
    """CPU seconds clean(text) takes in a child process; None if past ``limit``."""
    results: multiprocessing.Queue[float] = multiprocessing.Queue()
    child = multiprocessing.Process(target=_timed, args=(text, results))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.terminate()
        child.join()
        return None
    return results.get()


def cases(corpus: str) -> dict[str, str]:
    bylines = ("By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe | Reuters", "By AFP")
    return {
        "1 MB single line": ("Abc def. ghi Read more jkl. " * 40_000)[:1_000_000],
        "200k one-character lines": "".join(f"{c}\n" for c in "ab.c!d-e?" * 22_223)[:400_000],
        "100k blank lines": "A Headline Here\n" + "\n" * 100_000 + "The story goes on here.\n",
        "10 MB page": real_page(corpus, 10_000_000),
        "50k byline-like lines": "".join(f"{line}\n" for line in bylines * 12_500),
        "line with 20k blanks inside": "By Jane" + " " * 20_000 + "Doe\n\nThe story.",
        "byline with a 100k-char token": "By " + "x" * 100_000 + "\n\nThe story.",
        "1 MB paragraph, wrapped": textwrap.fill(
            "The talks went on, and the rivals met " * 26_000, 78
        )[:1_000_000],
    }


def main() -> int:
    with DATA.open(encoding="utf-8") as handle:
        corpus = "\n\n".join(json.loads(line)["text"] for line in handle)
    print(f"{'input':<28} {'MB':>6} {'hostile s':>10} {'real s':>8} {'slowdown':>9}")
    worst = 0.0
    for name, text in cases(corpus).items():
        reference = seconds(real_page(corpus, len(text)))
        # Past LIMIT times the real page's time (a minute at least) the page is cut off.
        limit = max(60.0, LIMIT * reference)
        hostile = seconds_or_none(text, limit)
        size = len(text.encode("utf-8")) / 1e6
        if hostile is None:
            cut = f"> {limit:.0f}"
            row = f"{name:<28} {size:6.2f} {cut:>10} {reference:8.3f} {limit / reference:7.0f}x+"
            print(row, "(stopped at the limit)", flush=True)
            worst = max(worst, limit / reference)
            continue
        slowdown = hostile / reference
        worst = max(worst, slowdown)
        row = f"{name:<28} {size:6.2f} {hostile:10.3f} {reference:8.3f} {slowdown:8.1f}x"
        print(row, flush=True)
    print(f"worst slowdown: {worst:.1f}x (CPU time; a stopped page counts at its limit)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
