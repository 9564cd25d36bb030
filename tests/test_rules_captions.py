"""Photo captions and credits, read into ``images``.

Positives give a caption or credit line as agencies and papers print it and
the image it must yield; negatives are article prose about photos, pictures
or credit, which must stay in the body.
"""

from __future__ import annotations

import pytest
from rulecase import AFTER, BEFORE, clean_between

from newsclean import Image
from newsclean.phrases import whole_line
from newsclean.rules.captions import CAPTION_MAX_WORDS, read_caption

CAPTIONS = {
    "name-slash-agency": (
        "Voting in the midterm elections for U.S. Congress. Jose Luis Magana / AP / TASS",
        Image("Voting in the midterm elections for U.S. Congress.", "Jose Luis Magana / AP / TASS"),
    ),
    "guardian-photograph": (
        "Voters queue outside a polling station in Madrid. Photograph: Juan Medina/Reuters",
        Image("Voters queue outside a polling station in Madrid.", "Juan Medina/Reuters"),
    ),
    "short-guardian": (
        "Voters queue. Photograph: Juan Medina/Reuters",
        Image("Voters queue.", "Juan Medina/Reuters"),
    ),
    "ap-photo": (
        "President Joe Biden speaks in the East Room. (AP Photo/Evan Vucci)",
        Image("President Joe Biden speaks in the East Room.", "AP Photo/Evan Vucci"),
    ),
    "ap-photo-file": (
        "Firefighters battle the blaze on Sunday. (AP Photo/Noah Berger, File)",
        Image("Firefighters battle the blaze on Sunday.", "AP Photo/Noah Berger, File"),
    ),
    "reuters-trailing": (
        "Traders work on the floor of the exchange in New York, U.S., November 18, 2019. "
        "REUTERS/Brendan McDermid",
        Image(
            "Traders work on the floor of the exchange in New York, U.S., November 18, 2019.",
            "REUTERS/Brendan McDermid",
        ),
    ),
    "nyt-credit-dots": (
        "The president asked voters for a big win. Credit... Doug Mills/The New York Times",
        Image("The president asked voters for a big win.", "Doug Mills/The New York Times"),
    ),
    "credit-after-no-stop": (
        "A hunter killed and ate a rabbit Credit: Getty - Contributor",
        Image("A hunter killed and ate a rabbit", "Getty - Contributor"),
    ),
    "bracketed-credit": (
        "The core stage after the installation of its engines. (credit: NASA/Jude Guidry)",
        Image("The core stage after the installation of its engines.", "credit: NASA/Jude Guidry"),
    ),
    "spiegel-foto": (
        "Bundeskanzler Scholz im Bundestag. Foto: Michael Kappeler / dpa",
        Image("Bundeskanzler Scholz im Bundestag.", "Michael Kappeler / dpa"),
    ),
    "photos-copyright": (
        "Installation views of the show photos © Inexhibit",
        Image("Installation views of the show", "Inexhibit"),
    ),
    "credit-first": (
        "© Lucy Nicholson Detainees wait in line at the immigration detention center in San Diego, "
        "California, on May 18, 2018.",
        Image(
            "Detainees wait in line at the immigration detention center in San Diego, "
            "California, on May 18, 2018.",
            "Lucy Nicholson",
        ),
    ),
    "file-photo": (
        "FILE PHOTO: A man walks past the central bank in Moscow, Russia. REUTERS/Maxim Shemetov",
        Image(
            "A man walks past the central bank in Moscow, Russia. REUTERS/Maxim Shemetov",
            "REUTERS/Maxim Shemetov",
        ),
    ),
    "ap-file": (
        "Rep. Ilhan Omar speaks at the Capitol on July 25, 2019. J. Scott Applewhite / AP file",
        Image(
            "Rep. Ilhan Omar speaks at the Capitol on July 25, 2019.",
            "J. Scott Applewhite / AP file",
        ),
    ),
    "bracketed-slashes": (
        "The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)",
        Image("The first global geologic map of Titan.", "NASA/JPL-Caltech/ASU"),
    ),
    "square-file": (
        "Roughly 13,000 US troops remain in Afghanistan [File: Reuters]",
        Image("Roughly 13,000 US troops remain in Afghanistan", "File: Reuters"),
    ),
    "bbc-image-caption": (
        "Image caption Voters queue outside a polling station in Madrid",
        Image(caption="Voters queue outside a polling station in Madrid"),
    ),
    "name-slash-outlet": ("Jason Cipriani/ZDNet", Image(credit="Jason Cipriani/ZDNet")),
    "name-comma-agency": ("Michael Conroy, AP", Image(credit="Michael Conroy, AP")),
    "photo-colon": ("Photo: Reuters", Image(credit="Reuters")),
    "photo-credit-colon": (
        "Photo credit: Jane Doe for The Times",
        Image(credit="Jane Doe for The Times"),
    ),
    "illustration-by": ("Illustration by Ana Kova", Image(credit="Ana Kova")),
    "reuters-only": ("REUTERS/Kevin Lamarque", Image(credit="REUTERS/Kevin Lamarque")),
    "via-getty": ("AFP via Getty Images", Image(credit="AFP via Getty Images")),
    "stacked-credit": (
        "Sonu Mehta/Hindustan Times/Getty Images",
        Image(credit="Sonu Mehta/Hindustan Times/Getty Images"),
    ),
    "bbc-image-copyright": ("Image copyright Getty Images", Image(credit="Getty Images")),
    "getty-alone": ("Getty", Image(credit="Getty")),
    "courtesy": ("Photo courtesy of the Smith family", Image(credit="the Smith family")),
    "submitted": ("Ryan S. Hollman Submitted photo", Image(credit="Ryan S. Hollman")),
    "staff-photo": ("Staff photo by Jane Doe", Image(credit="Jane Doe")),
    "bildrechte": ("Bildrechte: picture alliance/dpa", Image(credit="picture alliance/dpa")),
    # Japanese papers close a caption with "＝" and the credit.
    "ja-agency": (
        "喜ぶメッシ（左）とスアレス＝ロイター",
        Image(caption="喜ぶメッシ（左）とスアレス", credit="ロイター"),
    ),
    "ja-photographer": (
        "会見する首相（３日、首相官邸で）＝田中一郎撮影",
        Image(caption="会見する首相（３日、首相官邸で）", credit="田中一郎撮影"),
    ),
    # negatives of the footer test below: a credit that holds a link or share word
    "social-source": ("Screenshots Instagram/TikTok", Image(credit="Screenshots Instagram/TikTok")),
    "contact-agency": (
        "Jane Doe/Contact Press Images",
        Image(credit="Jane Doe/Contact Press Images"),
    ),
}


