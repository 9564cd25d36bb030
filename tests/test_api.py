"""The public API contract: names, types, errors, invariants, user rules."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Article, Context, Finding, LineRule, Metadata, Pipeline, Removal

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def collapse(text: str) -> str:
    return " ".join(text.split())


def check_invariants(text: str, article: Article) -> None:
    """The promises every result keeps, whatever the input."""
    previous_end = 0
    kept: list[str] = []
    for removal in article.removals:
        assert text[removal.start : removal.end] == removal.text
        assert removal.start >= previous_end, "removals overlap or are out of order"
        assert removal.kind in newsclean.KINDS
        kept.append(text[previous_end : removal.start])
        previous_end = removal.end
    kept.append(text[previous_end:])
    # Nothing vanishes unrecorded: what no removal covers is the body.
    assert collapse(" ".join(kept)) == collapse(article.body)


def test_all_is_thin_and_importable() -> None:
    for name in newsclean.__all__:
        assert getattr(newsclean, name) is not None
    assert "clean" in newsclean.__all__ and "Pipeline" in newsclean.__all__


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_seed_invariants_and_json(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    article = newsclean.clean(text)
    check_invariants(text, article)
    assert json.loads(json.dumps(article.to_dict())) == article.to_dict()
    assert article.to_dict()["metadata"]["title"] == article.metadata.title


def test_results_are_frozen() -> None:
    article = newsclean.clean("Headline Here\n\nSome text.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.body = "x"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.metadata.title = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (b"text", "decode it first"),
        (bytearray(b"text"), "decode it first"),
        (None, "not NoneType"),
        (42, "not int"),
    ],
)
def test_non_str_input_is_a_clear_type_error(value: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        newsclean.clean(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "\r\n \t\r\n"])
def test_empty_and_blank_input_give_an_empty_body(text: str) -> None:
    article = newsclean.clean(text)
    assert article.body == ""
    assert article.removals == ()
    assert article.metadata == Metadata()


def test_pipeline_without_drops_a_rule_and_keeps_its_lines() -> None:
    text = (SEEDS[0]).read_text(encoding="utf-8")
    without = Pipeline().without("photo-credit")
    assert "photo-credit" not in without.names
    article = without.clean(text)
    assert article.metadata.images == ()
    assert "Jose Luis Magana / AP / TASS" in article.body
    check_invariants(text, article)


def test_unknown_or_duplicate_rule_names_fail_at_build_time() -> None:
    with pytest.raises(KeyError, match="no-such-rule"):
        Pipeline().without("no-such-rule")
    with pytest.raises(ValueError, match="two rules"):
        Pipeline(rules=(*newsclean.DEFAULT_RULES, newsclean.DEFAULT_RULES[0]))
    with pytest.raises(TypeError, match="not a rule"):
        Pipeline(rules=("appeal",))  # type: ignore[arg-type]


def test_default_rules_have_kebab_names_known_kinds_and_summaries() -> None:
    for rule in newsclean.DEFAULT_RULES:
        assert regex.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
        assert rule.kind in newsclean.KINDS
        assert rule.summary


# A user's own rule, written outside the package: data only ...
PODCAST_PLUG = LineRule(
    name="podcast-plug",
    kind="advertisement",
    reason="podcast promotion",
    pattern=regex.compile(r"(?i)listen to our podcast.*"),
)


# ... or a small class when it needs context.
@attrs.frozen
class DropLastLineIfShort:
    name: str = "short-last-line"
    kind: newsclean.Kind = "navigation"
    summary: str = "a short line at the very end of the page"

    def find(self, context: Context) -> Iterable[Finding]:
        free = list(context.free())
        if free and free[-1].words <= 3:
            yield Finding(free[-1].index, free[-1].index, "short last line")


def test_a_user_rule_plugs_in_without_touching_the_package() -> None:
    pipeline = attrs.evolve(
        Pipeline(), rules=(*newsclean.DEFAULT_RULES, PODCAST_PLUG, DropLastLineIfShort())
    )
    text = (
        "Big News Today\n\nThe council voted on Monday.\n\nListen to our podcast on Spotify\n\nBye"
    )
    article = pipeline.clean(text)
    assert article.body == "The council voted on Monday."
    rules = {r.rule: r.kind for r in article.removals}
    assert rules["podcast-plug"] == "advertisement"
    assert rules["short-last-line"] == "navigation"
    check_invariants(text, article)


def test_a_rule_that_points_outside_the_page_is_reported_by_name() -> None:
    @attrs.frozen
    class Broken:
        name: str = "broken"
        kind: newsclean.Kind = "navigation"
        summary: str = "always wrong"

        def find(self, context: Context) -> Iterable[Finding]:
            yield Finding(5, 9, "nowhere")

    with pytest.raises(ValueError, match="'broken'"):
        Pipeline(rules=(Broken(),)).clean("one line")


def test_removal_to_dict_keeps_only_found_metadata() -> None:
    article = newsclean.clean("Headline Goes Here\n\nBy AFP\n\nThe text of the story.")
    byline = next(r for r in article.removals if r.kind == "byline")
    assert isinstance(byline, Removal)
    assert byline.to_dict()["metadata"] == {"authors": ["AFP"]}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Read more",
                "By AFP",
                "Support The Moscow Times!",
                "Sign up for our newsletter",
                "Advertisement",
                "The minister said the talks would resume next week.",
                "Photo: Reuters",
                "Tags: Politics, Europe",
                "",
                " ",
            ]
        )
        | st.text(max_size=40),
        max_size=25,
    ),
    st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\u2028"]),
)
def test_invariants_hold_on_mixed_pages(parts: list[str], newline: str) -> None:
    text = newline.join(parts)
    article = newsclean.clean(text)
    check_invariants(text, article)
    assert newsclean.clean(text) == article  # deterministic
