"""Session 14: places of figures (GOLD_SPEC_V2 "country and place"). Invented sentences and towns."""
from __future__ import annotations

from .test_placing_articles import placed


def test_a_district_named_after_a_sentences_capital_preposition_is_a_place(nlp):
    body = ("Nepal: toll rises\nKATHMANDU (Wire) - The death toll from the protests has risen to 51, police said.\n"
            "In Dorsk district, protesters set fire to the home of a minister. Three people died there.")
    assert placed(nlp, body)[3] == "Dorsk"


def test_a_district_in_the_body_of_a_sentence_stays_a_place(nlp):
    body = ("Nepal: toll rises\nKATHMANDU (Wire) - Protests went on.\n"
            "Protesters set fire to offices in Dorsk district, where three people died.")
    assert placed(nlp, body)[3] == "Dorsk"
