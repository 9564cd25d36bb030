"""The phrase packs of it, pt, nl, sv, no, da, fi and tr: the boilerplate lines
these sites print go with the rule that reads each concept; article prose that
merely mentions cookies, newsletters, sharing, comments, ads or a month stays.
"""

from __future__ import annotations

import pytest
from rulecase import AFTER, BEFORE, clean_between

from newsclean.dates import date_in
from newsclean.phrases import whole_line

# (language, block, rule that must take it)
REMOVED = [
    # cookie notices, with their buttons
    (
        "it",
        "Questo sito utilizza cookie tecnici e di profilazione.\nAccetta tutti\nRifiuta",
        "cookie-notice",
    ),
    ("it", "Gestisci le preferenze dei cookie", "cookie-notice"),
    (
        "pt",
        "Utilizamos cookies para melhorar a sua experiência.\nAceitar todos\nRejeitar",
        "cookie-notice",
    ),
    (
        "nl",
        "Wij gebruiken cookies om de site te verbeteren.\nAlles accepteren\nInstellingen",
        "cookie-notice",
    ),
    (
        "sv",
        "Vi använder kakor för att ge dig en bättre upplevelse.\nGodkänn alla\nInställningar",
        "cookie-notice",
    ),
    ("sv", "Hantera kakor", "cookie-notice"),
    (
        "no",
        "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.\nGodta alle",
        "cookie-notice",
    ),
    (
        "da",
        "Vi bruger cookies til at forbedre din oplevelse.\nAccepter alle\nAfvis",
        "cookie-notice",
    ),
    (
        "fi",
        "Käytämme evästeitä parantaaksemme sivustoa.\nHyväksy kaikki\nAsetukset",
        "cookie-notice",
    ),
    ("tr", "Sitemizde çerezler kullanılmaktadır.\nKabul et", "cookie-notice"),
    ("tr", "Gizlilik ve Çerez Politikası", "cookie-notice"),
    # newsletter boxes
    ("it", "Iscriviti alla nostra newsletter\nInserisci la tua email\nIscriviti", "newsletter"),
    ("pt", "Receba a nossa newsletter\nO seu e-mail\nEnviar", "newsletter"),
    ("nl", "Schrijf je in voor onze nieuwsbrief\nJe e-mailadres\nAanmelden", "newsletter"),
    ("sv", "Prenumerera på vårt nyhetsbrev\nDin e-postadress\nPrenumerera", "newsletter"),
    ("no", "Meld deg på vårt nyhetsbrev\nDin e-postadresse\nSend", "newsletter"),
    ("da", "Tilmeld dig vores nyhedsbrev\nDin e-mailadresse\nTilmeld", "newsletter"),
    ("fi", "Tilaa uutiskirjeemme\nSähköpostiosoite\nTilaa", "newsletter"),
    ("tr", "E-bültenimize abone olun\nE-posta adresiniz\nAbone ol", "newsletter"),
    # related blocks and inline links
    (
        "it",
        "Ti potrebbe interessare\nIl governo approva la manovra\nSciopero dei treni venerdì",
        "related-block",
    ),
    (
        "pt",
        "Não perca\nGoverno aprova novo orçamento\nGreve dos comboios na sexta",
        "related-block",
    ),
    ("nl", "Meer nieuws\nKabinet akkoord over begroting\nTreinstaking op vrijdag", "related-block"),
    ("sv", "Fler nyheter\nRegeringen klar med budgeten\nTågstrejk på fredag", "related-block"),
    ("fi", "Luetuimmat\nHallitus sopi budjetista\nJunalakko perjantaina", "related-block"),
    ("tr", "İlgili haberler\nBütçe Meclis'ten geçti\nCuma günü tren grevi", "related-block"),
    ("it", "Leggi anche: Il governo approva la manovra", "read-more-inline"),
    ("pt", "Leia também: Governo aprova novo orçamento", "read-more-inline"),
    ("nl", "Lees ook: Kabinet akkoord over begroting", "read-more-inline"),
    ("fi", "Lue myös: Hallitus sopi budjetista", "read-more-inline"),
    ("tr", "İlgili haber: Bütçe Meclis'ten geçti", "read-more-inline"),
    # share and follow rows
    ("it", "Condividi su Facebook Twitter WhatsApp", "share-row"),
    ("it", "Seguici su Facebook e Instagram", "share-row"),
    ("pt", "Siga-nos no Instagram", "share-row"),
    ("sv", "Följ oss på Instagram", "share-row"),
    ("no", "Følg oss på Facebook", "share-row"),
    ("da", "Del på Facebook Del på e-mail", "share-row"),
    ("fi", "Jaa Facebookissa Kopioi linkki", "share-row"),
    ("fi", "Seuraa meitä Instagramissa", "share-row"),
    ("tr", "Haberi Paylaş", "share-row"),
    ("tr", "Bizi Twitter'da takip edin", "share-row"),
    # ad labels
    ("it", "Contenuto sponsorizzato", "advertisement"),
    ("it", "L'articolo continua sotto la pubblicità", "advertisement"),
    ("pt", "Conteúdo patrocinado", "advertisement"),
    ("nl", "Het artikel gaat verder onder de advertentie", "advertisement"),
    ("sv", "Artikeln fortsätter under annonsen", "advertisement"),
    ("fi", "Kaupallinen yhteistyö", "advertisement"),
    ("fi", "Mainos", "advertisement"),
    ("tr", "Sponsorlu içerik", "advertisement"),
    # appeals
    ("it", "Questo articolo è riservato agli abbonati\nAbbonati", "appeal"),
    ("pt", "Este conteúdo é exclusivo para assinantes\nAssine já", "appeal"),
    ("nl", "Al abonnee? Log in", "appeal"),
    ("sv", "Bli prenumerant", "appeal"),
    ("no", "Kjøp Pluss!", "appeal"),
    ("da", "Køb abonnement", "appeal"),
    ("fi", "Tämä artikkeli on vain tilaajille\nTilaa nyt", "appeal"),
    ("tr", "Bu içerik sadece abonelere özeldir\nAbone ol", "appeal"),
    # legal lines and footer links
    ("it", "© RIPRODUZIONE RISERVATA", "legal-footer"),
    ("it", "P.IVA 01578251009", "legal-footer"),
    ("it", "Chi siamo | Contatti | Note legali", "legal-footer"),
    ("pt", "Política de privacidade | Termos de uso", "legal-footer"),
    ("nl", "Privacyverklaring | Colofon | Adverteren", "legal-footer"),
    ("sv", "© Aftonbladet 2024 Alla rättigheter förbehållna", "legal-footer"),
    ("sv", "Ansvarig utgivare: Anna Andersson", "legal-footer"),
    ("no", "Ansvarlig redaktør: Ola Nordmann", "legal-footer"),
    (
        "no",
        "Avisen arbeider etter Vær Varsom-plakatens regler for god presseskikk.",
        "legal-footer",
    ),
    ("da", "Alle rettigheder forbeholdes", "legal-footer"),
    ("fi", "Kaikki oikeudet pidätetään", "legal-footer"),
    ("tr", "Tüm hakları saklıdır.", "legal-footer"),
    ("tr", "Künye | İletişim | Yayın İlkeleri", "legal-footer"),
    # skip links, tags, player controls, photo credits
    ("it", "Vai al contenuto principale", "skip-link"),
    ("fi", "Siirry sisältöön", "skip-link"),
    ("tr", "Ana içeriğe atla", "skip-link"),
    ("it", "Argomenti: politica, economia", "tag-line"),
    ("fi", "Aiheet: politiikka, talous", "tag-line"),
    ("tr", "Etiketler: siyaset, ekonomi", "tag-line"),
    ("it", "Il tuo browser non supporta il tag video.", "media-control"),
    ("sv", "Helskärm", "media-control"),
    ("tr", "Yükleniyor...", "media-control"),
    ("it", "Foto: Ansa", "photo-credit"),
    ("fi", "Kuva: Lehtikuva", "photo-credit"),
    ("tr", "Fotoğraf : Didem Mente/AA", "photo-credit"),
]


