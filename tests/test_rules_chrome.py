"""Page chrome: ad labels, share and follow rows, cookie notices, copyright and legal footers.

Positives give a line as sites print it, the rule and kind that must take it
and the publisher a footer yields; negatives are article prose that talks
about ads, sharing, cookies or rights, and must stay in the body.
"""

from __future__ import annotations

import pytest
from rulecase import AFTER, BEFORE, clean_between

import newsclean
from newsclean import Article
from newsclean.rules.chrome import (
    ADVERTISEMENT,
    BUTTON_MAX_WORDS,
    COOKIE_LONG_MAX_WORDS,
    COOKIE_MAX_WORDS,
    LEGAL,
    MEDIA_CONTROL,
    SHARE,
    publisher_of,
)


def assert_removed(block: str, rule: str, kind: str) -> Article:
    article = clean_between(block)
    assert article.body == f"{BEFORE}\n\n{AFTER}"
    assert [(r.rule, r.kind, r.text) for r in article.removals] == [(rule, kind, block)]
    return article


def assert_kept(block: str) -> None:
    article = clean_between(block)
    assert article.body == f"{BEFORE}\n\n{block}\n\n{AFTER}"
    assert article.removals == ()


ADS = [
    "Advertisement",
    "ADVERTISEMENT",
    "Advertisement - Scroll to continue",
    "Story continues below advertisement",
    "Article continues below",
    "Continue reading the main story",
    "Sponsored content",
    "Paid Partner Content",
    "AdChoices",
    "Ad Feedback",
    "Video Ad Feedback",
    "Supported by",
    "Presented by Acme Bank",
    "CLICK HERE TO GET THE FOX NEWS APP",
    "GET FOX BUSINESS ON THE GO BY CLICKING HERE",
    "Download our free app",
    "Annonse",
    "Annons",
    "Annoncørindhold",
    "Werbung überspringen",
]


@pytest.mark.parametrize("line", ADS, ids=ADS)
def test_ad_labels_go(line: str) -> None:
    assert_removed(line, "advertisement", "advertisement")


SHARES = [
    "Share",
    "Del artikkel",
    "Dela artikeln Kopiera länk",
    "Share this article",
    "Facebook Twitter Email",
    "Share on Facebook | Share on Twitter | Email",
    "Share this with Messenger",
    "Share Close extra sharing options",
    "258 Shares",
    "Tweet Share Pin it Email",
    "Copy link Link copied",
    "Social Sharing",
    "Download PDF",
    "Share this story About sharing",
    "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
    "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.",
    "Follow us on X",
    "Follow me on Twitter or LinkedIn. Check out my website.",
    "AddThis Sharing Buttons",
    "151 Subscribers Subscribe",
    "299 Followers Follow",
    "STAY CONNECTED",
    "Follow CNN Politics",
    "Sorry, your blog cannot share posts by email.",
    "Read more about sharing.",
    "Sharing is caring!",
    "Facebook Twitter Instagram RSS Feed",
]


@pytest.mark.parametrize("line", SHARES, ids=SHARES)
def test_share_and_follow_rows_go(line: str) -> None:
    assert_removed(line, "share-row", "share")


SKIPS = [
    "Skip to main content",
    "Skip to content Skip to footer",
    "Skip Navigation",
    "Skip to Main Content Accessibility Help",
    "Zum Inhalt springen",
    "Zur Navigation springen Zum Inhalt springen",
    "Navigation überspringen",
    "Aller au contenu",
    "Saltar al contenido (Pulse Enter)",
    "Vai al contenuto principale Vai al footer",
    "Naar de hoofdinhoud",
    "Hoppa till huvudinnehållet",
    "Gå til sidens hovedinnhold",
    "Przejdź do treści",
    "Перейти к содержанию",
    "Ana içeriğe atla",
    "Přejít na obsah",
    "Siirry sisältöön",
    "本文へスキップ",
    "본문 바로가기",
]


@pytest.mark.parametrize("line", SKIPS, ids=SKIPS)
def test_skip_links_go(line: str) -> None:
    assert_removed(line, "skip-link", "navigation")


def test_a_skip_link_is_no_headline() -> None:
    page = f"Ana içeriğe atla\n\nMeclis bütçeyi onayladı\n\n{BEFORE}\n\n{AFTER}"
    assert newsclean.clean(page).metadata.title == "Meclis bütçeyi onayladı"


