"""Entities: persons, organizations and places from the spaCy NER plus rules and gazetteers.

The small English model is the recall backbone; its output is re-typed and completed with
  * an offline gazetteer (countries, nationality adjectives, ISO 3166-2 regions, GeoNames towns),
  * seed vocabularies (titles, role nouns, news agencies, generic groups, named bodies),
  * surface patterns (credit lines, "Long Name (ACR)", "X province", "A, B and C townships").
Only token text, tags and NER labels are used (no dependency parse), so the cost is linear in the
number of tokens. `extract_entities` returns one Entity per person/organization/place per article
and one Mention per occurrence; every offset indexes into `article.body`."""
from __future__ import annotations

import re
from collections import Counter

from ..ids import entity_id
from . import organizations as orgs
from . import persons
from .gazetteer import lookup_place, norm, tables
from .types import ArticleText, Entity, Mention
from .vocab import vocab
from .entity_spans import (
    adjust_ner_span, appositive_title_cue, FAMILY_NOUNS, SITE_ORG_HEADS, Cand, Context, ends_with_facility, EVENT_HEADS,
    followed_by_facility, glued, has_org_keyword, is_cap, loc_context, NAME_PARTICLES, org_cue_before,
    org_is_person, P_ACRONYM_DEF, P_NER, P_PLACE_KIND, split_of_org, strip_trailing_roles, token_cand,
    trailing_person, trim_span,
)
from .place_rules import dateline_cands, gazetteer_cands, kind_of_cands, place_kind_cands, scan_countries
from .credit_rules import agency_cands, credit_cands, known_org_cands
from .org_rules import acronym_defs, build_orgs, keyword_org_cands, lowercase_bodies, org_cue_after_cands
from .person_rules import role_person_cands, surname_cands


def merge_adjacent_persons(doc) -> list:
    """Two PERSON spans with nothing but a space between them are one name ("Zine El" "Abidine Ben Ali")."""
    out = []
    for ent in doc.ents:
        if out and ent.label_ == "PERSON" and out[-1].label_ == "PERSON" and out[-1].end == ent.start \
                and "\n" not in doc[ent.start - 1].whitespace_:
            out[-1] = doc[out[-1].start:ent.end]
            out[-1].label_ = "PERSON"
            continue
        out.append(ent)
    return out


