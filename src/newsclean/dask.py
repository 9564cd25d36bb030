"""Clean a Dask bag of texts, or a text column of a Dask dataframe, on every worker.

Needs the ``dask`` extra (``pip install 'newsclean[dask]'``). Order is kept:
each partition is cleaned in order, and partitions stay where they were.
Each worker process warms one pipeline the first time it meets it
(:meth:`newsclean.Pipeline.warm`) and keeps it, so only the first partition a
worker gets pays for the compile; :func:`warm_workers` moves that to the
workers' start.

>>> import dask.bag as db
>>> bag = db.from_sequence(["By AFP\\n\\nTalks ended.", "Hello there."], npartitions=2)
>>> [article["body"] for article in clean_bag(bag).compute(scheduler="sync")]
['Talks ended.', 'Hello there.']
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .pipeline import DEFAULT_PIPELINE, Pipeline

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["clean_bag", "clean_frame", "warm_workers"]


@lru_cache(maxsize=8)
def _ready(pipeline: Pipeline) -> Pipeline:
    # Pipelines hash by their rules, so the copy each task unpickles finds
    # the one this process warmed.
    return pipeline.warm()


def _clean_texts(texts: Iterable[str], pipeline: Pipeline) -> list[dict[str, Any]]:
    ready = _ready(pipeline)
    return [ready.clean(text).to_dict() for text in texts]


def clean_bag(bag: dask.bag.Bag, pipeline: Pipeline = DEFAULT_PIPELINE) -> dask.bag.Bag:
    """A bag of ``Article.to_dict()`` results, one per text of ``bag``, in order.

    An item that is not a ``str`` fails its task with ``clean()``'s
    ``TypeError``: decode bytes, and drop missing texts, before.
    """
    return bag.map_partitions(_clean_texts, pipeline)


def clean_frame(
    frame: dask.dataframe.DataFrame,
    column: str = "text",
    key: str = "newsclean",
    pipeline: Pipeline = DEFAULT_PIPELINE,
) -> dask.dataframe.DataFrame:
    """``frame`` with a column ``key`` holding each row's ``Article.to_dict()``.

    The other columns are kept as they are. ``column`` must hold strings (a
    missing value fails its partition with ``clean()``'s ``TypeError``).

    >>> import pandas as pd, dask.dataframe as dd
    >>> rows = pd.DataFrame({"id": [7], "text": ["By AFP\\n\\nTalks ended."]})
    >>> done = clean_frame(dd.from_pandas(rows, npartitions=1)).compute(scheduler="sync")
    >>> done["newsclean"][0]["body"], done["id"][0]
    ('Talks ended.', np.int64(7))
    """
    import pandas as pd

    if column not in frame.columns:
        raise KeyError(
            f"no column {column!r}; the columns are: {', '.join(map(str, frame.columns))}"
        )
    if key in frame.columns:
        raise ValueError(f"the frame already has a {key!r} column; pick another key")
    meta = frame._meta.assign(**{key: pd.Series([], dtype=object)})
    return frame.map_partitions(_clean_part, column, key, pipeline, meta=meta)


def _clean_part(part: pandas.DataFrame, column: str, key: str, pipeline: Pipeline) -> Any:
    import pandas as pd

    found = _clean_texts(part[column], pipeline)
    return part.assign(**{key: pd.Series(found, index=part.index, dtype=object)})


def warm_workers(client: Any, pipeline: Pipeline = DEFAULT_PIPELINE) -> None:
    """Warm ``pipeline`` on every worker of a ``distributed`` client, now and
    on every worker that joins later (a worker plugin)."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class WarmUp(WorkerPlugin):  # type: ignore[misc]
        name = "newsclean-warm-up"

        def setup(self, worker: Any) -> None:
            _ready(pipeline)

    client.register_plugin(WarmUp())
