"""The batch mode behind ``newsclean --jsonl``: one JSON record a line in, one out.

Nothing is lost: every input line gives exactly one output line, in input
order. A line that cannot be cleaned (not UTF-8, malformed JSON, not an
object, no text field) comes out as a record whose result holds an
``error``, and the run goes on.

The work is streamed. Lines are read lazily, cleaned by ``jobs`` worker
processes (``Pool.imap``, which keeps input order) and written as results
come back; a semaphore caps how many lines are in flight, because
``Pool.imap`` would otherwise read the whole input into its task queue.
"""

from __future__ import annotations

import codecs
import contextlib
import importlib
import json
import multiprocessing
import os
import queue
import signal
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import IO, Any

from attrs import frozen

from .own_rules import pipeline_for

# Lines sent to a worker at once: large enough that the pickling round trip
# is small next to the cleaning, small enough that order-keeping stays cheap.
CHUNKSIZE = 16
# Chunks in flight per worker; bounds memory whatever the input's size.
CHUNKS_IN_FLIGHT = 4
# How often, in seconds, the feeder waiting for input looks whether the run stopped.
READ_AHEAD_POLL = 0.1


@frozen
class Job:
    """What every record of one run is cleaned with (small, so cheap to pickle).

    >>> Job("crawl.jsonl", field="content").key
    'newsclean'
    """

    source: str  # the input's name, for messages
    field: str = "text"  # the record field that holds the page text
    key: str = "newsclean"  # the output field the result goes under
    without: tuple[str, ...] = ()  # rules switched off
    encoding: str = "utf-8"
    errors: str = "strict"
    phrases: tuple[str, ...] = ()  # the user's phrase folders
    rules: tuple[str, ...] = ()  # the user's rules, as MODULE:ATTRIBUTE


@frozen
class Outcome:
    """One output line (UTF-8 bytes, newline included) and the error, if any.

    >>> clean_record(Job("in.jsonl"), (3, 0, b"[]")).error
    'in.jsonl:3: an array, not a JSON object'
    """

    line: bytes
    error: str | None
    size: int  # bytes of input the record took, for the progress bar
    warning: str | None = None  # what clean() warned of (the text looks like HTML)


def json_kind(value: object) -> str:
    """What JSON calls ``value``'s type: the word the user wrote, not Python's.

    >>> json_kind(None), json_kind([]), json_kind(True), json_kind(7.5)
    ('null', 'array', 'true', 'number')
    """
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return "number"
    names: dict[type, str] = {dict: "object", list: "array", str: "string"}
    return names.get(type(value), type(value).__name__)


def clean_record(job: Job, numbered: tuple[int, int, bytes]) -> Outcome:
    """Clean one raw input line; never raises on bad input.

    ``numbered`` is (line number from 1, byte offset of the line, raw bytes).

    >>> job = Job("in.jsonl")
    >>> line = b'{"id": 7, "text": "By AFP\\\\n\\\\nTalks ended."}\\n'
    >>> clean_record(job, (1, 0, line)).line  # doctest: +ELLIPSIS
    b'{"id": 7, "text": "By AFP\\\\n\\\\nTalks ended.", "newsclean": {"body": "Talks ended.", ...
    >>> outcome = clean_record(job, (2, 0, b'{"id": 8}\\n'))
    >>> outcome.error
    "in.jsonl:2: no 'text' field in the record"
    """
    number, offset, raw = numbered
    record: dict[str, Any] = {}
    where = f"{job.source}:{number}"
    try:
        text = raw.rstrip(b"\r\n").decode(job.encoding, job.errors)
    except UnicodeDecodeError as error:
        text = raw.rstrip(b"\r\n").decode(job.encoding, "replace")
        return _failed(job, record, text, raw, f"{where}: {_decode_message(error, offset)}")
    if not text.strip():
        return _failed(job, record, text, raw, f"{where}: a blank line, not a JSON record")
    try:
        parsed = json.loads(text)
    except ValueError as error:
        return _failed(job, record, text, raw, f"{where}: malformed JSON: {error}")
    if not isinstance(parsed, dict):
        message = f"{where}: {_a(json_kind(parsed))}, not a JSON object"
        return _failed(job, record, text, raw, message)
    record = parsed
    if job.key in record:
        message = f"{where}: the record already has a {job.key!r} field; pick another with --key"
        return _failed(job, record, text, raw, message)
    if job.field not in record:
        return _failed(job, record, text, raw, f"{where}: no {job.field!r} field in the record")
    page = record[job.field]
    if not isinstance(page, str):
        message = f"{where}: field {job.field!r} is {_a(json_kind(page))}, not a string"
        return _failed(job, record, text, raw, message)
    try:
        pipeline = pipeline_for(job.without, job.phrases, job.rules)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            record[job.key] = pipeline.clean(page).to_dict()
    except Exception as error:
        # A bug a rule shows on one page in a million must not stop the run;
        # the record says what broke, so the page can be replayed.
        message = f"{where}: clean() failed: {type(error).__name__}: {error}"
        return _failed(job, record, text, raw, message)
    warning = f"{where}: {caught[0].message}" if caught else None
    return Outcome(_dump(record), None, len(raw), warning)


