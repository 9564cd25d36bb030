"""Appeals: donation, membership, subscription and paywall prompts, as sites write them.

Each case is a small page: a paragraph of news, the case's lines, another
paragraph. Positives name the rule that must take the lines and the publisher
they yield; negatives are article prose that mentions support, donations or
subscriptions and must stay in the body.
"""

from __future__ import annotations

import pytest
from rulecase import AFTER, BEFORE, clean_between

from newsclean.rules.appeals import (
    BUTTON_MAX_WORDS,
    CALL_MAX_WORDS,
    CUE_MAX_WORDS,
    LETTER_MAX_LINES,
    PITCH_MAX_WORDS,
)


def assert_removed(block: str, rule: str, publisher: str | None = None) -> None:
    article = clean_between(block)
    assert article.body == f"{BEFORE}\n\n{AFTER}"
    assert [(r.rule, r.kind, r.text) for r in article.removals] == [(rule, "appeal", block)]
    assert article.metadata.publisher == publisher


def assert_kept(line: str) -> None:
    article = clean_between(line)
    assert article.body == f"{BEFORE}\n\n{line}\n\n{AFTER}"
    assert article.removals == ()


CALLS = [
    ("Support The Moscow Times!", "The Moscow Times"),
    ("Support the Guardian", "The Guardian"),
    ("Support The Texas Tribune today →", "The Texas Tribune"),
    ("Support independent journalism", None),
    ("Support local journalism", None),
    ("Support our journalism today!", None),
    ("Please support our work.", None),
    ("Support us on Patreon", None),
    ("Buy me a coffee", None),
    ("Become a patron", None),
    ("Donate", None),
    ("DONATE NOW", None),
    ("Donate now ›", None),
    ("Make a donation", None),
    ("Make a one-time contribution", None),
    ("Give $25 today", None),
    ("Contribute →", None),
    ("Contribute today", None),
    ("Subscribe", None),
    ("Subscribe →", None),
    ("Subscribe to The New York Times", None),
    ("Subscribe for $1 a week", None),
    ("Subscribe now and save 50%", None),
    ("Subscribe to continue reading", None),
    ("Subscribe to read the full story.", None),
    ("Subscribe for full access", None),
    ("Only $1 per week for your first year.", None),
    ("Start your free trial", None),
    ("Try 30 days free", None),
    ("Upgrade to paid", None),
    ("Give a gift subscription", None),
    ("See subscription options", None),
    ("Manage your subscription", None),
    ("Already a subscriber? Log in", None),
    ("Already a subscriber? Sign in here.", None),
    ("Are you a print subscriber?", None),
    ("Already have an account? Log in", None),
    ("Log in or subscribe to keep reading", None),
    ("To continue reading, subscribe now.", None),
    ("Sign in to continue reading", None),
    ("Become a member", None),
    ("Become a Member Today!", None),
    ("Become a supporter of Mother Jones", None),
    ("Join us", None),
    ("Join our community of members", None),
    ("Get unlimited digital access", None),
    ("Unlock this article", None),
    ("You've reached your limit of free articles this month.", None),
    ("You have 2 free articles remaining.", None),
    ("This article is for subscribers only.", None),
    ("This story is available to paying subscribers only", None),
    ("Exclusive to subscribers", None),
    ("Subscriber-only content", None),
    ("Member-only story", None),
    ("Premium content", None),
    ("Not ready to support today?", None),
    ("Subscribe No thanks", None),
    ("Log in | Subscribe", None),
    ("Enable Ads on Slate", None),
    ("We Need to Talk About Your Ad Blocker", None),
    ("Want to Block Ads But Still Support Slate?", None),
    # the French paywall note, one sentence or two, goes whole
    ("Il vous reste 72% de cet article à lire. La suite est réservée aux abonnés.", None),
    ("Il vous reste 40 % de l'article à lire.", None),
    ("La suite est réservée aux abonnés.", None),
    ("Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.", None),
    # the notice of an account read on another device, and its button
    ("Lecture du Quotidien en cours sur un autre appareil.", None),
    ("Continuer à lire ici", None),
    ("Tu suscripción se está usando en otro dispositivo", None),
    ("La lettura di Giornale.it è in corso su un altro dispositivo!", None),
    ("Your subscription is being used on another device", None),
    ("Continue reading here", None),
    ("Ihr Abo wird gerade auf einem anderen Gerät genutzt", None),
    # Japanese paywall lines speak to the reader politely
    ("有料会員の方のみご利用になれます。保存した記事はスマホでもご覧いただけます。", None),
    ("この記事は会員限定です。電子版に登録すると続きをお読みいただけます。", None),
    ("＞ 新規会員登録", None),
    ("会員限定", None),
]


