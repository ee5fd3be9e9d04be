"""NER rules that drop a span or settle it early: sites, titles alone, event names, countries (the
country scan has them), generic groups, credit chunks, acronyms and agencies other rules cover.
Each takes a `NerSpan` and returns None, a list of candidates, or a changed span (see ner_rules)."""
from __future__ import annotations

import re
from dataclasses import replace

from . import organizations as orgs
from . import persons
from .entity_spans import CREDIT_WORDS, ends_with_facility, EVENT_HEADS, loc_context, SITE_ORG_HEADS
from .tokens import is_cap
from .name_cues import account_label, appositive_title_cue, org_cue_before, role_after, split_of_org
from .gazetteer import lookup_place, tables
from .vocab import vocab, word_list

JOINING = word_list("conjunction_between_names")

DROP: list = []  # returned, never changed: the span yields no candidate


def site_prefix(sp):
    """"Plaza Italia", "Rue de Rivoli": a site."""
    if sp.doc[sp.s].lower_ in vocab().facility_prefixes and sp.e - sp.s > 1:
        return DROP


def person_without_proper_noun(sp):
    """"Gunshots" tagged PERSON: a plural common noun at a sentence start."""
    if sp.label == "PERSON" and not any(sp.doc[k].tag_ in {"NNP", "NNPS"} for k in range(sp.s, sp.e)):
        return DROP


def letter_name(sp):
    """"Gen Zs", "Gen Z" (the title "Gen." trimmed off): one letter, or its plural, names no person."""
    if sp.label == "PERSON" and sp.e - sp.s == 1 and persons.letter_name(sp.text):
        return DROP


def handle_or_hashtag(sp):
    """"@name", "#SomeSlogan": a social-media handle or a hashtag is no entity; nor is the display name
    of an account written before its handle ("Jane Roe (@janeroe)"), a label the account chose."""
    start, body = sp.doc[sp.s].idx, sp.ctx.body
    if "@" in sp.text or "#" in sp.text or start > 0 and body[start - 1] in "@#":
        return DROP
    end = sp.doc[sp.e - 1].idx + len(sp.doc[sp.e - 1].text)
    if sp.label == "PERSON" and account_label(body, end):
        return DROP


def cut_word(sp):
    """A name cut by the end of a truncated text ("... ten times Jaka", no space or mark after it): no
    whole word, no entity; after a title ("... Prime Minister Jane") it is a name even if cut."""
    doc, s, last = sp.doc, sp.s, sp.doc[sp.e - 1]
    end, body = last.idx + len(last.text), sp.ctx.body
    if sp.e - s == 1 and end + 8 >= len(body) and not body[end:].strip() and last.is_alpha \
            and not (s > 0 and (persons.is_title(doc[s - 1].text) or doc[s - 1].lower_ in vocab().roles)):
        return DROP


def plural_nationality(sp):
    """"Bangladeshis", "Kenyans": a nationality in the plural names people, not a person or body."""
    demonyms = tables().demonyms
    if sp.e - sp.s == 1 and sp.key.endswith("s") and (demonyms.get(sp.key[:-1]) is not None
                                                      or sp.key.endswith("es") and demonyms.get(sp.key[:-2]) is not None):
        return DROP


def only_titles(sp):
    """"Supreme" (Leader), "Chief": titles and role nouns alone."""
    v = vocab()
    if sp.label != "PERSON" and all(persons.is_title(sp.doc[k].text) or sp.doc[k].lower_ in v.roles
                                    for k in range(sp.s, sp.e)):
        return DROP


def appositive_person(sp):
    """", Jane [Roe]," after a job title: the model saw only part of the name."""
    if sp.label not in {"ORG", "GPE"} or sp.has_kw:
        return None
    doc, v = sp.doc, vocab()
    s2 = sp.s
    while s2 - 1 >= 0 and s2 - 1 not in sp.ent_tokens and doc[s2 - 1].tag_ == "NNP" and doc[s2 - 1].is_alpha \
            and is_cap(doc[s2 - 1]) and not persons.is_title(doc[s2 - 1].text) and doc[s2 - 1].lower_ not in v.roles:
        s2 -= 1
    if s2 < sp.s and appositive_title_cue(doc, s2):
        return [sp.cand("person", sp.label + "->person", s=s2)]
    return None


