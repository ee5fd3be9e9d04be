"""An organization the model splits at a plural possessive ("The Bolivian Workers'" + "Center") is one body when
the part after it holds an organization head word (invented sentences)."""
import pytest

from tests.pipelines.extract.helpers import entity_set


def orgs(nlp, text):
    return {name for kind, name in entity_set(nlp, text) if kind == "organization"}


@pytest.mark.parametrize("text, name", [
    ("The Bolivian Workers' Center said 15,000 miners had joined the strike.", "Bolivian Workers' Center"),
    ("The Kenya Doctors' Union said 40 medics were injured.", "Kenya Doctors' Union"),
])
def test_a_plural_possessive_inside_a_name(nlp, text, name):
    got = orgs(nlp, text)
    assert name in got and "Center" not in got, got