@pytest.mark.parametrize(("line", "publisher"), CALLS, ids=[c[0] for c in CALLS])
def test_call_lines_go(line: str, publisher: str | None) -> None:
    assert_removed(line, "appeal", publisher)


NEAR_CALL = [
    (
        "Quality journalism costs money. Your support keeps our reporting free for everyone.\n"
        "Donate now"
    ),
    (
        "Subscribe to The Atlantic\n"
        "Unlimited access to our journalism, from $1 a week. Cancel anytime.\n"
        "Already a subscriber? Sign in"
    ),
    "Become a member\nMembers get ad-free reading and unlimited access to every story.",
    "This content is for paid subscribers only.\nUpgrade to paid",
    (
        "Lecture du Quotidien en cours sur un autre appareil.\n"
        "Vous pouvez lire le Quotidien sur un seul appareil à la fois\n"
        "Continuer à lire ici\n"
        "Ce message s’affichera sur l’autre appareil."
    ),
    (
        "Tu suscripción se está usando en otro dispositivo y solo puedes acceder desde un "
        "dispositivo a la vez.\n"
        "¿Quieres añadir otro usuario a tu suscripción?"
    ),
    (
        "La lettura di Giornale.it è in corso su un altro dispositivo!\n"
        "Ti informiamo che con il tuo piano puoi leggere su 1 dispositivo alla volta\n"
        "CONTINUA A LEGGERE QUI"
    ),
]


PITCHES = [
    "If you enjoyed this article, we have a proposition for you: join our members today.",
    "If you value our journalism, please consider becoming a member: it takes a minute.",
    "Thanks for reading The Weekly Dispatch! Subscribe for free to receive new posts and "
    "support my work.",
    "Did you enjoy this story? Support independent reporting with a gift of any size.",
    "Get the magazine delivered to your door every month. 12 issues for £19.99. Click here.",
    "Subscribe to our YouTube channel for all of the latest videos, reviews, and more!",
    "It looks like you're using an ad blocker. Ads help fund our newsroom, so please disable it.",
    "Our site relies on advertising to pay reporters. If you value our work, please disable "
    "your ad blocker.",
    "Need more science? Subscribe to our sister magazine for the latest news from space!",
]


@pytest.mark.parametrize("line", PITCHES, ids=[p[:30] for p in PITCHES])
def test_one_line_pitches_go(line: str) -> None:
    assert_removed(line, "appeal")


def test_a_pitch_has_at_most_pitch_max_words() -> None:
    lead = "If you enjoyed this article, please subscribe"
    filler = " ".join(["now"] * (PITCH_MAX_WORDS - len(lead.split())))
    assert_removed(f"{lead} {filler}.", "appeal")
    assert_kept(f"{lead} {filler} now.")


@pytest.mark.parametrize(
    "block",
    NEAR_CALL,
    ids=["donate", "atlantic", "member", "substack", "device-fr", "device-es", "device-it"],
)
def test_appeal_sentences_beside_a_call_go_with_it(block: str) -> None:
    assert_removed(block, "appeal")


LETTERS = [
    (
        "A Message from The Moscow Times:\n"
        "Dear readers,\n"
        "We are facing unprecedented challenges. Your support keeps us going.\n"
        "Once\nMonthly\nAnnual\nContinue\nRemind me later.",
        "The Moscow Times",
    ),
    (
        "Since you're here …\n"
        "… we have a small favour to ask. More people are reading than ever, but far "
        "fewer are paying for it.\n"
        "Independent journalism takes time, money and hard work to produce.\n"
        "Single\nMonthly\nAnnual\n£5 per month\nOther amount\nContinue",
        None,
    ),
    (
        "Dear reader,\n"
        "Every contribution, however big or small, makes a difference.\n"
        "Give once\nGive monthly\n$10\n$25\nOther amount\nDonate",
        None,
    ),
]