@pytest.mark.parametrize(("lang", "block", "rule"), REMOVED, ids=lambda v: str(v)[:30])
def test_removed(lang: str, block: str, rule: str) -> None:
    article = clean_between(block)
    # (a related block may run on over the closing paragraph: it is its teaser)
    assert BEFORE in article.body
    assert not any(line in article.body for line in block.splitlines())
    if rule != "related-block":
        assert article.body == f"{BEFORE}\n\n{AFTER}"
    assert rule in {r.rule for r in article.removals}, article.removals


# Article prose that only mentions what the packs are about.
KEPT = [
    (
        "it",
        "Il Garante della privacy ha multato la società per l'uso dei cookie senza consenso.",
    ),
    ("it", "La newsletter del ministero è stata inviata per errore a migliaia di cittadini."),
    ("it", "Il video, condiviso su Facebook, ha raccolto migliaia di commenti in poche ore."),
    ("it", "I ricavi della pubblicità sono calati del dieci per cento nel 2023."),
    (
        "pt",
        "A autoridade de proteção de dados multou a empresa pelo uso de cookies sem consentimento.",
    ),
    ("pt", "O vídeo foi partilhado nas redes sociais e recebeu centenas de comentários."),
    (
        "nl",
        "De toezichthouder beboette het bedrijf voor het plaatsen van cookies zonder toestemming.",
    ),
    ("nl", "De nieuwsbrief van de gemeente bevatte een fout in het adres van het stembureau."),
    ("sv", "Myndigheten kritiserade företaget för att ha använt kakor utan samtycke."),
    ("sv", "Videon delades på Facebook och fick tusentals kommentarer."),
    ("no", "Datatilsynet mener at nettstedet brukte informasjonskapsler uten gyldig samtykke."),
    ("no", "Avisen mistet flere abonnenter etter at prisen på et abonnement ble satt opp."),
    ("da", "Datatilsynet kritiserede virksomheden for at bruge cookies uden samtykke."),
    ("fi", "Tietosuojavaltuutettu moitti yritystä evästeiden käytöstä ilman suostumusta."),
    ("fi", "Video jaettiin Facebookissa, ja se keräsi tuhansia kommentteja."),
    ("tr", "Kurul, şirketin kullanıcıların onayı olmadan çerez kullandığını tespit etti."),
    ("tr", "Video sosyal medyada paylaşıldı ve binlerce yorum aldı."),
    ("tr", "Reklam gelirleri geçen yıl yüzde on düştü."),
    (
        "sv",
        "Den 3 maj träffades parterna för att förhandla om ett nytt avtal om löner i hela landet.",
    ),
    ("fi", "Hallitus kokoontui 3. tammikuuta keskustelemaan budjetista ja uusista leikkauksista."),
    ("tr", "Bakan 20 Nisan'da yaptığı açıklamada bütçenin Meclis'ten geçtiğini söyledi."),
    ("da", "Avisen har mistet mange abonnenter, siden prisen på et abonnement steg i foråret."),
    ("it", "Molti lettori si sono abbonati al giornale dopo l'inchiesta sulla sanità regionale."),
]


