"""Corpus formats: Common Crawl WET files in, Parquet in and out.

``newsclean --wet FILE.warc.wet.gz`` (the ``wet`` extra: fastwarc) cleans the
text of each conversion record and writes one JSON line per record:
``{"url", "warc_record_id", "warc_date", "language", KEY: result}``, the
record's ``WARC-Target-URI``, ``WARC-Record-ID``, ``WARC-Date`` and
``WARC-Identified-Content-Language`` (null when the record has none). The
page text is not repeated: the record id finds it in the WET file.

``newsclean --parquet IN -o OUT`` (the ``parquet`` extra: pyarrow) writes
IN's rows with every column kept, plus a column KEY of the fixed type
:func:`result_type`, so every batch of every run has the same schema.

Both run through the engine of ``--jsonl`` (:mod:`newsclean.batch`): input
order, ``--jobs``, and one output record per input record. A record that
cannot be read (a truncated or corrupt WET record, text that is not valid in
the encoding, a null or non-string text cell, a rule that fails) gets
``{"error": "..."}`` as its result, and the run goes on.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import json
from collections import deque
from collections.abc import Callable, Iterator
from typing import IO, Any

from attrs import evolve

from .batch import Job, Outcome, clean_lines
from .types import Metadata

__all__ = ["FormatError", "arrow_row", "clean_parquet", "clean_wet", "result_type"]

# Rows read from a Parquet file at once; also the output's row group size.
BATCH_ROWS = 1024


class FormatError(Exception):
    """The input as a whole cannot be read (no such column, not a Parquet
    file), or the extra the format needs is not installed."""


def _extra(module: str, extra: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise FormatError(
            f"this needs {module.split('.')[0]}: pip install 'newsclean[{extra}]'"
        ) from None


def clean_wet(job: Job, stream: IO[bytes], jobs: int = 1) -> Iterator[Outcome]:
    """One JSON line (an :class:`~newsclean.batch.Outcome`) per conversion record of ``stream``."""
    warc = _extra("fastwarc.warc", "wet")
    headers: dict[int, dict[str, Any]] = {}
    failed: dict[int, str] = {}

    def lines() -> Iterator[tuple[int, int, bytes]]:
        # Runs ahead of the results (in the pool's feeder thread with --jobs):
        # each record's headers, or why it failed, are stored before it is yielded.
        records = warc.ArchiveIterator(
            stream, record_types=warc.WarcRecordType.conversion, parse_http=False
        )
        number = 0
        while True:
            number += 1
            try:
                record = next(records, None)
            except OSError as error:  # a broken header: the rest cannot be found
                headers[number] = dict.fromkeys(WET_FIELDS)
                failed[number] = f"{job.source}:{number}: {error}; the rest is unread"
                yield number, 0, b"{}"
                return
            if record is None:
                return
            fields = {name: record.headers.get(header) for name, header in WET_FIELDS.items()}
            headers[number] = fields
            where = f"{job.source}:{number}: record {fields['warc_record_id']}"
            problem: str | None
            try:
                content = record.reader.read()
            except OSError as error:  # a gzip member cut or damaged
                content, problem = b"", f"unreadable: {error}"
            else:
                problem = _damage(record, content)
            text: str | None = None
            if problem is None:
                try:
                    text = content.decode(job.encoding, job.errors)
                except UnicodeDecodeError as error:
                    problem = (
                        f"not valid {error.encoding} at byte {error.start} of its text; "
                        "pass --errors replace to go on"
                    )
            if problem is not None:
                failed[number] = f"{where}: {problem}"
                yield number, record.stream_pos, b"{}"
            else:
                yield number, record.stream_pos, json.dumps({job.field: text}).encode()

    for number, outcome in enumerate(clean_lines(_ascii(job), lines(), jobs), start=1):
        record = headers.pop(number)
        error = failed.pop(number, None)
        if error is None:
            result = json.loads(outcome.line)[job.key]
            error = outcome.error
        else:
            result = {"error": error}
        record[job.key] = result
        line = json.dumps(record, ensure_ascii=False) + "\n"
        yield Outcome(
            line.encode("utf-8", "backslashreplace"), error, outcome.size, outcome.warning
        )


def _ascii(job: Job) -> Job:
    # The records handed to the engine are JSON written here, in ASCII; the
    # input's own encoding was applied when its text was read.
    return evolve(job, encoding="ascii", errors="strict")


# Output field -> the WARC header it holds.
WET_FIELDS = {
    "url": "WARC-Target-URI",
    "warc_record_id": "WARC-Record-ID",
    "warc_date": "WARC-Date",
    "language": "WARC-Identified-Content-Language",
}


def _damage(record: Any, content: bytes) -> str | None:
    """Why a record's content is not what its headers promise, if it is not."""
    if len(content) != record.content_length:
        return f"truncated: {len(content)} of {record.content_length} bytes"
    digest = record.headers.get("WARC-Block-Digest")
    if digest and digest.lower().startswith("sha1:"):
        sha1 = hashlib.sha1(content).digest()
        if digest[5:].upper() not in (base64.b32encode(sha1).decode(), sha1.hex().upper()):
            return "corrupt: its content does not match its WARC-Block-Digest"
    return None