def retype_event(sp):
    """"Iran Human Rights" tagged EVENT is an organization; other events, works and laws are dropped."""
    if sp.label not in {"EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}:
        return None
    if sp.label != "LAW" and not sp.has_kw and sp.e - sp.s <= 4 and role_after(sp.doc, sp.e) \
            and all(sp.doc[k].tag_ == "NNP" for k in range(sp.s, sp.e)):
        return [sp.cand("person", sp.label + "->person")]   # "said Amaru, a student": a name
    if sp.label != "LAW" and sp.e - sp.s <= 3 and org_cue_before(sp.doc, sp.s):
        return [sp.cand("organization", sp.label + "->org")]   # 'the ruling party "Velmor Unity"'
    if not sp.has_kw or sp.label == "LAW":
        return DROP
    return replace(sp, label="ORG")


def no_name(sp):
    """No capital letter, a name listed in seeds/non_entities.csv, or only a day or time word ("Thursday",
    which the small model tags as a person: entity_words time_word)."""
    if not sp.key or not any(ch.isupper() for ch in sp.text) or sp.key in vocab().non_entities \
            or sp.key in word_list("time_word"):
        return DROP


def headline_only(sp):
    """In a Title Case headline capitals say nothing: trust only names the body repeats or knows."""
    v, ctx = vocab(), sp.ctx
    if sp.doc[sp.s].idx < ctx.headline_end and ctx.body.count(sp.text) < 2 and sp.label in {"ORG", "PERSON"} \
            and not (v.agencies.get(sp.text) or v.known_org_regex.fullmatch(sp.text) or lookup_place(sp.text, ctx.cc)):
        return DROP


def event_name(sp):
    """"Anger Week", "Bloody Friday Day"."""
    if sp.doc[sp.e - 1].lower_ in EVENT_HEADS:
        return DROP


def numbered_place(sp):
    """Road numbers ("N2"), "Ward 12"."""
    if sp.label in {"GPE", "LOC", "FAC"} and any(ch.isdigit() for ch in sp.text):
        return DROP


def ethnic_adjective(sp):
    """"Local Baluchi": an ethnic or regional adjective."""
    demonyms = tables().demonyms
    if sp.label != "PERSON" and not sp.has_kw and any(demonyms.get(sp.doc[k].lower_) == "" for k in range(sp.s, sp.e)):
        return DROP


def org_of_org(sp):
    """"Media Studies Centre of the University of X": two organizations."""
    if sp.label != "ORG":
        return None
    cut = split_of_org(sp.doc, sp.s, sp.e)
    if cut:
        return [sp.cand("organization", e=cut[0]), sp.cand("organization", s=cut[1])]
    return None


def two_orgs_joined(sp):
    """"Name y Laboratorio de Name": a Spanish or Portuguese "and" before an organization head word
    joins two organizations (one name such as "Justicia y Paz" has no head word after it)."""
    if sp.label not in {"ORG", "PERSON"}:
        return None
    doc, kw = sp.doc, vocab().org_keywords
    for k in range(sp.s + 1, sp.e - 1):
        if doc[k].text in JOINING and doc[k + 1].text.lower() in kw and is_cap(doc[k + 1]) and is_cap(doc[k - 1]):
            return [sp.cand("organization", "ORG-and-ORG", e=k), sp.cand("organization", "ORG-and-ORG", s=k + 1)]
    return None


_CREDIT_LEAD = re.compile("^" + CREDIT_WORDS + r"\s*:")


def credit_chunk(sp):
    """"Name/AGENCY", "Photo: Social media": the credit rules read these."""
    if "/" in sp.text or _CREDIT_LEAD.match(sp.text):
        return DROP


def country_name(sp):
    """Countries and nationalities come from the country scan ("Amhara" the region is kept)."""
    t = tables()
    if t.countries.get(sp.key) or t.demonyms.get(sp.key) is not None and not (
            sp.label in {"GPE", "LOC"} and t.demonyms.get(sp.key) == "" and lookup_place(sp.text, sp.ctx.cc)):
        return DROP


def generic_group(sp):
    """"Police", "Kenyan Police": generic groups (seeds/generic_groups.csv), with or without a nationality."""
    groups = vocab().generic_groups
    bare = orgs.strip_nationality(sp.key)
    if sp.key in groups or bare in groups and (sp.label != "ORG" or bare != sp.key):
        return DROP


def site_name(sp):
    """"Tahrir Square": a name ending in a site noun."""
    if ends_with_facility(sp.doc, sp.s, sp.e) and not sp.has_kw:
        return DROP


def defined_acronym(sp):
    """An acronym the article defines: the acronym rule covers it."""
    if sp.text in sp.acr_groups:
        return DROP


def agency_name(sp):
    """A news agency: the agency scan covers it; an outlet named like a town ("Jowhar") may be the town."""
    v = vocab()
    agency = v.agencies.get(sp.text) or v.agency_by_norm.get(sp.key)
    if not agency:
        return None
    if agency.needs_context:
        place = lookup_place(sp.text, sp.ctx.cc)
        if place and place.kind != "country" and (place.country_code in sp.ctx.cc or loc_context(sp.doc, sp.s)):
            return [sp.cand("location", place=place)]
    return DROP


def site_org(sp):
    """"Erdogan hospital": a name before a lower-case institution noun is that institution."""
    doc, e = sp.doc, sp.e
    if e < len(doc) and doc[e].text.islower() and doc[e].lower_ in SITE_ORG_HEADS \
            and not lookup_place(sp.text, sp.ctx.cc):
        return [sp.cand("organization", sp.label + "->org", e=e + 1)]
    return None
