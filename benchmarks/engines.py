"""Run the recipes of docs/scale.md for Spark, Ray and HF datasets, and check their results.

Each engine cleans the first 200 body-corpus pages as its recipe says, and
the results must equal ``newsclean.clean()``'s in one plain process. The
engines are not dependencies: install the one you run (pyspark needs Java).

    python benchmarks/engines.py spark      # local[2], 4 partitions
    python benchmarks/engines.py ray        # an actor pool, input materialised
    python benchmarks/engines.py datasets   # Dataset.map, num_proc=2
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newsclean
from newsclean import Pipeline

sys.path.insert(0, str(Path(__file__).parent))
from corpus import load_body_docs


def clean_partition(rows: Iterator[Any]) -> Iterator[tuple[str, str]]:
    pipeline = Pipeline().warm()  # once per partition, not per row
    for row in rows:
        yield row.id, json.dumps(pipeline.clean(row.text).to_dict(), ensure_ascii=False)


def spark(ids: list[str], texts: list[str]) -> dict[str, Any]:
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the executors' Python must have newsclean
    from pyspark.sql import SparkSession
    from pyspark.sql import types as T

    session = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
    context = session.getOrCreate()
    context.sparkContext.setLogLevel("ERROR")
    frame = context.createDataFrame(list(zip(ids, texts, strict=True)), ["id", "text"])
    schema = T.StructType(
        [T.StructField("id", T.StringType()), T.StructField("newsclean", T.StringType())]
    )
    cleaned = context.createDataFrame(
        frame.repartition(4).rdd.mapPartitions(clean_partition), schema
    )
    found = {row.id: json.loads(row.newsclean) for row in cleaned.collect()}
    context.stop()
    return found


class Cleaner:
    """A Ray actor: warms once, then cleans batch after batch."""

    def __init__(self) -> None:
        self.pipeline = Pipeline().warm()

    def __call__(self, batch: Any) -> Any:
        batch["newsclean"] = [
            json.dumps(self.pipeline.clean(text).to_dict()) for text in batch["text"]
        ]
        return batch


def ray(ids: list[str], texts: list[str]) -> dict[str, Any]:
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    items = [{"id": i, "text": t} for i, t in zip(ids, texts, strict=True)]
    dataset = ray.data.from_items(items).materialize()  # read before the actors take the CPUs
    done = dataset.map_batches(Cleaner, concurrency=2, batch_size=16, batch_format="pandas")
    return {row["id"]: json.loads(row["newsclean"]) for row in done.take_all()}


def clean_batch(batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
    from newsclean.formats import arrow_row

    pipeline = Pipeline()
    return {"newsclean": [arrow_row(pipeline.clean(text).to_dict()) for text in batch["text"]]}


def datasets(ids: list[str], texts: list[str]) -> dict[str, Any]:
    import datasets
    import pyarrow as pa

    from newsclean.formats import result_type

    table = datasets.Dataset.from_dict({"id": ids, "text": texts})
    features = table.features.copy()
    fixed = datasets.Features.from_arrow_schema(pa.schema([("newsclean", result_type())]))
    features["newsclean"] = fixed["newsclean"]
    done = table.map(
        clean_batch,
        batched=True,
        batch_size=16,
        num_proc=2,
        features=features,
        load_from_cache_file=False,
    )
    return dict(zip(done["id"], done["newsclean"], strict=True))


def same_shape(result: dict[str, Any]) -> dict[str, Any]:
    return result


def arrow_shape(result: dict[str, Any]) -> dict[str, Any]:
    from newsclean.formats import arrow_row

    return arrow_row(result)


# Each engine, and the shape its results come back in (datasets: the fixed Arrow type).
ENGINES = {
    "spark": (spark, same_shape),
    "ray": (ray, same_shape),
    "datasets": (datasets, arrow_shape),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("engine", choices=sorted(ENGINES))
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args(argv)
    docs = load_body_docs()[: args.pages]
    ids, texts = [doc.id for doc in docs], [doc.text for doc in docs]
    run, shape = ENGINES[args.engine]
    start = time.perf_counter()
    found = run(ids, texts)
    seconds = time.perf_counter() - start
    want = {doc.id: shape(newsclean.clean(doc.text).to_dict()) for doc in docs}
    same = found == want
    print(f"{args.engine}: {len(found)} pages in {seconds:.1f} s; identical to clean(): {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
