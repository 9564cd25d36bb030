"""How fast clean() is, next to its peers and a bare line filter, in one run.

Every system cleans the same pages' full text (``text``), one core: the
first 200 pages of the body corpus (benchmarks/corpus.py: the 111 benchmark
pages, then news pages in many languages). The systems take turns round by
round (interleaved), so a busy machine slows them alike and the ratios stay
fair; each system's best round is reported.

- ``newsclean``: ``newsclean.clean(text)``, warm (it has seen the pages);
- ``jusText``: jusText 3 on the text, each line a ``<p>``, English stop
  words; only when it is installed (it is not a dependency);
- ``C4 line filter``: keep lines that end a sentence and have 5+ words
  (``c4_filter`` from benchmarks/quality.py), the least work there is;
- ``line features``: only the features a jusText-style judge reads from
  each line, computed and thrown away: a floor for judging lines in Python;
- ``new process``: a fresh interpreter imports newsclean, cleans the first
  page (import + first page: what ``newsclean page.txt`` pays every time),
  then the rest of the 200 pages, which it has not seen (per page, the first
  page included, the import not); its pattern cache (newsclean.patterncache)
  is a copy of one filled by a process that cleaned the rest of the corpus,
  not these pages: the cache of a machine where newsclean has run before;
- ``new, no cache``: the same with ``NEWSCLEAN_CACHE=off``: it compiles them.

Targets (issue 12): warm newsclean >= 3x jusText's docs/s; import + first
page <= 50x a warm page; 200 unseen pages <= 1.5x a warm page each.

    python benchmarks/speed.py               # the table and the ratios
    python benchmarks/speed.py --rules       # and each rule's share of clean()
    python benchmarks/speed.py --profile 25  # and cProfile's top 25 functions
    python benchmarks/speed.py --outputs F   # write every dev page's result to F, to diff
"""

from __future__ import annotations

import argparse
import cProfile
import html
import json
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
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
from corpus import load_body_docs
from quality import c4_filter, load

PAGES = 200
JUSTEXT_TARGET, COLD_TARGET, UNSEEN_TARGET = 3.0, 50.0, 1.5
# A new process: pages are read first, so the clock sees only newsclean.
CHILD = """
import json, sys, time
pages = json.load(open(sys.argv[1], encoding="utf-8"))
start = time.perf_counter()
import newsclean
imported = time.perf_counter()
newsclean.clean(pages[0])
first = time.perf_counter()
for page in pages[1:]:
    newsclean.clean(page)
done = time.perf_counter()
print(json.dumps({"import": imported - start, "first": first - start, "all": done - imported}))
"""


def justext_system() -> Callable[[str], str] | None:
    """jusText on plain text (each line one paragraph), if jusText is installed."""
    try:
        import justext  # type: ignore[import-not-found,unused-ignore]
    except ImportError as error:
        # (jusText 3 also needs lxml_html_clean, which it does not install)
        print(f"jusText left out of the table: {error}", file=sys.stderr)
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
    spent: dict[str, float] = {}
    # One pipeline for every round: a pipeline learns its rules' patterns
    # over the pages it cleans (its speed layer), as the default one has.
    pipeline = Pipeline(Timed(rule, spent) for rule in newsclean.DEFAULT_RULES)
    for _ in range(rounds):
        spent.clear()
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


def new_process(pages_file: Path, cache: Path | None) -> dict[str, float]:
    """A fresh interpreter's import, import + first page, and all pages (import not included).

    Its pattern cache is the folder ``cache``; without one, it compiles
    every pattern itself.
    """
    environ = os.environ | {"NEWSCLEAN_CACHE": str(cache) if cache else "off"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(pages_file)],
        check=True,
        capture_output=True,
        text=True,
        env=environ,
    )
    found: dict[str, float] = json.loads(done.stdout)
    return found


