"""NER rules that type a span: places by the gazetteer, persons and organizations by cues around
the name. Each takes a `NerSpan` and returns None, a list of candidates, or a changed span."""
from __future__ import annotations

import re
from dataclasses import replace

from . import organizations as orgs
from . import persons
from .entity_spans import FAMILY_NOUNS, followed_by_facility, loc_context, SQUAD_NOUNS
from .name_cues import appositive_title_cue, org_cue_before, org_is_person, speaks, trailing_person
from .gazetteer import lookup_place, norm, tables
from .ner_filters import DROP
from .vocab import vocab, word_list

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TOWN_PREPS = word_list("town_prep")
COMPASS = word_list("compass")


# --- GPE, LOC, FAC, NORP ----------------------------------------------------------------------

def site_after_place(sp):
    """"X Square", "X shopping centre" (a town of the article before a lower-case site noun stays the
    town); a FAC without an organization word is a site."""
    if sp.label not in PLACE_LABELS:
        return None
    doc, e = sp.doc, sp.e
    if followed_by_facility(doc, e) and followed_by_facility(doc, e, lookup_place(sp.text, sp.ctx.cc), sp.ctx) \
            or sp.label == "FAC" and not sp.has_kw:
        return DROP


def place_with_keyword(sp):
    """A LOC or FAC holding an organization head word ("X University") is an organization."""
    if sp.label in {"LOC", "FAC"} and sp.has_kw:
        return [sp.cand("organization")]


def gazetteer_place(sp):
    """A place the gazetteer knows; a small namesake abroad is kept but left unresolved (below)."""
    if sp.label not in PLACE_LABELS:
        return None
    if sp.key in COMPASS:
        return DROP                        # "the South", "North": a direction, not a place's name
    place, cc = lookup_place(sp.text, sp.ctx.cc), sp.ctx.cc
    if place and cc and place.country_code not in cc and place.kind == "city" and place.population < 100000:
        place = None
    if place:
        return [sp.cand("location", place=place)]
    return None


def unknown_gpe_person(sp):
    """A GPE the gazetteer does not know: a lower-case word elsewhere is dropped; a surname of the
    article, "X, who", or a title before it make it a person."""
    if sp.label != "GPE" or sp.has_kw:
        return None
    doc, s, e, ctx, key = sp.doc, sp.s, sp.e, sp.ctx, sp.key
    if e - s == 1 and key in ctx.lower_words:
        return DROP
    who_next = e + 1 < len(doc) and (doc[e].lower_ == "who" or doc[e].text == "," and doc[e + 1].lower_ == "who")
    if key in ctx.person_words or (e - s > 1 and key.split()[-1] in ctx.person_words) or who_next \
            or (e - s > 1 and (appositive_title_cue(doc, s) or org_is_person(doc, s, e, ctx, by_shape=False))) \
            or (e - s == 1 and doc[s].tag_ == "NNP" and speaks(doc, s, e)):
        return [sp.cand("person", sp.label + "->person")]
    return None


_AFTER_TOWN = re.compile(r"\s*(?:[,.;:)]|(?:on|and|after|before|during|since|last|this|late|early|overnight)\b|$)")


def odd_label_town(sp):
    """"40 were detained in Dorsk on Sunday", "In Dorsk, 30 were hurt": one unknown capitalized word after "in" /
    "at" / "near" (town_prep) that the model tagged PRODUCT or NORP, with no nationality, country or
    organization word in it, unknown to the gazetteer, and nothing but a clause break, a day or "and" after it: a
    town, unresolved. Not a
    name the article uses as a surname, nor one followed by a noun ("in Marxist circles")."""
    doc, s = sp.doc, sp.s
    if sp.label not in {"PRODUCT", "NORP"} or sp.e - s != 1 or sp.has_kw or s == 0 or doc[s - 1].lower_ not in TOWN_PREPS \
            or doc[s].tag_ != "NNP" or not doc[s].is_title or sp.key in sp.ctx.person_words:
        return None
    t = tables()
    if sp.key in t.countries or sp.key in t.demonyms:
        return None
    if not _AFTER_TOWN.match(doc.text, doc[s].idx + len(doc[s].text)):
        return None
    if lookup_place(sp.text, sp.ctx.cc) is not None:
        return None   # "in Punjab" tagged NORP: the gazetteer's rule finds the place it knows
    return [sp.cand("location", "town-prep", kind_hint="city")]


def unknown_gpe_city(sp):
    """Any other unknown GPE: a town, unresolved."""
    if sp.label == "GPE" and not sp.has_kw:
        return [sp.cand("location", kind_hint="city")]


def other_place(sp):
    """A GPE with an organization word, or a LOC, that the gazetteer does not know."""
    if sp.label in PLACE_LABELS:
        return DROP


def nationality(sp):
    """NORP: the country scan reads nationalities."""
    if sp.label == "NORP":
        return DROP


