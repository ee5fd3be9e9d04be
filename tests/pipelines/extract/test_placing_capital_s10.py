"""placing, session 10: "the capital" of the article's country places a figure at the capital even when the article
never names it; a foreign capital never named gives no other place (invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body, value, expected", [
    ("Kenya protests\nPolice fired tear gas in Mombasa and Kisumu on Tuesday. In the Kenyan capital, 45 people were "
     "arrested.", 45, "Nairobi"),
    ("Kenya protests\nPolice fired tear gas in Mombasa on Tuesday. Some 45 people were arrested in Kenya's capital.",
     45, "Nairobi"),
    ("Peru protests\nMarchers blocked roads in Puno. In the Peruvian capital, police detained 30 people.", 30, "Lima"),
    ("Peru protests\nMarchers blocked roads in Puno. Hospitals in the capital treated 30 people.", 30, "Lima"),
    # a capital "The" opening the sentence
    ("Indonesia protests\nRiots hit Medan and Makassar. The capital's hospitals treated 30 people, officials said.",
     30, "Jakarta"),
    ("Indonesia protests\nRiots hit Medan and Makassar.\nIn the capital, police arrested 120 students on Monday.",
     120, "Jakarta"),
    ("Indonesia protests\nRiots hit Medan and Makassar. Police arrested 120 students in the capital and 40 in Medan.",
     120, "Jakarta"),
    # another country's capital, never named: not the city named before it in the paragraph
    ("Kenya protests\nPolice fired tear gas in Mombasa. Some 45 people were arrested in the Ugandan capital.",
     45, "Kenya"),
])
def test_the_capital_is_the_capital_city(nlp, body, value, expected):
    assert placed(nlp, body)[value] == expected


def test_the_list_item_after_it_keeps_its_own_place(nlp):
    # guard: passes before the change too
    body = "Indonesia protests\nRiots hit Medan and Makassar. Police arrested 120 students in the capital and 40 in Medan."
    assert placed(nlp, body)[40] == "Medan"
