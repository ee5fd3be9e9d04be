"""Entity classes of session 12 on invented sentences: "Aid" (seeds/org_keywords.csv) ends an organization's name
("Bandung Legal Aid"), so the city inside it places no figure."""
from __future__ import annotations

from pipelines.extract.entities import extract_entities
from pipelines.extract.types import ArticleText

from .test_placing_articles import placed

_TEXT = ("Protests in Indonesia\n\nBandung Legal Aid, in a post online, urged the police to release 300 people who "
         "had been arrested during the demonstrations.")


def test_a_legal_aid_body_is_an_organization(nlp):
    ents, _ = extract_entities(nlp(_TEXT), ArticleText(article_id="t", body=_TEXT))
    assert "Bandung Legal Aid" in {e.canonical_name for e in ents if e.entity_type == "organization"}


def test_the_city_in_its_name_places_no_figure(nlp):
    assert placed(nlp, _TEXT)[300] == "Indonesia"
