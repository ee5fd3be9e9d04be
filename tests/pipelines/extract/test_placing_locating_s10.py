"""placing, session 10: a region named after a city and a comma ("in Juliaca, Puno,") only says where the city lies:
the city stays the article's one place (invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body, value, expected", [
    ("Peru unrest\n\nProtesters blocked the airport in Juliaca, Puno, on Monday.\n\nThe ombudsman said 17 people were "
     "killed.", 17, "Juliaca"),
    ("Kenya unrest\n\nProtesters blocked roads in Kisumu, Kisumu County, on Monday.\n\nPolice said 17 people were "
     "arrested.", 17, "Kisumu"),
    ("Peru unrest\n\nProtesters blocked the airport in Juliaca, in the Puno region, on Monday.\n\nThe ombudsman said "
     "17 people were killed.", 17, "Juliaca"),
])
def test_a_region_after_its_city_only_locates_it(nlp, body, value, expected):
    assert placed(nlp, body)[value] == expected