COOKIES = {
    "notice-and-buttons": (
        "We use cookies to improve your experience on our site and to show you relevant "
        "advertising.\nAccept all\nManage preferences"
    ),
    "website-uses": (
        "This website uses cookies to improve your experience while you navigate through "
        "the website.\nPrivacy Overview"
    ),
    "necessary": (
        "Necessary cookies are absolutely essential for the website to function properly.\n"
        "Always Enabled"
    ),
    "i-accept": (
        "By choosing I Accept, you consent to our use of cookies and other tracking "
        "technologies.\nI Accept"
    ),
    "withdraw": "I understand that I can withdraw my consent at any time.",
    # placeholders of content embedded from another site, shown only with consent
    "embed-de": (
        "An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt.\n"
        "Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden."
    ),
    "embed-de-unavailable": (
        "Externer Inhalt nicht verfügbar\n"
        "Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen Inhalte."
    ),
    "embed-en": "This content is blocked because of your cookie preferences.",
    "pay-or-okay-de": "Weiter mit Werbung und Tracking\nZustimmen",
    "embed-fr": "J'accepte que des contenus externes s'affichent sur cette page.",
    # a consent platform's purposes under the IAB TCF's official names, as a
    # heading alone or with the purpose's description after it
    "tcf-purpose-en": "Store and/or access information on a device",
    "tcf-heading-en": "Use precise geolocation data",
    "tcf-stack-en": (
        "Personalised advertising and content, advertising and content measurement, "
        "audience research and services development"
    ),
    "tcf-special-feature-en": (
        "Actively scan device characteristics for identification. With your acceptance, "
        "certain characteristics specific to your device might be requested and used."
    ),
    "tcf-purpose-de": (
        "...Informationen auf einem Gerät speichern und/oder abrufen Für die dir angezeigten "
        "Verarbeitungszwecke können Cookies, Geräte-Kennungen oder andere Informationen auf "
        "deinem Gerät gespeichert oder abgerufen werden."
    ),
    "tcf-features-de": (
        "...Genaue Standortdaten und Geräteeigenschaften zur Identifikation abfragen Es können "
        "genaue Standortdaten und Informationen über Gerätemerkmale verwendet werden."
    ),
    "tcf-stack-de": "Personalisierte Anzeigen und Anzeigenmessung ausspielen",
    "tcf-heading-de": "Genaue Standortdaten verwenden",
    "tcf-fr": "Stocker et/ou accéder à des informations sur un appareil",
    "tcf-es": "Almacenar la información en un dispositivo y/o acceder a ella",
    "tcf-it": "Archiviare e/o accedere a informazioni su un dispositivo",
    "tcf-nl": "Informatie op een apparaat opslaan en/of openen",
    "tcf-pl": "Przechowywanie informacji na urządzeniu lub dostęp do nich",
    "tcf-pt": "Armazenar e/ou aceder a informações num dispositivo",
    "cmp-intro-de": (
        "Werbung und Tracking: Um dir relevante Inhalte und personalisierte Werbung anzubieten, "
        "setzen wir Cookies und andere Technologien ein. Damit messen wir, wie und womit du "
        "unsere Angebote nutzt."
    ),
    "third-country-de": (
        "Hinweis zur Datenübermittlung außerhalb der EU: Je nach Einzelfall werden Daten "
        "außerhalb der Europäischen Union verarbeitet."
    ),
    "pur-abo-de": (
        "Mit dem PUR-Abo nutzt du die Seite auf allen Plattformen ohne Werbetracking und "
        "praktisch werbefrei."
    ),
    "onetrust-necessary": (
        "These cookies are necessary for the website to function and cannot be switched off "
        "in our systems."
    ),
    "onetrust-performance": (
        "These cookies allow us to count visits and traffic sources so we can measure and "
        "improve the performance of our site."
    ),
}


@pytest.mark.parametrize("block", COOKIES.values(), ids=COOKIES.keys())
def test_cookie_notices_go_with_their_buttons(block: str) -> None:
    assert_removed(block, "cookie-notice", "cookie")


MEDIA_CONTROLS = [
    "Audio starten, abbrechen mit Escape",  # the ARD player
    "Video starten, abbrechen mit Escape",
    "Video abspielen",
    "weitere Videos",
    "autoplay",
    "Artikel anhören (03:15 min)",
    "Anhören",
    "Diese Audioversion wurde künstlich generiert. Mehr Informationen zu unserer "
    "Vorlesefunktion finden Sie hier.",
    "Play video",
    "Play",
    "Now playing",
    "Exit fullscreen",
    "Listen to this article",
    "To view this video please enable JavaScript, and consider upgrading to a web browser "
    "that supports HTML5 video",
    "Your browser does not support the video tag.",
    "Video unavailable",
]


