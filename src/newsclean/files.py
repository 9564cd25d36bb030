"""The command line's FILE mode: each file read, cleaned and printed in turn.

A file that cannot be read is reported on stderr and the others go on; with
``--json`` it still gets its line, so N files give N lines.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from .explain import explain
from .pipeline import Pipeline


def run_files(
    args: argparse.Namespace, pipeline: Pipeline, out: IO[bytes], check: Callable[[], None]
) -> int:
    """Clean ``args.files`` in turn, writing to ``out``; the exit status (1 if one failed).

    ``check`` runs before each file (it raises on Ctrl-C). What ``clean()``
    warns of (HTML input) goes to stderr, with the file's name.
    """
    status = 0
    for n, name in enumerate(args.files):
        check()
        try:
            text = _read(name, args.encoding, args.errors)
        except (OSError, UnicodeDecodeError, LookupError) as error:
            message = read_error(name, error)
            print(f"newsclean: {message}", file=sys.stderr)
            if args.json:
                out.write(
                    json_line({"file": name, "error": message}).encode(errors="backslashreplace")
                )
            status = 1
            continue
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            article = pipeline.clean(text)
        for warning in caught:
            print(f"newsclean: {display_name(name)}: {warning.message}", file=sys.stderr)
        if args.json:
            report = json_line({"file": name, **article.to_dict()})
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


def display_name(name: str) -> str:
    """How messages name an input: standard input ("-") as ``<stdin>``."""
    return "<stdin>" if name == "-" else name


def read_error(name: str, error: Exception) -> str:
    """What went wrong reading the input ``name``, in one line that names it."""
    shown = display_name(name)
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
