"""Newsletter sign-up boxes: headings, one-line promos, pitch and fine print.

Positives are whole boxes as sites print them (the box goes as one removal
of kind ``newsletter``); negatives are article prose that mentions a
newsletter, an inbox or signing up, and must stay in the body.
"""

from __future__ import annotations

import pytest
from rulecase import AFTER, BEFORE, clean_between

from newsclean.rules.newsletter import (
    BLURB_MAX_WORDS,
    HEADING_MAX_WORDS,
    LABEL_MAX_WORDS,
    PITCH_MAX_WORDS,
)


def assert_removed(block: str) -> None:
    article = clean_between(block)
    assert article.body == f"{BEFORE}\n\n{AFTER}"
    assert [(r.rule, r.kind, r.text) for r in article.removals] == [
        ("newsletter", "newsletter", block)
    ]


def assert_kept(block: str) -> None:
    article = clean_between(block)
    assert article.body == f"{BEFORE}\n\n{block}\n\n{AFTER}"
    assert article.removals == ()


BOXES = {
    "moscow-times": (
        "Sign up for our free weekly newsletter\n"
        "Our weekly newsletter contains a hand-picked selection of news, features, analysis "
        "and more from The Moscow Times. You are subscribing to The Moscow Times newsletter.\n"
        "Subscribers agree to the Privacy Policy"
    ),
    "guardian": (
        "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am\n"
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content "
        "funded by outside parties. For more information see our Privacy Policy.\n"
        "after newsletter promotion"
    ),
    "nyt": "Sign up for The Morning newsletter from The New York Times",
    "inbox-promo": (
        "Get the day’s top headlines delivered to your inbox every morning by subscribing "
        "to our newsletter."
    ),
    "stay-up-to-date": "Stay up to date with Ascom. Subscribe to our newsletter.",
    "after-submit": (
        "Join our newsletter\nYou have successfully subscribed.\n"
        "We sent you an activation link: click it to start."
    ),
    "after-submit-de": "Newsletter abonnieren\nSie haben sich erfolgreich angemeldet.",
    "want-more": "Want more Rolling Stone? Sign up for our newsletter.",
    "sign-up-colon": (
        "Sign Up: Stay on top of the latest breaking film and TV news! "
        "Sign up for our Email Newsletters here."
    ),
    "cbs-style": (
        "Pick Six Newsletter\n"
        "Get the day's big stories and the picks you love in one place.\n"
        "Thanks for signing up!\n"
        "Keep an eye on your inbox for the latest sports news.\n"
        "Sorry!\n"
        "There was an error processing your subscription."
    ),
    "substack-fine-print": (
        "Sign up for updates by email\n"
        "No spam, we promise. You can unsubscribe at any time and we'll never share your "
        "details without your permission."
    ),
    "named-briefing": (
        "The Evening Briefing\nThe day's top stories, delivered every weekday evening."
    ),
    "register": "Register for our daily news alerts",
    "named-emails": (
        "Breaking News Emails\n"
        "Get breaking news alerts and special reports. The news and stories that matter, "
        "delivered weekday mornings."
    ),
    "join": "Join our newsletter",
    "all-newsletters": "See all newsletters",
    "local": "Sign up for e-mail newsletters",
    # A German promo that links to the sign-up at its end, of up to a few dozen words.
    "promo-de-link": (
        "Sie mögen den Tag kompakt zusammengefasst? Dann sind Sie beim täglichen "
        "Stadt-Newsletter richtig – hier entlang."
    ),
    "promo-de-postfach": (
        "„Hier ist Bayern“: Der Abend-Newsletter informiert Sie immer montags bis freitags "
        "zum Feierabend über das Wichtigste vom Tag auf einen Blick – kompakt und direkt in "
        "Ihrem privaten Postfach. Hier geht’s zur Anmeldung!"
    ),
    "promo-de-more": (
        "Einmal die Woche kommt jetzt aktuelle Politik direkt in Ihr Postfach: für alle, "
        "die wissen wollen, was das Land bewegt. Hier gehts zur Anmeldung. | mehr"
    ),
}


@pytest.mark.parametrize("block", BOXES.values(), ids=BOXES.keys())
def test_newsletter_boxes_go_whole(block: str) -> None:
    assert_removed(block)


