"""A datatrove pipeline step that cleans each ``Document`` with newsclean.

Needs the ``datatrove`` extra (``pip install 'newsclean[datatrove]'``).
:class:`Clean` sets ``doc.text`` to the article body and puts the rest of
the result in ``doc.metadata["newsclean"]``: ``{"metadata": {...},
"removals": [...]}``, as ``Article.to_dict()`` gives them. (A datatrove
formatter could not: it maps text to text, and the metadata would be lost.)

A document ``clean()`` fails on keeps its text, gets ``{"error": "..."}``
under the key instead, and is counted in the step's ``failed`` stat, as a
record is in ``newsclean --jsonl``: one bad page does not stop the task. A
body can be empty (a page with no article); a filter after this step can
drop those.

>>> from datatrove.data import Document
>>> docs = [Document(text="By AFP\\n\\nTalks ended.", id="7")]
>>> [doc] = Clean().run(docs)
>>> doc.text, doc.metadata["newsclean"]["metadata"]["authors"]
('Talks ended.', ['AFP'])
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from .pipeline import DEFAULT_PIPELINE, Pipeline

__all__ = ["Clean"]


class Clean(PipelineStep):  # type: ignore[misc]
    """Set each document's text to its article body; the rest goes to its metadata."""

    name = "newsclean"
    type = "✂️ - FORMAT"

    def __init__(self, pipeline: Pipeline = DEFAULT_PIPELINE, key: str = "newsclean") -> None:
        super().__init__()
        self.pipeline = pipeline
        self.key = key

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        ready = self.pipeline.warm()  # the task's first document costs what the rest do
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                try:
                    found = ready.clean(doc.text).to_dict()
                except Exception as error:
                    # A bug a rule shows on one page in a million must not
                    # stop the task; the document says what broke.
                    doc.metadata[self.key] = {"error": f"{type(error).__name__}: {error}"}
                    self.stat_update("failed")
                else:
                    doc.text = found.pop("body")
                    doc.metadata[self.key] = found
                    self.update_doc_stats(doc)
            yield doc