@pytest.mark.parametrize("line", MEDIA_CONTROLS, ids=[m[:30] for m in MEDIA_CONTROLS])
def test_media_player_controls_go(line: str) -> None:
    assert_removed(line, "media-control", "navigation")


def test_a_media_control_has_at_most_its_max_words() -> None:
    lead = "Diese Audioversion wurde künstlich generiert."
    tail = " ".join(["wort"] * (MEDIA_CONTROL.max_words - len(lead.split())))
    assert_removed(f"{lead} {tail}", "media-control", "navigation")
    assert_kept(f"{lead} {tail} wort")


def test_an_image_placeholder_goes_as_a_caption_control() -> None:
    assert_removed("Placeholder image-1", "photo-credit", "caption")


LEGAL_LINES = {
    "guardian": ("© 2024 The Guardian", "The Guardian"),
    "copyright-sign-year": (
        "Copyright © 2019 Vox Media, LLC. All Rights Reserved.",
        "Vox Media",
    ),
    "cnn": (
        "© 2019 Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved.",
        "Cable News Network",
    ),
    "prefix-then-sign": ("Wccftech © 2019 NewAge ADS, LLC. All rights reserved.", "NewAge ADS"),
    "no-year": ("© The Moscow Times", "The Moscow Times"),
    "german-owner-year": ("© DER SPIEGEL 2019 Alle Rechte vorbehalten", "DER SPIEGEL"),
    "german-year-owner": ("© 2019 Die Zeit. Alle Rechte vorbehalten.", "Die Zeit"),
    "french": ("© Le Monde 2019 Tous droits réservés", "Le Monde"),
    "copyright-no-year": (
        "Hearst Newspapers © Copyright Hearst Communications, Inc.",
        "Hearst Communications",
    ),
    "year-after": ("copyright Inexhibit 2019 - ISSN: 2283-5474", "Inexhibit"),
    "rights-alone": ("All rights reserved.", None),
    "links": ("Privacy Policy | Terms & Conditions", None),
    "links-spaced": ("Terms of Service Privacy Notice", None),
    "links-and": ("Privacy Policy and Terms of Use", None),
    "cookies-link": ("Cookies", None),
    "copyright-link": ("Copyright", None),
    "slate-links": ("Contact / Feedback", None),
    "reprints": ("Reprints & Permissions", None),
    "referral": (
        "This post may contain affiliate and/or referral links. Please see my disclosure page.",
        None,
    ),
    "advertise-with": ("Advertise with SFGATE", None),
    "address": (
        "© Future US, Inc. 11 West 42nd Street, 15th Floor, New York, NY 10036.",
        "Future US",
    ),
    "do-not-sell": ("Do Not Sell My Personal Information", None),
    "ap-notice": (
        "This material may not be published, broadcast, rewritten or redistributed.",
        None,
    ),
    "external-sites": (
        "The BBC is not responsible for the content of external sites.",
        None,
    ),
    "affiliate": (
        "We may earn a commission when you buy through links on our site.",
        None,
    ),
    "contributors": ("Opinions expressed by Forbes Contributors are their own.", None),
    "akismet": (
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        None,
    ),
    "community-rules": (
        "Community Rules apply to all content you upload or otherwise submit to this site.",
        None,
    ),
}


@pytest.mark.parametrize(("line", "publisher"), LEGAL_LINES.values(), ids=LEGAL_LINES.keys())
def test_legal_lines_go_and_name_the_publisher(line: str, publisher: str | None) -> None:
    article = assert_removed(line, "legal-footer", "legal")
    assert article.metadata.publisher == publisher


OWNERS = {
    "guardian-affiliates": (
        "Guardian News & Media Limited or its affiliated companies",
        "Guardian News & Media",
    ),
    "pty-ltd": ("ScienceAlert Pty Ltd", "ScienceAlert"),
    "private-limited": ("The Printers (Mysore) Private Limited", "The Printers (Mysore)"),
    "by-inc-subsidiary": (
        "by Cruz Bay Publishing, Inc., an Active Interest Media company",
        "Cruz Bay Publishing",
    ),
    "unless-noted": ("The Republic unless otherwise noted", "The Republic"),
    "german-rights": (
        "Business Insider Deutschland / finanzen.net GmbH Alle Rechte vorbehalten",
        "Business Insider Deutschland / finanzen.net",
    ),
    "trailing-dash": ("MSPoweruser -", "MSPoweruser"),
    "year-only": ("—2019", None),
    "agency": ("Reuters", None),
    "picture-library": ("Getty Images", None),
    "rights-only": ("All rights reserved", None),
}


