"""How fast clean() is, next to the least a line cleaner can do, in the same run.

Every system cleans the dev pages' full text (``text``), one core. The
systems take turns round by round (interleaved), so a busy machine slows
them alike and the ratios stay fair; each system's best round is reported.

- ``newsclean``: ``newsclean.clean(text)``, everything the rules do;
- ``C4 line filter``: keep lines that end a sentence and have 5+ words
  (``c4_filter`` from benchmarks/quality.py), the least work there is;
- ``line features``: only the features a jusText-style judge reads from
  each line (its words, case folded, their stop-word hits, a sentence end),
  computed and thrown away: a floor for any body selection that judges
  lines in Python, before a single rule or decision;
- ``jusText``: jusText 3 on the text, each line a ``<p>``, English stop
  words; only when it is installed (it is not a dependency).

Target (issue 4): newsclean at >= 0.3x the C4 filter's docs/s. The table is
of warm passes (each system has seen the pages before); newsclean's cost on
pages it has not seen, in a new process, is printed apart.

    python benchmarks/speed.py               # the table and the ratios
    python benchmarks/speed.py --rules       # and each rule's share of clean()
    python benchmarks/speed.py --profile 25  # and cProfile's top 25 functions
"""

from __future__ import annotations

import argparse
import cProfile
import html
import pstats
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import regex
from attrs import frozen

import newsclean
from newsclean import Context, Finding, Pipeline
from newsclean.lang import stopwords, words_of
from newsclean.rule import Rule
from newsclean.types import Kind

sys.path.insert(0, str(Path(__file__).parent))
from quality import DATA, c4_filter, load

TARGET = 0.3


def justext_system() -> Callable[[str], str] | None:
    """jusText on plain text (each line one paragraph), if jusText is installed."""
    try:
        import justext  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    stoplist = justext.get_stoplist("English")

    def run(text: str) -> str:
        lines = (html.escape(line) for line in text.splitlines() if line.strip())
        document = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
        paragraphs = justext.justext(document.encode("utf-8"), stoplist, encoding="utf-8")
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*$")


def line_features(text: str) -> list[tuple[int, int, int, bool]]:
    """Each non-blank line's length, words, stop-word hits and sentence end: no decision."""
    stop = stopwords("en")
    found = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            words = words_of(stripped)
            hits = sum(map(stop.__contains__, words))
            ends = _SENTENCE_END.search(stripped) is not None
            found.append((len(stripped), len(words), hits, ends))
    return found


def timed_round(system: Callable[[str], object], pages: list[str]) -> float:
    start = time.perf_counter()
    for page in pages:
        system(page)
    return time.perf_counter() - start


def measure(
    systems: dict[str, Callable[[str], object]], pages: list[str], rounds: int
) -> dict[str, float]:
    """Each system's best time over ``rounds`` interleaved rounds."""
    best = dict.fromkeys(systems, float("inf"))
    names = list(systems)
    for n in range(rounds):
        # Rotate who goes first, so no system always runs on a cold cache.
        for name in names[n % len(names) :] + names[: n % len(names)]:
            best[name] = min(best[name], timed_round(systems[name], pages))
    return best


@frozen
class Timed:
    """A rule that does what ``inner`` does and adds the time it took to ``spent``."""

    inner: Rule
    spent: dict[str, float]

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def kind(self) -> Kind:
        return self.inner.kind

    @property
    def summary(self) -> str:
        return self.inner.summary

    def find(self, context: Context) -> Iterable[Finding]:
        return self._timed(iter(self.inner.find(context)))

    def _timed(self, findings: Iterator[Finding]) -> Iterator[Finding]:
        while True:
            start = time.perf_counter()
            finding = next(findings, None)
            self.spent[self.name] = self.spent.get(self.name, 0.0) + time.perf_counter() - start
            if finding is None:
                return
            yield finding


def rule_table(pages: list[str], rounds: int) -> None:
    """Milliseconds per page spent in each rule, and in the pipeline around them.

    Each rule's best of ``rounds`` runs over the pages, so a busy machine
    inflates the table less.
    """
    best: dict[str, float] = {}
    best_total = float("inf")
    for _ in range(rounds):
        spent: dict[str, float] = {}
        pipeline = Pipeline(Timed(rule, spent) for rule in newsclean.DEFAULT_RULES)
        start = time.perf_counter()
        for page in pages:
            pipeline.clean(page)
        total = time.perf_counter() - start
        rest = total - sum(spent.values())
        spent["(segmentation etc.)"] = rest  # what no rule took: segmentation, the pipeline
        for name, seconds in spent.items():
            best[name] = min(best.get(name, float("inf")), seconds)
        best_total = min(best_total, total)
    print(f"\n{'rule':<20} {'ms/page':>8} {'share':>6}  (best of {rounds} rounds each)")
    rest = "(segmentation etc.)"
    for name in [*sorted(set(best) - {rest}, key=lambda name: -best[name]), rest]:
        print(f"{name:<20} {best[name] / len(pages) * 1e3:8.3f} {best[name] / best_total:6.1%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument("--rules", action="store_true", help="time each rule")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile top N")
    args = parser.parse_args(argv)
    pages = [page["text"] for page in load(args.data)]
    megabytes = sum(len(page.encode("utf-8")) for page in pages) / 1e6
    systems: dict[str, Callable[[str], object]] = {
        "newsclean": newsclean.clean,
        "C4 line filter": c4_filter,
        "line features": line_features,
    }
    justext = justext_system()
    if justext is not None:
        systems["jusText"] = justext
    # A new process pays for its warm-up: compiling the packs on its first
    # page, then learning which branches each new line shape (first and last
    # characters) can take, kept for the rest of the process. So pages it has
    # not seen cost more than the warm passes of the table below; the second
    # half of the pages, after the first, shows how much more.
    start = time.perf_counter()
    newsclean.clean("")
    first_call = time.perf_counter() - start
    halves = pages[: len(pages) // 2], pages[len(pages) // 2 :]
    unseen = [timed_round(newsclean.clean, half) / len(half) for half in halves]
    for system in systems.values():  # warm up: phrase files, compiled patterns
        system(pages[0])
    best = measure(systems, pages, args.rounds)
    print(f"{len(pages)} pages, {megabytes:.2f} MB of text; best of {args.rounds} rounds, one core")
    print(f"{'system':<16} {'docs/s':>8} {'MB/s':>7} {'ms/doc':>7}")
    for name, seconds in best.items():
        docs, rate = len(pages) / seconds, megabytes / seconds
        print(f"{name:<16} {docs:8.0f} {rate:7.2f} {seconds / len(pages) * 1e3:7.2f}")
    print(
        f"newsclean on unseen pages in a new process: first call {first_call:.2f} s, then "
        f"{unseen[0] * 1e3:.1f} ms/doc on the first half of the pages and "
        f"{unseen[1] * 1e3:.1f} ms/doc on the second half (warm: "
        f"{best['newsclean'] / len(pages) * 1e3:.1f})"
    )
    ours = best["newsclean"]
    ratio = best["C4 line filter"] / ours
    verdict = "meets" if ratio >= TARGET else "misses"
    print(f"newsclean / C4 line filter: {ratio:.3f}x docs/s ({verdict} the {TARGET}x target)")
    floor = best["C4 line filter"] / best["line features"]
    print(f"line features alone / C4 line filter: {floor:.3f}x docs/s")
    if "jusText" in best:
        print(f"newsclean / jusText: {best['jusText'] / ours:.1f}x docs/s")
    if args.rules:
        rule_table(pages, args.rounds)
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(lambda: [newsclean.clean(page) for page in pages])
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