def result_type() -> Any:
    """The Arrow type of the result column: every field, always, so batches agree.

    ``body`` and ``error`` are strings, one of them null; ``metadata`` has
    every field of :class:`~newsclean.Metadata` (empty lists, not nulls), and
    so does each removal's.

    >>> [field.name for field in result_type()]
    ['body', 'metadata', 'removals', 'error']
    >>> [field.name for field in result_type().field("metadata").type]
    ['title', 'authors', 'publisher', 'images', 'tags', 'related', 'date', 'language']
    """
    pa = _extra("pyarrow", "parquet")
    text, texts = pa.string(), pa.list_(pa.string())
    metadata = pa.struct(
        [
            ("title", text),
            ("authors", texts),
            ("publisher", text),
            ("images", pa.list_(pa.struct([("caption", text), ("credit", text)]))),
            ("tags", texts),
            (
                "related",
                pa.list_(pa.struct([("kicker", text), ("title", text), ("summary", text)])),
            ),
            ("date", text),
            ("language", text),
        ]
    )
    removal = pa.struct(
        [
            *(("rule", text), ("kind", text), ("reason", text)),
            *(("start", pa.int64()), ("end", pa.int64())),
            *(("text", text), ("metadata", metadata)),
        ]
    )
    return pa.struct(
        [("body", text), ("metadata", metadata), ("removals", pa.list_(removal)), ("error", text)]
    )


_EMPTY_METADATA = Metadata().to_dict()


def arrow_row(result: dict[str, Any]) -> dict[str, Any]:
    """A result dict (``Article.to_dict()``, or an error) in the shape of :func:`result_type`."""
    if "error" in result:
        return {"body": None, "metadata": None, "removals": None, "error": result["error"]}
    removals = [{**r, "metadata": _EMPTY_METADATA | r["metadata"]} for r in result["removals"]]
    return {**result, "removals": removals, "error": None}


def clean_parquet(
    job: Job, source: str, out: IO[bytes], jobs: int, report: Callable[[str], None]
) -> int:
    """Write ``source``'s rows with a ``job.key`` result column to ``out``; the failures.

    Each failure is passed to ``report``; an unreadable row group ends the
    run there (the rows before it are written).
    """
    pa = _extra("pyarrow", "parquet")
    pq = _extra("pyarrow.parquet", "parquet")
    try:
        parquet = pq.ParquetFile(source)
    except (OSError, pa.ArrowException) as error:
        raise FormatError(f"{job.source}: not a readable Parquet file: {error}") from None
    schema = parquet.schema_arrow
    if job.field not in schema.names:
        columns = ", ".join(schema.names)
        raise FormatError(f"{job.source}: no column {job.field!r}; the columns are: {columns}")
    if job.key in schema.names:
        raise FormatError(f"{job.source}: already has a {job.key!r} column; pick another --key")
    pending: deque[Any] = deque()  # batches read, not yet written
    broken: list[str] = []

    def lines() -> Iterator[tuple[int, int, bytes]]:
        number = 0
        try:
            for batch in parquet.iter_batches(batch_size=BATCH_ROWS):
                pending.append(batch)
                for text in batch.column(job.field).to_pylist():
                    number += 1
                    yield number, 0, json.dumps({job.field: text}).encode()
        except (OSError, pa.ArrowException) as error:
            broken.append(
                f"{job.source}: unreadable after row {number}: {error}; the rest is unread"
            )

    failed = 0
    results: list[dict[str, Any]] = []
    with pq.ParquetWriter(out, schema.append(pa.field(job.key, result_type()))) as writer:
        for outcome in clean_lines(_ascii(job), lines(), jobs):
            results.append(arrow_row(json.loads(outcome.line)[job.key]))
            if outcome.error is not None:
                failed += 1
                report(outcome.error)
            # A batch is written once its last row is cleaned (and one of no
            # rows at once): pending[0] was read before any of its rows.
            while pending and len(results) >= pending[0].num_rows:
                batch = pending.popleft()
                _write(pa, writer, batch, results[: batch.num_rows], job.key)
                results = results[batch.num_rows :]
        while pending:  # batches of no rows at the end
            _write(pa, writer, pending.popleft(), [], job.key)
    for message in broken:
        report(message)
    return failed + len(broken)


def _write(pa: Any, writer: Any, batch: Any, results: list[dict[str, Any]], key: str) -> None:
    column = pa.array(results, type=result_type())
    writer.write_batch(
        pa.RecordBatch.from_arrays([*batch.columns, column], [*batch.schema.names, key])
    )