@pytest.mark.parametrize(("owner", "publisher"), OWNERS.values(), ids=OWNERS.keys())
def test_the_publisher_is_the_owner_without_suffix_notes_or_picture_agencies(
    owner: str, publisher: str | None
) -> None:
    assert publisher_of(owner) == publisher


def test_a_photo_agency_copyright_goes_without_naming_the_publisher() -> None:
    article = assert_removed("© Reuters", "legal-footer", "legal")
    assert article.metadata.publisher is None


PROSE = [
    "The advertisement, which ran during the Super Bowl, drew thousands of complaints.",
    "Shares of the company fell 5 percent in early trading on Monday.",
    "Share prices rose after the announcement, analysts said.",
    "He shared the video on Facebook and Twitter, where it was viewed a million times.",
    "Follow the money, the senator said, and you will find the answer.",
    "Regulators said the site used cookies to track children without consent.",
    "The bakery sells cookies and cakes to customers across the city.",
    "Google said it would stop supporting third-party cookies in Chrome next year.",
    "The regulator is investigating the use of cookies by news sites and advertisers.",
    "Marketing cookies and other trackers follow users across the web, the study found.",
    "Copyright lawyers say the ruling could reshape the music industry.",
    "All rights to the film were reserved by the studio, the court heard.",
    "The company's privacy policy was updated in May, after the fine.",
    "Contact us if you were affected, the police said in a statement.",
    "Supported by his family, he returned to the stage after a year away.",
    "Click here, the instructions said, and the file will open.",
    "The app, which lets riders book a bus, was downloaded a million times.",
    "Powered by renewable energy.",
    "Download the app and register before Friday, officials said.",
    "Die Zeitung erklärte 2019, alle Rechte an den Fotos lägen beim Fotografen.",
    "Personenbezogene Daten von Kunden wurden an Dritte übermittelt, sagte die Behörde.",
    "The content is blocked in China, where the government restricts cookies, critics said.",
    "Externe Inhalte von Lieferanten prüft das Amt jetzt genauer, sagte der Sprecher.",
    "Der Verlag will weiter mit Werbung Geld verdienen, sagte die Geschäftsführerin am Montag.",
    "Annonsen i avisen kostet partiet over en million kroner, ifølge regnskapet.",
    "Del av artikkelen ble skrevet om etter klagen, opplyser redaktøren.",
    "Les også bøkene hennes, anbefalte læreren elevene sine i fjor.",
    "Skip to the end of the report and the numbers tell another story.",
    "Zum Inhalt springen wir später, sagte die Moderatorin.",
    # stories about consent platforms, tracking and pay-or-okay offers: the
    # framework's names only count at a line's start, or with its "and/or"
    "The app can use precise geolocation data to show nearby stores, the company said.",
    "Apps that store and access information on a device need consent, the regulator said.",
    "Regulators want sites to develop and improve services without tracking users.",
    "Use precise geolocation data only with consent, the regulator told app makers on Monday.",
    "Genaue Standortdaten verwenden viele Apps, ohne zu fragen, fand die Studie heraus.",
    "Der Verlag bietet ein Pur-Abo ohne Werbetracking an, kritisieren Verbraucherschützer.",
    "Viele Leser nutzen die Seite lieber ohne Werbetracking, sagte die Verlagssprecherin.",
    "Die Datenübermittlung außerhalb der EU ist nur unter strengen Bedingungen erlaubt.",
    "Meta setzt nach eigenen Angaben Cookies und andere Technologien ein, um Werbung zu zeigen.",
    "Hinweis zur Datenübermittlung: Das Gericht verwies den Fall an den EuGH zurück.",
    "Les sites doivent stocker moins d'informations sur les appareils, selon la Cnil.",
    # stories about videos and players
    "He pressed play on the video and the room fell silent, witnesses said.",
    "The video, which autoplays on the site, was viewed a million times.",
    "Das Video starten die Ermittler erst nach der Vernehmung, sagte die Staatsanwältin.",
    "Der Podcast ist in der App zu hören, sagte der Sender am Montag.",
    # prose that ends like a link note
    "Privacy, the judge said, is what opens a new window.",
    "The court's ruling on privacy opens a new window.",
    "Ein externer Link führte zu der Seite, sagte die Polizei.",
]


