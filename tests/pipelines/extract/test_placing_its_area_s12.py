"""placing, session 12: a number the body reporting it counts "in its territory" ("in its province"; entity_words
its_area) is at the place the body's name holds, when the article also names that place ("the Department of X's Health
Office said 7 died in its territory": X), even when the sentence names another place for another number; a body named after
the country keeps the country (invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed

_HEAD = "Clashes in the highlands\n\nPolice fired tear gas in Nakuru on Friday.\n\n"


@pytest.mark.parametrize("body, where", [
    (_HEAD + "The Nakuru County Health Office reported that seven people died in its territory, while two died in "
     "Eldoret.", "Nakuru"),
    (_HEAD + "The Nakuru County Health Office reported that seven people died in its province.", "Nakuru"),
    # a body named after the country: "its territory" is the country's
    (_HEAD + "The Kenya Red Cross reported that seven people died in its territory, while two died in Eldoret.",
     "Kenya"),
])
def test_in_its_territory_is_the_place_of_the_reporting_body(nlp, body, where):
    assert placed(nlp, body)[7] == where
