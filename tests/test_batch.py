"""The batch engine behind --jsonl: streaming, order, and a record that breaks a rule."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from newsclean.batch import CHUNKS_IN_FLIGHT, CHUNKSIZE, Job, clean_lines


def numbered(pages: Iterable[str]) -> Iterator[tuple[int, int, bytes]]:
    for number, page in enumerate(pages, start=1):
        yield number, 0, json.dumps({"text": page}).encode() + b"\n"


@pytest.mark.parametrize("jobs", [1, 2])
def test_reads_input_only_as_fast_as_results_are_taken(jobs: int) -> None:
    pulled = 0

    def endless() -> Iterator[tuple[int, int, bytes]]:
        nonlocal pulled
        for item in numbered(f"Story {i} ran on." for i in itertools.count()):
            pulled += 1
            yield item

    outcomes = clean_lines(Job("endless"), endless(), jobs)
    taken = list(itertools.islice(outcomes, 200))
    outcomes.close()  # type: ignore[attr-defined]
    assert [json.loads(o.line)["newsclean"]["body"] for o in taken[:3]] == [
        "Story 0 ran on.",
        "Story 1 ran on.",
        "Story 2 ran on.",
    ]
    # An endless input is fine: only a bounded window is ever read ahead.
    window = jobs * CHUNKSIZE * CHUNKS_IN_FLIGHT + CHUNKSIZE if jobs > 1 else 0
    assert 200 <= pulled <= 200 + window


FRAGILE = """
class Fragile:
    name = "fragile"
    kind = "navigation"
    summary = "breaks on pages that mention a volcano"

    def find(self, context):
        if "volcano" in context.page.text:
            raise RuntimeError("lava")
        return ()

FRAGILE = Fragile()
"""


def test_a_rule_that_crashes_fails_its_record_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "fragile_rules.py").write_text(FRAGILE)
    monkeypatch.syspath_prepend(tmp_path)
    job = Job("in.jsonl", rules=("fragile_rules:FRAGILE",))
    pages = ["A calm day.", "The volcano woke.", "Another calm day."]
    outcomes = list(clean_lines(job, numbered(pages)))
    assert [o.error for o in outcomes] == [
        None,
        "in.jsonl:2: clean() failed: RuntimeError: lava",
        None,
    ]
    failed = json.loads(outcomes[1].line)
    assert failed["text"] == "The volcano woke."
    assert failed["newsclean"]["error"] == outcomes[1].error


# The dropped exception is the point of the test; pytest reports it as a warning.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_interrupt_python_drops_is_not_lost() -> None:
    import gc
    import signal

    from newsclean.interrupts import Interrupts

    class Finalised:
        def __del__(self) -> None:
            # Python ignores (and only prints) an exception raised in __del__.
            signal.raise_signal(signal.SIGTERM)

    with Interrupts() as interrupts:
        Finalised()
        gc.collect()
        assert interrupts.seen
        with pytest.raises(KeyboardInterrupt):
            interrupts.check()
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
