"""The examples in README.md and docs/*.md run, and print what they say they print."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_examples_in_docs_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples open files such as seeds/… from the checkout
    result = doctest.testfile(
        str(page),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        raise_on_error=False,
        verbose=False,
    )
    assert result.failed == 0, f"{result.failed} example(s) in {page.name} failed; see output"


def test_readme_rule_table_lists_the_default_rules_in_order() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = [m.group(1) for m in re.finditer(r"^\| `([a-z0-9-]+)` \|", readme, re.MULTILINE)]
    assert listed == [rule.name for rule in newsclean.DEFAULT_RULES]


def test_rules_reference_has_a_section_per_default_rule() -> None:
    reference = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    sections = re.findall(r"^## `([a-z0-9-]+)`", reference, re.MULTILINE)
    assert sections == [rule.name for rule in newsclean.DEFAULT_RULES]
