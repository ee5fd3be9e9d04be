"""An organization the model splits at a plural possessive ("The Bolivian Workers'" + "Center") is one body when
the part after it holds an organization head word (invented sentences)."""
import pytest

from pipelines.extract.entities import extract_entities
from pipelines.extract.types import ArticleText


def orgs(nlp, text):
    ents, _ = extract_entities(nlp(text), ArticleText(article_id="t", body=text))
    return {e.canonical_name for e in ents if e.entity_type == "organization"}


@pytest.mark.parametrize("text, name", [
    ("The Bolivian Workers' Center said 15,000 miners had joined the strike.", "Bolivian Workers' Center"),
    ("The Kenya Doctors' Union said 40 medics were injured.", "Kenya Doctors' Union"),
])
def test_a_plural_possessive_inside_a_name(nlp, text, name):
    got = orgs(nlp, text)
    assert name in got and "Center" not in got, got
