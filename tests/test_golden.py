"""Golden fixtures: one folder per article, input.txt -> expected.txt + expected.json.

Run ``pytest tests/test_golden.py --update-golden`` after a deliberate change
and review the diff of the expected files: the diff is the review.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean

GOLDEN = Path(__file__).parent / "golden"
SEEDS = Path(__file__).parent.parent / "seeds"
CASES = sorted(p for p in GOLDEN.iterdir() if (p / "input.txt").is_file())


def _read(path: Path) -> str:
    # newline="" keeps "\r\n" and lone "\r" as they are on disk.
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _expected_json(article: newsclean.Article) -> str:
    data = article.to_dict()
    del data["body"]  # kept in expected.txt, where a diff reads well
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_golden(case: Path, update_golden: bool) -> None:
    article = newsclean.clean(_read(case / "input.txt"))
    body = article.body + "\n"
    data = _expected_json(article)
    if update_golden:
        (case / "expected.txt").write_text(body, encoding="utf-8")
        (case / "expected.json").write_text(data, encoding="utf-8")
    assert body == _read(case / "expected.txt")
    assert data == _read(case / "expected.json")


def test_every_seed_is_a_golden_case() -> None:
    for seed in sorted(SEEDS.glob("*.txt")):
        case = GOLDEN / seed.stem
        assert (case / "input.txt").read_bytes() == seed.read_bytes(), seed.name
