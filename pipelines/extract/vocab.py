"""The rules' vocabulary, read once from the reviewed seed CSVs (seeds/*.csv) into one object.

    from .vocab import vocab
    vocab().titles, vocab().org_keywords, ...          entity words (fields of `Vocab`)
    vocab().figures.triggers, vocab().figures.people_nouns, ...   figure words (lexicon.FigureWords)

`vocab()` is the only loader the rules call; seeds/README.md says which file holds what."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..seeds import read_csv
from .gazetteer import norm
from .lexicon import FigureWords, read_figure_words


@dataclass(frozen=True)
class Agency:
    name: str            # canonical name
    needs_context: bool  # an ordinary word too (Dawn): only taken next to a reporting cue


@dataclass
class Vocab:
    titles: frozenset[str]            # lower-case title words, no dots ("mr", "president", "gen")
    title_prefixes: frozenset[str]    # words that start a multi-word title ("prime", "interior", "police")
    roles: frozenset[str]             # lower-case role nouns that introduce a name
    org_keywords: frozenset[str]      # lower-case head words of organization names
    facility_words: frozenset[str]    # lower-case head nouns of sites (street, square, mall)
    facility_prefixes: frozenset[str]  # lower-case words that open a site name (plaza, rue, avenida)
    generic_groups: frozenset[str]    # norm()-ed generic group phrases
    non_entities: frozenset[str]      # norm()-ed names that are no entity at all
    place_kinds: dict[str, str]       # lower-case kind word (singular and plural) -> location_kind
    place_kind_plurals: frozenset[str]
    agencies: dict[str, Agency]       # surface alias (case-sensitive) -> agency
    agency_by_norm: dict[str, Agency]  # norm(alias) -> agency
    agency_regex: re.Pattern
    acronyms: dict[str, str]          # acronym -> full name (well-known organizations)
    known_org_regex: re.Pattern       # full names of well-known organizations
    known_orgs: dict[str, str]        # lower-cased full name -> name as in the seed
    bodies: frozenset[str]            # norm()-ed lower-case named bodies
    force_heads: frozenset[str]       # norm()-ed heads after a country adjective ("army")
    ministry_domains: frozenset[str]  # norm()-ed ministry portfolios ("interior")
    office_heads: frozenset[str]

    @cached_property
    def figures(self) -> FigureWords:
        """The figure rules' words (lexicon.py)."""
        return read_figure_words()

    @cached_property
    def body_first_words(self) -> frozenset[str]:
        """First words of the named bodies: where a lower-case body may start."""
        return frozenset(b.split()[0] for b in self.bodies)

    @cached_property
    def ministry_modifiers(self) -> frozenset[str]:
        """Words that may stand before "ministry" in a portfolio ("interior", "foreign", "home")."""
        return frozenset({d.split()[-1] for d in self.ministry_domains} | word_list("ministry_modifier"))


