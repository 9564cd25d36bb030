"""The command line: clean files, or a corpus with ``--jsonl``, ``--wet`` or ``--parquet``.

Exit status: 0 when every file or record was cleaned, 1 when some could not
be (each is reported on stderr and the run goes on), 2 for a usage error,
130 when interrupted.
"""

from __future__ import annotations

import argparse
import codecs
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

from . import __version__, formats
from .atomic import destination, output_problem
from .batch import Job, clean_lines, numbered_lines, progress_bar
from .files import display_name, read_error, run_files
from .interrupts import Interrupts
from .own_rules import pipeline_for
from .pipeline import Pipeline

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


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (argparse exits with 2 itself).

    >>> main(["--jobs", "0", "page.txt"])
    Traceback (most recent call last):
    SystemExit: 2
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    pipeline = check_args(parser, args)
    try:
        with Interrupts() as interrupts, destination(args.output) as out:
            if args.list_rules:
                out.write(_rules_table(pipeline).encode())
                return 0
            corpus = _corpus(args)
            if corpus is not None:
                status = _run_corpus(args, getattr(args, corpus), out, interrupts.check)
            else:
                status = run_files(args, pipeline, out, interrupts.check)
            interrupts.check()  # before the output file is committed
            return status
    except formats.FormatError as error:  # before the output file is committed
        print(f"newsclean: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsclean: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`newsclean … | head`): stop quietly.
        _quiet_stdout()
        return 1
    except OSError as error:
        # Writing failed (a full disk): the inputs were fine, the output is not.
        where = "standard output" if args.output is None else str(args.output)
        print(f"newsclean: cannot write {where}: {error.strerror or error}", file=sys.stderr)
        _quiet_stdout()
        return 1


def _quiet_stdout() -> None:
    # Point stdout at /dev/null, so the flush at exit cannot fail again.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


# The options that name a corpus input, and those only a corpus run reads
# (with their defaults).
CORPUS_INPUTS = ("jsonl", "wet", "parquet")
BATCH_OPTIONS = {"field": "text", "key": "newsclean", "jobs": 1}


def _corpus(args: argparse.Namespace) -> str | None:
    """The corpus input option given (jsonl, wet or parquet), if one is."""
    return next((name for name in CORPUS_INPUTS if getattr(args, name) is not None), None)


def check_args(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Pipeline:
    """Every usage check, before any work; the pipeline to run. A problem exits with 2.

    Fills in the corpus options' defaults.

    >>> parser = build_parser()
    >>> check_args(parser, parser.parse_args(["--key", "k", "page.txt"]))
    Traceback (most recent call last):
    SystemExit: 2
    """
    corpus = _corpus(args)
    if args.wet is not None and args.field is not None:
        parser.error("--field does not apply to --wet: a WET record's text is its content")
    for option, default in BATCH_OPTIONS.items():
        if getattr(args, option) is None:
            setattr(args, option, default)
        elif corpus is None:
            parser.error(f"--{option} needs --jsonl, --wet or --parquet: it applies to a corpus")
    if not args.list_rules and not args.files and corpus is None:
        parser.error("give a FILE ('-' for stdin), or --jsonl/--wet/--parquet IN, or --list-rules")
    if corpus is not None and args.files:
        parser.error(f"--{corpus} takes its input as IN; do not also give FILEs")
    if args.parquet is not None and args.output is None:
        parser.error("--parquet writes a Parquet file: give -o OUT.parquet")
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        parser.error(f"--encoding {args.encoding}: no such text encoding")
    try:
        pipeline = pipeline_for(tuple(args.without), tuple(args.phrases), tuple(args.rule))
    except ValueError as error:
        parser.error(str(error))
    if args.output is not None:
        inputs = [getattr(args, corpus)] if corpus is not None else args.files
        problem = output_problem(args.output, inputs)
        if problem:
            parser.error(f"-o {args.output}: {problem}")
    return pipeline


def _rules_table(pipeline: Pipeline) -> str:
    width = max((len(rule.name) for rule in pipeline.rules), default=0)
    return "".join(
        f"{rule.name:<{width}}  {rule.kind:<13} {rule.summary}\n" for rule in pipeline.rules
    )


def _run_corpus(
    args: argparse.Namespace, name: str, out: IO[bytes], check: Callable[[], None]
) -> int:
    job = Job(
        display_name(name),
        args.field,
        args.key,
        tuple(args.without),
        args.encoding,
        args.errors,
        tuple(args.phrases),
        tuple(args.rule),
    )
    if args.parquet is not None:
        failed = formats.clean_parquet(job, name, out, args.jobs, _complain)
        if failed:
            _complain(f"{failed} record(s) could not be cleaned")
        return 1 if failed else 0
    try:
        source = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
    except OSError as error:
        _complain(read_error(name, error))
        return 1
    failed = warned = 0
    with source, progress_bar(source, args.quiet) as advance:
        if args.wet is not None:
            outcomes = formats.clean_wet(job, source, args.jobs)
        else:
            outcomes = clean_lines(job, numbered_lines(source), args.jobs)
        for outcome in outcomes:
            check()
            out.write(outcome.line)
            if outcome.error is not None:
                failed += 1
                _complain(outcome.error)
            if outcome.warning is not None:
                if not warned:  # once: a corpus of HTML would say it on every line
                    _complain(outcome.warning)
                warned += 1
            advance(outcome)
    if warned > 1:
        _complain(f"{warned} record(s) gave warnings; only the first is shown")
    if failed:
        _complain(f"{failed} record(s) could not be cleaned")
    return 1 if failed else 0


def _complain(message: str) -> None:
    print(f"newsclean: {message}", file=sys.stderr)
