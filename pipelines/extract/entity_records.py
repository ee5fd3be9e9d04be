"""Entities and mentions from the kept candidates: places by gazetteer key, persons clustered by
name ("Tokayev" -> "Kassym-Jomart Tokayev"), organizations merged by org_rules.build_orgs."""
from __future__ import annotations

from dataclasses import replace

from ..ids import entity_id
from . import persons
from .entity_spans import Cand, Context
from .gazetteer import norm
from .org_rules import build_orgs
from .types import Entity, Mention
from .vocab import word_list

JOINING = frozenset(f" {w} " for w in word_list("conjunction_between_names"))


def _joined_to_an_org(kept: list[Cand], body: str) -> list[Cand]:
    """"Name y Laboratorio de Name": a Spanish or Portuguese "and" joins names of one kind, so a
    person beside an organization is an organization too."""
    out = list(kept)  # kept is sorted by start
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if {a.etype, b.etype} == {"person", "organization"} and body[a.end:b.start] in JOINING:
            k = i if a.etype == "person" else i + 1
            out[k] = replace(out[k], etype="organization", label=out[k].label + "->org-joined")
    return out


MODEL_GUESSES = frozenset({"ORG", "ORG->org", "PERSON->org"})  # organizations typed from the NER alone


def one_type_per_name(kept: list[Cand], body: str) -> list[Cand]:
    """One name, one type in an article. A person mention with the text of an organization mention
    is that organization ("the group Name said" ... "said Name"); a one-word organization the model
    guessed that is a word of a full person name found elsewhere is that person ("Jane Roe" ... "Jane")."""
    kept = _joined_to_an_org(kept, body)
    texts = [norm(body[c.start:c.end]) for c in kept]
    org_names = {t for c, t in zip(kept, texts) if c.etype == "organization"}
    name_words = {w for c, t in zip(kept, texts) if c.etype == "person" and len(t.split()) > 1 for w in t.split()}
    out = []
    for c, t in zip(kept, texts):
        if c.etype == "person" and t in org_names:
            c = replace(c, etype="organization", label=c.label + "->org-elsewhere")
        elif c.etype == "organization" and c.label in MODEL_GUESSES and " " not in t and t in name_words:
            c = replace(c, etype="person", label=c.label + "->person-elsewhere")
        out.append(c)
    return out


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
            add(eid, lambda: Entity(eid, "location", name, cc, _unknown_kind(name, c)), c)
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


def _unknown_kind(name: str, c: Cand) -> str:
    """The kind of a place the gazetteer does not know: the rule's kind word ("X city", "X province"), else a region
    when a compass point begins a name of two words or more ("South Tarvok", "West Halmera": an administrative
    division named by its bearing; seeds/entity_words.csv admin_bearing), else a city."""
    words = name.split()
    if c.kind_hint and (c.kind_hint != "city" or not c.label.isupper()):   # (NER labels are upper case)
        return c.kind_hint   # "Tarvok province", "South Tarvok city"
    if len(words) > 1 and words[0].lower() in word_list("admin_bearing") and words[0][:1].isupper():
        return "region"
    return c.kind_hint or "city"