# --- PERSON and ORG ---------------------------------------------------------------------------

def site_after_name(sp):
    """"X Square": a site."""
    if followed_by_facility(sp.doc, sp.e) and not sp.has_kw:
        return DROP


def named_like_place(sp):
    """A PERSON or ORG that is a place: a region, after a locative preposition, or a large enough town.
    "Dr. Amani" is not Amman, and a two-word personal name that is also a village stays a name."""
    doc, s, e, ctx = sp.doc, sp.s, sp.e, sp.ctx
    place = None if sp.has_kw else lookup_place(sp.text, ctx.cc)
    if place and sp.label == "ORG" and sp.text.isupper() and norm(place.name) == norm(sp.text):
        place = None                       # "the UN", "AP": an acronym, not the small town of the same letters
    titled = s > 0 and (persons.is_title(doc[s - 1].text) or doc[s - 1].lower_ in vocab().roles)
    if place and (titled or sp.label == "PERSON" and not place.primary and not loc_context(doc, s)):
        place = None
    if place and place.kind != "country" and not (sp.key in ctx.person_words and e - s == 1):
        loc = loc_context(doc, s)
        if sp.label == "PERSON" and len(sp.text.split()) > 1 and not (place.kind == "region" or loc):
            pass
        elif place.kind == "region" or loc or (place.country_code in ctx.cc and place.population >= 5000) \
                or place.population >= 100000:
            return [sp.cand("location", place=place)]
    return replace(sp, place=place)


def org_cue_name(sp):
    """"his party, X,", "the news site X"."""
    if not sp.has_kw and sp.e - sp.s <= 3 and org_cue_before(sp.doc, sp.s) and sp.key not in sp.ctx.person_words:
        return [sp.cand("organization", sp.label + "->org")]


def org_first_word(sp):
    """"Pastef" next to "Pastef-Les Patriotes": the first word of a longer organization name."""
    if sp.e - sp.s == 1 and sp.key in sp.ctx.org_first_words and sp.key not in sp.ctx.person_words:
        return [sp.cand("organization", sp.label + "->org")]


def family_name(sp):
    """"the X clan": a family, not a person mention; "the X team", "the X squad": a body of people
    named after a word (a collective noun; "the X group" is an organization, org_rules)."""
    if sp.label == "PERSON" and (sp.e < len(sp.doc) and (sp.doc[sp.e].lower_ in FAMILY_NOUNS
                                                        or sp.doc[sp.e].text in SQUAD_NOUNS)
                                 or sp.e - sp.s > 1 and sp.doc[sp.e - 1].lower_ in SQUAD_NOUNS):
        return DROP   # (and "KESTREL Team" tagged PERSON as a whole)


def org_named_for_country(sp):
    """"Amnesty Senegal": a PERSON ending in a country name is an organization's branch."""
    if sp.label == "PERSON" and sp.e - sp.s > 1 and tables().countries.get(sp.doc[sp.e - 1].lower_) and not sp.has_kw:
        return [sp.cand("organization", "PERSON->org")]


def person_with_keyword(sp):
    """A PERSON holding an organization head word."""
    if sp.label == "PERSON" and sp.has_kw:
        return [sp.cand("organization")]


def person_acronym(sp):
    """A PERSON written as an acronym."""
    if sp.label == "PERSON" and orgs.is_acronym(sp.text):
        return [sp.cand("organization")]


def capitalized_word(sp):
    """"Gunfire", "Riot": a common word capitalized at a sentence start (it occurs in lower case too)."""
    if sp.label == "PERSON" and sp.e - sp.s == 1 and sp.key in sp.ctx.lower_words:
        return DROP


def town_after_preposition(sp):
    """"in X" with one unknown word and no surname evidence: a town."""
    doc, s = sp.doc, sp.s
    if sp.label == "PERSON" and sp.place is None and sp.e - s == 1 and loc_context(doc, s) \
            and doc[s - 1].lower_ in TOWN_PREPS and sp.key not in sp.ctx.person_words:
        return [sp.cand("location", kind_hint="city")]


def person(sp):
    """Every other PERSON."""
    if sp.label == "PERSON":
        return [sp.cand("person")]


def job_and_name(sp):
    """"Interior of Chile Jane Roe": a job description and a name."""
    split = None if sp.has_kw else trailing_person(sp.doc, sp.s, sp.e)
    if split is not None:
        return [sp.cand("person", "ORG->person", s=split)]


def org_shaped_person(sp):
    """An ORG that is a person by its shape and context (see name_cues.org_is_person)."""
    if not sp.has_kw and org_is_person(sp.doc, sp.s, sp.e, sp.ctx):
        return [sp.cand("person", "ORG->person")]


def numbered_name(sp):
    """"86th Gate"."""
    if re.match(r"^\d", sp.text):
        return DROP


def organization(sp):
    """Every other ORG."""
    return [sp.cand("organization")]
