"""The ``--explain`` report: what was removed, where, by which rule, and why."""

from __future__ import annotations

from bisect import bisect_right

from .types import Article


def explain(text: str, article: Article) -> str:
    """One line per removal: input line numbers, rule, kind, reason and an excerpt.

    >>> from newsclean import clean
    >>> text = "Support The Moscow Times!\\n\\nTalks ended."
    >>> print(explain(text, clean(text)), end="")
    lines  rule                 kind           reason
    1      appeal               appeal         call to give or subscribe: Support The Moscow Times!
    """
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    rows = [f"{'lines':<6} {'rule':<20} {'kind':<14} reason\n"]
    for removal in article.removals:
        first = bisect_right(starts, removal.start)
        last = bisect_right(starts, max(removal.start, removal.end - 1))
        span = str(first) if first == last else f"{first}-{last}"
        excerpt = " / ".join(line.strip() for line in removal.text.splitlines() if line.strip())
        if len(excerpt) > 80:
            excerpt = excerpt[:77] + "..."
        rows.append(
            f"{span:<6} {removal.rule:<20} {removal.kind:<14} {removal.reason}: {excerpt}\n"
        )
    return "".join(rows)
