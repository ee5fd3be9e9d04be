"""Entities: persons, organizations and places from the spaCy NER plus rules and gazetteers.

The small English model is the recall backbone; its output is re-typed and completed with
  * an offline gazetteer (countries, nationality adjectives, ISO 3166-2 regions, GeoNames towns),
  * seed vocabularies (titles, role nouns, news agencies, generic groups, named bodies),
  * surface patterns (credit lines, "Long Name (ACR)", "X province", "A, B and C townships").
Only token text, tags and NER labels are used (no dependency parse), so the cost is linear in the
number of tokens.

The rules run in the order of `RULES`; each adds candidates with a priority, and `resolve_overlaps`
then keeps one candidate per stretch of text. Two steps of `RULES` add no candidate: they note
what the rules before them found (`mark_covered`, `learn_surnames`) for the rules after them.
`extract_entities` returns one Entity per person/organization/place per article and one Mention
per occurrence; every offset indexes into `article.body`."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import persons
from .acronym_rules import acronym_defs, acronym_uses
from .country_regions import regions_named_like_countries
from .credit_chains import credit_chain_cands
from .credit_rules import agency_cands, credit_cands, known_org_cands
from .entity_records import build_entities, one_type_per_name
from .entity_spans import Cand, Context, trim_span
from .tokens import is_cap
from .gazetteer import tables
from .ner_rules import ner_cands
from .outlet_rules import capitalized_body_cands, domain_cands, outlet_after_noun_cands, platform_x_cands
from .org_rules import keyword_org_cands, lowercase_bodies, org_cue_after_cands, romance_org_cands
from .overlaps import resolve_overlaps
from .person_rules import role_person_cands, surname_cands
from .place_rules import dateline_cands, gazetteer_cands, kind_of_cands, place_kind_cands, scan_countries
from .types import ArticleText, Entity, Mention
from .vocab import vocab


@dataclass
class Found:
    """What the rules have found so far in one article; a rule reads it and returns new candidates."""
    doc: object
    ctx: Context
    person_spans: list[tuple[int, int]]
    cands: list[Cand] = field(default_factory=list)
    country_tok: dict[int, str] = field(default_factory=dict)  # token index -> country code of a country mention
    acr_cands: list[Cand] = field(default_factory=list)
    acr_groups: dict[str, str] = field(default_factory=dict)   # acronym defined in the article -> group
    covered: set[int] = field(default_factory=set)             # tokens under a candidate (see mark_covered)


def countries(f: Found) -> list[Cand]:
    """Country names and nationality adjectives; a country named like a region of the article's
    other country is that region."""
    out = regions_named_like_countries(f.doc, scan_countries(f.doc, f.ctx, f.person_spans), f.ctx)
    for c in out:
        if c.label in {"country", "demonym"}:
            for t in f.doc.char_span(c.start, c.end, alignment_mode="expand") or []:
                f.country_tok[t.i] = c.place.country_code
    return out


def credits(f: Found) -> list[Cand]:
    return credit_cands(f.doc, f.ctx.body, f.ctx)


def credit_chains(f: Found) -> list[Cand]:
    return credit_chain_cands(f.ctx.body)


def agencies(f: Found) -> list[Cand]:
    return agency_cands(f.doc, f.ctx.body)


def known_orgs(f: Found) -> list[Cand]:
    return known_org_cands(f.ctx.body)


def domains(f: Found) -> list[Cand]:
    return domain_cands(f.doc, f.ctx)


def platform_x(f: Found) -> list[Cand]:
    return platform_x_cands(f.doc, f.ctx)


def acronym_definitions(f: Found) -> list[Cand]:
    f.acr_cands, f.acr_groups = acronym_defs(f.doc, f.ctx.body, f.ctx)
    return f.acr_cands


def lowercase_named_bodies(f: Found) -> list[Cand]:
    return lowercase_bodies(f.doc, f.ctx, f.country_tok)


def romance_orgs(f: Found) -> list[Cand]:
    return romance_org_cands(f.doc, f.ctx)


def org_cue_after(f: Found) -> list[Cand]:
    return org_cue_after_cands(f.doc, f.ctx, set(f.country_tok))


def outlet_after_noun(f: Found) -> list[Cand]:
    return outlet_after_noun_cands(f.doc, f.ctx)


def place_kinds(f: Found) -> list[Cand]:
    return place_kind_cands(f.doc, f.ctx, set(f.country_tok))


def datelines(f: Found) -> list[Cand]:
    return dateline_cands(f.doc, f.ctx)


def kind_of(f: Found) -> list[Cand]:
    return kind_of_cands(f.doc, f.ctx, set(f.country_tok))


def ner(f: Found) -> list[Cand]:
    return ner_cands(f.doc, f.ctx, f.acr_groups)


def acronyms_alone(f: Found) -> list[Cand]:
    return acronym_uses(f.doc, f.ctx, f.acr_cands, f.acr_groups)


def mark_covered(f: Found) -> list[Cand]:
    """Note the tokens under the candidates so far: the rules after this one fill gaps only."""
    for c in f.cands:
        if c.label in {"country", "demonym"}:
            continue
        span = f.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None:
            f.covered.update(range(span.start, span.end))
    f.covered.update(f.country_tok)
    return []


def role_persons(f: Found) -> list[Cand]:
    return role_person_cands(f.doc, f.ctx, f.covered)


def learn_surnames(f: Found) -> list[Cand]:
    """Note the last words of multi-word person names so far: a lone surname later is that person."""
    t = tables()
    for c in f.cands:
        if c.etype == "person":
            ws = persons.name_words(f.ctx.body[c.start:c.end])
            if len(ws) > 1 and len(ws[-1]) > 2 and t.demonyms.get(ws[-1]) is None and not t.countries.get(ws[-1]):
                f.ctx.surnames.add(ws[-1])
    return []


def surnames(f: Found) -> list[Cand]:
    return surname_cands(f.doc, f.ctx, f.covered)


def keyword_orgs(f: Found) -> list[Cand]:
    return keyword_org_cands(f.doc, f.ctx, f.covered)


def gazetteer_places(f: Found) -> list[Cand]:
    return gazetteer_cands(f.doc, f.ctx, f.covered)


def capitalized_bodies(f: Found) -> list[Cand]:
    return capitalized_body_cands(f.doc, f.ctx, f.covered)


RULES = (
    countries, credits, credit_chains, agencies, known_orgs, domains, platform_x, acronym_definitions,
    lowercase_named_bodies, romance_orgs, org_cue_after, outlet_after_noun, place_kinds, datelines, kind_of, ner, acronyms_alone,
    mark_covered, role_persons, learn_surnames, surnames, keyword_orgs, gazetteer_places, capitalized_bodies,
)


def article_context(doc, body: str) -> tuple[Context, list[tuple[int, int]]]:
    """The per-article evidence the rules share (lower-case words, surname words, first words of
    organization names, NER labels by token, a Title Case headline) and the PERSON spans."""
    v = vocab()
    ctx = Context(doc, body)
    tk = ctx.toks
    ctx.lower_words = {low for low, text, alpha in zip(tk.lower, tk.text, tk.is_alpha) if alpha and text.islower()}
    person_spans = []
    for ent in doc.ents:
        if ent.label_ == "ORG" and sum(t.is_alpha for t in ent if t.lower_ != "the") > 1:
            first = ent[1] if ent[0].lower_ == "the" and len(ent) > 2 else ent[0]
            if is_cap(first) and first.text.lower() not in v.org_keywords:
                ctx.org_first_words.add(first.lower_)
        for k in range(ent.start, ent.end):
            ctx.ner_label[k] = ent.label_
        if ent.label_ == "PERSON":
            person_spans.append((ent.start, ent.end))
            if ent.end - ent.start > 1:
                s, e = trim_span(doc, ent.start, ent.end, "person")
                ws = persons.name_words(tk.span_text(s, e))
                if len(ws) > 1:
                    ctx.person_words.update(ws[1:])
    first_line = body.split("\n", 1)[0]
    words = [w for w in first_line.split() if w[:1].isalpha()]
    if words and sum(w[0].isupper() for w in words) / len(words) > 0.6:
        ctx.headline_end = len(first_line)  # Title Case headline: capitals say nothing there
    return ctx, person_spans


def find_candidates(doc, body: str, rules=RULES) -> tuple[list[Cand], Context]:
    """Every rule's candidates, in the order of `rules`, before overlaps are resolved."""
    ctx, person_spans = article_context(doc, body)
    found = Found(doc, ctx, person_spans)
    for rule in rules:
        found.cands += rule(found)
    return found.cands, ctx


def extract_entities(doc, article: ArticleText) -> tuple[list[Entity], list[Mention]]:
    cands, ctx = find_candidates(doc, article.body)
    return build_entities(one_type_per_name(resolve_overlaps(cands), article.body), article.body, ctx)
