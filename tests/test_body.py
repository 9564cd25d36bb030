"""Body selection: the line model keeps the article and drops the page around it.

These are behaviour tests on made-up pages (the model's quality is measured on
real ones by ``benchmarks/quality.py --cv``): the article stays whole, menus,
teasers and footers go with a reason that names evidence, comments go as
``comment``, and the compiled forest scores as walking its trees does.
"""

from __future__ import annotations

import math
import random

import attrs
import pytest

import newsclean
from newsclean.features import BASE, measure
from newsclean.forest import Forest
from newsclean.model import LineModel, default_model, expand, kept
from newsclean.page import Page
from newsclean.rule import Context
from newsclean.rules.body import EVIDENCE, ArticleBody

PARAS = [
    "The city council voted on Tuesday to close the old bridge, and the work will start in spring.",
    "Residents who use the bridge every day said that they had not been told about it last week.",
    "The mayor said the bridge was no longer safe and that the council had no choice but to act.",
    "A new bridge is expected to open in two years, and the city will run a ferry in the meantime.",
]
MORE = [
    "Engineers found cracks in two of the bridge's piers during an inspection earlier this year.",
    "The council will hold a public meeting next month to explain the plan to the neighbourhood.",
]
MENU = ["Home", "News", "Sport", "Business", "Culture", "Weather", "Video", "Opinion", "Local"]
TEASERS = [
    "Five Things To Know About The New Budget Plan For Next Year",
    "Local Team Wins Its Third Title In A Row",
    "Storm Warning Issued For The Whole Coast Tonight",
    "Police Search For Missing Hiker In The Hills",
]
FOOTER = ["Follow us", "Careers", "Advertise with us", "Contact", "Terms of use"]


def _page(*lines: str) -> str:
    return "\n".join(lines)


def _full_page(*article: str) -> str:
    return _page(
        "Council Votes To Close Old Bridge - The Daily Courier",
        *MENU,
        "Council votes to close old bridge",
        "By Jane Roe",
        *article,
        *TEASERS,
        *FOOTER,
    )


def test_on_a_full_page_the_article_stays_and_the_page_around_it_goes() -> None:
    article = newsclean.clean(_full_page(*PARAS))
    body = article.body.split("\n\n")
    assert body[: len(PARAS)] == PARAS
    # A known error of the shipped model (see docs/benchmarks.md): the first
    # teaser headline right under the article may stay; the rest go.
    assert not set(body) & set(TEASERS[1:] + MENU + FOOTER)
    assert article.metadata.title == "Council votes to close old bridge"
    assert article.metadata.authors == ("Jane Roe",)
    body = [r for r in article.removals if r.rule == "article-body"]
    assert {r.kind for r in body} == {"navigation"}
    assert "Sport" in body[0].text and "Police Search" in body[-1].text


def test_every_feature_has_its_evidence_said() -> None:
    assert set(EVIDENCE) == set(BASE)


def test_every_removal_names_evidence_from_the_table() -> None:
    article = newsclean.clean(_full_page(*PARAS))
    said = {text for pair in EVIDENCE.values() for text in pair}
    for removal in (r for r in article.removals if r.rule == "article-body"):
        what = removal.reason.split(": ", 1)[-1]
        assert set(what.split(", ")) <= said, removal.reason


def test_prose_that_mentions_menus_and_home_survives() -> None:
    mention = (
        "The menu at the café by the bridge lists home cooking, news of the day and sport on TV."
    )
    text = _full_page(PARAS[0], mention, *PARAS[1:])
    assert mention in newsclean.clean(text).body


def test_a_crosshead_inside_the_article_stays() -> None:
    paras = [*PARAS[:2], "What happens next", *PARAS[2:]]
    body = newsclean.clean(_full_page(*paras)).body.split("\n\n")
    assert body[: len(paras)] == paras
    # A known error of the shipped model (see docs/benchmarks.md): the first
    # teaser headline right under such an article may stay; the rest go.
    assert not set(body) & set(TEASERS[1:] + MENU + FOOTER)


