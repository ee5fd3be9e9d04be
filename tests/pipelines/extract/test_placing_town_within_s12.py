"""placing, session 12: a region (or a city named like its region) that places a number gives way to a town of that
region named in the same sentence: the most specific place the text ties the figure to (GOLD_SPEC_V2 place). Not a
town that is another number's, nor a town of another region (invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body, value, where", [
    ("Peru: road blockades turn deadly\n\n"
     "Medics said 8 people died on Monday in Cusco during clashes with police near the Sicuani bus terminal.", 8, "Sicuani"),
    ("Peru: road blockades turn deadly\n\n"
     "Medics said 8 people died on Monday in Arequipa as marchers fought police at the port of Mollendo.", 8, "Mollendo"),
    ("Peru: road blockades turn deadly\n\n"
     "Medics said 8 people died on Monday in Cusco, and 2 more in Sicuani.", 8, "Cusco"),
    ("Peru: road blockades turn deadly\n\n"
     "Medics said 8 people died on Monday in Cusco while marchers from Mollendo blocked roads.", 8, "Cusco"),
])
def test_a_town_of_the_region_named_in_the_sentence_places_the_number(nlp, body, value, where):
    assert placed(nlp, body)[value] == where
