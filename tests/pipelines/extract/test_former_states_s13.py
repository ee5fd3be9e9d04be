"""A former state ("the Soviet Union", "Yugoslavia") is no organization, although "Union" is an organization
head word, and no place or country of today (seeds/non_entities.csv; invented sentences)."""
import pytest

from pipelines.extract.entities import extract_entities
from pipelines.extract.types import ArticleText


def entities(nlp, text):
    ents, _ = extract_entities(nlp(text), ArticleText(article_id="t", body=text))
    return {(e.entity_type, e.canonical_name) for e in ents}


@pytest.mark.parametrize("text, name", [
    ("Protests in Tarvia. The republic left the Soviet Union in 1991 and has had one ruler since.", "Soviet Union"),
    ("Marchers in Besk recalled the years when the town belonged to Yugoslavia.", "Yugoslavia"),
])
def test_a_former_state_is_no_entity(nlp, text, name):
    assert not any(n == name for _, n in entities(nlp, text))


def test_a_union_of_today_is_still_an_organization(nlp):
    assert ("organization", "Tarvian Teachers Union") in entities(
        nlp, "Protests in Besk. The Tarvian Teachers Union called a strike on Monday.")