@pytest.mark.parametrize(("lang", "block"), KEPT, ids=lambda v: str(v)[:30])
def test_kept(lang: str, block: str) -> None:
    article = clean_between(block)
    assert article.body == f"{BEFORE}\n\n{block}\n\n{AFTER}"
    assert article.removals == ()


COMMENT_HEADINGS = [
    ("it", "Lascia un commento"),
    ("it", "Commenti (12)"),
    ("pt", "Deixe seu comentário"),
    ("nl", "Reageer op dit artikel"),
    ("sv", "Skriv en kommentar"),
    ("no", "Logg inn for å kommentere"),
    ("da", "Vær den første til at kommentere"),
    ("fi", "Kirjoita kommentti"),
    ("tr", "Yorum yap"),
]


@pytest.mark.parametrize(("lang", "line"), COMMENT_HEADINGS)
def test_comment_heading(lang: str, line: str) -> None:
    assert whole_line("comment-heading").fullmatch(line)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Secondo i lettori, i commenti sotto l'articolo erano offensivi."),
        ("fi", "Kommentit julkaistaan vasta tarkistuksen jälkeen, kertoi toimitus."),
        ("tr", "Yorumlar sosyal medyada tartışma yarattı."),
    ],
)
def test_comment_heading_not_prose(lang: str, line: str) -> None:
    assert not whole_line("comment-heading").fullmatch(line)


DATES = [
    ("sv", "Publicerad 3 maj 2024", "3 maj"),
    ("no", "Oppdatert for 3 timer siden", "for 3 timer siden"),
    ("da", "Opdateret 12. marts 2024", "12. marts"),
    ("fi", "Julkaistu 3. tammikuuta 2024", "3. tammikuuta"),
    ("fi", "Päivitetty 2 tuntia sitten", "2 tuntia sitten"),
    ("tr", "20 Nisan 2026 • Güncelleme: 20 Nisan 2026", "20 Nisan"),
    ("tr", "3 saat önce", "3 saat önce"),
    ("pt", "Publicado há 3 horas", "há 3 horas"),
    ("it", "Aggiornato 5 minuti fa", "5 minuti fa"),
]


@pytest.mark.parametrize(("lang", "line", "found"), DATES)
def test_dates(lang: str, line: str, found: str) -> None:
    match = date_in(line)
    assert match is not None and match.group() == found
