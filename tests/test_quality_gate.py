"""The quality gate: body figures may not fall below the floors in benchmarks/floors.json.

Three checks, as trafilatura keeps one: the cross-validated figures that the
shipped body and header models record (benchmarks/train.py and
train_header.py write them with the weights),
and a fresh in-sample score of the shipped pipeline on the 111 benchmark
pages, so a change to a rule, a feature or the model cannot lower either
quietly. Raising a floor is a one-line reviewed change to floors.json.
"""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

import newsclean
from newsclean.model import default_model

BENCHMARKS = Path(__file__).parents[1] / "benchmarks"
FLOORS = json.loads((BENCHMARKS / "floors.json").read_text(encoding="utf-8"))


def _quality() -> ModuleType:
    """benchmarks/quality.py, the scorer the figures come from."""
    spec = importlib.util.spec_from_file_location("quality", BENCHMARKS / "quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("field", sorted(FLOORS["cv"]))
def test_the_shipped_models_cross_validated_f1_holds_its_floors(field: str) -> None:
    recorded = default_model().info["cv"]["P_R_F1"][field]
    for group, floor in FLOORS["cv"][field].items():
        assert recorded[group][2] >= floor, f"cv {field} {group}: {recorded[group][2]} < {floor}"


def test_the_shipped_header_models_cross_validated_figures_hold_their_floors() -> None:
    source = resources.files("newsclean") / "data" / "model" / "header.json"
    recorded = json.loads(source.read_text(encoding="utf-8"))["cv"]  # ["cv title 0.75", ...]
    found = {line.split()[1]: float(line.split()[2]) for line in recorded}
    for field, floor in FLOORS["metadata_cv"].items():
        assert found[field] >= floor, f"cv {field}: {found[field]} < {floor}"


@pytest.mark.parametrize("field", sorted(FLOORS["in_sample"]))
def test_the_shipped_pipeline_holds_its_in_sample_floor(field: str) -> None:
    quality = _quality()
    pages = quality.load()
    _, _, f1 = quality.score((newsclean.clean(p[field]).body, p["gold_body"]) for p in pages)
    assert f1 >= FLOORS["in_sample"][field], f"in-sample {field} F1 {f1:.3f}"
