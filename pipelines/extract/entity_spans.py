"""Shared pieces of the entity rules: the candidate record, per-article context, token tests and
context cues (locative prepositions, titles, site nouns). Only token text, fine tags and NER labels
are read, never the dependency parse."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from . import organizations as orgs
from . import persons
from .gazetteer import lookup_place, Place, tables
from .vocab import name_particles, vocab, word_list
from .tokens import glued, is_cap, sentence_start, TokenTable


LOC_PREPS = word_list("loc_prep")
COMPASS = word_list("compass")
SPEECH_VERBS = word_list("speech_verb")
REPORT_CUES_BEFORE = word_list("report_cue_before")
CREDIT_WORDS = r"(?:Photo|Picture|Image|Photograph|Credit|Pic)s?"   # the words a photo credit opens with
REPORT_CUES_AFTER = word_list("report_cue_after")
EVENT_HEADS = word_list("event_head")
ORG_CUE_NOUNS = word_list("org_cue_noun")
DETERMINERS = word_list("determiner")
NAME_PARTICLES = name_particles("in_span")
LEAD_PARTICLES = name_particles("opens_span")  # lower case, yet may open a name
SITE_ORG_HEADS = word_list("site_org_head")
FAMILY_NOUNS = word_list("family_noun")
# "team", "squad": a collective noun that ends no personal name ("the X team", "KESTREL Team")
SQUAD_NOUNS = word_list("collective_head") - word_list("org_cue_after")
PARENT_BODY_HEADS = word_list("parent_body_head")
PERSON_PREFIXES = word_list("person_prefix")
SITE_GAP_WORDS = word_list("site_gap_word")
LIST_JOINERS = word_list("list_joiner")
SPAN_JOINERS = word_list("span_joiner")
ORG_LINK_PREPS = word_list("org_link_prep")


P_CREDIT, P_ACRONYM_DEF, P_RULE_ORG, P_AGENCY, P_PLACE_KIND, P_NER, P_RULE_PERSON, P_GAZ = 90, 85, 80, 75, 70, 50, 45, 40


@dataclass
class Cand:
    start: int                 # char offsets into the body
    end: int
    etype: str                 # person | organization | location
    label: str                 # NER label or rule name
    prio: int
    place: Place | None = None
    org_canonical: str | None = None   # the organization's full name when a rule knows it
    group: str | None = None           # mentions sharing a group are one entity (acronym <-> expansion)
    kind_hint: str | None = None       # location_kind when the place is not in the gazetteer


@dataclass
class Context:
    doc: object
    body: str
    countries: Counter = field(default_factory=Counter)
    person_words: set = field(default_factory=set)   # words of multi-word PERSON names (surname evidence)
    surnames: set = field(default_factory=set)       # last words of multi-word PERSON names
    lower_words: set = field(default_factory=set)     # words that occur in lower case in the article
    org_first_words: set = field(default_factory=set)  # first words of multi-word ORG names
    ner_label: dict = field(default_factory=dict)      # token index -> NER label
    headline_end: int = 0                              # char offset where a Title-Case headline ends

    @cached_property
    def toks(self) -> TokenTable:
        """The doc's token attributes, read once per article and shared by the rules."""
        return TokenTable.of(self.doc)

    @property
    def cc(self) -> frozenset:
        return frozenset(self.countries)

    def main_country(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None


def loc_context(doc, i: int) -> bool:
    """Is token i preceded by a locative preposition, possibly across a list of other names
    ("in Dijon and Beaune", "in northern Kachin")?"""
    j = i - 1
    steps = 0
    while j >= 0 and steps < 10:
        t = doc[j]
        low = t.lower_
        if low in LOC_PREPS and low not in LIST_JOINERS:
            return True
        if low in SPAN_JOINERS or low in COMPASS or is_cap(t) or low in {"'s", "’s"}:
            j -= 1
            steps += 1
            continue
        return False
    return False


def followed_by_facility(doc, end: int, lower_ok_place: Place | None = None, ctx: Context | None = None) -> bool:
    """Is the span ending before token `end` followed by a site noun ("X Square", "X shopping centre")?
    A town of the article's countries before a lower-case site noun is still the town ("Almaty airport")."""
    fac = vocab().facility_words
    for k in (0, 1):
        if end + k >= len(doc):
            return False
        t = doc[end + k]
        if t.lower_.rstrip(".") in fac:
            if lower_ok_place is not None and ctx is not None and t.text.islower() and lower_ok_place.primary \
                    and lower_ok_place.country_code in ctx.cc:
                return False
            return True
        if k == 0 and not (t.is_alpha and t.text.islower() and t.lower_ not in SITE_GAP_WORDS):
            return False
    return False


def ends_with_facility(doc, s: int, e: int) -> bool:
    return e > s and doc[e - 1].lower_.rstrip(".") in vocab().facility_words and e - s > 1


def has_org_keyword(doc, s: int, e: int) -> bool:
    kw = vocab().org_keywords
    return any(doc[k].text.lower() in kw and is_cap(doc[k]) for k in range(s, e))


def trim_span(doc, s: int, e: int, etype: str) -> tuple[int, int]:
    """Drop determiners, titles (persons), possessives and punctuation at the edges of a span."""
    v = vocab()
    while s < e:
        t = doc[s]
        low = t.lower_
        if low in DETERMINERS or t.is_punct or t.is_space:
            s += 1
            continue
        if etype == "person" and (persons.is_title(t.text) or low in v.roles or low in PERSON_PREFIXES
                                  or low in v.title_prefixes and s + 1 < e and (persons.is_title(doc[s + 1].text)
                                                                                or doc[s + 1].lower_ in v.title_prefixes)):
            # keep a title word when nothing name-like would be left
            if s + 1 < e:
                s += 1
                continue
        if etype != "organization" and t.text.islower() and t.is_alpha and low not in LEAD_PARTICLES:
            s += 1
            continue
        break
    while e > s:
        t = doc[e - 1]
        if t.text in {"'s", "’s", "'", "’", "s"} and e - 1 > s or t.is_punct and t.text not in {")", "."} or t.is_space:
            e -= 1
            continue
        if t.text == "." and not (e - 1 > s and len(doc[e - 2].text) <= 3):
            e -= 1
            continue
        if t.text == ")" and "(" not in doc[s:e].text:
            e -= 1
            continue
        break
    return s, e


def adjust_ner_span(doc, s: int, e: int, label: str, ent_tokens: set[int]) -> tuple[int, int]:
    """Cut at a line break; take in hyphen compounds the model split ("Gilgit"-"Baltistan House");
    extend ORG over a head word it missed ("Union for [the Renewal of Farming]") and PERSON over
    name words it missed ("[Aung San] Suu Kyi")."""
    v = vocab()
    for k in range(s, e):
        if "\n" in doc[k].text or (k < e - 1 and "\n" in doc[k].whitespace_):
            e = k + (0 if "\n" in doc[k].text else 1)
            break
    n = len(doc)
    j = e
    while j + 1 < n and doc[j].text in {"-", "–"} and glued(doc, j) and glued(doc, j + 1) and doc[j + 1].is_alpha:
        j += 2
        if is_cap(doc[j - 1]):
            e = j  # "Gilgit"-"Baltistan", "Croix"-"des-Bouquets"; not "Norway"-"based"
    if label == "ORG":
        k = s
        if k < n and doc[k].lower_ == "the":
            k += 1
        if e + 1 < n and doc[e].lower_ == "of" and doc[e + 1].ent_type_ == "GPE" and doc[e + 1].ent_iob_ == "B":
            j = e + 2
            while j < n and doc[j].ent_iob_ == "I" and doc[j].ent_type_ == "GPE":
                j += 1
            e = j  # "the Law Society" + "of Kenya"
        if s >= 2 and doc[s - 1].lower_ in ORG_LINK_PREPS and doc[s - 2].text.lower() in v.org_keywords and is_cap(doc[s - 2]):
            s -= 2
            while s - 1 >= 0 and is_cap(doc[s - 1]) and doc[s - 1].tag_ in {"NNP", "NNPS"} and not sentence_start(doc, s):
                s -= 1
    if label == "PERSON":
        t = tables()
        while s - 1 >= 0 and s - 1 not in ent_tokens and is_cap(doc[s - 1]) and doc[s - 1].is_alpha \
                and doc[s - 1].tag_ == "NNP" and not sentence_start(doc, s - 1) and not persons.is_title(doc[s - 1].text) \
                and doc[s - 1].lower_ not in v.roles and doc[s - 1].text.lower() not in v.org_keywords \
                and t.demonyms.get(doc[s - 1].lower_) is None and not t.countries.get(doc[s - 1].lower_) \
                and not lookup_place(doc[s - 1].text):
            s -= 1  # "organiser [Ana] Paula": the model began one name word late
        while e < n and e not in ent_tokens and is_cap(doc[e]) and doc[e].is_alpha and doc[e].tag_ == "NNP" \
                and doc[e].text.lower() not in v.org_keywords and doc[e].lower_ not in v.facility_words and not glued(doc, e):
            e += 1
    if label in {"ORG", "PERSON"} and e - 1 > s and doc[e - 1].lower_ in orgs.FUNCTION_WORDS \
            and doc[e - 1].lower_ != "the":
        j = e
        while j < n and is_cap(doc[j]) and doc[j].is_alpha and not sentence_start(doc, j):
            j += 1
        e = j  # "Comando Con" + "Venezuela": a name does not end in a function word
    return s, e


def strip_trailing_roles(doc, s: int, e: int) -> int:
    """'Iran Human Rights Director' -> 'Iran Human Rights'; 'Police Spokesman' -> 'Police'."""
    v = vocab()
    while e - 1 > s and (doc[e - 1].lower_ in v.roles or persons.is_title(doc[e - 1].text)):
        e -= 1
    return e


def span_text(doc, s: int, e: int) -> str:
    return doc[s:e].text if e > s else ""


def token_cand(doc, s, e, etype, label, prio, **kw) -> Cand:
    if e <= s:
        e = s + 1  # never produce an empty mention
    return Cand(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), etype, label, prio, **kw)


def char_cand(start, end, etype, label, prio, **kw) -> Cand:
    return Cand(start, end, etype, label, prio, **kw)
