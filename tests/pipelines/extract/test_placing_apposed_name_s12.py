"""placing, session 12: a place whose name is set after a kind noun and a comma ("in the country's largest city,
X", "in the capital, X") is tied to the number before it like "in X", so the city wins over a country named
earlier in the sentence (the most specific place, GOLD_SPEC_V2). A comma elsewhere in the gap still breaks the tie
(invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body, value, where", [
    ("Unrest in Serbia\n\nSecurity forces in Serbia killed 24 protesters overnight as they tried to storm "
     "government offices in the country's largest city, Belgrade, police said on Thursday.", 24, "Belgrade"),
    ("Unrest in Serbia\n\nSecurity forces in Serbia killed 12 protesters in the capital, Belgrade, on Friday.",
     12, "Belgrade"),
    # no kind noun before the comma: as before
    ("Unrest in Serbia\n\nSecurity forces in Serbia killed 12 protesters in Belgrade on Friday.", 12, "Belgrade"),
    # the place belongs to a later clause, past another comma: not the number's
    ("Unrest in Serbia\n\nPolice in Serbia arrested 40 people on Friday, the ministry said, while in the northern "
     "town, Subotica, marches went on.", 40, "Serbia"),
])
def test_a_name_set_after_its_kind_noun_places_the_number(nlp, body, value, where):
    assert placed(nlp, body)[value] == where
