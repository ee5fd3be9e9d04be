"""Entity classes of session 9 on invented sentences: an acronym that spells a small town's name, and a bare
direction word, are no places."""
from __future__ import annotations

import pytest

from pipelines.extract.entities import extract_entities
from pipelines.extract.types import ArticleText


def places(nlp, text):
    ents, _ = extract_entities(nlp(text), ArticleText(article_id="t", body=text))
    return {e.canonical_name.lower() for e in ents if e.entity_type == "location"}


@pytest.mark.parametrize("text, not_a_place", [
    ("Indian police detained 300 farmers in Delhi, and the UN urged restraint. The UN said 20 were hurt.", "un"),
    ("Cameroon: unrest spreads\nSeparatists in the South clashed with soldiers in Buea, and 12 people died.", "south"),
    ("Protests spread to the North after 30 students were detained in Kano, Nigeria.", "north"),
])
def test_an_acronym_or_a_direction_is_no_place(nlp, text, not_a_place):
    got = places(nlp, text)
    assert not_a_place not in got and got   # the real places are still found
