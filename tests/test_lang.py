"""The language guess: stop-word counts over small per-language lists, English fallback."""

from __future__ import annotations

import pytest

from newsclean.lang import FALLBACK, MIN_HITS, STOPWORD_LANGUAGES, guess, stopwords, words_of

SAMPLES = {
    "en": "The minister said that the talks would go on, and that they were not over yet.",
    "de": "Der Minister sagte, dass die Gespräche weitergehen und noch nicht vorbei sind.",
    "fr": "Le ministre a dit que les discussions vont continuer et qu'elles ne sont pas finies.",
    "es": "El ministro dijo que las conversaciones van a seguir y que no han terminado todavía.",
    "pt": "O ministro disse que as conversas vão continuar e que ainda não terminaram com ele.",
    "nl": "De minister zei dat de gesprekken doorgaan en dat ze nog niet voorbij zijn voor hem.",
    "pl": "Minister powiedział, że rozmowy będą trwać i że jeszcze się nie skończyły dla nas.",
    "it": "Il ministro ha detto che i colloqui andranno avanti e che non sono ancora finiti.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_guess_picks_the_language_of_a_sentence(lang: str) -> None:
    assert guess(words_of(SAMPLES[lang])) == lang


def test_every_language_has_a_stopword_list() -> None:
    for lang in STOPWORD_LANGUAGES:
        assert len(stopwords(lang)) >= 40, lang
        assert all(word == word.casefold() and " " not in word for word in stopwords(lang))


@pytest.mark.parametrize(
    "text",
    [
        "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유",  # no list for Korean
        "",
        "Home News Sport Weather",  # no stop word at all
    ],
)
def test_a_page_that_hits_no_list_is_english(text: str) -> None:
    assert guess(words_of(text)) == FALLBACK == "en"


def test_too_few_hits_to_tell_falls_back_at_the_boundary() -> None:
    german = ["und"] * (MIN_HITS - 1)
    assert guess(german) == "en"
    assert guess([*german, "und"]) == "de"


def test_a_mixed_page_goes_to_the_language_with_more_hits() -> None:
    words = words_of(SAMPLES["de"] + " " + SAMPLES["de"] + " Home | Share this article")
    assert guess(words) == "de"
