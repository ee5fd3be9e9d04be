"""The small model's entity spans as candidates: each span is trimmed once (`prepare`), then handed
to the rules of `NER_RULES` in that order. A rule returns None (no decision: the next rule looks),
a list of candidates (the decision; an empty list drops the span), or a changed span that the rules
after it see instead. The last rules always decide, so every span gets exactly one decision."""
from __future__ import annotations

from dataclasses import dataclass

from .entity_spans import (
    adjust_ner_span, Cand, Context, has_org_keyword, LOC_PREPS, NAME_PARTICLES, P_NER, strip_trailing_roles, token_cand,
    trim_span,
)
from .gazetteer import Place, norm
from .vocab import name_particles, vocab, word_list
from . import ner_filters as f
from . import ner_typing as t

TIME_WORDS = word_list("time_word")
STANCE_PREFIXES = word_list("stance_prefix")
BRIDGING_PARTICLES = name_particles("name_word")  # lower case only: "e", "dos", "de"
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})   # a plural possessive too ("the Bolivian Workers' Center")
NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})


@dataclass(frozen=True)
class NerSpan:
    """One NER span after trimming: token offsets [s, e), the model's label and what the rules read."""
    doc: object
    ctx: Context
    s: int
    e: int
    label: str
    text: str
    key: str                  # norm(text)
    has_kw: bool              # holds a capitalized organization head word
    acr_groups: dict          # acronyms defined in the article -> group
    ent_tokens: frozenset     # token indices inside any NER span
    place: Place | None = None  # set by `named_like_place` for the person rules after it

    def cand(self, etype: str, label: str | None = None, s: int | None = None, e: int | None = None, **kw) -> Cand:
        s, e = self.s if s is None else s, self.e if e is None else e
        if etype == "person" and self.label != "PERSON":
            s, e = trim_span(self.doc, s, e, "person")   # "General Okafor" tagged ORG: the title goes
        return token_cand(self.doc, s, e, etype, label or self.label, P_NER, **kw)


NER_RULES = (
    # spans that are no entity, or a site
    f.site_prefix, f.handle_or_hashtag, f.cut_word, f.letter_name, f.plural_nationality, f.person_without_proper_noun, f.only_titles, f.appositive_person, t.odd_label_town, f.retype_event, f.no_name,
    f.headline_only, f.event_name, f.numbered_place, f.ethnic_adjective, f.org_of_org, f.two_orgs_joined, f.credit_chunk,
    f.country_name, f.generic_group, f.site_name, f.defined_acronym, f.agency_name, f.site_org,
    # GPE / LOC / FAC / NORP
    t.site_after_place, t.place_with_keyword, t.gazetteer_place, t.unknown_gpe_person, t.unknown_gpe_city,
    t.other_place, t.nationality,
    # PERSON and ORG
    t.site_after_name, t.named_like_place, t.org_cue_name, t.org_first_word,
    t.family_name, t.org_named_for_country, t.person_with_keyword, t.person_acronym, t.capitalized_word,
    t.town_after_preposition, t.person,
    t.job_and_name, t.org_shaped_person, t.numbered_name, t.organization,
)


def merge_adjacent_persons(doc) -> list:
    """Two PERSON spans with nothing but a space between them are one name ("Zine El" "Abidine Ben Ali"),
    and so are two with one lower-case name particle between them ("Ana Maria" "dos" "Santos"). An ORG
    ending in a possessive and an ORG with a head word right after it are one body ("X's Health Directorate")."""
    out = []
    for ent in doc.ents:
        gap = ent.start - out[-1].end if out else -1
        bridged = gap == 1 and doc[ent.start - 1].text in BRIDGING_PARTICLES
        if out and ent.label_ == "PERSON" and out[-1].label_ == "PERSON" and (gap == 0 or bridged) \
                and "\n" not in doc[ent.start - 1].whitespace_ and "\n" not in doc[out[-1].end - 1].whitespace_:
            out[-1] = doc[out[-1].start:ent.end]
            out[-1].label_ = "PERSON"
            continue
        if out and ent.label_ == "ORG" and out[-1].label_ == "ORG" and gap == 0 \
                and doc[out[-1].end - 1].text in POSSESSIVES and has_org_keyword(doc, ent.start, ent.end):
            out[-1] = doc[out[-1].start:ent.end]  # "the Department of X's Health Directorate": one body
            out[-1].label_ = "ORG"
            continue
        out.append(ent)
    return out


