"""placing, session 12: a demonym before the state's armed forces ("Kenyan security forces", "Kenyan police"; entity_words
state_body) names a body that acts wherever the report is, not the country as the scene: it is no national mark, so
a later figure with no place of its own keeps the article's one place; a demonym on its own, or before the nation's
officials, still moves the report to the country (invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed

_HEAD = "Clashes after Friday prayers\n\nCrowds gathered in Eldoret on Friday after the sermon.\n"


@pytest.mark.parametrize("body, where", [
    (_HEAD + "Kenyan security forces killed at least 40 people when they fired on the crowd.", "Eldoret"),
    (_HEAD + "Kenyan police shot dead at least 40 people near the mosque.", "Eldoret"),
    (_HEAD + "Security forces killed at least 40 people when they fired on the crowd.", "Eldoret"),
    (_HEAD + "Kenyan officials said at least 40 people were killed when troops fired on the crowd.", "Kenya"),
    (_HEAD + "The Kenyan rights group Haki Yetu said at least 40 people had died in the unrest.", "Kenya"),
])
def test_a_demonym_on_the_armed_forces_is_no_national_mark(nlp, body, where):
    assert placed(nlp, body)[40] == where


@pytest.mark.parametrize("body, where", [
    (_HEAD + "Kenyan police said at least 40 people were hurt in the clashes.", "Kenya"),
    (_HEAD + "Kenyan security forces have confirmed that at least 40 people were hurt.", "Kenya"),
])
def test_the_armed_forces_reporting_still_speak_for_the_country(nlp, body, where):
    assert placed(nlp, body)[40] == where
