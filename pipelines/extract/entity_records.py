"""Entities and mentions from the kept candidates: places by gazetteer key, persons clustered by
name ("Tokayev" -> "Kassym-Jomart Tokayev"), organizations merged by org_rules.build_orgs."""
from __future__ import annotations

from ..ids import entity_id
from . import persons
from .entity_spans import Cand, Context
from .gazetteer import norm
from .org_rules import build_orgs
from .types import Entity, Mention


def build_entities(kept: list[Cand], body: str, ctx: Context) -> tuple[list[Entity], list[Mention]]:
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    main_cc = ctx.main_country()

    def add(eid: str, make, c: Cand):
        if eid not in entities:
            entities[eid] = make()
        text = body[c.start:c.end]
        ent = entities[eid]
        if text != ent.canonical_name and text not in ent.aliases:
            ent.aliases.append(text)
        mentions.append(Mention(eid, text, c.start, c.end, c.label))

    # locations
    for c in kept:
        if c.etype != "location":
            continue
        text = body[c.start:c.end]
        p = c.place
        if p is None:
            name = persons.strip_possessive(text)
            cc = main_cc
            key = f"place:{cc or ''}:{norm(name)}"
            eid = entity_id("location", key)
            add(eid, lambda: Entity(eid, "location", name, cc, c.kind_hint or "city"), c)
        else:
            eid = entity_id("location", p.key)
            add(eid, lambda: Entity(eid, "location", p.name, p.country_code, p.kind, p.latitude, p.longitude,
                                    p.geonames_id, p.admin1), c)

    # persons
    pcands = [c for c in kept if c.etype == "person"]
    groups = persons.cluster([(c.start, body[c.start:c.end]) for c in pcands])
    for members in groups:
        texts = [persons.strip_possessive(body[pcands[i].start:pcands[i].end]) for i in members]
        canonical = max(texts, key=lambda x: (len(persons.name_words(x)), len(x)))
        eid = entity_id("person", norm(canonical))
        for i in members:
            add(eid, lambda: Entity(eid, "person", canonical), pcands[i])

    # organizations
    ocands = [c for c in kept if c.etype == "organization"]
    build_orgs(ocands, body, add, ctx)
    return list(entities.values()), mentions
