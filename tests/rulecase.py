"""The harness the rule-family table tests share: a block between two article paragraphs."""

from __future__ import annotations

from newsclean import DEFAULT_RULES, Article, Pipeline

# The recognising rules only: body selection judges prose on other grounds.
RECOGNISERS = Pipeline(rules=tuple(r for r in DEFAULT_RULES if r.name != "article-body"))
BEFORE = "The council met on Tuesday to discuss the city budget for the coming year."
AFTER = "Officials said a final vote on the plan is expected before the end of the month."


def clean_between(block: str) -> Article:
    """Clean ``block`` standing between two paragraphs of an article."""
    return RECOGNISERS.clean(f"{BEFORE}\n\n{block}\n\n{AFTER}")
