"""The two seeds, checked against what issue 2 specifies, independent of the golden files."""

from __future__ import annotations

from pathlib import Path

import newsclean
from newsclean import Image

SEEDS = Path(__file__).parent.parent / "seeds"


def _clean(name: str) -> tuple[str, newsclean.Article]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text, newsclean.clean(text)


def test_seed_000_midterms() -> None:
    text, article = _clean("000_85b8bfb2e3a08596.txt")
    meta = article.metadata
    assert meta.title == "Kremlin Says Ties With U.S. Will Remain 'Bad' After Midterm Elections"
    assert meta.authors == ("AFP",)
    assert meta.publisher == "The Moscow Times"
    assert meta.images == (
        Image(
            caption="Voting in the midterm elections for U.S. Congress.",
            credit="Jose Luis Magana / AP / TASS",
        ),
    )
    assert meta.tags == ("United States", "Kremlin")
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 6
    assert paragraphs[0].startswith("The Kremlin said Wednesday that Moscow's ties")
    assert paragraphs[-1].endswith("sent troops into Ukraine in February.")
    assert len(meta.related) == 4
    first, last = meta.related[0], meta.related[-1]
    assert first.kicker == "no concrete plans"
    assert first.title == "Kremlin Says Talk of Putin-Biden Summit ‘Premature’"
    assert first.summary is not None
    assert first.summary.startswith("France had said that Putin and Biden agreed")
    assert first.summary.endswith("in eastern Ukraine.")
    assert last.kicker == "'Intelligence findings'"
    assert last.title == "U.S. Says Russia Readying 'False-Flag' Operation to Invade Ukraine"
    assert last.summary is not None and last.summary.startswith("Russia quickly denied the account")
    assert last.summary.endswith('"unfounded."')
    appeals = [r for r in article.removals if r.kind == "appeal"]
    assert appeals[0].start == 0
    assert appeals[0].text.endswith("Contribute Today")
    assert [r.kind for r in article.removals if r.kind in ("tags", "related")] == [
        "tags",
        "related",
    ]
    assert text.rstrip().endswith(article.removals[-1].text)


def test_seed_004_biden() -> None:
    _, article = _clean("004_ca5a330acb890219.txt")
    meta = article.metadata
    assert meta.title == "Russia Says Better Ties With U.S. Up to Biden"
    assert meta.authors == ()
    assert meta.publisher == "The Moscow Times"
    assert meta.images == (
        Image(
            caption="Joe Biden is set to become the 26th President of the United States on "
            "Wednesday.",
            credit="Jim Watson / AFP",
        ),
    )
    assert meta.tags == () and meta.related == ()
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 10
    assert paragraphs[0].startswith("The Kremlin said Wednesday that any improvement")
    assert paragraphs[-1].endswith("not making any preparations for Biden's inauguration.")
    assert paragraphs[5].endswith("set to expire Feb. 5.")  # the trailing no-break space goes
    removed = {r.kind: r.text for r in article.removals}
    assert removed["newsletter"].startswith("Sign up for our free weekly newsletter")
    assert removed["newsletter"].endswith("Subscribers agree to the Privacy Policy")
    letter = next(r for r in article.removals if r.rule == "appeal-letter")
    assert letter.text.startswith("A Message from The Moscow Times:")
    assert letter.text.endswith("Remind me later.")
    assert article.removals[-1].text == "Read more"
    assert article.removals[0].text == "Support The Moscow Times!"
