"""The command line's options, each with its help, and the examples after them."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import __version__

EPILOG = """\
examples:
  newsclean page.txt                     print the article body
  newsclean --json page.txt              body, metadata and removals as JSON
  newsclean --explain page.txt           what was removed, by which rule, and why
  newsclean --without photo-credit a.txt keep photo captions in the body
  cat page.txt | newsclean -             read standard input
  newsclean --jsonl pages.jsonl -o clean.jsonl --jobs 2
  newsclean --jsonl crawl.jsonl --field content --errors replace -o out.jsonl
  newsclean --wet CC-MAIN-...warc.wet.gz -o out.jsonl    (pip install 'newsclean[wet]')
  newsclean --parquet in.parquet -o out.parquet         (pip install 'newsclean[parquet]')
  newsclean --phrases my-phrases --rule my_rules:PODCAST page.txt

--json output (one JSON object a line, one per FILE, in order):
  {"file": FILE, "body": str, "metadata": {...}, "removals": [{"rule",
  "kind", "reason", "start", "end", "text", "metadata"}, ...]}; start and
  end are character offsets into the input text. The schema is in
  docs/schema.md. A FILE that cannot be read or cleaned still gets its
  line: {"file": FILE, "error": "what went wrong"}.

--jsonl output: one line per input line, in input order (whatever --jobs).
  Each is the input record with every field kept, plus one field (named by
  --key, default "newsclean") holding the result:
    {..., "newsclean": {"body": ..., "metadata": ..., "removals": [...]}}
  A line that cannot be cleaned (not UTF-8, malformed JSON, not an object,
  no text field, text not a string, a rule failed on it) still gives a
  line, whose result is
    {..., "newsclean": {"error": "FILE:LINE: what went wrong"}}
  plus "raw", the line as read, when it was not a JSON object or already
  had a --key field. Each failure is also reported on stderr, and the exit
  status is 1 at the end.

--wet and --parquet: see docs/scale.md (the WET record fields, the fixed
  Arrow type of the result column); a record that cannot be read gets an
  error result, as in --jsonl.

your own phrases and rules:
  --phrases DIR reads DIR/<lang>/<name>.txt files (the layout of the
  package's data/ folder) and adds their phrases to the default rules'.
  --rule MODULE:ATTRIBUTE imports MODULE (from the current folder or
  PYTHONPATH); ATTRIBUTE is a rule, run after the default rules, or a
  Pipeline, whose rules replace the default ones (see docs/writing-rules.md).

output files (-o) are written atomically: a temporary file beside OUT
  replaces OUT only when the run ends, so an interrupted run leaves OUT as
  it was. -o refuses to overwrite an input. A page that looks like HTML is
  reported on stderr: render it to text first.

exit status: 0 all cleaned; 1 some file or record failed; 2 usage error;
  130 interrupted.
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (every option, with its help).

    >>> args = build_parser().parse_args(["--jsonl", "in.jsonl", "--jobs", "2", "-o", "out"])
    >>> args.jsonl, args.jobs, args.field, str(args.output)
    ('in.jsonl', 2, None, 'out')
    """
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Strip boilerplate from the plain text of scraped news pages: "
        "print the article body, or the whole result as JSON.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="text files; '-' reads stdin")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the whole result as JSON")
    mode.add_argument(
        "--explain",
        action="store_true",
        help="list each removal: input lines, rule, kind, reason and the text",
    )
    mode.add_argument(
        "--jsonl",
        metavar="IN",
        help="clean a JSON Lines file ('-' for stdin), one record a line",
    )
    mode.add_argument(
        "--list-rules", action="store_true", help="list the rules in run order and exit"
    )
    # Corpus formats (newsclean.formats, docs/scale.md); each needs its extra.
    mode.add_argument(
        "--wet", metavar="IN", help="clean a Common Crawl WET file (extra: wet); writes JSON Lines"
    )
    mode.add_argument(
        "--parquet", metavar="IN", help="clean a Parquet file into -o OUT.parquet (extra: parquet)"
    )
    parser.add_argument(
        "--field", help="--jsonl, --parquet: the field holding the page text (default: text)"
    )
    parser.add_argument(
        "--key", help="a corpus: the output field for the result (default: newsclean)"
    )
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="RULE",
        help="switch a rule off (repeatable); --list-rules shows the names",
    )
    parser.add_argument(
        "--phrases",
        action="append",
        default=[],
        metavar="DIR",
        help="add the phrases in DIR/<lang>/<name>.txt to the default rules' (repeatable)",
    )
    parser.add_argument(
        "--rule",
        action="append",
        default=[],
        metavar="MODULE:ATTRIBUTE",
        help="add your own rule, or use your own Pipeline (repeatable)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="write to OUT (atomically), not stdout"
    )
    parser.add_argument(
        "--jobs", type=_positive, metavar="N", help="a corpus: N processes (default: 1)"
    )
    parser.add_argument(
        "--encoding", default="utf-8", help="the input's text encoding (default: utf-8)"
    )
    parser.add_argument(
        "--errors",
        default="strict",
        choices=("strict", "replace", "ignore"),
        help="on bytes the encoding cannot read: stop that input (strict, the default), "
        "put U+FFFD in their place (replace) or drop them (ignore)",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar (shown only on a terminal)"
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number
