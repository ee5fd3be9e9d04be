"""placing, session 12: a sentence that opens on another spell of time ("Last month,", "Earlier this year,") with no
place of its own does not take the scene an earlier sentence of its paragraph set: its figure is the country's
(invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed

_HEAD = "Bangladesh unrest\n\nCrowds marched through Chittagong on Monday. "


@pytest.mark.parametrize("body, where", [
    (_HEAD + "Last month, at least 90 people were killed in the unrest.", "Bangladesh"),
    (_HEAD + "Earlier this year, at least 90 people were killed in the unrest.", "Bangladesh"),
    (_HEAD + "At least 90 people were killed in the unrest.", "Chattogram"),
    (_HEAD + "Earlier, at least 90 people were killed in the unrest.", "Chattogram"),
    (_HEAD + "Last month, at least 90 people were killed in Sylhet.", "Sylhet"),
])
def test_another_spell_of_time_drops_the_scene_of_the_sentence_before(nlp, body, where):
    assert placed(nlp, body)[90] == where