def test_a_short_line_inside_the_article_stays() -> None:
    text = _full_page(*PARAS[:2], "Yikes.", *PARAS[2:])
    assert "Yikes." in newsclean.clean(text).body.split("\n\n")


@pytest.mark.parametrize(
    "heading", ["Leave a Reply", "2 Comments", "Kommentar schreiben", "Deja un comentario"]
)
def test_a_comment_section_after_the_article_goes_as_comment(heading: str) -> None:
    comments = [
        "Jim Brown",
        "November 19, 2019 at 6:34 am",
        "Great piece, thank you for writing it, I learned a lot from it today and I agree.",
        "Reply",
        "Ann Lee",
        "November 19, 2019 at 7:02 am",
        "Nobody asked us about the bridge, and now we have to drive around the whole lake.",
        "Reply",
    ]
    text = _full_page(*PARAS, *MORE, heading, *comments)
    article = newsclean.clean(text)
    assert article.body == "\n\n".join([*PARAS, *MORE])
    assert any(r.kind == "comment" and "Great piece" in r.text for r in article.removals)


@pytest.mark.parametrize(
    ("byline", "stamp"),
    [
        ("Jim Brown says:", "November 19, 2019 at 6:34 am"),
        ("Jim Brown on November 19, 2019 at 6:34 am said:", "Great piece, thank you."),
        ("Jana Roth sagt:", "19. November 2019 um 06:34 Uhr"),
    ],
)
def test_a_comment_byline_opens_the_comments_without_a_heading(byline: str, stamp: str) -> None:
    # A short post with a long thread under it: no "Leave a Reply" heading
    # stands below enough prose, but each reply is headed "Name says:" and dated.
    page = Page.from_text(_page(PARAS[0], byline, stamp, "Great piece, thank you."))
    rows = measure(page, [None] * len(page.lines))
    assert [row[BASE.index("comment_above")] for row in rows] == [0.0, 1.0, 1.0, 1.0]


def test_a_quote_announced_in_the_article_opens_no_comments() -> None:
    page = Page.from_text(_page(PARAS[0], "The mayor says:", PARAS[1], "Jim Brown says:", PARAS[2]))
    rows = measure(page, [None] * len(page.lines))
    assert not any(row[BASE.index("comment_above")] for row in rows)


def test_an_extractors_output_keeps_its_paragraphs() -> None:
    text = "\n\n".join([*PARAS, *PARAS[:2]])
    assert newsclean.clean(text).body == text


def test_a_page_where_no_line_reads_as_the_article_is_left_alone() -> None:
    # No line reaches the threshold (here set out of reach): nothing tells the
    # article from the rest, so nothing goes rather than everything.
    page = Page.from_text(_page(*MENU))
    strict = ArticleBody(attrs.evolve(default_model(), threshold=1.0))
    assert list(strict.find(newsclean.Context(page, [False] * len(MENU)))) == []


GERMAN = [
    "Der Bundestag hat am Donnerstag mit großer Mehrheit ein neues Klimagesetz beschlossen.",
    "Die Opposition kritisierte, dass die Regierung die Maßnahmen zu spät vorgelegt habe.",
    "Das Gesetz muss noch vom Bundesrat gebilligt werden, der sich im April damit befasst.",
]
JAPANESE = [
    "東京都は火曜日、老朽化した橋を閉鎖することを決めた。工事は春に始まる予定だという。",
    "毎日橋を使う住民は、先週まで何も知らされていなかったと話している。",
    "新しい橋は二年後に開通する見通しで、それまで市はフェリーを運航する。",
]


@pytest.mark.parametrize(
    ("lines", "paras"),
    [
        (
            [
                "Bundestag beschließt neues Klimagesetz | Tagesblatt",
                *["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Regional"],
                "Bundestag beschließt neues Klimagesetz",
                *GERMAN,
                *["Klimaschutz: Was Die Regierung Jetzt Für Den Norden Plant", "Impressum"],
            ],
            GERMAN,
        ),
        (
            [
                "橋を閉鎖へ 東京都 - 毎日新聞",
                *["ホーム", "ニュース", "政治", "経済", "国際", "スポーツ", "地域"],
                "橋を閉鎖へ 東京都",
                *JAPANESE,
                *["利用規約", "お問い合わせ", "会社概要"],
            ],
            JAPANESE,
        ),
    ],
    ids=["german", "japanese"],
)
def test_full_pages_in_other_languages(lines: list[str], paras: list[str]) -> None:
    body = newsclean.clean("\n".join(lines)).body.split("\n\n")
    assert body[: len(paras)] == paras  # the menu above goes, the article stays whole
    assert lines[-1] not in body