@pytest.mark.parametrize(("block", "publisher"), LETTERS, ids=["moscow", "favour", "reader"])
def test_appeal_letters_go_to_their_button_row(block: str, publisher: str | None) -> None:
    assert_removed(block, "appeal-letter", publisher)


PROSE = [
    "Supporters of the bill said it would help families pay for child care.",
    "Support Grows for Ukraine Aid Among Voters",
    "Support For Ukraine Wanes",
    "Donate blood if you can, health officials urged residents on Monday.",
    "The charity said donations rose 20 percent last year, to $4 million.",
    "Fans were urged to become a member of the club before the deadline on Friday.",
    "Readers who subscribe to the print edition will receive the supplement on Sunday.",
    "Members of the union voted to strike after talks broke down.",
    "She has been a subscriber since 1998 and reads the paper every morning.",
    "Already a member of NATO, Norway said it would raise its defence budget.",
    "Join the conversation: the mayor will hold a town hall on Thursday.",
    "Contributions to the pension fund fell sharply in the third quarter.",
    "If you enjoyed the film, you will like the sequel, which opens on Friday.",
    "Since you're here, the mayor said, let me explain why the plan matters.",
    "If you value your privacy, you should back the bill, advocates said.",
    "Thank you for reading my letter, she wrote to the judge, asking for mercy.",
    "Ad blockers are used by a quarter of internet users, the survey found.",
    "Il vous reste 72% de chances de gagner, a dit le ministre aux journalistes.",
    "La suite est réservée aux abonnés du club, qui voteront lundi sur le projet.",
    "Le suspect a poursuivi la lecture du dossier en cours sur un autre appareil, selon la police.",
    "Your subscription is being used to fund the new stadium, the council told residents.",
    "She asked him to continue reading here, in the quiet of the library, every afternoon.",
    "Ihr Konto wird auf einem anderen Gerät genutzt, warnte die Bank ihre Kunden in einer E-Mail.",
    "同社は有料会員の数が前年より２割増えたと発表した。",
    "ジムの会員登録には身分証明書が必要だ。",
]


@pytest.mark.parametrize("line", PROSE, ids=[p[:40] for p in PROSE])
def test_prose_about_support_stays(line: str) -> None:
    assert_kept(line)


def test_a_sentence_beside_a_call_stays_when_it_is_long() -> None:
    cue = "Your support keeps our reporting free"  # an appeal cue
    words = cue.split()
    at_limit = " ".join(words + ["word"] * (CUE_MAX_WORDS - len(words))) + "."
    over = " ".join(words + ["word"] * (CUE_MAX_WORDS + 1 - len(words))) + "."
    assert clean_between(f"{at_limit}\nDonate").body == f"{BEFORE}\n\n{AFTER}"
    assert clean_between(f"{over}\nDonate").body == f"{BEFORE}\n\n{over}\n\n{AFTER}"


def test_a_call_line_has_at_most_call_max_words() -> None:
    call = "Get unlimited access to all of our news for one low price"
    assert len(call.split()) == CALL_MAX_WORDS
    assert_removed(call, "appeal")
    assert_kept(f"{call} today")


def test_a_letter_without_a_button_row_soon_stays() -> None:
    body = "\n".join(f"Paragraph {i} of the letter goes on at some length here." for i in range(40))
    near = f"Dear readers,\nYour support matters.\n{body}\nMonthly"
    assert LETTER_MAX_LINES == 40
    article = clean_between(near)
    assert all(r.rule != "appeal-letter" for r in article.removals)


def test_a_button_row_line_has_at_most_button_max_words() -> None:
    button = "Not ready to support us today?"
    assert len(button.split()) == BUTTON_MAX_WORDS
    letter = f"Dear readers,\nYour support keeps us going.\n{button}"
    assert_removed(letter, "appeal-letter")


def test_a_letter_closes_within_letter_max_lines_of_its_opening() -> None:
    filler = ["We have reported on this city for more than a century."] * (LETTER_MAX_LINES - 2)
    body = "\n".join(["Your support keeps us going.", *filler])
    at_limit = f"Dear readers,\n{body}\nMonthly"  # the button is line 40 after the opening
    assert_removed(at_limit, "appeal-letter")
    over = f"Dear readers,\n{body}\nOne more line of the letter here.\nMonthly"
    assert all(r.rule != "appeal-letter" for r in clean_between(over).removals)
