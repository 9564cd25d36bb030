"""The command line: clean files, or a JSON Lines corpus with ``--jsonl``.

Exit status: 0 when every file or record was cleaned, 1 when some could not
be (each is reported on stderr and the run goes on), 2 for a usage error,
130 when interrupted.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from . import __version__, formats
from .atomic import atomic_output
from .batch import Job, clean_lines, numbered_lines, progress_bar
from .explain import explain
from .interrupts import Interrupts
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

--json output (one JSON object a line, one per FILE):
  {"body": str, "metadata": {...}, "removals": [{"rule", "kind", "reason",
  "start", "end", "text", "metadata"}, ...]}; start and end are character
  offsets into the input text. The schema is in docs/schema.md.

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

output files (-o) are written atomically: a temporary file beside OUT
  replaces OUT only when the run ends, so an interrupted run leaves OUT as
  it was. -o refuses to overwrite an input.

exit status: 0 all cleaned; 1 some file or record failed; 2 usage error;
  130 interrupted.
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (every option, with its help).

    >>> args = build_parser().parse_args(["--jsonl", "in.jsonl", "--jobs", "2", "-o", "out"])
    >>> args.jsonl, args.jobs, args.field, str(args.output)
    ('in.jsonl', 2, 'text', 'out')
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
        "--field", default="text", help="--jsonl: the field holding the page text (default: text)"
    )
    parser.add_argument(
        "--key",
        default="newsclean",
        help="--jsonl: the output field for the result (default: newsclean)",
    )
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="RULE",
        help="switch a rule off (repeatable); --list-rules shows the names",
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="write to OUT (atomically), not stdout"
    )
    parser.add_argument(
        "--jobs", type=_positive, default=1, metavar="N", help="--jsonl: N processes (default: 1)"
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
    try:
        pipeline = Pipeline().without(*args.without)
    except KeyError as error:
        parser.error(str(error.args[0]))
    corpus = _corpus_option(args)
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
    inputs = [getattr(args, corpus)] if corpus is not None else args.files
    if args.output is not None and any(_same_file(args.output, name) for name in inputs):
        parser.error(f"-o {args.output} is an input; refusing to overwrite it")
    try:
        with Interrupts() as interrupts, _destination(args.output) as out:
            if args.list_rules:
                out.write(_rules_table(pipeline).encode())
                return 0
            if args.wet is not None or args.parquet is not None:
                status = _run_format(args, out, interrupts.check)
            elif args.jsonl is not None:
                status = _run_jsonl(args, out, interrupts.check)
            else:
                status = _run_files(args, pipeline, out, interrupts.check)
            interrupts.check()  # before the output file is committed
            return status
    except formats.FormatError as error:  # before the output file is committed
        print(f"newsclean: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsclean: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`newsclean … | head`): stop quietly, and
        # point stdout at /dev/null so the flush at exit cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _same_file(output: Path, name: str) -> bool:
    if name == "-" or not output.exists():
        return False
    return os.path.exists(name) and os.path.samefile(output, name)


@contextlib.contextmanager
def _destination(output: Path | None) -> Iterator[IO[bytes]]:
    if output is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        with atomic_output(output) as handle:
            yield handle


def _rules_table(pipeline: Pipeline) -> str:
    width = max((len(rule.name) for rule in pipeline.rules), default=0)
    return "".join(
        f"{rule.name:<{width}}  {rule.kind:<13} {rule.summary}\n" for rule in pipeline.rules
    )


def _run_files(
    args: argparse.Namespace, pipeline: Pipeline, out: IO[bytes], check: Callable[[], None]
) -> int:
    status = 0
    for n, name in enumerate(args.files):
        check()
        try:
            text = _read(name, args.encoding, args.errors)
        except (OSError, UnicodeDecodeError, LookupError) as error:
            print(f"newsclean: {_read_error(name, error)}", file=sys.stderr)
            status = 1
            continue
        article = pipeline.clean(text)
        if args.json:
            report = json_line(article.to_dict())
        else:
            header = f"==> {name} <==\n" if len(args.files) > 1 else ""
            gap = "\n" if n and len(args.files) > 1 else ""
            shown = explain(text, article) if args.explain else article.body + "\n"
            report = gap + header + shown
        out.write(report.encode("utf-8", "backslashreplace"))
        out.flush()
    return status


def _read(name: str, encoding: str, errors: str) -> str:
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    return data.decode(encoding, errors)


def _read_error(name: str, error: Exception) -> str:
    shown = "<stdin>" if name == "-" else name
    if isinstance(error, UnicodeDecodeError):
        bad = error.object[error.start : error.start + 4].hex(" ")
        return (
            f"{shown}: not valid {error.encoding} at byte offset {error.start} (bytes {bad}); "
            "pass --encoding ENCODING or --errors replace to go on"
        )
    if isinstance(error, LookupError):
        return f"{shown}: {error}"
    return f"{shown}: {getattr(error, 'strerror', None) or error}"


def json_line(value: Any) -> str:
    """``value`` as one line of JSON (UTF-8 kept as is).

    >>> json_line({"body": "Grüße"})
    '{"body": "Grüße"}\\n'
    """
    return json.dumps(value, ensure_ascii=False) + "\n"


def _run_jsonl(args: argparse.Namespace, out: IO[bytes], check: Callable[[], None]) -> int:
    name = "<stdin>" if args.jsonl == "-" else args.jsonl
    job = Job(name, args.field, args.key, tuple(args.without), args.encoding, args.errors)
    try:
        source = sys.stdin.buffer if args.jsonl == "-" else open(args.jsonl, "rb")  # noqa: SIM115
    except OSError as error:
        print(f"newsclean: {_read_error(args.jsonl, error)}", file=sys.stderr)
        return 1
    failed = 0
    with source, progress_bar(source, args.quiet) as advance:
        for outcome in clean_lines(job, numbered_lines(source), args.jobs):
            check()
            out.write(outcome.line)
            if outcome.error is not None:
                failed += 1
                print(f"newsclean: {outcome.error}", file=sys.stderr)
            advance(outcome)
    if failed:
        print(f"newsclean: {failed} record(s) could not be cleaned", file=sys.stderr)
    return 1 if failed else 0


# Corpus formats (newsclean.formats): --wet and --parquet.


def _corpus_option(args: argparse.Namespace) -> str | None:
    """The option that names a corpus input (jsonl, wet, parquet), if one does."""
    return next(
        (name for name in ("jsonl", "wet", "parquet") if getattr(args, name) is not None), None
    )


def _run_format(args: argparse.Namespace, out: IO[bytes], check: Callable[[], None]) -> int:
    name = args.wet or args.parquet
    job = Job(name, args.field, args.key, tuple(args.without), args.encoding, args.errors)
    if args.parquet is not None:
        failed = formats.clean_parquet(job, name, out, args.jobs, _complain)
    else:
        failed = 0
        try:
            source = open(name, "rb")  # noqa: SIM115 (closed by the with below)
        except OSError as error:
            _complain(_read_error(name, error))
            return 1
        with source:
            for outcome in formats.clean_wet(job, source, args.jobs):
                check()
                out.write(outcome.line)
                if outcome.error is not None:
                    failed += 1
                    _complain(outcome.error)
    if failed:
        _complain(f"{failed} record(s) could not be cleaned")
    return 1 if failed else 0


def _complain(message: str) -> None:
    print(f"newsclean: {message}", file=sys.stderr)