# A link's note for screen readers, printed with it, hides no footer or share link.
LINK_NOTES = [
    ("Terms of Use, opens new tab", "legal-footer"),
    ("Privacy Policy (opens in a new window)", "legal-footer"),
    ("Impressum (öffnet im neuen Fenster)", "legal-footer"),
    ("Mentions légales (s'ouvre dans un nouvel onglet)", "legal-footer"),
    ("Aviso legal (se abre en una nueva ventana)", "legal-footer"),
    ("Click to share on Facebook (Opens in new window)", "share-row"),
    ("Advertisement - external link", "advertisement"),
]


@pytest.mark.parametrize(("line", "rule"), LINK_NOTES, ids=[line for line, _ in LINK_NOTES])
def test_a_link_note_hides_no_footer_or_share_link(line: str, rule: str) -> None:
    article = clean_between(line)
    assert line not in article.body
    assert [r.rule for r in article.removals] == [rule]
    assert article.removals[0].text == line  # the line goes whole, its note with it


@pytest.mark.parametrize("line", PROSE, ids=[p[:40] for p in PROSE])
def test_prose_about_ads_shares_cookies_and_rights_stays(line: str) -> None:
    assert_kept(line)


def test_an_ad_label_has_at_most_its_max_words() -> None:
    assert ADVERTISEMENT.max_words == 12
    at_limit = "Click here to " + " ".join(["go"] * 9)
    assert_removed(at_limit, "advertisement", "advertisement")
    assert_kept(f"{at_limit} go")


def test_a_share_row_has_at_most_its_max_words() -> None:
    at_limit = " ".join(["Share"] * SHARE.max_words)
    assert_removed(at_limit, "share-row", "share")
    assert_kept(f"{at_limit} Share")


def test_a_legal_line_has_at_most_its_max_words() -> None:
    lead = "This material may not be published, broadcast, rewritten or redistributed."
    tail = " ".join(["x"] * (LEGAL.max_words - len(lead.split())))
    assert_removed(f"{lead} {tail}", "legal-footer", "legal")
    assert_kept(f"{lead} {tail} x")


def test_a_cookie_notice_has_at_most_cookie_max_words() -> None:
    lead = "We use cookies"
    at_limit = " ".join([*lead.split(), *["word"] * (COOKIE_MAX_WORDS - 3)]) + "."
    over = " ".join([*lead.split(), *["word"] * (COOKIE_MAX_WORDS - 2)]) + "."
    assert_removed(at_limit, "cookie-notice", "cookie")
    assert_kept(over)


# OneTrust's opening paragraph: 150 words, with two of the pack's phrases in it.
ONETRUST = (
    "When you visit our website, we store cookies on your browser to collect information. "
    "The information collected might relate to you, your preferences or your device, and is "
    "mostly used to make the site work as you expect it to and to provide a more personalized "
    "web experience. However, you can choose not to allow certain types of cookies, which may "
    "impact your experience of the site and the services we are able to offer. Click on the "
    "different category headings to find out more and change our default settings according "
    "to your preference. You cannot opt-out of our First Party Strictly Necessary Cookies as "
    "they are deployed in order to ensure the proper functioning of our website (such as "
    "prompting the cookie banner and remembering your settings, to log into your account, to "
    "redirect you when you log out, etc.). For more information about the First and Third "
    "Party Cookies used please follow this link."
)


def test_a_long_consent_paragraph_goes_when_two_phrases_are_in_it() -> None:
    assert COOKIE_MAX_WORDS < len(ONETRUST.split()) <= COOKIE_LONG_MAX_WORDS
    assert_removed(ONETRUST, "cookie-notice", "cookie")
    # A long story that quotes one notice's sentence stays.
    story = (
        "The regulator said the banner, which read 'we use cookies', misled readers. "
        + " ".join(["The report ran to many pages and named many sites."] * 13)
    )
    assert len(story.split()) > COOKIE_MAX_WORDS
    assert_kept(story)
    too_long = ONETRUST + " " + " ".join(["word"] * COOKIE_LONG_MAX_WORDS)
    assert_kept(too_long)


def test_a_cookie_button_has_at_most_button_max_words() -> None:
    notice = "We use cookies to improve your experience."
    button = "Save and accept"  # 3 words
    assert BUTTON_MAX_WORDS == 4
    assert_removed(f"{notice}\n{button}", "cookie-notice", "cookie")
    long_button = "Yes, I agree with this"  # 5 words: no button
    article = clean_between(f"{notice}\n{long_button}")
    assert article.body == f"{BEFORE}\n\n{long_button}\n\n{AFTER}"


def test_buttons_go_only_beside_a_cookie_notice() -> None:
    assert_kept("Accept all")
