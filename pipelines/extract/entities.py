"""Entities, first version: spaCy NER labels mapped to person / organization / location."""
from __future__ import annotations

from ..ids import entity_id
from .types import ArticleText, Entity, Mention

_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location"}


def extract_entities(doc, article: ArticleText) -> tuple[list[Entity], list[Mention]]:
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for ent in doc.ents:
        etype = _TYPES.get(ent.label_)
        if not etype:
            continue
        eid = entity_id(etype, ent.text)
        entities.setdefault(eid, Entity(eid, etype, ent.text))
        mentions.append(Mention(eid, ent.text, ent.start_char, ent.end_char, ent.label_))
    return list(entities.values()), mentions