@pytest.mark.parametrize(("line", "image"), CAPTIONS.values(), ids=CAPTIONS.keys())
def test_caption_and_credit_lines_yield_an_image(line: str, image: Image) -> None:
    article = clean_between(line)
    assert article.body == f"{BEFORE}\n\n{AFTER}"
    assert [(r.rule, r.kind, r.text) for r in article.removals] == [
        ("photo-credit", "caption", line)
    ]
    assert article.metadata.images == (image,)


def test_a_getty_caption_reads_its_bracketed_credit() -> None:
    # Read directly: the byline rule runs first and claims this line ("… by Name").
    line = "WASHINGTON - NOVEMBER 19: A witness testifies. (Photo by Chip Somodevilla/Getty Images)"
    assert read_caption(line, whole_line("caption-credit")) == Image(
        "WASHINGTON - NOVEMBER 19: A witness testifies.", "Photo by Chip Somodevilla/Getty Images"
    )


CONTROLS = [
    "Image 1 of 5",
    "Photo 3/12",
    "12 photos",
    "Enlarge this image",
    "hide caption",
    "Media playback is unsupported on your device",
    "사진 확대",
    "이미지 확대보기",
    "写真を拡大",
]


@pytest.mark.parametrize("line", CONTROLS, ids=CONTROLS)
def test_gallery_controls_go_without_an_image(line: str) -> None:
    article = clean_between(line)
    assert [(r.rule, r.kind, r.text) for r in article.removals] == [
        ("photo-credit", "caption", line)
    ]
    assert article.metadata.images == ()