def alternation(words: list[str], ignore_case: bool = False) -> str:
    """`w1|w2|...` in the given order, grouped by first character behind a lookahead. At one
    position only one group can match, and inside it the order is kept, so the regex matches what
    the plain alternation matches, but tries a few dozen groups instead of every word."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].lower() if ignore_case else w[0], []).append(re.escape(w))
    return "|".join(f"(?={re.escape(c)})(?:{'|'.join(ws)})" for c, ws in groups.items())


def phrase_pattern(phrases) -> str:
    """`p1|p2|...` for seed phrases, longest first, each word escaped and the spaces between words
    matching any whitespace, line breaks included ("across the\ncountry"). A `*` word stands for up
    to five words ("bringing * to"). The caller adds the anchors and flags."""
    def one(p: str) -> str:
        words = p.split()
        return "".join(r"(?:\S+\s+){0,5}?" if w == "*" else re.escape(w) + (r"\s+" if i < len(words) - 1 else "")
                       for i, w in enumerate(words))
    return "|".join(one(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))


def phrase_re(phrases, tail: str = "") -> re.Pattern:
    """A case-blind regex that finds any of the seed phrases as whole words (phrase_pattern), `tail`
    (a lookahead) after it."""
    return re.compile(r"\b(?:" + phrase_pattern(phrases) + r")\b" + tail, re.IGNORECASE)


def _split(s: str) -> list[str]:
    return [x.strip() for x in (s or "").split("|") if x.strip()]


@lru_cache(maxsize=None)
def vocab() -> Vocab:
    titles, prefixes = set(), set()
    for r in read_csv("person_titles"):
        words = [w.lower().rstrip(".") for w in r["title"].split()]
        if words:
            titles.add(words[-1])          # "Prime Minister" -> "minister" is a title word
            prefixes.update(words[:-1])    # ... and "prime" only in front of one
    prefixes -= titles
    roles = {r["role"].lower() for r in read_csv("person_roles")}
    org_keywords = {r["word"].lower() for r in read_csv("org_keywords")}
    facility = {r["word"].lower() for r in read_csv("facility_words") if r.get("position", "") != "first"}
    facility_first = {r["word"].lower() for r in read_csv("facility_words") if r.get("position", "") == "first"}
    generic = {norm(r["phrase"]) for r in read_csv("generic_groups")}
    non_entities = {norm(r["name"]) for r in read_csv("non_entities")}
    kinds: dict[str, str] = {}
    plurals = set()
    for r in read_csv("place_kinds"):
        kinds[r["word"].lower()] = r["kind"]
        kinds[r["plural"].lower()] = r["kind"]
        plurals.add(r["plural"].lower())
    agencies: dict[str, Agency] = {}
    by_norm: dict[str, Agency] = {}
    for r in read_csv("news_agencies"):
        a = Agency(r["name"], r.get("needs_context") == "1")
        for alias in [r["name"]] + _split(r.get("aliases", "")):
            agencies.setdefault(alias, a)
            by_norm.setdefault(norm(alias), a)
    alts = sorted(agencies, key=len, reverse=True)
    # a space in an alias also matches a hyphen ("Name 24" / "Name-24")
    agency_regex = re.compile(r"(?<![\w-])(" + alternation(alts).replace(r"\ ", r"[ \-]") + r")(?![\w-])")
    acronyms = {r["acronym"]: r["name"] for r in read_csv("org_acronyms") if r["acronym"]}
    names = sorted({r["name"] for r in read_csv("org_acronyms")}, key=len, reverse=True)
    # case-insensitive ("al-Shabaab" / "Al-Shabaab"); the caller keeps only matches with a capital letter
    known_org_regex = re.compile(r"(?<![\w-])(" + alternation(names, ignore_case=True) + r")(?![\w-])", re.I)
    bodies, forces, ministries, offices = set(), set(), set(), set()
    for r in read_csv("named_bodies"):
        {"body": bodies, "force": forces, "ministry": ministries, "office": offices}[r["kind"]].add(norm(r["phrase"]))
    return Vocab(frozenset(titles), frozenset(prefixes), frozenset(roles), frozenset(org_keywords), frozenset(facility),
                 frozenset(facility_first),
                 frozenset(generic), frozenset(non_entities), kinds, frozenset(plurals), agencies, by_norm,
                 agency_regex, acronyms, known_org_regex, {n.lower(): n for n in names}, frozenset(bodies), frozenset(forces), frozenset(ministries),
                 frozenset(offices))


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """One list of seeds/entity_words.csv ("loc_prep", "compass", ...); an unknown name is an error."""
    words = frozenset(r["word"].lower() for r in read_csv("entity_words") if r["list"] == name)
    if not words:
        raise KeyError(f"seeds/entity_words.csv has no list {name!r}")
    return words


@lru_cache(maxsize=None)
def name_particles(use: str) -> frozenset[str]:
    """The particles of seeds/name_particles.csv marked 1 in column `use` (in_span, opens_span, name_word, org_function)."""
    return frozenset(r["particle"] for r in read_csv("name_particles") if r[use] == "1")
