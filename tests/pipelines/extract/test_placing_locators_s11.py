"""placing, session 11: what only says where a town lies is not the figure's place (invented reports, parsed by the
model): the country after a town and a comma ("in Kisumu, Kenya,"), a region between them ("in X, Y, Kenya"), a
region that owns the town named after it ("the X region's town of Y"); and a name the text calls a region is not a
same-named town abroad."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body, value, expected", [
    # the figure's own sentence: the town, not the country after it
    ("Kenya unrest\n\nIn Kisumu, Kenya, police arrested 40 protesters on Tuesday.", 40, "Kisumu"),
    # the town stays the article's one place after a country that only located it
    ("Unrest in Kenya\n\nClashes broke out in Nakuru, Kenya, on Monday.\n\nPolice said 30 people were injured.",
     30, "Nakuru"),
    ("Unrest in France\n\nProtests erupted in Lyon, France.\n\nThe prefecture said 31 people were arrested.", 31, "Lyon"),
    # a region the gazetteer may not know, between the town and its country
    ("Unrest in Indonesia\n\nA fire broke out during protests in Makassar, South Sulawesi, Indonesia, on Friday.\n\n"
     "Officials said two people died at the scene.", 2, "Makassar"),
])
def test_a_country_after_its_town_only_locates_it(nlp, body, value, expected):
    assert placed(nlp, body)[value] == expected


@pytest.mark.parametrize("body, value, expected", [
    ("Kenya unrest\n\nKenyan police said 30 people were arrested in the western Nyanza region's town of Kisii on "
     "Monday.", 30, "Kisii"),
    ("Kenya unrest\n\nPolice arrested 40 people in the southern Rift Valley region's city of Nakuru, officials said.",
     40, "Nakuru"),
])
def test_a_region_that_owns_the_town_after_it_only_locates_it(nlp, body, value, expected):
    assert placed(nlp, body)[value] == expected