def _a(kind: str) -> str:
    """A JSON kind as the object of "is": "is null", "is an array", "is a number"."""
    if kind in ("null", "true", "false"):
        return kind
    return ("an " if kind[0] in "aeiou" else "a ") + kind


def _failed(job: Job, record: dict[str, Any], text: str, raw: bytes, message: str) -> Outcome:
    # The raw line is kept when it could not be read as a record, or when
    # the result field would hide one of the record's own: nothing is lost.
    result: dict[str, Any] = {"error": message}
    if not record or job.key in record:
        result["raw"] = text
    record[job.key] = result
    return Outcome(_dump(record), message, len(raw))


def _dump(record: dict[str, Any]) -> bytes:
    line = json.dumps(record, ensure_ascii=False) + "\n"
    try:
        return line.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (from a "\\ud800" escape in the input) has no UTF-8
        # form; ASCII escapes carry it through unchanged.
        return (json.dumps(record) + "\n").encode("ascii")


def _decode_message(error: UnicodeDecodeError, offset: int) -> str:
    """Where decoding failed, as a byte offset into the whole file."""
    bad = error.object[error.start : error.start + 4].hex(" ")
    return (
        f"not valid {error.encoding} at byte offset {offset + error.start} (bytes {bad}); "
        "pass --encoding ENCODING or --errors replace to go on"
    )


