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
from typing import IO

from . import formats
from .atomic import destination, output_problem
from .batch import Job, clean_lines, numbered_lines, progress_bar
from .files import display_name, read_error, run_files
from .interrupts import Interrupts
from .options import build_parser
from .own_rules import pipeline_for
from .pipeline import Pipeline


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
