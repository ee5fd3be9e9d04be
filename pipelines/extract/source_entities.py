"""Makes a figure's source findable under its canonical name: `reported_by_entity_id` and
`reported_via_entity_id` join reported_by / reported_via (kept as the text writes them, the
shortest form) to the article's person or organization entity they name.

A source names an entity when, normalized (gazetteer.norm, without a leading "the"), it equals the
entity's canonical name, one of its aliases or one of its mentions in the article; else when one of
those forms and the source contain each other as whole words ("Minister Jane Roe" / "Jane Roe",
"Roe" / "Jane Roe"), the longest such form deciding; a source in lower case ("doctors") only by
equality. Two entities matching equally well give none."""
from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import norm
from .types import ENTITY_TYPES, Entity, Figure, Mention

_SOURCE_TYPES = ENTITY_TYPES[:2]    # person, organization (not location)


def _key(text: str) -> str:
    return norm(re.sub(r"^\s*the\s+", "", text or "", flags=re.I))


def _forms(mentions, entities: dict[str, Entity]) -> dict[str, set[str]]:
    """Normalized form -> the ids of the source entities written that way."""
    forms: dict[str, set[str]] = {}
    texts = [(e.entity_id, t) for e in entities.values() if e.entity_type in _SOURCE_TYPES
             for t in (e.canonical_name, *e.aliases)]
    texts += [(m.entity_id, m.mention_text) for m in mentions
              if (e := entities.get(m.entity_id)) is not None and e.entity_type in _SOURCE_TYPES]
    for eid, text in texts:
        k = _key(text)
        if k:
            forms.setdefault(k, set()).add(eid)
    return forms


def _inside(a: str, b: str) -> bool:
    return f" {a} " in f" {b} "


def entity_for(source: str | None, forms: dict[str, set[str]]) -> str | None:
    if not source:
        return None
    k = _key(source)
    if not k:
        return None
    hit = forms.get(k)
    if not hit and source.islower():
        return None                        # "doctors", "police": a common noun names no one entity
    if not hit:
        near = [(len(f), ids) for f, ids in forms.items() if len(f) >= 3 and (_inside(f, k) or _inside(k, f))]
        if not near:
            return None
        best = max(n for n, _ in near)
        hit = set().union(*(ids for n, ids in near if n == best))
    return next(iter(hit)) if len(hit) == 1 else None


def link_sources(figures: list[Figure], mentions: tuple[Mention, ...] | list[Mention],
                 entities: dict[str, Entity]) -> list[Figure]:
    if not any(f.reported_by or f.reported_via for f in figures):
        return figures
    forms = _forms(mentions, entities)
    return [replace(f, reported_by_entity_id=entity_for(f.reported_by, forms),
                    reported_via_entity_id=entity_for(f.reported_via, forms)) for f in figures]