# Footer and menu lines the credit patterns also match: still taken, as the
# page's chrome, but no image credit.
NOT_CREDITS = [
    "© ntv.de Alle Rechte vorbehalten",
    "© All rights reserved.",
    "© Le Monde, tous droits réservés",
    "About Me/Contact",
    "Privacy Policy/Contact Us",
    # a credit that names no one: an embedded post's handles, a gallery's
    # title or a sentence after a label
    "Image Copyright @AOC @AOC",
    "Photos: Weather around the world",
    "Image: Jane Doe has agreed a deal to become manager of the club",
]


@pytest.mark.parametrize("line", NOT_CREDITS, ids=NOT_CREDITS)
def test_a_footer_or_menu_line_is_no_credit(line: str) -> None:
    article = clean_between(line)
    assert article.body == f"{BEFORE}\n\n{AFTER}"
    assert article.metadata.images == ()


# Negatives: credits with a few words in lower case, or agencies in lower case.
LOWER_CASE_CREDITS = {
    "Images by Getty Images and US Presswire": "Getty Images and US Presswire",
    "Photo: Tom Brenner for The Washington Post via Getty Images": (
        "Tom Brenner for The Washington Post via Getty Images"
    ),
    "Foto: picture alliance/dpa": "picture alliance/dpa",
    "Image credit: Future plc": "Future plc",
}


@pytest.mark.parametrize(
    ("line", "credit"), LOWER_CASE_CREDITS.items(), ids=LOWER_CASE_CREDITS.keys()
)
def test_a_credit_with_some_lower_case_words_is_read(line: str, credit: str) -> None:
    assert [i.credit for i in clean_between(line).metadata.images] == [credit]


PROSE = [
    "The photo, taken by a bystander, shows the car on fire outside the station.",
    "Photographs of the scene were shared widely on social media on Monday.",
    "She credits her coach: without him, she said, she would have quit years ago.",
    "AC/DC will tour Europe next year, the band said in a statement.",
    "He spoke to Reuters on Monday. The interview lasted an hour.",
    "The picture is still unclear, officials said: the investigation goes on.",
    "Credit card debt rose to a record in the third quarter, the Fed said.",
    "The image of the president at the border has become a symbol of the campaign.",
    "Getty, the oil heir, bought the painting in 1938.",
    "Input/Output",
    "Paris, France",
    "The image caption contest drew 400 entries from readers this year.",
    "Die Bildrechte liegen beim Verlag, sagte der Sprecher am Montag.",
    "정부는 사진 확대 기술을 개발한 업체에 지원금을 주기로 했다.",
    "写真を拡大して調べたところ、車のナンバーが読み取れた。",
    "価格は１００円＝税込み＝で、共同購入もできる。",
    "米朝首脳直通電話 習氏に挑むトランプ戦術の成否 （写真＝ロイター） ：日本経済新聞",
]


@pytest.mark.parametrize("line", PROSE, ids=[p[:40] for p in PROSE])
def test_prose_about_photos_stays(line: str) -> None:
    article = clean_between(line)
    assert article.body == f"{BEFORE}\n\n{line}\n\n{AFTER}"
    assert article.removals == ()


def test_a_caption_has_at_most_caption_max_words() -> None:
    credit = "Jose Luis Magana / AP"  # 4 words: "/" is no word
    caption = " ".join(["word"] * (CAPTION_MAX_WORDS - 4 - 1)) + " end."
    at_limit = f"{caption} {credit}"
    assert clean_between(at_limit).metadata.images == (Image(caption, credit),)
    over = f"word {at_limit}"
    assert clean_between(over).body == f"{BEFORE}\n\n{over}\n\n{AFTER}"
