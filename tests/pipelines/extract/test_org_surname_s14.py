"""A surname the model tags as a one-word organization ("Reyes" in "Ana Reyes") after a given name it left
untagged is part of a person's name when a title or role marks the name (invented sentences)."""
import pytest

from tests.pipelines.extract.helpers import entity_set as entities


@pytest.mark.parametrize("text", [
    "Interior Minister Ana Reyes said 60 people were detained in Besk.",
    "Attorney General Ana Reyes said 60 people were detained in Besk.",
    "Ana Reyes, a lawyer, said 60 people were detained in Besk.",
    "Lawyer Ana Reyes said 60 people were detained in Besk.",
    # offices as titles (person_titles.csv): "Ombudsman", "Attorney General", "Prosecutor General"
    "The Ombudsman, Ana Reyes, said 60 detainees in Besk had visible injuries.",
])
def test_a_titled_name_keeps_its_surname(nlp, text):
    got = entities(nlp, text)
    assert ("person", "Ana Reyes") in got and ("organization", "Reyes") not in got, got


def test_an_organization_after_the_name_stays_one(nlp):
    got = entities(nlp, "Lawyer Ana Reyes told Reuters that 60 people were detained in Besk.")
    assert ("person", "Ana Reyes") in got and ("organization", "Reuters") in got, got