def split_place_before_comma(doc, ents) -> list:
    """"in Besk, Lumen Watch said": the model ran a place after a locative preposition and the body named
    after the comma into one ORG span; the place (capitalized words, no organization head word) and the
    body are two spans."""
    out = []
    for ent in ents:
        s, e = ent.start, ent.end
        k = next((j for j in range(s + 1, min(e - 1, s + 4)) if doc[j].text == ","), None)
        if ent.label_ == "ORG" and k is not None and s > 0 and doc[s - 1].text.islower() \
                and doc[s - 1].lower_ in LOC_PREPS and all(t.is_title and t.tag_ == "NNP" for t in doc[s:k]) \
                and not has_org_keyword(doc, s, k):
            place, body = doc[s:k], doc[k + 1:e]
            place.label_, body.label_ = "GPE", "ORG"
            out += [place, body]
            continue
        out.append(ent)
    return out


def prepare(doc, ent, ent_tokens) -> tuple[int, int] | None:
    """The span's token offsets after trimming, or None when nothing is left."""
    label = ent.label_
    if label not in NER_LABELS:
        return None
    guess = {"PERSON": "person", "ORG": "organization"}.get(label, "location")
    s, e = adjust_ner_span(doc, ent.start, ent.end, label, ent_tokens)
    if label == "PERSON":
        for k in range(s + 1, e):
            if doc[k].text == "/" and not doc[k - 1].whitespace_:
                e = k   # "Jane Roe/Site.kz via AP": a photographer, then the agency of the credit
                break
    if label == "ORG" and e - s > 2 and doc[s + 1].lower_ == "of" and doc[s].lower_ in vocab().figures.people_nouns:
        s += 2     # "Students of X University", "Supporters of the X Party": the people are no part of the name
    k = s + (doc[s].lower_ == "the") if label == "ORG" else s
    if label == "ORG" and e - k > 3 and doc[k].lower_ in STANCE_PREFIXES and doc[k + 1].text == "-":
        s = k + 3  # "the pro-Kurdish Peoples' Party": a stance, not a word of the name
    s, e = trim_span(doc, s, e, guess)
    if label not in {"PERSON", "GPE", "LOC", "FAC"}:
        e = strip_trailing_roles(doc, s, e)
        s, e = trim_span(doc, s, e, guess)
    if label in {"ORG", "PERSON", "GPE", "LOC"}:
        while e - 1 > s and doc[e - 1].is_alpha and doc[e - 1].text.islower() and doc[e - 1].lower_ not in NAME_PARTICLES:
            e -= 1  # "BelTA news agency" -> "BelTA"; "Gunshots rang" -> "Gunshots"
    if label in {"ORG", "PERSON"}:
        for k in range(s + 1, e - 1):
            if doc[k].text.islower() and doc[k].lower_ in LOC_PREPS and doc[k + 1].lower_ in TIME_WORDS:
                e = k  # "the Parliament on Friday": a name never goes on into a day or month
                break
    return (s, e) if e > s else None  # trimmed away: a lower-case word the model took for a name


def decide(sp: NerSpan, rules=NER_RULES) -> list[Cand]:
    for rule in rules:
        verdict = rule(sp)
        if verdict is None:
            continue
        if isinstance(verdict, NerSpan):
            sp = verdict
            continue
        return verdict
    return []


def ner_cands(doc, ctx: Context, acr_groups: dict[str, str]) -> list[Cand]:
    ent_tokens = frozenset(k for ent in doc.ents for k in range(ent.start, ent.end))
    out: list[Cand] = []
    for ent in split_place_before_comma(doc, merge_adjacent_persons(doc)):
        se = prepare(doc, ent, ent_tokens)
        if se is None:
            continue
        s, e = se
        text = ctx.toks.span_text(s, e)
        out += decide(NerSpan(doc, ctx, s, e, ent.label_, text, norm(text), has_org_keyword(doc, s, e),
                              acr_groups, ent_tokens))
    return out
