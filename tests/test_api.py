"""The public API contract: names, types, errors, invariants, user rules."""

from __future__ import annotations

import gzip
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
    assert "photo-credit" not in {r.rule for r in article.removals}
    # With body selection off too, nothing removes the caption line.
    assert "Jose Luis Magana / AP / TASS" in without.without("article-body").clean(text).body
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
    # Body selection comes last and takes what reads as chrome: a rule of
    # one's own runs before it to claim its lines with its own kind.
    pipeline = (
        Pipeline()
        .insert(PODCAST_PLUG, before="article-body")
        .insert(DropLastLineIfShort(), before="article-body")
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


@pytest.mark.slow
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


def test_help_on_clean_is_short() -> None:
    import pydoc

    shown = pydoc.render_doc(newsclean.clean, renderer=pydoc.plaintext)
    assert "clean(text: 'str', pipeline: 'Pipeline | None' = None)" in shown
    assert len(shown) < 2000, len(shown)


def test_a_rule_kind_is_checked_when_the_pipeline_is_built() -> None:
    podcast = attrs.evolve(PODCAST_PLUG, kind="podcast")
    with pytest.raises(ValueError, match="rule 'podcast-plug' has kind 'podcast'; kinds are: "):
        Pipeline().insert(podcast, before="share-row")

    @attrs.frozen
    class Mislabelled:
        name: str = "mislabelled"
        kind: newsclean.Kind = "navigation"
        summary: str = "one finding of a kind that does not exist"

        def find(self, context: Context) -> Iterable[Finding]:
            yield Finding(0, 0, "wrong", kind="podcast")  # type: ignore[arg-type]

    with pytest.raises(ValueError, match="rule 'mislabelled' has kind 'podcast'"):
        Pipeline(rules=(Mislabelled(),)).clean("one line")


def test_a_reversed_finding_says_so() -> None:
    with pytest.raises(ValueError, match=r"Finding\(3, 1\): the run is reversed"):
        Finding(3, 1, "backwards")
    with pytest.raises(ValueError, match="numbered from 0"):
        Finding(-1, 0, "before the page")


def test_line_and_page_are_exported_for_rule_authors() -> None:
    page = newsclean.Page.from_text("Talks Stall\n\nThe talks ended.")
    line = page.lines[1]
    assert isinstance(line, newsclean.Line)
    assert (line.index, line.text, line.words, line.is_sentence) == (1, "The talks ended.", 3, True)
    assert "Line" in newsclean.__all__ and "Page" in newsclean.__all__
    # A line a rule author builds by hand works out its sentence end itself.
    made = newsclean.Line(0, 0, 8, "It ended.\u201d", True, 2)
    assert made.is_sentence and not newsclean.Line(0, 0, 5, "Talks", True, 1).is_sentence
    # A page is its text: equal texts, equal pages, with the same lines.
    again = newsclean.Page.from_text("Talks Stall\n\nThe talks ended.")
    assert again == page and hash(again) == hash(page) and again.lines == page.lines


COMMENTS = LineRule(
    name="comment-count",
    kind="comment",
    reason="comment count",
    pattern=regex.compile(r"(?i)comments \(\d+\)"),
)
COMMENTED = "Markets Rally Today\n\nStocks rose on Friday as traders cheered.\n\nComments (12)"


def test_insert_places_a_rule_before_the_rule_that_would_take_its_lines() -> None:
    last = attrs.evolve(Pipeline(), rules=(*newsclean.DEFAULT_RULES, COMMENTS))
    assert last.clean(COMMENTED).removals[-1].rule == "share-row"  # the trap
    placed = Pipeline().insert(COMMENTS, before="share-row")
    assert placed.names[placed.names.index("comment-count") + 1] == "share-row"
    removal = placed.clean(COMMENTED).removals[-1]
    assert (removal.rule, removal.kind, removal.text) == (
        "comment-count",
        "comment",
        "Comments (12)",
    )
    after = Pipeline().insert(COMMENTS, after="title")
    assert after.names[after.names.index("title") + 1] == "comment-count"
    with pytest.raises(TypeError, match="one of before= or after="):
        Pipeline().insert(COMMENTS)
    with pytest.raises(KeyError, match="no rule named 'shares'"):
        Pipeline().insert(COMMENTS, before="shares")


HTML = "<html><head><title>T</title></head><body><div><p>The talks <b>ended</b>.</p></div>"


def test_html_input_warns() -> None:
    with pytest.warns(UserWarning, match="looks like HTML.*render the HTML to text first"):
        newsclean.clean(HTML)
    with pytest.warns(UserWarning, match="looks like HTML"):
        Pipeline().clean("<!DOCTYPE html>\n" + HTML)


def test_text_pages_do_not_warn_of_html() -> None:
    import warnings

    pages = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    data = Path(__file__).parent.parent / "benchmarks" / "data"
    with (data / "pages.jsonl").open(encoding="utf-8") as lines:
        pages += [json.loads(line)["text"] for line in lines]
    with gzip.open(data / "news" / "pages.jsonl.gz", "rt", encoding="utf-8") as lines:
        pages += [json.loads(line)["text"] for line in lines]
    pages.append("To break a line, type <br>; for a paragraph, <p>. She wrote <i>that</i>.")
    # A page's text with a block of markup a renderer let through is still text.
    pages.append("Talks Stall - BBC News\n\n" + HTML + "\n\nThe talks ended on Monday.")
    assert not any(newsclean.pipeline.looks_like_html(page) for page in pages)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        newsclean.clean(pages[0])


def own_phrases(root: Path) -> Path:
    (root / "en").mkdir(parents=True)
    (root / "en" / "share.txt").write_text("# our site's own share button\ntoot\n")
    return root


def test_own_phrases_reach_the_default_rules(tmp_path: Path) -> None:
    folder = own_phrases(tmp_path / "phrases")
    text = "Markets Rally Today\n\nStocks rose on Friday as traders cheered.\n\nToot"
    default = {r.rule for r in newsclean.clean(text).removals}
    assert "share-row" not in default
    pipeline = Pipeline(phrases=folder)
    article = pipeline.clean(text)
    assert article.body == "Stocks rose on Friday as traders cheered."
    assert (article.removals[-1].rule, article.removals[-1].text) == ("share-row", "Toot")
    # Prose that merely says the word stays; the default pipeline is untouched.
    mention = "Markets Rally Today\n\nA toot is what the site calls a post, she said on Friday."
    assert pipeline.clean(mention).body == mention.split("\n\n")[1]
    assert {r.rule for r in newsclean.clean(text).removals} == default
    # The phrases stay with the pipeline through without() and insert().
    other = pipeline.without("title").insert(COMMENTS, before="share-row").clean(text)
    assert ("share-row", "Toot") in {(r.rule, r.text) for r in other.removals}


def test_own_month_names_date_lines_in_their_pipeline_only(tmp_path: Path) -> None:
    # Time stamps are read outside the rules package (newsclean.dates), whose
    # answers are kept per set of phrase folders, not once for all pipelines.
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "months.txt").write_text("# a calendar of our own\nfirstmonthuary\n")
    text = (
        "Talks stall - The Daily\n\nTalks stall\n\nBy Jo Roe\n\nUpdated 3 Firstmonthuary\n\n"
        "The talks stalled on Monday after both sides left the room early, officials said."
    )

    def taking(article: newsclean.Article) -> str:
        return next(r.rule for r in article.removals if r.text == "Updated 3 Firstmonthuary")

    assert taking(newsclean.clean(text)) == "article-body"
    assert taking(Pipeline(phrases=tmp_path).clean(text)) == "byline"  # the stamp beside the byline
    assert taking(newsclean.clean(text)) == "article-body"


def test_a_bad_phrase_folder_fails_when_the_pipeline_is_built(tmp_path: Path) -> None:
    folder = own_phrases(tmp_path / "phrases")
    with pytest.raises(ValueError, match="not a folder"):
        Pipeline(phrases=tmp_path / "nowhere")
    (folder / "xx").mkdir()
    with pytest.raises(ValueError, match="xx: not a language folder; languages are: en, de"):
        Pipeline(phrases=folder)
    (folder / "xx").rmdir()
    (folder / "en" / "stopwords.txt").write_text("the\n")
    with pytest.raises(ValueError, match=r"stopwords\.txt: not a phrase file"):
        Pipeline(phrases=folder)
    (folder / "en" / "stopwords.txt").write_text("[unclosed\n")
    (folder / "en" / "stopwords.txt").rename(folder / "en" / "tags.txt")
    with pytest.raises(ValueError, match=r"tags.txt:1: not a valid pattern"):
        Pipeline(phrases=folder)