PROSE = [
    "The newsletter, which has 40,000 subscribers, was founded in 2015 by two reporters.",
    "She signed up for the newsletter after the election, she said in an interview.",
    "Subscribers to the newsletter received the report a day before it was published.",
    "Please check your inbox for the confirmation, the agency told applicants on Friday.",
    "Investors were told by email that the fund would close at the end of the year.",
    "Newsletters have become a big business for independent writers, analysts say.",
    "Register to vote by October 5, election officials reminded residents.",
    "Join the thousands of residents who have signed up for emergency alerts.",
    "Der Verlag stellte den Newsletter im Mai ein, sagte eine Sprecherin am Freitag.",
    "Für den Newsletter konnte man sich hier anmelden, sagte sie, doch kaum jemand tat es.",
    "Die Betrüger schicken ihre Mails direkt in Ihr Postfach, warnt die Verbraucherzentrale.",
]


@pytest.mark.parametrize("line", PROSE, ids=[p[:40] for p in PROSE])
def test_prose_about_newsletters_stays(line: str) -> None:
    assert_kept(line)


def test_a_form_goes_round_its_subscribe_button() -> None:
    # A lone "Subscribe" is the appeal rule's (it runs first); the box goes on below it.
    block = (
        "Newsletter\n"
        "Enter your email address\n"
        "Subscribe\n"
        "By signing up, you agree to our Terms of Use and Privacy Policy. "
        "You may unsubscribe at any time."
    )
    article = clean_between(block)
    assert article.body == f"{BEFORE}\n\n{AFTER}"
    assert [(r.rule, r.text) for r in article.removals] == [
        ("newsletter", "Newsletter\nEnter your email address"),
        ("appeal", "Subscribe"),
        ("newsletter", block.splitlines()[-1]),
    ]


def test_a_subheading_about_newsletters_stays_with_its_paragraphs() -> None:
    block = (
        "The rise of the paid newsletter\n\n"
        "Writers who left newspapers now send newsletters to thousands of paying readers."
    )
    assert_kept(block)


def test_a_subscribe_button_alone_is_an_appeal_not_a_newsletter() -> None:
    article = clean_between("Subscribe")
    assert [(r.rule, r.kind) for r in article.removals] == [("appeal", "appeal")]


def test_the_pitch_stops_at_article_prose() -> None:
    prose = "The mayor, who took office in January, has promised to cut the deficit in half."
    box = "Sign up for our newsletter\nNever miss a story in your inbox."
    article = clean_between(f"{box}\n{prose}")
    assert article.body == f"{BEFORE}\n\n{prose}\n\n{AFTER}"


def test_a_heading_has_at_most_heading_max_words() -> None:
    lead = "Get the day's top headlines delivered to your inbox"
    filler = " ".join(["a"] * (HEADING_MAX_WORDS - len(lead.replace("'", " ").split())))
    at_limit = f"{lead} {filler}."
    assert clean_between(at_limit).body == f"{BEFORE}\n\n{AFTER}"
    assert_kept(f"{lead} {filler} a.")


def test_a_pitch_line_has_at_most_pitch_max_words() -> None:
    cue = "Our newsletter brings"
    at_limit = " ".join([*cue.split(), *["news"] * (PITCH_MAX_WORDS - 3)]) + "."
    over = " ".join([*cue.split(), *["news"] * (PITCH_MAX_WORDS - 2)]) + "."
    assert clean_between(f"Sign up for our newsletter\n{at_limit}").body == f"{BEFORE}\n\n{AFTER}"
    kept = clean_between(f"Sign up for our newsletter\n{over}").body
    assert kept == f"{BEFORE}\n\n{over}\n\n{AFTER}"


def test_a_label_above_the_heading_has_at_most_label_max_words() -> None:
    label = " ".join(["Email", *["news"] * (LABEL_MAX_WORDS - 1)])
    longer = f"{label} news"
    assert clean_between(f"{label}\nSign up for our newsletter").body == f"{BEFORE}\n\n{AFTER}"
    kept = clean_between(f"{longer}\nSign up for our newsletter").body
    assert kept == f"{BEFORE}\n\n{longer}\n\n{AFTER}"


def test_a_blurb_joins_between_box_lines_up_to_blurb_max_words() -> None:
    blurb = " ".join(["Stories"] * BLURB_MAX_WORDS) + "."
    longer = " ".join(["Stories"] * (BLURB_MAX_WORDS + 1)) + "."
    fine_print = "You can unsubscribe at any time."
    box = f"Sign up for our newsletter\n{blurb}\n{fine_print}"
    assert clean_between(box).body == f"{BEFORE}\n\n{AFTER}"
    kept = clean_between(f"Sign up for our newsletter\n{longer}\n{fine_print}").body
    assert kept == f"{BEFORE}\n\n{longer}\n\n{fine_print}\n\n{AFTER}"