def write_outputs(path: Path) -> None:
    """Every dev page's ``clean().to_dict()``, text and trafilatura_text, cold then warm."""
    rows = [
        (page["id"], field, page[field])
        for page in load()
        for field in ("text", "trafilatura_text")
    ]
    with path.open("w", encoding="utf-8") as out:
        for run in ("cold", "warm"):
            for id_, field, text in rows:
                result = newsclean.clean(text).to_dict()
                out.write(json.dumps({"id": id_, "field": field, "run": run, **result}) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=PAGES, help=f"pages (default {PAGES})")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument("--rules", action="store_true", help="time each rule")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile top N")
    parser.add_argument("--outputs", type=Path, help="write every dev page's result here, exit")
    args = parser.parse_args(argv)
    if args.outputs:
        write_outputs(args.outputs)
        return 0
    docs = load_body_docs()
    pages, others = [d.text for d in docs[: args.pages]], [d.text for d in docs[args.pages :]]
    megabytes = sum(len(page.encode("utf-8")) for page in pages) / 1e6
    systems: dict[str, Callable[[str], object]] = {"newsclean": newsclean.clean}
    justext = justext_system()
    if justext is not None:
        systems["jusText"] = justext
    systems |= {"C4 line filter": c4_filter, "line features": line_features}
    for system in systems.values():  # warm up: phrase files, compiled patterns, line shapes
        for page in pages:
            system(page)
    best = dict.fromkeys(systems, float("inf"))
    with tempfile.TemporaryDirectory() as folder:
        pages_file, others_file = Path(folder) / "pages.json", Path(folder) / "others.json"
        pages_file.write_text(json.dumps(pages), encoding="utf-8")
        others_file.write_text(json.dumps(others or pages[:1]), encoding="utf-8")
        # The cache a machine holds once newsclean has run there: filled by
        # a process that cleaned the other pages of the corpus, not these.
        seeded = Path(folder) / "seeded"
        new_process(others_file, seeded)
        new = {"new process": True, "new, no cache": False}
        cold = {name: dict.fromkeys(("import", "first", "all"), float("inf")) for name in new}
        turns = [*systems, *new]
        for n in range(args.rounds):
            # Rotate who goes first, so no system always runs on a cold cache.
            for name in turns[n % len(turns) :] + turns[: n % len(turns)]:
                if name in new:
                    # A copy each run, so no run sees what another left.
                    cache = Path(tempfile.mkdtemp(dir=folder)) if new[name] else None
                    if cache is not None:
                        shutil.copytree(seeded, cache, dirs_exist_ok=True)
                    for key, seconds in new_process(pages_file, cache).items():
                        cold[name][key] = min(cold[name][key], seconds)
                else:
                    best[name] = min(best[name], timed_round(systems[name], pages))
    warm = best["newsclean"] / len(pages)
    print(f"{len(pages)} pages, {megabytes:.2f} MB of text; best of {args.rounds} rounds, one core")
    print(f"{'system':<16} {'docs/s':>8} {'MB/s':>7} {'ms/doc':>8}")
    for name, seconds in best.items():
        docs, rate = len(pages) / seconds, megabytes / seconds
        print(f"{name:<16} {docs:8.0f} {rate:7.2f} {seconds / len(pages) * 1e3:8.2f}")
    for name, found in cold.items():
        unseen = found["all"] / len(pages)
        print(f"{name:<16} {1 / unseen:8.0f} {megabytes / found['all']:7.2f} {unseen * 1e3:8.2f}")
    for name, found in cold.items():
        unseen = found["all"] / len(pages)
        print(
            f"{name}: import {found['import']:.3f} s, import + first page {found['first']:.3f} s"
            f" = {found['first'] / warm:.0f}x a warm page (target <= {COLD_TARGET:.0f}x); "
            f"{len(pages)} unseen pages {unseen * 1e3:.2f} ms/page = {unseen / warm:.2f}x "
            f"a warm page (target <= {UNSEEN_TARGET}x)"
        )
    if "jusText" in best:
        ratio = best["jusText"] / best["newsclean"]
        print(f"newsclean / jusText: {ratio:.2f}x docs/s (target >= {JUSTEXT_TARGET}x)")
    print(f"newsclean / C4 line filter: {best['C4 line filter'] / best['newsclean']:.3f}x docs/s")
    floor = best["C4 line filter"] / best["line features"]
    print(f"line features alone / C4 line filter: {floor:.3f}x docs/s")
    if args.rules:
        rule_table(pages, args.rounds)
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(lambda: [newsclean.clean(page) for page in pages])
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