def _ner_cands(doc, ctx: Context, acr_groups: dict[str, str]) -> list[Cand]:
    v = vocab()
    t = tables()
    out = []
    ent_tokens = {k for ent in doc.ents for k in range(ent.start, ent.end)}
    for ent in merge_adjacent_persons(doc):
        label = ent.label_
        if label not in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}:
            continue
        guess = {"PERSON": "person", "ORG": "organization"}.get(label, "location")
        s, e = adjust_ner_span(doc, ent.start, ent.end, label, ent_tokens)
        s, e = trim_span(doc, s, e, guess)
        if label not in {"PERSON", "GPE", "LOC", "FAC"}:
            e = strip_trailing_roles(doc, s, e)
            s, e = trim_span(doc, s, e, guess)
        if label in {"ORG", "PERSON", "GPE", "LOC"}:
            while e - 1 > s and doc[e - 1].is_alpha and doc[e - 1].text.islower() and doc[e - 1].lower_ not in NAME_PARTICLES:
                e -= 1  # "BelTA news agency" -> "BelTA"; "Gunshots rang" -> "Gunshots"
        if e <= s:
            continue  # trimmed away: a lower-case word the model took for a name ("hns")
        if doc[s].lower_ in v.facility_prefixes and e - s > 1:
            continue  # "Plaza Italia", "Rue de Rivoli": a site
        if label == "PERSON" and not any(doc[k].tag_ in {"NNP", "NNPS"} for k in range(s, e)):
            continue  # "Gunshots": a plural common noun at a sentence start
        if label != "PERSON" and all(persons.is_title(doc[k].text) or doc[k].lower_ in v.roles for k in range(s, e)):
            continue  # "Supreme" (Leader), "Chief"
        if label in {"ORG", "GPE"} and not has_org_keyword(doc, s, e):
            s2 = s
            while s2 - 1 >= 0 and s2 - 1 not in ent_tokens and doc[s2 - 1].tag_ == "NNP" and doc[s2 - 1].is_alpha \
                    and is_cap(doc[s2 - 1]) and not persons.is_title(doc[s2 - 1].text) and doc[s2 - 1].lower_ not in v.roles:
                s2 -= 1
            if s2 < s and appositive_title_cue(doc, s2):
                out.append(token_cand(doc, s2, e, "person", label + "->person", P_NER))
                continue  # ", Jane [Roe]," after a job title: the model saw only part of the name
        if label in {"EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}:
            if not has_org_keyword(doc, s, e) or label == "LAW":
                continue
            label = "ORG"  # "Iran Human Rights" tagged EVENT
        text = ctx.toks.span_text(s, e)
        key = norm(text)
        if not key or not any(ch.isupper() for ch in text) or key in v.non_entities:
            continue
        if doc[s].idx < ctx.headline_end and ctx.body.count(text) < 2 and label in {"ORG", "PERSON"} \
                and not (v.agencies.get(text) or v.known_org_regex.fullmatch(text) or lookup_place(text, ctx.cc)):
            continue  # a Title Case headline: capitals say nothing, trust only names the body repeats
        if doc[e - 1].lower_ in EVENT_HEADS:
            continue  # "Anger Week", "Bloody Friday Day"
        if label in {"GPE", "LOC", "FAC"} and any(ch.isdigit() for ch in text):
            continue  # road numbers ("N2"), "Ward 12"
        if label != "PERSON" and not has_org_keyword(doc, s, e) and any(tables().demonyms.get(doc[k].lower_) == "" for k in range(s, e)):
            continue  # "Local Baluchi": an ethnic or regional adjective
        if label == "ORG":
            cut = split_of_org(doc, s, e)
            if cut:
                out.append(token_cand(doc, s, cut[0], "organization", label, P_NER))
                out.append(token_cand(doc, cut[1], e, "organization", label, P_NER))
                continue
        # split "Name/AGENCY" credit chunks: handled by credit rules
        if "/" in text:
            continue
        if t.countries.get(key) or t.demonyms.get(key) is not None and not (
                label in {"GPE", "LOC"} and t.demonyms.get(key) == "" and lookup_place(text, ctx.cc)):
            continue  # countries come from the country scan ("Amhara" the region is kept)
        if key in v.generic_groups or orgs.strip_nationality(key) in v.generic_groups and label != "ORG":
            continue
        if orgs.strip_nationality(key) in v.generic_groups and orgs.strip_nationality(key) != key:
            continue
        if ends_with_facility(doc, s, e) and not has_org_keyword(doc, s, e):
            continue
        facility_next = followed_by_facility(doc, e)
        has_kw = has_org_keyword(doc, s, e)
        # acronyms/agencies first
        if text in acr_groups:
            continue  # covered by the acronym rule
        agency = v.agencies.get(text) or v.agency_by_norm.get(key)
        if agency and not agency.needs_context:
            continue  # the agency scan covers it
        if agency:  # an outlet named like a word or a town ("Dawn", "Jowhar"): the agency scan decides, or the gazetteer
            place = lookup_place(text, ctx.cc)
            if place and place.kind != "country" and (place.country_code in ctx.cc or loc_context(doc, s)):
                out.append(token_cand(doc, s, e, "location", label, P_NER, place=place))
            continue
        if e < len(doc) and doc[e].text.islower() and doc[e].lower_ in SITE_ORG_HEADS \
                and not lookup_place(text, ctx.cc):
            out.append(token_cand(doc, s, e + 1, "organization", label + "->org", P_NER))
            continue  # "Erdogan hospital"
        if label in {"GPE", "LOC", "FAC"}:
            if facility_next and followed_by_facility(doc, e, lookup_place(text, ctx.cc), ctx) or label == "FAC" and not has_kw:
                continue
            if has_kw and label != "GPE":
                out.append(token_cand(doc, s, e, "organization", label, P_NER))
                continue
            place = lookup_place(text, ctx.cc)
            if place and ctx.cc and place.country_code not in ctx.cc and place.kind == "city" and place.population < 100000:
                place = None  # a small namesake abroad: keep the place, but unresolved
            if place:
                out.append(token_cand(doc, s, e, "location", label, P_NER, place=place))
            elif label == "GPE" and not has_kw:
                if e - s == 1 and key in ctx.lower_words:
                    continue
                who_next = e + 1 < len(doc) and (doc[e].lower_ == "who" or doc[e].text == "," and doc[e + 1].lower_ == "who")
                if key in ctx.person_words or (e - s > 1 and key.split()[-1] in ctx.person_words) or who_next \
                        or (e - s > 1 and (appositive_title_cue(doc, s) or org_is_person(doc, s, e, ctx, by_shape=False))):
                    out.append(token_cand(doc, s, e, "person", label + "->person", P_NER))
                    continue
                out.append(token_cand(doc, s, e, "location", label, P_NER, kind_hint="city"))
            continue
        if label == "NORP":
            continue
        # PERSON / ORG
        if facility_next and not has_kw:
            continue
        place = None if has_kw else lookup_place(text, ctx.cc)
        titled = s > 0 and (persons.is_title(doc[s - 1].text) or doc[s - 1].lower_ in v.roles)
        if place and (titled or label == "PERSON" and not place.primary and not loc_context(doc, s)):
            place = None  # "Dr. Amani" is not Amman (an alternate spelling) nor any town
        if place and place.kind != "country" and not (key in ctx.person_words and e - s == 1):
            loc = loc_context(doc, s)
            in_cc = place.country_code in ctx.cc
            if label == "PERSON" and len(text.split()) > 1 and not (place.kind == "region" or loc):
                pass  # a two-word personal name that is also a village name
            elif place.kind == "region" or loc or (in_cc and place.population >= 5000) or place.population >= 100000:
                out.append(token_cand(doc, s, e, "location", label, P_NER, place=place))
                continue
        if label in {"PERSON", "ORG"} and not has_kw and e - s <= 3 and org_cue_before(doc, s) and key not in ctx.person_words:
            out.append(token_cand(doc, s, e, "organization", label + "->org", P_NER))
            continue  # "his party, X,", "the news site X"
        if e - s == 1 and key in ctx.org_first_words and key not in ctx.person_words:
            out.append(token_cand(doc, s, e, "organization", label + "->org", P_NER))
            continue  # "Pastef" next to "Pastef-Les Patriotes"
        if label == "PERSON":
            if e < len(doc) and doc[e].lower_ in FAMILY_NOUNS:
                continue  # "the X clan": a family, not a person mention
            if e - s > 1 and tables().countries.get(doc[e - 1].lower_) and not has_kw:
                out.append(token_cand(doc, s, e, "organization", "PERSON->org", P_NER))
                continue  # "Amnesty Senegal"
            if has_kw:
                out.append(token_cand(doc, s, e, "organization", label, P_NER))
                continue
            if orgs.is_acronym(text):
                out.append(token_cand(doc, s, e, "organization", label, P_NER))
                continue
            if e - s == 1 and key in ctx.lower_words:
                continue  # "Gunfire", "Riot": a common word capitalized at a sentence start
            if place is None and e - s == 1 and loc_context(doc, s) and doc[s - 1].lower_ in {"in", "at", "near"} \
                    and key not in ctx.person_words:
                out.append(token_cand(doc, s, e, "location", label, P_NER, kind_hint="city"))
                continue
            out.append(token_cand(doc, s, e, "person", label, P_NER))
            continue
        # ORG
        split = None if has_kw else trailing_person(doc, s, e)
        if split is not None:
            out.append(token_cand(doc, split, e, "person", "ORG->person", P_NER))
            continue  # "Interior of Chile Jane Roe": a job description and a name
        if not has_kw and org_is_person(doc, s, e, ctx):
            out.append(token_cand(doc, s, e, "person", "ORG->person", P_NER))
            continue
        if re.match(r"^\d", text):
            continue  # "86th Gate"
        out.append(token_cand(doc, s, e, "organization", label, P_NER))
    return out


def _resolve(cands: list[Cand]) -> list[Cand]:
    """Keep the best candidate for each stretch of text; country mentions are a separate layer."""
    kept: list[Cand] = []
    countries = [c for c in cands if c.label in {"country", "demonym"}]
    others = sorted((c for c in cands if c.label not in {"country", "demonym"}),
                    key=lambda c: (-c.prio, -(c.end - c.start), c.start))
    occupied = bytearray(max((c.end for c in cands), default=0) + 1)
    for c in others:
        if any(occupied[c.start:c.end]):
            continue
        kept.append(c)
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    person_ranges = [c for c in kept if c.etype == "person"]
    for c in countries:
        if any(p.start <= c.start and c.end <= p.end for p in person_ranges):
            continue
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def _build(kept: list[Cand], body: str, ctx: Context) -> tuple[list[Entity], list[Mention]]:
    v = vocab()
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


def _regions_named_like_countries(doc, country_cands: list[Cand], ctx: Context) -> list[Cand]:
    """'Georgia' next to Minnesota and Texas is the US state; 'Niger' among Nigerian states is Niger
    State: a country named only by that name, in an article whose other places are in another named
    country that has a region of that name, is that region."""
    by_cc: dict[str, list[Cand]] = {}
    for c in country_cands:
        by_cc.setdefault(c.place.country_code, []).append(c)
    out = list(country_cands)
    for cc, cands in by_cc.items():
        texts = {ctx.body[c.start:c.end] for c in cands}
        if len(texts) != 1 or any(c.label != "country" for c in cands):
            continue
        others = frozenset(ctx.countries) - {cc}
        if not others:
            continue
        region = lookup_place(next(iter(texts)), others, prefer="region")
        if region is None or region.kind != "region" or region.country_code not in others:
            continue
        support = Counter()
        for ent in doc.ents:
            if ent.label_ in {"GPE", "LOC"} and ent.text not in texts:
                p = lookup_place(ent.text, others)
                if p is not None and p.country_code == region.country_code:
                    support[p.kind] += 1
        if support["region"] >= 1 or support["city"] >= 2:
            for c in cands:
                out[out.index(c)] = Cand(c.start, c.end, "location", "region-name", P_PLACE_KIND, place=region)
            del ctx.countries[cc]
    return out


def extract_entities(doc, article: ArticleText) -> tuple[list[Entity], list[Mention]]:
    body = article.body
    v = vocab()
    ctx = Context(doc, body)
    tk = ctx.toks
    ctx.lower_words = {low for low, text, alpha in zip(tk.lower, tk.text, tk.is_alpha) if alpha and text.islower()}
    person_spans = []
    ner_types: dict[int, str] = {}
    for ent in doc.ents:
        if ent.label_ == "ORG" and sum(t.is_alpha for t in ent if t.lower_ != "the") > 1:
            first = ent[1] if ent[0].lower_ == "the" and len(ent) > 2 else ent[0]
            if is_cap(first) and first.text.lower() not in v.org_keywords:
                ctx.org_first_words.add(first.lower_)
        for k in range(ent.start, ent.end):
            ner_types[k] = ent.label_
        if ent.label_ == "PERSON":
            person_spans.append((ent.start, ent.end))
            if ent.end - ent.start > 1:
                s, e = trim_span(doc, ent.start, ent.end, "person")
                ws = persons.name_words(ctx.toks.span_text(s, e))
                if len(ws) > 1:
                    ctx.person_words.update(ws[1:])

    ctx.ner_label = ner_types
    first_line = body.split("\n", 1)[0]
    words = [w for w in first_line.split() if w[:1].isalpha()]
    if words and sum(w[0].isupper() for w in words) / len(words) > 0.6:
        ctx.headline_end = len(first_line)  # Title Case headline: capitals say nothing there
    country_cands = _regions_named_like_countries(doc, scan_countries(doc, ctx, person_spans), ctx)
    country_tok: dict[int, str] = {}
    for c in country_cands:
        if c.label not in {"country", "demonym"}:
            continue
        for t in doc.char_span(c.start, c.end, alignment_mode="expand") or []:
            country_tok[t.i] = c.place.country_code
    taken_country = set(country_tok)

    cands: list[Cand] = list(country_cands)
    cands += credit_cands(doc, body, ctx)
    cands += agency_cands(doc, body)
    cands += known_org_cands(body)
    acr_cands, acr_groups = acronym_defs(doc, body, ctx)
    cands += acr_cands
    cands += lowercase_bodies(doc, ctx, country_tok)
    cands += org_cue_after_cands(doc, ctx, set(country_tok))
    cands += place_kind_cands(doc, ctx, taken_country)
    cands += dateline_cands(doc, ctx)
    cands += kind_of_cands(doc, ctx, set(country_tok))
    ner = _ner_cands(doc, ctx, acr_groups)
    cands += ner
    # acronyms defined in the article (or well known) used on their own
    for i, text in enumerate(tk.text):
        if text not in acr_groups and text not in v.acronyms:
            continue  # the common case: read the token only for a possible acronym
        t = doc[i]
        if t.text in acr_groups and not any(c.start == t.idx for c in acr_cands):
            g = acr_groups[t.text]
            if g.startswith("place:"):
                place = next((c.place for c in acr_cands if c.place and "place:" + c.place.key == g), None)
                cands.append(token_cand(doc, t.i, t.i + 1, "location", "acronym", P_ACRONYM_DEF, place=place))
            else:
                canon = next((c.org_canonical for c in acr_cands if c.group == g), None)
                cands.append(token_cand(doc, t.i, t.i + 1, "organization", "acronym", P_ACRONYM_DEF, org_canonical=canon, group=g))
        elif t.text in v.acronyms and t.text not in acr_groups and t.text.isupper() and t.ent_type_ not in {"GPE", "PERSON"} \
                and not glued(doc, t.i) and not (t.i + 1 < len(doc) and glued(doc, t.i + 1)) \
                and not tables().countries.get(norm(t.text)):
            cands.append(token_cand(doc, t.i, t.i + 1, "organization", "acronym-seed", P_NER - 1, org_canonical=v.acronyms[t.text]))
    covered = set()
    for c in cands:
        if c.label in {"country", "demonym"}:
            covered.update(country_tok.keys())
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None:
            covered.update(range(span.start, span.end))
    covered.update(country_tok)
    cands += role_person_cands(doc, ctx, covered)
    for c in cands:
        if c.etype == "person":
            ws = persons.name_words(body[c.start:c.end])
            if len(ws) > 1 and len(ws[-1]) > 2 and tables().demonyms.get(ws[-1]) is None and not tables().countries.get(ws[-1]):
                ctx.surnames.add(ws[-1])
    cands += surname_cands(doc, ctx, covered)
    cands += keyword_org_cands(doc, ctx, covered)
    cands += gazetteer_cands(doc, ctx, covered)
    kept = _resolve(cands)
    return _build(kept, body, ctx)
