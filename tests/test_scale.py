"""Corpus scale: the warm-up, Dask, datatrove, and the WET and Parquet formats.

The engines and formats are optional extras: each test skips without its
extra (the default ``pip install '.[test]'`` run), and ``.ci/run`` installs
them and runs this file again with NEWSCLEAN_EXTRAS=required, where a
missing extra fails instead.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib
import json
import os
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsclean
from newsclean import Pipeline, cli
from newsclean.types import Image, Related, Removal

PAGES = Path(__file__).parent.parent / "benchmarks" / "data" / "pages.jsonl"


def need(module: str) -> Any:
    """``module``, or a skip without it (a failure where the extras are required)."""
    if os.environ.get("NEWSCLEAN_EXTRAS") == "required":
        return importlib.import_module(module)
    return pytest.importorskip(module)


def pages(count: int) -> list[str]:
    with PAGES.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line, _ in zip(lines, range(count), strict=False)]


def expected(texts: list[str]) -> list[dict[str, Any]]:
    return [newsclean.clean(text).to_dict() for text in texts]


def test_warm_returns_the_pipeline_and_changes_no_output() -> None:
    texts = pages(5)
    pipeline = Pipeline().without("photo-credit")
    assert pipeline.warm() is pipeline
    assert [pipeline.clean(t).to_dict() for t in texts] == [
        Pipeline().without("photo-credit").clean(t).to_dict() for t in texts
    ]


def own_phrases(root: Path) -> Path:
    (root / "en").mkdir(parents=True)
    (root / "en" / "share.txt").write_text("toot\n", encoding="utf-8")
    return root


TOOTED = "Markets Rally Today\n\nStocks rose on Friday as traders cheered.\n\nToot"


def test_warm_honours_the_pipelines_phrase_folders(tmp_path: Path) -> None:
    pipeline = Pipeline(phrases=own_phrases(tmp_path / "phrases")).warm()
    article = pipeline.clean(TOOTED)
    assert article.body == "Stocks rose on Friday as traders cheered."
    assert ("share-row", "Toot") in {(r.rule, r.text) for r in article.removals}
    # The default pipeline's share-row does not know the word (body selection may take the line).
    assert "share-row" not in {r.rule for r in Pipeline().warm().clean(TOOTED).removals}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--parquet", "in.parquet"], "--parquet writes a Parquet file: give -o OUT.parquet"),
        (["--wet", "in.wet.gz", "page.txt"], "--wet takes its input as IN; do not also give FILEs"),
        (["--wet", "in.wet.gz", "--field", "content"], "--field does not apply to --wet"),
        (["--key", "k", "page.txt"], "--key needs --jsonl, --wet or --parquet"),
        (["--jobs", "2"], "--jobs needs --jsonl, --wet or --parquet"),
    ],
)
def test_corpus_format_usage_errors(
    options: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(options)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_a_wet_output_that_is_its_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.warc.wet.gz"
    source.write_bytes(b"")
    with pytest.raises(SystemExit):
        cli.main(["--wet", str(source), "-o", str(source)])
    assert "is an input; refusing to overwrite it" in capsys.readouterr().err


# Dask: a real cluster of two worker processes.


@pytest.fixture(scope="module")
def client() -> Any:
    distributed = need("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as connected:
        yield connected


def test_dask_bag_gives_clean_results_in_order(client: Any) -> None:
    import dask.bag as db

    from newsclean.dask import clean_bag, warm_workers

    warm_workers(client)
    texts = pages(24)
    bag = db.from_sequence(texts, npartitions=6)
    assert clean_bag(bag).compute() == expected(texts)
    # Both workers did work: the result is not one process's.
    assert len(client.scheduler_info()["workers"]) == 2


def test_dask_frame_column_with_a_pipeline(client: Any) -> None:
    import dask.dataframe as dd
    import pandas as pd

    from newsclean.dask import clean_frame

    texts = pages(12)
    rows = pd.DataFrame({"id": range(len(texts)), "text": texts})
    pipeline = Pipeline().without("byline")
    done = clean_frame(dd.from_pandas(rows, npartitions=4), pipeline=pipeline).compute()
    assert list(done["id"]) == list(range(len(texts)))
    assert list(done["newsclean"]) == [pipeline.clean(t).to_dict() for t in texts]
    with pytest.raises(KeyError, match="no column 'body'"):
        clean_frame(dd.from_pandas(rows, npartitions=1), column="body")


# datatrove: the step on Documents, in this process.


def test_datatrove_step_sets_body_and_metadata() -> None:
    need("datatrove")
    from datatrove.data import Document

    from newsclean.datatrove import Clean

    texts = pages(10)
    docs = [Document(text=text, id=str(n), metadata={"url": n}) for n, text in enumerate(texts)]
    docs.append(Document(text=None, id="broken"))  # type: ignore[arg-type]
    step = Clean()
    done = list(step.run(iter(docs)))
    assert len(done) == len(texts) + 1
    for doc, want in zip(done, expected(texts), strict=False):
        assert doc.text == want["body"]
        assert doc.metadata["newsclean"] == {
            "metadata": want["metadata"],
            "removals": want["removals"],
        }
        assert "url" in doc.metadata  # the document's own metadata is kept
    assert done[-1].metadata["newsclean"]["error"].startswith("TypeError: clean() takes str")
    assert step.stats["failed"].total == 1


# WET: small files written here, record by record.


def wet_record(uri: str, content: bytes, digest: str | None = None) -> bytes:
    sha1 = base64.b32encode(hashlib.sha1(content).digest()).decode()
    headers = [
        "WARC/1.0",
        "WARC-Type: conversion",
        f"WARC-Target-URI: {uri}",
        "WARC-Date: 2024-03-12T10:15:00Z",
        f"WARC-Record-ID: <urn:uuid:{hashlib.md5(uri.encode()).hexdigest()}>",
        f"WARC-Block-Digest: sha1:{digest or sha1}",
        "Content-Type: text/plain",
        f"Content-Length: {len(content)}",
    ]
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + content + b"\r\n\r\n"


def wet_file(path: Path, records: list[bytes]) -> Path:
    info = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n"
    # One gzip member a record, as Common Crawl writes them.
    path.write_bytes(b"".join(gzip.compress(record) for record in [info, *records]))
    return path


def run_wet(tmp_path: Path, source: Path, *options: str) -> tuple[int, list[dict[str, Any]]]:
    out = tmp_path / "out.jsonl"
    status = cli.main(["--wet", str(source), "-o", str(out), *options])
    return status, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_wet_records_keep_their_uri_and_id(tmp_path: Path, jobs: str) -> None:
    need("fastwarc")
    texts = pages(6)
    records = [wet_record(f"https://example.com/{n}", t.encode()) for n, t in enumerate(texts)]
    status, found = run_wet(tmp_path, wet_file(tmp_path / "a.warc.wet.gz", records), "--jobs", jobs)
    assert status == 0
    assert [r["url"] for r in found] == [f"https://example.com/{n}" for n in range(len(texts))]
    assert all(r["warc_record_id"].startswith("<urn:uuid:") for r in found)
    assert {r["warc_date"] for r in found} == {"2024-03-12T10:15:00Z"}
    assert [r["newsclean"] for r in found] == expected(texts)


def test_an_unreadable_wet_record_becomes_an_error_record(tmp_path: Path) -> None:
    need("fastwarc")
    good = "By AFP\n\nThe talks ended on Monday."
    records = [
        wet_record("https://example.com/bad-digest", good.encode(), digest="A" * 32),
        wet_record("https://example.com/latin-1", "Grüße aus Köln.".encode("latin-1")),
        wet_record("https://example.com/good", good.encode()),
        wet_record("https://example.com/cut", good.encode())[:-40],  # the file ends inside it
    ]
    status, found = run_wet(tmp_path, wet_file(tmp_path / "b.warc.wet.gz", records))
    assert status == 1
    assert [r["url"] for r in found] == [
        "https://example.com/bad-digest",
        "https://example.com/latin-1",
        "https://example.com/good",
        "https://example.com/cut",
    ]
    errors = [r["newsclean"].get("error", "") for r in found]
    assert "does not match its WARC-Block-Digest" in errors[0]
    assert "not valid utf-8" in errors[1]
    assert found[2]["newsclean"] == newsclean.clean(good).to_dict()
    assert "truncated" in errors[3]
    # --errors replace reads the Latin-1 record (its digest is of the bytes, so it holds).
    status, found = run_wet(tmp_path, tmp_path / "b.warc.wet.gz", "--errors", "replace")
    assert found[1]["newsclean"]["body"] == "Gr\ufffd\ufffde aus K\ufffdln."


def test_wet_takes_the_phrase_folders_and_warns_of_html_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    need("fastwarc")
    html = "<html><head><title>x</title></head><body><div><p>Talks ended.</p></div></body></html>"
    records = [
        wet_record("https://example.com/toot", TOOTED.encode()),
        *(wet_record(f"https://example.com/html/{n}", html.encode()) for n in range(2)),
    ]
    source = wet_file(tmp_path / "c.warc.wet.gz", records)
    folder = own_phrases(tmp_path / "phrases")
    status, found = run_wet(tmp_path, source, "--phrases", str(folder))
    assert status == 0
    assert found[0]["newsclean"]["body"] == "Stocks rose on Friday as traders cheered."
    err = capsys.readouterr().err
    assert err.count("looks like HTML") == 1
    assert "2 record(s) gave warnings; only the first is shown" in err


# Parquet: the result column has one fixed type, whatever the rows hold.


def test_parquet_result_type_has_every_field() -> None:
    need("pyarrow")
    from newsclean.formats import result_type

    def names(struct: Any) -> list[str]:
        return [field.name for field in struct]

    kind = result_type()
    assert names(kind) == ["body", "metadata", "removals", "error"]
    metadata = kind.field("metadata").type
    assert names(metadata) == list(newsclean.Metadata().to_dict())
    assert names(metadata.field("images").type.value_type) == [f.name for f in attrs.fields(Image)]
    assert names(metadata.field("related").type.value_type) == [
        f.name for f in attrs.fields(Related)
    ]
    removal = Removal("byline", "byline", "byline", 0, 6, "By AFP")
    assert names(kind.field("removals").type.value_type) == list(removal.to_dict())


def test_parquet_keeps_rows_and_columns_across_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pa = need("pyarrow")
    import pyarrow.parquet as pq

    from newsclean import formats

    monkeypatch.setattr(formats, "BATCH_ROWS", 3)  # several batches from a small file
    texts: list[str | None] = [*pages(7), None]
    table = pa.table({"id": list(range(len(texts))), "text": texts})
    source, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
    pq.write_table(table, source, row_group_size=4)
    for jobs in ("1", "2"):
        assert cli.main(["--parquet", str(source), "-o", str(out), "--jobs", jobs]) == 1
        done = pq.read_table(out)
        assert done.schema == table.schema.append(pa.field("newsclean", formats.result_type()))
        rows = done.to_pylist()
        assert [row["id"] for row in rows] == list(range(len(texts)))
        for row, want in zip(rows, expected(pages(7)), strict=False):
            assert row["text"] is not None
            assert row["newsclean"]["body"] == want["body"]
            assert row["newsclean"]["metadata"] == want["metadata"]
            assert row["newsclean"]["error"] is None
            assert [r["rule"] for r in row["newsclean"]["removals"]] == [
                r["rule"] for r in want["removals"]
            ]
        last = rows[-1]["newsclean"]
        assert last["body"] is None
        assert "field 'text' is null, not a string" in last["error"]


def test_parquet_without_the_text_column_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pa = need("pyarrow")
    import pyarrow.parquet as pq

    source, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
    pq.write_table(pa.table({"content": ["Hello there."]}), source)
    assert cli.main(["--parquet", str(source), "-o", str(out)]) == 1
    assert "no column 'text'; the columns are: content" in capsys.readouterr().err
    assert not out.exists()
    assert cli.main(["--parquet", str(source), "--field", "content", "-o", str(out)]) == 0
    assert pq.read_table(out).column("newsclean").to_pylist()[0]["body"] == "Hello there."
