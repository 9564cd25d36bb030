"""The body's F1 when the same pages come in the shapes HTML-to-text tools write.

    python benchmarks/formats.py           # every 4th body page (81), each shape
    python benchmarks/formats.py --every 1 # all 321 pages

Each page's full-page ``text`` (benchmarks/corpus.py) is rewritten as a tool
would have written it, cleaned, and scored against the gold body
(benchmarks/quality.py's metric):

- ``plain``: as it is;
- ``wrapped 72`` / ``wrapped 100``: every line hard-wrapped at that width
  (Python's textwrap, as pandoc and html2text wrap);
- ``lynx 76``: wrapped at 76 with a three-blank indent, as lynx -dump;
- ``wrapped 60 crlf``: wrapped at 60, lines ended by CR LF;
- ``markdown``: a short line (six words or fewer, no full stop) as a Markdown
  link list item, and one link in every longer line, as html2text writes
  menus and prose.

The pages were trained on (the body model saw their plain text), so the
figures are in-sample: what they show is the drop from ``plain`` to each
shape, which ``--raw`` shows without newsclean's unwrapping and Markdown
reading (newsclean.page's and newsclean.markup's).
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import regex

import newsclean
import newsclean.page

sys.path.insert(0, str(Path(__file__).parent))
from corpus import load_body_docs
from quality import score

_PROSE_START = regex.compile(r"^(\S+ \S+ )(\S+ \S+)")


def wrapped(text: str, width: int, indent: str = "", newline: str = "\n") -> str:
    wrap = textwrap.TextWrapper(width, initial_indent=indent, subsequent_indent=indent)
    return newline.join(
        newline.join(wrap.wrap(line)) if line.strip() else "" for line in text.split("\n")
    )


def markdown(text: str) -> str:
    out = []
    for line in text.split("\n"):
        words = line.split()
        if 0 < len(words) <= 6 and not line.rstrip().endswith("."):
            slug = "-".join(words).lower()[:30]
            out.append(f"* [{line.strip()}](https://www.example.com/{slug})")
        else:
            out.append(_PROSE_START.sub(r"\1[\2](https://www.example.com/story/1)", line))
    return "\n".join(out)


SHAPES: dict[str, Callable[[str], str]] = {
    "plain": lambda text: text,
    "wrapped 72": lambda text: wrapped(text, 72),
    "wrapped 100": lambda text: wrapped(text, 100),
    "lynx 76": lambda text: wrapped(text, 76, "   "),
    "wrapped 60 crlf": lambda text: wrapped(text, 60, newline="\r\n"),
    "markdown": markdown,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=4, help="score every Nth body page")
    parser.add_argument("--raw", action="store_true", help="without unwrapping and Markdown")
    args = parser.parse_args()
    if args.raw:
        newsclean.page.WRAP_MAX_WIDTH = 0  # no width qualifies: nothing is unwrapped
        newsclean.page.is_markdown = lambda text: False  # type: ignore[assignment]
    docs = load_body_docs()[:: args.every]
    print(f"{len(docs)} pages, full-page text, in-sample{' (raw)' if args.raw else ''}")
    print(f"{'shape':<16} {'P':>6} {'R':>6} {'F1':>6}")
    for name, shape in SHAPES.items():
        pairs = [(newsclean.clean(shape(d.text)).body, d.gold_body or "") for d in docs]
        p, r, f1 = score(pairs)
        print(f"{name:<16} {p:6.3f} {r:6.3f} {f1:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
