"""List the tags, related headlines and image credits clean() reads, and flag junk.

    python benchmarks/junk.py            # the flagged items and the counts
    python benchmarks/junk.py --all      # every item, flagged or not, to read by eye

Runs ``newsclean.clean()`` on the 321 body pages of ``benchmarks/corpus.py``
(the 111 benchmark pages and the 210 news pages, full-page ``text``) and prints
each item with its page, the rule that read it and its flag. The flag is a
simple heuristic, deliberately independent of the rules it checks (its word
list lives here, not in the phrase packs), so it has misses and false alarms;
read the ``--all`` listing to count those. An item is flagged

- ``stamp``: a time ("12:05", "9.30 Uhr"), a date ("3 March 2025",
  "24.04.2024"), an age ("3 hours ago", "vor 2 Stunden"), a stamp word
  ("Live", "Published", "Updated", "Aktualisiert") or a bare number, in an
  item of at most six words;
- ``menu``: a section name ("Politics", "Sport", "Home", "Startseite"), a
  footer, account or share word ("Impressum", "Log in", "Share", "Comments
  12"), a link or a run of three or more items joined by "|"; a section name
  counts as a tag only when most of the page's tags are section names (a
  single "Music" among named topics is a real tag);
- ``punct`` (credits only): a credit that opens with punctuation (", Getty
  Images"), a copyright footer ("All rights reserved"), or a credit holding a
  menu word ("About Me/Contact", "View PDF/Print Mode").

The run ends with ``tags junk N of M``, ``related junk N of M`` and
``credits junk N of M``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import regex

import newsclean

sys.path.insert(0, str(Path(__file__).parent))
from corpus import load_body_docs

# Section names of news sites' menus, in the languages of the corpus, one
# entry between commas.
_SECTION_LIST = (
    "home, homepage, front page, news, latest news, world, us, u.s., uk, europe, asia,"
    " africa, americas, middle east, local, national, international, politics, business,"
    " economy, markets, money, finance, tech, technology, science, health, sport, sports,"
    " football, soccer, culture, arts, art, entertainment, lifestyle, life, living, style,"
    " travel, food, opinion, opinions, comment, analysis, video, videos, audio, podcasts,"
    " podcast, photos, gallery, weather, climate, environment, education, media, tv,"
    " television, music, film, movies, books, today's paper, games, puzzles, crossword,"
    " obituaries, jobs, real estate, cars, autos, more sections, menu, search, topics,"
    " startseite, nachrichten, aktuell, aktuelles, politik, wirtschaft, finanzen, börse,"
    " kultur, wissen, panorama, gesellschaft, meinung, kommentar, reise, leben, gesundheit,"
    " digital, ausland, inland, regional, region, lokales, deutschland, welt, mediathek,"
    " wetter, verkehr, service, accueil, actualités, actualité, à la une, politique,"
    " économie, monde, société, sciences, santé, planète, idées, vidéos, portada, noticias,"
    " última hora, política, economía, internacional, mundo, sociedad, cultura, ciencia,"
    " deportes, opinión, vídeos, tecnología, españa, notizie, cronaca, politica, economia,"
    " esteri, spettacoli, nieuws, binnenland, buitenland, economie, cultuur"
)
SECTIONS = frozenset(entry.strip() for entry in _SECTION_LIST.split(","))
# Footer, account, share and ad words.
CHROME = regex.compile(
    r"(?i)\b(?:log ?in|log ?out|sign ?in|sign ?up|register|subscribe|subscription|newsletters?"
    r"|my account|account|profile|settings|einstellungen|anmelden|abmelden|abo|abonnieren"
    r"|s'abonner|se connecter|abonnez-vous|suscríbete|iniciar sesión"
    r"|impressum|datenschutz|privacy|cookies?|terms|conditions|disclaimer|contact|kontakt"
    r"|about (?:us|me)|über uns|mentions légales|aviso legal|mediadaten|faq|help|hilfe|sitemap"
    r"|careers|jobs|advertise|advertisement|anzeige|werbung|publicité|publicidad"
    r"|share|teilen|partager|compartir|print|drucken|e-?mail|facebook|twitter|instagram"
    r"|whatsapp|linkedin|youtube|tiktok|rss|comments?|kommentare?|kommentieren"
    r"|commentaires?|comentarios|nach oben|back to top|scroll|menü|menu|untermenü"
    r"|download|app|apps|pdf|license this content|licensing)\b"
)
# A stamp word opens the item ("Posted on: …", "Updated 16M ago") or is all of it ("New").
STAMP_WORDS = regex.compile(
    r"(?i)^(?:(?:live|published|updated|posted|aktualisiert|veröffentlicht|stand|publié"
    r"|mis à jour|actualizado|publicado|aggiornato|pubblicato|bijgewerkt)\b"
    r"|(?:new|neu|nouveau|live)\W*$)"
)
_MONTHS = (
    r"jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai|jun[ei]?"
    r"|jul[iy]?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?|dez(?:ember)?|janvier|février|mars|avril|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio"
    r"|agosto|septiembre|octubre|noviembre|diciembre"
)
STAMP = regex.compile(
    rf"(?i)\b\d{{1,2}}[:.h]\d\d\b(?:\s?(?:uhr|[ap]\.?m\.?))?"
    rf"|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|\b\d{{4}}-\d\d-\d\d\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\.?\s+(?:{_MONTHS})\b"
    r"|\b\d+\s*(?:min(?:ute)?s?|h|hrs?|hours?|days?|weeks?|stunden?|tagen?|minuten?|heures?"
    r"|jours?|horas?|días?)\s+ago\b|\bvor\s+\d+\s+\w+|\bil y a\s+\d+|\bhace\s+\d+"
    r"|^\s*\d+\s*$"
)
# In a credit: menu links ("About Me/Contact", "View PDF/Print Mode") and a footer.
CREDIT_CHROME = regex.compile(
    r"(?i)\b(?:about (?:us|me)|contact|kontakt|print|pdf|log ?in|sign ?in|subscribe|menu"
    r"|comments?|share|impressum|datenschutz|privacy)\b"
)
FOOTER = regex.compile(
    r"(?i)rights reserved|rechte vorbehalten|droits réservés|derechos reservados"
)
LINK = regex.compile(r"(?i)https?:|www\.|\.html?\b")
WORD = regex.compile(r"[\w'’.]+")
STAMP_MAX_WORDS = 6
# A chrome word flags a short item only: "How TikTok Took Over Music" is a headline.
CHROME_MAX_WORDS = 5


def _fold(text: str) -> str:
    return " ".join(WORD.findall(text.casefold().replace("’", "'")))


def is_section(text: str) -> bool:
    """Whether an item is a section name ("Politics", "Mehr Sport" is not)."""
    folded = _fold(text)
    return folded in SECTIONS


def stamp(text: str) -> bool:
    """A short item holding a time, a date, an age or a stamp word."""
    if len(text.split()) > STAMP_MAX_WORDS:
        return False
    return bool(STAMP.search(text) or STAMP_WORDS.search(text.strip()))


def menu(text: str) -> bool:
    """A footer/account/share item, a link, or a row of menu items joined by "|"."""
    if LINK.search(text) or text.count("|") >= 2:
        return True
    return len(text.split()) <= CHROME_MAX_WORDS and bool(CHROME.search(text))


def flag_tags(tags: tuple[str, ...]) -> list[str | None]:
    sections = sum(is_section(t) for t in tags)
    mostly = sections > len(tags) / 2
    flags: list[str | None] = []
    for tag in tags:
        if stamp(tag):
            flags.append("stamp")
        elif menu(tag) or (mostly and is_section(tag)):
            flags.append("menu")
        else:
            flags.append(None)
    return flags


def flag_related(title: str | None) -> str | None:
    if not title:
        return None
    if stamp(title):
        return "stamp"
    if menu(title) or is_section(title):
        return "menu"
    return None


def flag_credit(credit: str | None) -> str | None:
    """A credit opening with punctuation, a copyright footer, or a menu's slashed links.

    Social and site names are no flag here: "Screenshots Instagram/TikTok" and
    "ntv.de" are real credits.
    """
    if not credit:
        return None
    if regex.match(r"[\p{P}--[@©(\"'“‘]]", credit) or FOOTER.search(credit):
        return "punct"
    if CREDIT_CHROME.search(credit):
        return "menu"
    return None


def items() -> Iterator[tuple[str, str, str, str, str | None]]:
    """(kind, page id, rule, item, flag) for every tag, related title and credit."""
    for doc in load_body_docs():
        article = newsclean.clean(doc.text)
        for removal in article.removals:
            meta = removal.metadata
            for tag, tag_flag in zip(meta.tags, flag_tags(meta.tags), strict=True):
                yield "tags", doc.id, removal.rule, tag, tag_flag
            for related in meta.related:
                title = related.title or ""
                yield "related", doc.id, removal.rule, title, flag_related(title)
            for image in meta.images:
                if image.credit is not None:
                    credit = image.credit
                    yield "credits", doc.id, removal.rule, credit, flag_credit(credit)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="list unflagged items too")
    args = parser.parse_args()
    total: Counter[str] = Counter()
    junk: Counter[str] = Counter()
    reasons: Counter[tuple[str, str]] = Counter()
    for kind, page, rule, item, flag in items():
        total[kind] += 1
        if flag is not None:
            junk[kind] += 1
            reasons[kind, flag] += 1
        if flag is not None or args.all:
            print(f"{kind:8} {flag or '-':6} {page[:8]} {rule:18} {item!r}")
    print()
    for (kind, flag), count in sorted(reasons.items()):
        print(f"{kind} flagged {flag}: {count}")
    for kind in ("tags", "related", "credits"):
        print(f"{kind} junk {junk[kind]} of {total[kind]}")


if __name__ == "__main__":
    main()