def numbered_lines(stream: IO[bytes]) -> Iterator[tuple[int, int, bytes]]:
    """(line number, byte offset, raw line) for every record line, read lazily.

    Lines end at ``\\n`` only: JSON Lines has no other separator, and a raw
    ``\\r`` or ``\\u2028`` inside a record is not a line break. A UTF-8 byte
    order mark before the first line is skipped (no JSON text starts with
    those bytes), and blank lines at the end of the file are not records (an
    editor leaves one); a blank line between records is one, and fails.

    >>> import io
    >>> list(numbered_lines(io.BytesIO(b'\\xef\\xbb\\xbf{"a": 1}\\r\\n\\n{"b": 2}\\n\\n \\n')))
    [(1, 3, b'{"a": 1}\\r\\n'), (2, 13, b'\\n'), (3, 14, b'{"b": 2}\\n')]
    """
    offset = 0
    blanks: list[tuple[int, int, bytes]] = []  # blank lines not yet known to be inside
    for number, raw in enumerate(stream, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
            offset = len(codecs.BOM_UTF8)
        if raw.strip():
            yield from blanks
            blanks.clear()
            yield number, offset, raw
        else:
            blanks.append((number, offset, raw))
        offset += len(raw)


def clean_lines(
    job: Job, lines: Iterable[tuple[int, int, bytes]], jobs: int = 1
) -> Iterator[Outcome]:
    """Clean every line, in input order, with ``jobs`` processes.

    >>> lines = [(1, 0, b'{"text": "Hello there."}'), (2, 24, b"nope")]
    >>> [o.error for o in clean_lines(Job("x"), lines)]
    [None, 'x:2: malformed JSON: Expecting value: line 1 column 1 (char 0)']
    """
    work = partial(clean_record, job)
    if jobs <= 1:
        yield from map(work, lines)
        return
    pipeline = pipeline_for(job.without, job.phrases, job.rules)  # a usage error fails here
    if multiprocessing.get_start_method() == "fork":
        # Forked workers inherit what warming compiled and learned: it is
        # done once, not once a worker, on cores the workers then have.
        pipeline.warm()
    in_flight = threading.BoundedSemaphore(jobs * CHUNKSIZE * CHUNKS_IN_FLIGHT)
    stopped = threading.Event()

    def throttled() -> Iterator[tuple[int, int, bytes]]:
        # Runs in the pool's feeder thread: it waits until results are
        # written before it reads more input, so memory stays bounded.
        for item in _read_ahead(lines, stopped):
            in_flight.acquire()
            if stopped.is_set():
                return
            yield item

    pool = multiprocessing.get_context().Pool(jobs, initializer=_ignore_interrupts)
    try:
        for outcome in pool.imap(work, throttled(), chunksize=CHUNKSIZE):
            yield outcome
            in_flight.release()
    finally:
        stopped.set()
        _release_all(in_flight)
        pool.terminate()
        pool.join()


def _read_ahead(
    lines: Iterable[tuple[int, int, bytes]], stopped: threading.Event
) -> Iterator[tuple[int, int, bytes]]:
    """``lines``, read by a daemon thread: the pool's feeder thread, which
    ``Pool.terminate()`` waits for, must never be stuck reading an input that
    sends nothing more (a pipe left open), or an interrupted run never ends."""
    ahead: queue.Queue[tuple[int, int, bytes] | BaseException | None] = queue.Queue(maxsize=1)

    def read() -> None:
        try:
            for item in lines:
                ahead.put(item)
        except BaseException as error:  # an input that fails to read fails the run
            ahead.put(error)
        else:
            ahead.put(None)

    threading.Thread(target=read, daemon=True).start()
    while not stopped.is_set():
        try:
            item = ahead.get(timeout=READ_AHEAD_POLL)
        except queue.Empty:
            continue
        if item is None:
            return
        if isinstance(item, BaseException):
            raise item
        yield item


def _release_all(semaphore: threading.BoundedSemaphore) -> None:
    """Wake the feeder thread if it waits, so the pool can shut down."""
    try:
        while True:
            semaphore.release()
    except ValueError:
        pass


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group; the parent alone handles it.
    # SIGTERM is how the parent's pool stops a worker: let it simply end.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextlib.contextmanager
def progress_bar(source: IO[bytes], quiet: bool) -> Iterator[Callable[[Outcome], object]]:
    """A tqdm bar on stderr, in input bytes; only on a terminal, only with tqdm installed.

    >>> import io
    >>> with progress_bar(io.BytesIO(), quiet=True) as advance:
    ...     advance(Outcome(b"{}\\n", None, 3))
    """
    tqdm = _tqdm()
    if tqdm is None or quiet or not sys.stderr.isatty():
        yield _no_progress
        return
    try:
        total: int | None = os.fstat(source.fileno()).st_size or None
    except (OSError, ValueError):
        total = None  # stdin from a pipe: no size, so no ETA
    with tqdm(total=total, unit="B", unit_scale=True, file=sys.stderr) as bar:
        yield lambda outcome: bar.update(outcome.size)


def _tqdm() -> Any:
    """tqdm's bar class, or None without the optional "progress" extra."""
    try:
        return importlib.import_module("tqdm").tqdm
    except ImportError:
        return None


def _no_progress(outcome: Outcome) -> None:
    pass