def _random_tree(rng: random.Random, width: int, depth: int) -> tuple[tuple[float, ...], ...]:
    nodes: list[tuple[float, ...]] = []

    def grow(level: int) -> int:
        at = len(nodes)
        nodes.append(())
        if level == depth or rng.random() < 0.2:
            nodes[at] = (rng.uniform(-1, 1),)
        else:
            left, right = grow(level + 1), grow(level + 1)
            value = (nodes[left][-1] + nodes[right][-1]) / 2
            nodes[at] = (rng.randrange(width), rng.uniform(0, 1), left, right, value)
        return at

    grow(0)
    return tuple(nodes)


def _walk(tree: tuple[tuple[float, ...], ...], row: list[float]) -> float:
    node = tree[0]
    while len(node) > 1:
        column, threshold, left, right, _ = node
        node = tree[int(left) if row[int(column)] <= threshold else int(right)]
    return node[0]


def test_the_compiled_forest_scores_as_walking_its_trees() -> None:
    rng = random.Random(3)
    trees = tuple(_random_tree(rng, 6, 4) for _ in range(30))
    forest = Forest(6, 0.25, trees)
    rows = [[rng.uniform(0, 1) for _ in range(6)] for _ in range(50)]
    expected = [0.25 + sum(_walk(t, row) for t in trees) for row in rows]
    assert forest.scores(rows) == pytest.approx(expected)
    # The evidence of a line adds up to its score's distance from the trees' roots.
    for row, score in zip(rows[:5], expected[:5], strict=True):
        moved = sum(change for _, change in forest.evidence(row))
        assert moved == pytest.approx(score - 0.25 - sum(t[0][-1] for t in trees))


def test_a_forest_with_a_broken_split_is_refused() -> None:
    with pytest.raises(ValueError, match="not a valid split"):
        Forest(2, 0.0, (((5, 0.5, 1, 2, 0.0), (0.0,), (1.0,)),))


def test_a_random_model_scores_any_page_without_error() -> None:
    rng = random.Random(7)
    width = len(expand([[0.0] * len(BASE)])[0])
    model = LineModel(
        Forest(width, 0.0, tuple(_random_tree(rng, width, 5) for _ in range(20))),
        tuple(rng.uniform(-1, 1) for _ in range(len(default_model().second))),
        0.0,
        0.5,
        (0.0,) * len(BASE),
    )
    page = Page.from_text(_full_page(*PARAS))
    _, probs = model.probabilities(measure(page, [None] * len(page.lines)))
    assert all(0.0 <= p <= 1.0 for p in probs) and not any(math.isnan(p) for p in probs)
    assert all(
        isinstance(f.reason, str)
        for f in ArticleBody(model).find(Context(page, [False] * len(page.lines)))
    )


def test_kept_lines_are_the_best_stretch_above_the_threshold() -> None:
    probs = [0.9, 0.8, 0.2, 0.9, 0.1, 0.1, 0.1, 0.9]
    sizes = [20, 20, 2, 20, 20, 20, 20, 5]
    # The lone line at the end is above the threshold but far from the article.
    assert kept(probs, [True] * 8, sizes, 0.5) == [True, True, False, True] + [False] * 4
    # A line an earlier rule took is never kept.
    assert kept(probs, [False, *[True] * 7], sizes, 0.5)[0] is False


def test_the_shipped_model_records_its_provenance() -> None:
    info = default_model().info
    assert info["trainer"] == "benchmarks/train.py"
    assert len(info["data_sha256"]) == 64
    assert info["cv"]["grouped_by"] == "site"
