"""Entities: persons, organizations and places from the spaCy NER plus rules and gazetteers.

The small English model is the recall backbone; its output is re-typed and completed with
  * an offline gazetteer (countries, nationality adjectives, ISO 3166-2 regions, GeoNames towns),
  * seed vocabularies (titles, role nouns, news agencies, generic groups, named bodies),
  * surface patterns (credit lines, "Long Name (ACR)", "X province", "A, B and C townships").
Only token text, tags and NER labels are used (no dependency parse), so the cost is linear in the
number of tokens. `extract_entities` returns one Entity per person/organization/place per article
and one Mention per occurrence; every offset indexes into `article.body`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..ids import entity_id
from . import organizations as orgs
from . import persons
from .gazetteer import Place, country_place, lookup_place, norm, tables, is_blocked
from .types import ArticleText, Entity, Mention
from .vocab import vocab

LOC_PREPS = frozenset({"in", "at", "near", "from", "to", "across", "around", "outside", "inside", "into",
                       "throughout", "between", "towards", "toward", "of", "via", "through", "over", "and", "or"})
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                     "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                     "southeastern", "southwestern", "downtown", "suburban", "greater", "upper", "lower"})
SPEECH_VERBS = frozenset({"said", "says", "told", "added", "stated", "noted", "wrote", "tweeted", "explained",
                          "insisted", "argued", "warned", "claimed", "confirmed", "denied"})
REPORT_CUES_BEFORE = frozenset({"reported", "reports", "according", "told", "by", "via", "cited", "citing",
                                "newspaper", "daily", "outlet", "site", "agency", "channel", "broadcaster", "with"})
REPORT_CUES_AFTER = frozenset({"reported", "reports", "said", "says", "quoted", "cited", "newspaper", "news",
                               "reporter", "correspondent", "journalist", "photographer", "/", ")", "and"})
EVENT_HEADS = frozenset({"week", "day", "days", "month", "year", "anniversary", "festival", "holiday"})
ORG_CUE_NOUNS = frozenset({"party", "group", "movement", "organisation", "organization", "agency", "newspaper", "site",
                           "website", "outlet", "channel", "broadcaster", "watchdog", "ngo", "union", "company", "firm",
                           "daily", "network", "coalition", "alliance"})
NAME_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "la", "el", "al", "du", "des", "di"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"})

# priorities when candidate spans overlap (higher wins; equal -> longer wins)
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
class _Ctx:
    doc: object
    body: str
    countries: Counter = field(default_factory=Counter)
    person_words: set = field(default_factory=set)   # words of multi-word PERSON names (surname evidence)
    surnames: set = field(default_factory=set)       # last words of multi-word PERSON names
    lower_words: set = field(default_factory=set)     # words that occur in lower case in the article
    org_first_words: set = field(default_factory=set)  # first words of multi-word ORG names
    ner_label: dict = field(default_factory=dict)      # token index -> NER label
    headline_end: int = 0                              # char offset where a Title-Case headline ends

    @property
    def cc(self) -> frozenset:
        return frozenset(self.countries)

    def main_country(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None


# ---------------------------------------------------------------------------------------------
# token helpers

def _has_alpha(tok) -> bool:
    return any(ch.isalpha() for ch in tok.text)


def _is_cap(tok) -> bool:
    return bool(tok.text) and tok.text[0].isupper()


def _line_start(doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text


def _sentence_start(doc, i: int) -> bool:
    if _line_start(doc, i):
        return True
    prev = doc[i - 1].text
    return prev in {".", "!", "?", "“", "\"", ":", "•", "-", "–", "—"} or prev.endswith("\n")


def _loc_context(doc, i: int) -> bool:
    """Is token i preceded by a locative preposition, possibly across a list of other names
    ("in Dijon and Beaune", "in northern Kachin")?"""
    j = i - 1
    steps = 0
    while j >= 0 and steps < 10:
        t = doc[j]
        low = t.lower_
        if low in LOC_PREPS and low not in {"and", "or"}:
            return True
        if low in {"and", "or", ",", "-", "the"} or low in COMPASS or _is_cap(t) or low in {"'s", "’s"}:
            j -= 1
            steps += 1
            continue
        return False
    return False


def _followed_by_facility(doc, end: int, lower_ok_place: Place | None = None, ctx: _Ctx | None = None) -> bool:
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
        if k == 0 and not (t.is_alpha and t.text.islower() and t.lower_ not in {"and", "or", "in", "on", "at", "of",
                                                                            "police", "was", "is", "were", "said"}):
            return False
    return False


def _ends_with_facility(doc, s: int, e: int) -> bool:
    return e > s and doc[e - 1].lower_.rstrip(".") in vocab().facility_words and e - s > 1


def _has_org_keyword(doc, s: int, e: int) -> bool:
    kw = vocab().org_keywords
    return any(doc[k].text.lower() in kw and _is_cap(doc[k]) for k in range(s, e))


def _trim(doc, s: int, e: int, etype: str) -> tuple[int, int]:
    """Drop determiners, titles (persons), possessives and punctuation at the edges of a span."""
    v = vocab()
    while s < e:
        t = doc[s]
        low = t.lower_
        if low in DETERMINERS or t.is_punct or t.is_space:
            s += 1
            continue
        if etype == "person" and (persons.is_title(t.text) or low in v.roles or low in {"former", "late", "acting"}
                                  or low in v.title_prefixes and s + 1 < e and (persons.is_title(doc[s + 1].text)
                                                                                or doc[s + 1].lower_ in v.title_prefixes)):
            # keep a title word when nothing name-like would be left
            if s + 1 < e:
                s += 1
                continue
        if etype != "organization" and t.text.islower() and t.is_alpha and low not in {"de", "del", "van", "von", "bin", "ibn", "al", "el"}:
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


def _glued(doc, k: int) -> bool:
    """Is token k written without a space after token k-1?"""
    return k > 0 and not doc[k - 1].whitespace_


def _adjust_ner_span(doc, s: int, e: int, label: str, ent_tokens: set[int]) -> tuple[int, int]:
    """Cut at a line break; take in hyphen compounds the model split ("Gilgit"-"Baltistan House");
    extend ORG over a head word it missed ("Movement for [the Defense of Democracy]") and PERSON over
    name words it missed ("[Aung San] Suu Kyi")."""
    v = vocab()
    for k in range(s, e):
        if "\n" in doc[k].text or (k < e - 1 and "\n" in doc[k].whitespace_):
            e = k + (0 if "\n" in doc[k].text else 1)
            break
    n = len(doc)
    j = e
    while j + 1 < n and doc[j].text in {"-", "–"} and _glued(doc, j) and _glued(doc, j + 1) and doc[j + 1].is_alpha:
        j += 2
        if _is_cap(doc[j - 1]):
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
        if s >= 2 and doc[s - 1].lower_ in {"for", "of", "on"} and doc[s - 2].text.lower() in v.org_keywords and _is_cap(doc[s - 2]):
            s -= 2
            while s - 1 >= 0 and _is_cap(doc[s - 1]) and doc[s - 1].tag_ in {"NNP", "NNPS"} and not _sentence_start(doc, s):
                s -= 1
    if label == "PERSON":
        while e < n and e not in ent_tokens and _is_cap(doc[e]) and doc[e].is_alpha and doc[e].tag_ == "NNP" \
                and doc[e].text.lower() not in v.org_keywords and doc[e].lower_ not in v.facility_words and not _glued(doc, e):
            e += 1
    return s, e


def _strip_trailing_roles(doc, s: int, e: int) -> int:
    """'Iran Human Rights Director' -> 'Iran Human Rights'; 'Police Spokesman' -> 'Police'."""
    v = vocab()
    while e - 1 > s and (doc[e - 1].lower_ in v.roles or persons.is_title(doc[e - 1].text)):
        e -= 1
    return e


def _span_text(doc, s: int, e: int) -> str:
    return doc[s:e].text if e > s else ""


def _cand(doc, s, e, etype, label, prio, **kw) -> Cand:
    if e <= s:
        e = s + 1  # never produce an empty mention
    return Cand(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), etype, label, prio, **kw)


def _char_cand(start, end, etype, label, prio, **kw) -> Cand:
    return Cand(start, end, etype, label, prio, **kw)


# ---------------------------------------------------------------------------------------------
# countries and nationality adjectives

def _scan_countries(doc, ctx: _Ctx, person_spans: list[tuple[int, int]]) -> list[Cand]:
    t = tables()
    out = []
    n = len(doc)
    i = 0
    in_person = set()
    for s, e in person_spans:
        if e - s > 1:
            in_person.update(range(s, e))
    while i < n:
        tok = doc[i]
        if not _is_cap(tok) or i in in_person or (i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
                                                   and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha):
            i += 1  # "Inter-American", "Pan-African": part of a compound name, not the country
            continue
        if i >= 1 and _is_cap(doc[i - 1]) and doc[i - 1].lower_ in COMPASS:
            i += 1  # "West Azerbaijan" (an Iranian province); real countries ("South Sudan") match from the compass word
            continue
        found = None
        first = norm(tok.text).split()
        if not first or first[0] not in t.first_words:
            i += 1
            continue
        for length in range(min(t.max_words * 2, n - i), 0, -1):
            last = doc[i + length - 1]
            if not (last.is_alpha or last.text in {"U.S.", "U.K.", "U.S.A."}) or not _is_cap(last) and last.lower_ not in {"of", "the", "and"}:
                if length > 1:
                    continue
            text = doc[i:i + length].text
            key = norm(text)
            if not key:
                continue
            cc = t.countries.get(key)
            label = "country"
            if cc is None:
                cc = t.demonyms.get(key)
                label = "demonym"
            if cc is None:
                continue
            # "US" only in capitals, never the pronoun "us"
            if key in {"us", "uk"} and not tok.text.replace(".", "").isupper():
                continue
            found = (length, cc, label)
            break
        if found:
            length, cc, label = found
            if cc:  # "" = regional adjective such as "Latin American": no country
                out.append(_cand(doc, i, i + length, "location", label, 100, place=country_place(cc)))
                ctx.countries[cc] += 1
            i += length
        else:
            i += 1
    return out


# ---------------------------------------------------------------------------------------------
# rule layers

_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|de|del|da|van|von|bin|ibn|al|el))*"
_CREDIT = re.compile(
    r"(?:(?<=\n)|^)\s*(?:(?:Photo|Picture|Image|Photograph|Credit|Pic)s?\s*(?:by|:|credit:?)?\s*)?"
    r"(?P<name>[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3})\s*(?:/|\s+via\s+|\s+for\s+)\s*(?P<agency>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})"
    r"(?:\s*\((?P<acr>[A-Z]{2,8})\))?",
)
_CREDIT_INLINE = re.compile(
    r"(?:Photo|Picture|Image|Photograph|Credit|Pic)s?\s*(?:by|:)\s*(?P<name>[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3})"
    r"\s*(?:/|\s+via\s+|\s+for\s+)\s*(?P<agency>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})(?:\s*\((?P<acr>[A-Z]{2,8})\))?")
_VIA = re.compile(r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})\s+via\s+(?P<agency>Getty Images|[A-Z][\w&.\-]*(?:\s+Images)?)")
_AGENCY_FIRST = re.compile(r"(?P<agency>[A-Z][\w&.\-]*(?:\s+Images)?)\s*/\s*(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})(?=\s*[)\n]|$)")
_BYLINE = re.compile(r"(?:(?<=\n)|^)[ \t]*By[ \t]+(?P<names>[A-Z][^\n]{2,150})$", re.M)
_REPORTING_BY = re.compile(r"(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]eported|[Ww]ritten|[Ee]dited) by\s+(?P<names>[A-Z][^;)\n]{2,120})")
_BYLINE_SPLIT = re.compile(r"\s*(?:,|&|\band\b)\s*")
_AGENCY_PAREN = re.compile(r"\(\s*(?P<outlet>[A-Z][\w\-]+?)\s*with\s+(?P<rest>[^()\n]{2,80})\)")


def _credit_cands(doc, body: str, ctx: _Ctx) -> list[Cand]:
    out: list[Cand] = []
    v = vocab()

    def person(start, text):
        text2 = text.strip()
        if not text2 or len(text2.split()) > 4 or len(text2.split()) < 2:
            return
        words = text2.split()
        if any(w.lower() in v.org_keywords for w in words):
            return
        out.append(_char_cand(start, start + len(text2), "person", "credit", P_CREDIT))

    def agency(start, text, acr=None, acr_start=None):
        text = text.strip()
        if not text:
            return
        name = text
        ag = v.agencies.get(text) or v.agency_by_norm.get(norm(text))
        canonical = ag.name if ag else name
        grp = "credit:" + norm(canonical)
        out.append(_char_cand(start, start + len(text), "organization", "credit", P_CREDIT, org_canonical=canonical, group=grp))
        if acr and acr_start is not None:
            out.append(_char_cand(acr_start, acr_start + len(acr), "organization", "credit", P_CREDIT, org_canonical=canonical, group=grp))

    for rx in (_CREDIT_INLINE, _CREDIT):
        for m in rx.finditer(body):
            ag_text = m.group("agency")
            # the agency part must be a known agency or look like one (all caps / 'Images' / 'Agency')
            ag_known = v.agencies.get(ag_text) or v.agency_by_norm.get(norm(ag_text))
            ag_text_cut = ag_text
            if not ag_known:
                # "EPA-EFE Pro-democracy ..." -> cut at the first known alias
                am = v.agency_regex.match(ag_text)
                if am:
                    ag_text_cut = am.group(0)
                    ag_known = True
                elif not re.search(r"\b(?:Agency|Images|News|Press|Photo|Photos)\b", ag_text) and not ag_text.isupper():
                    continue
            person(m.start("name"), m.group("name"))
            agency(m.start("agency"), ag_text_cut, m.group("acr"), m.start("acr") if m.group("acr") else None)
    for m in _VIA.finditer(body):
        ag = m.group("agency")
        if not (v.agencies.get(ag) or v.agency_by_norm.get(norm(ag))):
            continue
        name = m.group("name")
        # "... in Freeland  Tomas Berg via Getty Images": keep the last 2-3 capitalized words
        words = name.split()
        person(m.start("name") + len(name) - len(" ".join(words[-3:] if len(words) > 3 else words)),
               " ".join(words[-3:] if len(words) > 3 else words))
        agency(m.start("agency"), ag)
    for m in _AGENCY_FIRST.finditer(body):  # "(Reuters/Jane Roe)"
        ag = m.group("agency")
        if v.agencies.get(ag) or v.agency_by_norm.get(norm(ag)):
            person(m.start("name"), m.group("name"))
            agency(m.start("agency"), ag)
    for m in _BYLINE.finditer(body):
        names = m.group("names").strip()
        pos = m.start("names")
        for part in _BYLINE_SPLIT.split(names):
            if not part:
                continue
            at = body.find(part, pos)
            if at < 0:
                continue
            pos = at + len(part)
            if part in v.agencies or norm(part) in v.agency_by_norm:
                agency(at, part)
            elif re.fullmatch(r"[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3}", part):
                person(at, part)
    for m in _REPORTING_BY.finditer(body):  # "(Reporting by A and B in Kyiv; Editing by C)"
        pos = m.start("names")
        for part in _BYLINE_SPLIT.split(m.group("names")):
            part = re.split(r"\s+(?:in|at|from)\s+", part.strip())[0].strip(" .")
            at = body.find(part, pos) if part else -1
            if at < 0:
                continue
            pos = at + len(part)
            if re.fullmatch(r"[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3}", part) and not (
                    part in v.agencies or norm(part) in v.agency_by_norm):
                person(at, part)
    for m in _AGENCY_PAREN.finditer(body):
        rest = m.group("rest")
        if not v.agency_regex.search(rest):
            continue
        outlet = m.group("outlet")
        if outlet.endswith("with"):
            outlet = outlet[:-4]
        out.append(_char_cand(m.start("outlet"), m.start("outlet") + len(outlet), "organization", "credit", P_CREDIT,
                              org_canonical=outlet))
    return out


def _agency_cands(doc, body: str) -> list[Cand]:
    v = vocab()
    out = []
    for m in v.agency_regex.finditer(body):
        ag = v.agencies[m.group(1)]
        if ag.needs_context:
            before = body[max(0, m.start() - 25):m.start()].lower().split()
            after = body[m.end():m.end() + 20].lower().split()
            prev = before[-1] if before else ""
            prev2 = before[-2] if len(before) > 1 else ""
            nxt = after[0] if after else ""
            # "A and B": only next to another agency ("Garowe Online and Hiiraan reported")
            prev_agency = bool(v.agency_regex.search(body[max(0, m.start() - 30):m.start()])) and prev == "and"
            next_agency = nxt == "and" and bool(v.agency_regex.match(body[m.end():m.end() + 30].split("and", 1)[-1].strip()))
            if not (prev in REPORT_CUES_BEFORE or prev2 == "according" or prev_agency or next_agency
                    or nxt.strip(",.") in REPORT_CUES_AFTER - {"and"}
                    or body[max(0, m.start() - 2):m.start()].strip() in {"/"}):
                continue
            if m.start() > 0 and body[m.start() - 1] == "\n" and nxt.strip(",.") not in REPORT_CUES_AFTER:
                continue
        out.append(_char_cand(m.start(1), m.end(1), "organization", "agency", P_AGENCY, org_canonical=ag.name,
                              group="agency:" + norm(ag.name)))
    return out


_DATELINE_AGENCY = re.compile(r"^[ \t]*[A-Z][A-Za-z .'\-]+(?:,[^\n()]{0,40})?\s*\((?P<ag>[A-Za-z][\w&.\- ]{1,30})\)\s*[—–-]", re.M)


def _known_org_cands(body: str) -> list[Cand]:
    """Well-known organizations by name (seeds/org_acronyms.csv) and the agency in a dateline
    ('CITY, Oct 26 (XYZ-AGENCIES) —')."""
    v = vocab()
    out = [_char_cand(m.start(1), m.end(1), "organization", "known-org", P_AGENCY,
                      org_canonical=v.known_orgs.get(m.group(1).lower()))
           for m in v.known_org_regex.finditer(body)
           if any(ch.isupper() for ch in m.group(1))]
    for m in _DATELINE_AGENCY.finditer(body):
        ag = m.group("ag").strip()
        known = v.agencies.get(ag) or v.agency_by_norm.get(norm(ag))
        out.append(_char_cand(m.start("ag"), m.start("ag") + len(ag), "organization", "dateline", P_CREDIT,
                              org_canonical=known.name if known else ag, group="agency:" + norm(known.name if known else ag)))
    return out


_ACR_DEF = re.compile(r"\(\s*(?P<acr>[A-Z][A-Za-z&.\-]{1,9})\s*\)")


def _acronym_defs(doc, body: str, ner_types: dict[int, str]) -> tuple[list[Cand], dict[str, str]]:
    """'Long Name (ACR)': the long name and the acronym are one organization (or one place: 'KwaZulu-Natal
    (KZN)'). Returns candidates and acronym -> group."""
    out: list[Cand] = []
    groups: dict[str, str] = {}
    char_to_tok = {t.idx: t.i for t in doc}
    for m in _ACR_DEF.finditer(body):
        acr = m.group("acr")
        if not orgs.is_acronym(acr):
            continue
        # tokens before the parenthesis
        i = char_to_tok.get(m.start())
        if i is None:
            continue
        j = i - 1
        words_toks = []
        while j >= 0 and len(words_toks) < 12:
            t = doc[j]
            if _is_cap(t) or t.lower_ in orgs.FUNCTION_WORDS or t.text in {"-", "’", "'"} or t.text[0].isdigit():
                words_toks.append(j)
                j -= 1
                continue
            break
        if not words_toks:
            continue
        words_toks.reverse()
        # re-assemble words (hyphenated parts glued)
        tail_words = _span_text(doc, words_toks[0], words_toks[-1] + 1).split()
        tail = orgs.trim_to_acronym(tail_words, acr)
        if not tail:
            # an acronym of the name in another language ("... of Ecuador (CONAIE)"): take the whole
            # capitalized name when it is plainly an organization and starts with the same letter
            k0 = 0
            while k0 < len(tail_words) and (tail_words[k0].lower() in orgs.FUNCTION_WORDS or not tail_words[k0][0].isupper()):
                k0 += 1
            cand_words = tail_words[k0:]
            if len(cand_words) >= 2 and cand_words[0][0].lower() == acr[0].lower() \
                    and any(w.lower() in vocab().org_keywords for w in cand_words):
                tail = cand_words
            else:
                continue
        long_text = " ".join(tail)
        end_char = doc[words_toks[-1]].idx + len(doc[words_toks[-1]].text)
        start_char = body.rfind(long_text, 0, end_char + 1)
        if start_char < 0:
            continue
        first_tok = char_to_tok.get(start_char)
        label = ner_types.get(first_tok, "") if first_tok is not None else ""
        if label == "PERSON":
            continue  # "Jane Roe (SAN)": a post-nominal title
        place = lookup_place(long_text)
        grp = "acr:" + acr
        if place and not _has_org_keyword(doc, first_tok or 0, words_toks[-1] + 1):
            out.append(_char_cand(start_char, start_char + len(long_text), "location", "acronym", P_ACRONYM_DEF, place=place))
            out.append(_char_cand(m.start("acr"), m.start("acr") + len(acr), "location", "acronym", P_ACRONYM_DEF, place=place))
            groups[acr] = "place:" + place.key
            continue
        out.append(_char_cand(start_char, start_char + len(long_text), "organization", "acronym", P_ACRONYM_DEF,
                              org_canonical=orgs.strip_the(long_text), group=grp))
        out.append(_char_cand(m.start("acr"), m.start("acr") + len(acr), "organization", "acronym", P_ACRONYM_DEF,
                              org_canonical=orgs.strip_the(long_text), group=grp))
        groups[acr] = grp
    return out, groups


def _lowercase_bodies(doc, ctx: _Ctx, country_tok: dict[int, str]) -> list[Cand]:
    """'Chilean army', 'interior ministry', 'Ministry of Health', 'UN human rights office',
    'internal security forces', 'Lagos State Government'."""
    v = vocab()
    out = []
    n = len(doc)
    lows = [t.lower_ for t in doc]
    body_first = {b.split()[0] for b in v.bodies}
    for i in range(n):
        # named bodies written in lower case
        for length in (6, 5, 4, 3, 2) if lows[i] in body_first else ():
            if i + length <= n and doc[i + length - 1].is_alpha and norm(doc[i:i + length].text) in v.bodies:
                s = i
                if i > 0 and (i - 1) in country_tok:
                    s = i - 1
                out.append(_cand(doc, s, i + length, "organization", "body", P_RULE_ORG))
                break
        # <country adjective/name> + force ("Chilean army", "Nigerian Army")
        if i in country_tok:
            j = i + 1
            while j < n and country_tok.get(j) == country_tok[i]:
                j += 1
            if j < n and doc[j].text in {"'s", "’s"}:
                continue  # "Iran's army" = the army of Iran: generic
            for length in (2, 1):
                if j + length <= n and " ".join(lows[j:j + length]) in v.force_heads:
                    out.append(_cand(doc, i, j + length, "organization", "force", P_RULE_ORG))
                    break
            # "<Country> (State|state) Government"
        # "<domain> ministry", "ministry of (the) <domain>"
        if lows[i] == "ministry":
            s = i
            k = i - 1
            while k >= 0 and lows[k] in {d.split()[-1] for d in v.ministry_domains} | {"home", "foreign", "internal", "public", "state"}:
                k -= 1
            dom = " ".join(lows[k + 1:i])
            if dom in v.ministry_domains:
                s = k + 1
                if k >= 0 and k in country_tok:
                    s = k
                    while s - 1 >= 0 and country_tok.get(s - 1) == country_tok[k]:
                        s -= 1
                out.append(_cand(doc, s, i + 1, "organization", "ministry", P_RULE_ORG))
            elif i + 2 < n and lows[i + 1] == "of":
                k2 = i + 2 + (lows[i + 2] == "the")
                for length in (2, 1):
                    if " ".join(lows[k2:k2 + length]) in v.ministry_domains:
                        s = i
                        if i > 0 and (i - 1) in country_tok:
                            s = i - 1
                        while _is_cap(doc[i]) and s - 1 >= 0 and _is_cap(doc[s - 1]) and doc[s - 1].tag_ in {"NNP", "NNPS"} \
                                and not _sentence_start(doc, s) and not persons.is_title(doc[s - 1].text):
                            s -= 1  # "Lagos State Ministry of Justice"
                        out.append(_cand(doc, s, k2 + length, "organization", "ministry", P_RULE_ORG))
                        break
        # UN / United Nations + up to 3 words + office head
        if doc[i].text in {"UN", "U.N."} or (doc[i].text == "United" and i + 1 < n and doc[i + 1].text == "Nations"):
            j = i + (2 if doc[i].text == "United" else 1)
            for k in range(j, min(j + 4, n)):
                if lows[k] in v.office_heads:
                    if k > j:
                        out.append(_cand(doc, i, k + 1, "organization", "un-office", P_RULE_ORG))
                    break
                if not doc[k].is_alpha or lows[k] in {"and", "said", "says", "has", "had", "was", "is", "of"}:
                    break
        # "<Place> State Government"
        if lows[i] == "government" and i >= 2 and lows[i - 1] == "state" and _is_cap(doc[i - 2]):
            s = i - 2
            while s - 1 >= 0 and _is_cap(doc[s - 1]) and doc[s - 1].tag_ == "NNP":
                s -= 1
            if lookup_place(_span_text(doc, s, i - 1), ctx.cc):
                out.append(_cand(doc, s, i + 1, "organization", "state-government", P_RULE_ORG))
    return out


def _place_kind_cands(doc, ctx: _Ctx, taken_country: set[int]) -> list[Cand]:
    """'Kachin State', 'Maysan province', 'Hlaing Thar Yar Township', 'A, B and C townships'."""
    v = vocab()
    out = []
    n = len(doc)
    for i in range(1, n):
        t = doc[i]
        low = t.lower_
        kind = v.place_kinds.get(low)
        if not kind:
            continue
        plural = low in v.place_kind_plurals
        if plural and not t.text.islower() and not (i >= 1 and doc[i - 1].lower_ == "police"):
            continue  # "United States", "Gulf States": a name, not a list ("X and Y Police Divisions" is one)
        # name run right before the kind word
        def run_before(k):
            e = k
            s = k
            while s - 1 >= 0 and (_is_cap(doc[s - 1]) and doc[s - 1].is_alpha or doc[s - 1].text == "-" and s - 2 >= 0 and _is_cap(doc[s - 2])
                                  or doc[s - 1].lower_ in NAME_PARTICLES and s - 2 >= 0 and _is_cap(doc[s - 2]) and s < e):
                s -= 1
            while s < e and (persons.is_title(doc[s].text) or doc[s].lower_ in DETERMINERS):
                s += 1
            return s, e
        if not plural:
            if low in {"city", "town", "village", "state", "department", "division", "region", "territory"} and not _is_cap(t):
                # "the city", "the state": only with a capitalized kind word or a gazetteer hit
                s, e = run_before(i)
                if e - s == 0:
                    continue
                name = _span_text(doc, s, e)
                if any(k in taken_country for k in range(s, e)):
                    continue
                if not lookup_place(name, ctx.cc) and not (doc[s].ent_type_ in {"GPE", "LOC"} and low in {"region", "state", "division"}):
                    continue
            s, e = run_before(i)
            if e - s == 0 or any(k in taken_country for k in range(s, e)) or _has_org_keyword(doc, s, e):
                continue
            if _sentence_start(doc, s) and e - s == 1 and not lookup_place(_span_text(doc, s, e), ctx.cc):
                continue
            name = _span_text(doc, s, e)
            if norm(name) in v.non_entities or is_blocked(name):
                continue
            if i + 1 < n and doc[i + 1].lower_ in {"government", "police", "governor", "university", "house", "assembly",
                                                     "command", "ministry", "commissioner", "capital", "council"}:
                if doc[i + 1].lower_ != "capital":
                    continue
            strong = _is_cap(t) or low in {"province", "governorate", "prefecture", "oblast", "county", "township", "state"}
            place = lookup_place(name, ctx.cc, prefer=kind if strong else None)
            if place is None and (_sentence_start(doc, s) or any(doc[k].tag_ not in {"NNP", "NNPS"} for k in range(s, e))):
                continue
            incl = _is_cap(t)
            end = i + 1 if incl else e
            out.append(_cand(doc, s, end, "location", "place-kind", P_PLACE_KIND, place=place, kind_hint=kind))
        else:
            # walk back over "A, B and northern C"
            k = i - 1
            if k >= 0 and _is_cap(doc[k]) and doc[k].lower_ in v.org_keywords:
                k -= 1  # "X and Y Police Divisions"
            names = []
            while k >= 0:
                if _is_cap(doc[k]) and doc[k].is_alpha:
                    s, e = run_before(k + 1)
                    names.append((s, e))
                    k = s - 1
                    sep = False
                    while k >= 0 and (doc[k].lower_ in COMPASS or doc[k].text in {",", "and", "or", "&"}):
                        sep = sep or doc[k].text in {",", "and", "or", "&"}
                        k -= 1
                    if sep:
                        continue
                    break
                break
            for s, e in names:
                if any(x in taken_country for x in range(s, e)):
                    continue
                name = _span_text(doc, s, e)
                if norm(name) in v.non_entities or is_blocked(name) or _has_org_keyword(doc, s, e):
                    continue
                place = lookup_place(name, ctx.cc, prefer=kind)
                if place is None and any(doc[k].tag_ not in {"NNP", "NNPS"} for k in range(s, e)):
                    continue
                out.append(_cand(doc, s, e, "location", "place-kind", P_PLACE_KIND, place=place, kind_hint=kind))
    return out


def _role_person_cands(doc, ctx: _Ctx, covered: set[int]) -> list[Cand]:
    """Capitalized names the NER missed after a title or role ("protester Jane Doe", "spokesperson,
    John Roe", "Prime Minister Adel") or before an age (", 31,")."""
    v = vocab()
    out = []
    n = len(doc)
    i = 0
    while i < n:
        t = doc[i]
        if i in covered or not _is_cap(t) or not t.is_alpha or t.tag_ != "NNP" or persons.is_title(t.text) or t.lower_ in v.roles:
            i += 1
            continue
        s = i
        e = i
        while e < n and e not in covered and (_is_cap(doc[e]) and (doc[e].is_alpha or "-" in doc[e].text) and doc[e].tag_ == "NNP"
                                             or doc[e].text == "-" and e + 1 < n and _is_cap(doc[e + 1])):
            e += 1
        if e - s > 4 or _has_org_keyword(doc, s, e) or any(
                persons.is_title(doc[k].text) or doc[k].lower_ in v.title_prefixes or doc[k].lower_ in v.roles for k in range(s, e)):
            i = e  # "Prime Minister", "Foreign Minister": a title, not a name
            continue
        prev = doc[s - 1] if s > 0 else None
        prev2 = doc[s - 2] if s > 1 else None
        cue = False
        if prev is not None and (persons.is_title(prev.text) or prev.lower_ in v.roles):
            cue = True
        if prev is not None and prev.text == "," and prev2 is not None and prev2.lower_ in v.roles:
            cue = True
        if e - s >= 2 and _appositive_title_cue(doc, s):
            cue = True
        if e + 2 < n and doc[e].text == "," and doc[e + 1].like_num and doc[e + 2].text in {",", ")"} and e - s >= 2:
            cue = True
        if e - s >= 2 and (prev is not None and prev.text in {",", "and"} and s >= 2 and ctx.ner_label.get(s - 2) == "PERSON"
                           or e + 1 < n and doc[e].text in {",", "and"} and ctx.ner_label.get(e + 1) == "PERSON"):
            cue = True  # a name in a list of names the model tagged ("A B, C D and E F")
        name = _span_text(doc, s, e)
        if e < n and ctx.ner_label.get(e) == "PERSON" and doc[e].ent_iob_ == "B":
            cue = False  # "Chief Executive Jane Roe": still the title, the name follows
        if cue and not tables().countries.get(norm(name)) and not tables().demonyms.get(norm(name)) \
                and not (e - s == 1 and lookup_place(name, ctx.cc) and _loc_context(doc, s)):
            if e - s >= 2 or (prev is not None and persons.is_title(prev.text) and prev.text[0].isupper()):
                out.append(_cand(doc, s, e, "person", "role", P_RULE_PERSON))
        i = e
    return out


ORG_CUE_AFTER = frozenset({"television", "tv", "radio", "broadcaster", "gang", "cartel", "faction", "brigade", "group", "agency", "newspaper", "party", "movement", "organisation", "organization", "network",
                           "monitor", "watchdog", "channel", "daily", "website", "coalition", "militia", "union"})
ORG_CUE_MODIFIERS = frozenset({"rights", "human", "news", "opposition", "activist", "advocacy", "monitoring", "militant",
                               "rebel", "armed", "political", "media", "state", "press", "civil", "society", "jihadist",
                               "islamist", "separatist", "student", "trade", "labour", "labor"})


def _org_cue_after_cands(doc, ctx: _Ctx, covered: set[int]) -> list[Cand]:
    """'the Hengaw rights group', 'the Viasna human rights centre': a name before a lower-case
    organization noun."""
    out = []
    n = len(doc)
    for k in range(1, n):
        if doc[k].lower_ not in ORG_CUE_AFTER or not doc[k].text.islower():
            continue
        j = k - 1
        while j >= 0 and doc[j].lower_ in ORG_CUE_MODIFIERS and doc[j].text.islower():
            j -= 1
        e = j + 1
        num = 1 if e - 1 > 0 and doc[e - 1].like_num and e - 2 >= 0 and _is_cap(doc[e - 2]) else 0  # "Khabar 24 television"
        e -= num
        while e - 1 > 0 and tables().demonyms.get(doc[e - 1].lower_) == "":
            e -= 1  # "... Salafi jihadist group": a creed, not part of the name
        s = e
        while s - 1 >= 0 and e - s < 5 and (_is_cap(doc[s - 1]) and (doc[s - 1].tag_ in {"NNP", "NNPS"} or num and doc[s - 1].is_alpha)
                                            or doc[s - 1].text in {"-"} and _glued(doc, s) and s - 2 >= 0
                                            or doc[s - 1].lower_ in NAME_PARTICLES and s - 2 >= 0 and _is_cap(doc[s - 2])):
            s -= 1
        if s < e and (doc[s].lower_ in ORG_CUE_MODIFIERS or doc[s].text.lower() in vocab().org_keywords
                      or _sentence_start(doc, s) and e - s == 1 and not num):
            continue  # "Rights group X": the cue noun's own modifier, capitalized at a sentence start
        if s == e or any(x in covered for x in range(s, e)) and not all(ctx.ner_label.get(x) in {"NORP", "PERSON", "ORG"} for x in range(s, e)):
            continue
        name = _span_text(doc, s, e)
        key = norm(name)
        if tables().countries.get(key) or tables().demonyms.get(key) is not None or lookup_place(name, ctx.cc) \
                or key in vocab().generic_groups or key in ctx.person_words:
            continue
        out.append(_cand(doc, s, e + num, "organization", "org-cue", P_RULE_ORG))
    return out


def _surname_cands(doc, ctx: _Ctx, covered: set[int]) -> list[Cand]:
    """Repeated surnames the NER missed or mislabelled ("Ruiz later" as a DATE)."""
    out = []
    for t in doc:
        if t.i in covered or not _is_cap(t) or not t.is_alpha or t.tag_ not in {"NNP", "NNPS"}:
            continue
        if t.lower_ in ctx.surnames and not (t.i + 1 < len(doc) and _is_cap(doc[t.i + 1]) and doc[t.i + 1].is_alpha):
            out.append(_cand(doc, t.i, t.i + 1, "person", "surname", P_RULE_PERSON))
    return out


def _keyword_org_cands(doc, ctx: _Ctx, covered: set[int]) -> list[Cand]:
    """Capitalized names the NER missed that carry an organization head word
    ("High Commission For Human Rights")."""
    v = vocab()
    out = []
    n = len(doc)
    i = 0
    while i < n:
        t = doc[i]
        if i in covered or not _is_cap(t) or not t.is_alpha or t.idx < ctx.headline_end:
            i += 1
            continue
        e = i
        while e < n and e not in covered and (_is_cap(doc[e]) and doc[e].is_alpha
                                             or doc[e].lower_ in {"of", "for", "and", "the", "on"} and e + 1 < n and _is_cap(doc[e + 1])):
            e += 1
        while e - 1 > i and (doc[e - 1].lower_ in v.roles or persons.is_title(doc[e - 1].text)
                             or doc[e - 1].lower_ in orgs.FUNCTION_WORDS):
            e -= 1  # "Police Spokesman SSP" -> "Police"
        s = i
        while s < e and (doc[s].lower_ in DETERMINERS or _sentence_start(doc, s) and doc[s].text.lower() not in v.org_keywords
                         and not _has_org_keyword(doc, s, s + 1) and e - s > 2 and doc[s].tag_ not in {"NNP", "NNPS"}):
            s += 1
        content = [k for k in range(s, e) if doc[k].lower_ not in orgs.FUNCTION_WORDS]
        if len(content) >= 2 and _has_org_keyword(doc, s, e) and not all(doc[k].text.lower() in v.org_keywords for k in content) \
                and not _followed_by_facility(doc, e):
            key = norm(_span_text(doc, s, e))
            if key not in v.generic_groups:
                out.append(_cand(doc, s, e, "organization", "keyword-org", P_RULE_PERSON))
        i = max(e, i + 1)
    return out


def _kind_of_cands(doc, ctx: _Ctx, covered: set[int]) -> list[Cand]:
    """'the village of X', 'the town of X', 'the province of X'."""
    v = vocab()
    out = []
    n = len(doc)
    for i in range(1, n - 2):
        low = doc[i].lower_
        if low not in v.place_kinds or low in v.place_kind_plurals or doc[i + 1].lower_ != "of" or not doc[i].text.islower():
            continue
        if doc[i - 1].lower_ not in {"the", "a"}:
            continue
        s = i + 2
        e = s
        while e < n and (_is_cap(doc[e]) and _has_alpha(doc[e]) or doc[e].text == "-" and _glued(doc, e)
                         or _glued(doc, e) and _has_alpha(doc[e]) and e > s):
            e += 1
        while e > s and not _has_alpha(doc[e - 1]):
            e -= 1
        if e == s or e - s > 4 or any(k in covered and ctx.ner_label.get(k) not in {"ORG", "PERSON", "GPE", "NORP", "FAC"} for k in range(s, e)):
            continue
        name = _span_text(doc, s, e)
        if tables().countries.get(norm(name)) or _has_org_keyword(doc, s, e) or _followed_by_facility(doc, e):
            continue
        place = lookup_place(name, ctx.cc, prefer=v.place_kinds[low])
        out.append(_cand(doc, s, e, "location", "kind-of", P_PLACE_KIND, place=place, kind_hint=v.place_kinds[low]))
    return out


def _dateline_cands(doc, ctx: _Ctx) -> list[Cand]:
    """'CITY, Month 3 (Agency) -' or 'CITY, Country, 3 March' at the start of a line."""
    out = []
    for t in doc:
        if not _line_start(doc, t.i) and not (t.i > 0 and doc[t.i - 1].is_space):
            continue
        e = t.i
        while e < len(doc) and (doc[e].is_alpha and doc[e].text.isupper() and (len(doc[e].text) > 1 or _glued(doc, e))
                                or doc[e].text == "-" and e > t.i and _glued(doc, e) and e + 1 < len(doc) and _glued(doc, e + 1)):
            e += 1  # "PORT-AU-PRINCE"
        if e == t.i or e >= len(doc) or doc[e].text not in {",", "—", "-", ":"}:
            continue
        name = _span_text(doc, t.i, e).title()
        place = lookup_place(name, ctx.cc)
        if place and place.kind != "country" and not is_blocked(name):
            out.append(_cand(doc, t.i, e, "location", "dateline", P_PLACE_KIND, place=place))
    return out


def _gazetteer_cands(doc, ctx: _Ctx, covered: set[int]) -> list[Cand]:
    """Capitalized name runs nobody claimed that the gazetteer knows as a region or a sizeable town."""
    out = []
    n = len(doc)
    i = 0
    while i < n:
        t = doc[i]
        weak_tag = t.tag_ not in {"NNP", "NNPS"}  # e.g. a town name tagged NN at a sentence start
        if i in covered or not _is_cap(t) or not t.is_alpha or weak_tag and (t.tag_ not in {"NN", "JJ"} or t.lower_ in ctx.lower_words) \
                or t.ent_type_ in {"DATE", "TIME"} or t.text.isupper() and len(t.text) > 1:
            i += 1  # acronyms in capitals ("SAN") are not towns; datelines have their own rule
            continue
        e = i
        while e < n and e not in covered and (_is_cap(doc[e]) and (doc[e].tag_ in {"NNP", "NNPS"} or e == i)
                                             or e > i and _glued(doc, e) and (_has_alpha(doc[e]) or doc[e].text in {"-", "’", "'"})
                                             or doc[e].lower_ == "and" and e + 1 < n and _is_cap(doc[e + 1]) and e > i):
            e += 1
        while e > i and not _has_alpha(doc[e - 1]):
            e -= 1
        matched = False
        for s2 in range(i, e):
            for e2 in range(e, s2, -1):
                name = _span_text(doc, s2, e2)
                if is_blocked(name) or norm(name) in vocab().non_entities:
                    continue
                place = lookup_place(name, ctx.cc)
                if not place or place.kind == "country":
                    continue
                if _has_org_keyword(doc, i, e) or _followed_by_facility(doc, e2, place, ctx) or _followed_by_facility(doc, e, place, ctx) or _ends_with_facility(doc, s2, e2) \
                        or e2 < n and doc[e2].lower_.rstrip(".") in vocab().facility_words and _is_cap(doc[e2]):
                    continue
                loc = _loc_context(doc, s2)
                in_cc = place.country_code in ctx.cc
                if not place.primary and place.population < 100000:
                    continue  # alternate spellings of small towns are too often ordinary names
                ok = (place.kind == "region" and (in_cc or loc)) or \
                     (place.kind == "city" and (place.population >= 15000 and (in_cc or loc or place.population >= 500000)
                                                or in_cc and loc))
                if e2 - s2 == 1 and _sentence_start(doc, s2) and not loc or weak_tag:
                    ok = ok and in_cc and (place.population >= 100000 or place.kind == "region" and not weak_tag)
                if ok:
                    out.append(_cand(doc, s2, e2, "location", "gazetteer", P_GAZ, place=place))
                    matched = True
                    break
            if matched:
                break
        i = max(e, i + 1)
    return out


# ---------------------------------------------------------------------------------------------
# NER re-typing

def _ner_cands(doc, ctx: _Ctx, acr_groups: dict[str, str]) -> list[Cand]:
    v = vocab()
    t = tables()
    out = []
    ent_tokens = {k for ent in doc.ents for k in range(ent.start, ent.end)}
    for ent in doc.ents:
        label = ent.label_
        if label not in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}:
            continue
        guess = {"PERSON": "person", "ORG": "organization"}.get(label, "location")
        s, e = _adjust_ner_span(doc, ent.start, ent.end, label, ent_tokens)
        s, e = _trim(doc, s, e, guess)
        if label not in {"PERSON", "GPE", "LOC", "FAC"}:
            e = _strip_trailing_roles(doc, s, e)
            s, e = _trim(doc, s, e, guess)
        if label in {"ORG", "PERSON"}:
            while e - 1 > s and doc[e - 1].is_alpha and doc[e - 1].text.islower() and doc[e - 1].lower_ not in NAME_PARTICLES:
                e -= 1  # "BelTA news agency" -> "BelTA"; "Gunshots rang" -> "Gunshots"
        if label == "PERSON" and not any(doc[k].tag_ in {"NNP", "NNPS"} for k in range(s, e)):
            continue  # "Gunshots": a plural common noun at a sentence start
        if e <= s:
            continue
        if label != "PERSON" and all(persons.is_title(doc[k].text) or doc[k].lower_ in v.roles for k in range(s, e)):
            continue  # "Supreme" (Leader), "Chief"
        if label in {"ORG", "GPE"} and not _has_org_keyword(doc, s, e):
            s2 = s
            while s2 - 1 >= 0 and s2 - 1 not in ent_tokens and doc[s2 - 1].tag_ == "NNP" and doc[s2 - 1].is_alpha \
                    and _is_cap(doc[s2 - 1]) and not persons.is_title(doc[s2 - 1].text) and doc[s2 - 1].lower_ not in v.roles:
                s2 -= 1
            if s2 < s and _appositive_title_cue(doc, s2):
                out.append(_cand(doc, s2, e, "person", label + "->person", P_NER))
                continue  # ", Jane [Roe]," after a job title: the model saw only part of the name
        if label in {"EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}:
            if not _has_org_keyword(doc, s, e) or label == "LAW":
                continue
            label = "ORG"  # "Iran Human Rights" tagged EVENT
        text = _span_text(doc, s, e)
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
        if label != "PERSON" and not _has_org_keyword(doc, s, e) and any(tables().demonyms.get(doc[k].lower_) == "" for k in range(s, e)):
            continue  # "Local Baluchi": an ethnic or regional adjective
        if label == "ORG":
            cut = _split_of_org(doc, s, e)
            if cut:
                out.append(_cand(doc, s, cut[0], "organization", label, P_NER))
                out.append(_cand(doc, cut[1], e, "organization", label, P_NER))
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
        if _ends_with_facility(doc, s, e) and not _has_org_keyword(doc, s, e):
            continue
        facility_next = _followed_by_facility(doc, e)
        has_kw = _has_org_keyword(doc, s, e)
        # acronyms/agencies first
        if text in acr_groups:
            continue  # covered by the acronym rule
        agency = v.agencies.get(text) or v.agency_by_norm.get(key)
        if agency and not agency.needs_context:
            continue  # the agency scan covers it
        if agency:  # an outlet named like a word or a town ("Dawn", "Jowhar"): the agency scan decides, or the gazetteer
            place = lookup_place(text, ctx.cc)
            if place and place.kind != "country" and (place.country_code in ctx.cc or _loc_context(doc, s)):
                out.append(_cand(doc, s, e, "location", label, P_NER, place=place))
            continue
        if e < len(doc) and doc[e].text.islower() and doc[e].lower_ in {"hospital", "university", "college", "clinic", "court"} \
                and not lookup_place(text, ctx.cc):
            out.append(_cand(doc, s, e + 1, "organization", label + "->org", P_NER))
            continue  # "Erdogan hospital"
        if label in {"GPE", "LOC", "FAC"}:
            if facility_next and _followed_by_facility(doc, e, lookup_place(text, ctx.cc), ctx) or label == "FAC" and not has_kw:
                continue
            if has_kw and label != "GPE":
                out.append(_cand(doc, s, e, "organization", label, P_NER))
                continue
            place = lookup_place(text, ctx.cc)
            if place and ctx.cc and place.country_code not in ctx.cc and place.kind == "city" and place.population < 100000:
                place = None  # a small namesake abroad: keep the place, but unresolved
            if place:
                out.append(_cand(doc, s, e, "location", label, P_NER, place=place))
            elif label == "GPE" and not has_kw:
                if e - s == 1 and key in ctx.lower_words:
                    continue
                if key in ctx.person_words or (e - s > 1 and key.split()[-1] in ctx.person_words) \
                        or (e - s > 1 and (_appositive_title_cue(doc, s) or _org_is_person(doc, s, e, ctx))):
                    out.append(_cand(doc, s, e, "person", label + "->person", P_NER))
                    continue
                out.append(_cand(doc, s, e, "location", label, P_NER, kind_hint="city"))
            continue
        if label == "NORP":
            continue
        # PERSON / ORG
        if facility_next and not has_kw:
            continue
        place = None if has_kw else lookup_place(text, ctx.cc)
        titled = s > 0 and (persons.is_title(doc[s - 1].text) or doc[s - 1].lower_ in v.roles)
        if place and (titled or label == "PERSON" and not place.primary and not _loc_context(doc, s)):
            place = None  # "Dr. Amani" is not Amman (an alternate spelling) nor any town
        if place and place.kind != "country" and not (key in ctx.person_words and e - s == 1):
            loc = _loc_context(doc, s)
            in_cc = place.country_code in ctx.cc
            if label == "PERSON" and len(text.split()) > 1 and not (place.kind == "region" or loc):
                pass  # a two-word personal name that is also a village name
            elif place.kind == "region" or loc or (in_cc and place.population >= 5000) or place.population >= 100000:
                out.append(_cand(doc, s, e, "location", label, P_NER, place=place))
                continue
        if label in {"PERSON", "ORG"} and not has_kw and e - s <= 3 and _org_cue_before(doc, s) and key not in ctx.person_words:
            out.append(_cand(doc, s, e, "organization", label + "->org", P_NER))
            continue  # "his party, X,", "the news site X"
        if e - s == 1 and key in ctx.org_first_words and key not in ctx.person_words:
            out.append(_cand(doc, s, e, "organization", label + "->org", P_NER))
            continue  # "Pastef" next to "Pastef-Les Patriotes"
        if label == "PERSON":
            if e < len(doc) and doc[e].lower_ in {"clan", "family", "dynasty", "brothers", "siblings", "era"}:
                continue  # "the X clan": a family, not a person mention
            if e - s > 1 and tables().countries.get(doc[e - 1].lower_) and not has_kw:
                out.append(_cand(doc, s, e, "organization", "PERSON->org", P_NER))
                continue  # "Amnesty Senegal"
            if has_kw:
                out.append(_cand(doc, s, e, "organization", label, P_NER))
                continue
            if orgs.is_acronym(text):
                out.append(_cand(doc, s, e, "organization", label, P_NER))
                continue
            if e - s == 1 and key in ctx.lower_words:
                continue  # "Gunfire", "Riot": a common word capitalized at a sentence start
            if place is None and e - s == 1 and _loc_context(doc, s) and doc[s - 1].lower_ in {"in", "at", "near"} \
                    and key not in ctx.person_words:
                out.append(_cand(doc, s, e, "location", label, P_NER, kind_hint="city"))
                continue
            out.append(_cand(doc, s, e, "person", label, P_NER))
            continue
        # ORG
        split = None if has_kw else _trailing_person(doc, s, e)
        if split is not None:
            out.append(_cand(doc, split, e, "person", "ORG->person", P_NER))
            continue  # "Interior of Chile Jane Roe": a job description and a name
        if not has_kw and _org_is_person(doc, s, e, ctx):
            out.append(_cand(doc, s, e, "person", "ORG->person", P_NER))
            continue
        if re.match(r"^\d", text):
            continue  # "86th Gate"
        out.append(_cand(doc, s, e, "organization", label, P_NER))
    return out


def _appositive_title_cue(doc, s: int) -> bool:
    """', Jane Roe' after a job title ('the state Director of Public Prosecution, Jane Roe,')."""
    if s < 2 or doc[s - 1].text != ",":
        return False
    v = vocab()
    for k in range(s - 2, max(-1, s - 10), -1):
        t = doc[k]
        if t.text in {".", ";", "!", "?", "\n", ","} or "\n" in t.text:
            return False
        if persons.is_title(t.text) or t.lower_ in v.roles:
            return True
    return False


def _org_cue_before(doc, s: int) -> bool:
    k = s - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    return k >= 0 and doc[k].lower_ in ORG_CUE_NOUNS and doc[k].text.islower()


def _split_of_org(doc, s: int, e: int) -> tuple[int, int] | None:
    """'Public Opinion Programme of the University of X' -> two organizations."""
    kw = vocab().org_keywords
    for k in range(s + 1, e - 2):
        if doc[k].lower_ == "of" and doc[k - 1].text.lower() in kw:
            j = k + 1 + (doc[k + 1].lower_ == "the")
            if j < e and doc[j].text.lower() in kw and _is_cap(doc[j]) and doc[j].text.lower() in {
                    "university", "ministry", "council", "commission", "bank", "government", "office", "department",
                    "institute", "college", "court", "assembly", "parliament", "committee", "agency"}:
                return k - 0, j
    return None


def _trailing_person(doc, s: int, e: int) -> int | None:
    """Start of a 2-3 word name closing an ORG span after a country name or title ('... of Chile Jane Roe')."""
    t = tables()
    for k in range(e - 2, s, -1):
        if k - 1 < s or e - k < 2 or e - k > 3:
            continue
        prev = doc[k - 1]
        if t.countries.get(prev.lower_) or persons.is_title(prev.text):
            if all(_is_cap(doc[j]) and doc[j].is_alpha and doc[j].tag_ == "NNP" for j in range(k, e)):
                if not lookup_place(_span_text(doc, k, e)):
                    return k
    return None


def _org_is_person(doc, s: int, e: int, ctx: _Ctx) -> bool:
    """An ORG span that is really a person: name-shaped and introduced by a title/role, followed by an
    age, or sharing a surname with a PERSON of the article."""
    v = vocab()
    toks = doc[s:e]
    text = toks.text
    if orgs.is_acronym(text) or any(not persons.looks_like_name_token(t) and t.text != "-" for t in toks):
        return False
    if e - s > 4:
        return False
    key = norm(text)
    words = key.split()
    if lookup_place(text, ctx.cc) or tables().countries.get(key):
        return False
    prev = doc[s - 1] if s > 0 else None
    prev2 = doc[s - 2] if s > 1 else None
    if prev is not None and (persons.is_title(prev.text) or prev.lower_ in v.roles):
        return True
    if prev is not None and prev.text == "," and prev2 is not None and prev2.lower_ in v.roles:
        return True
    if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].like_num and doc[e + 2].text in {",", ")"}:
        return True
    if words and words[-1] in ctx.person_words:
        return True
    nxt = doc[e] if e < len(doc) else None
    v_known = vocab().agencies.get(text) or vocab().agency_by_norm.get(key) or vocab().known_org_regex.fullmatch(text)
    if v_known:
        return False
    if e - s == 1:
        # "X said", "X’s official residence": a bare surname the model took for an organization
        return nxt is not None and (nxt.lower_ in SPEECH_VERBS or nxt.text in {"'s", "’s"}) and toks[0].tag_ == "NNP" \
            and key not in ctx.org_first_words
    # two to four capitalized name words, no function word, no place or nationality inside
    if any(t.lower_ in orgs.FUNCTION_WORDS or tables().demonyms.get(t.lower_) is not None
           or tables().countries.get(t.lower_) for t in toks):
        return False
    if any("-" in t.text or t.text == "-" for t in toks):
        return False
    if any(lookup_place(t.text, ctx.cc) and lookup_place(t.text, ctx.cc).kind == "region" for t in toks):
        return False
    return all(t.tag_ == "NNP" and t.is_alpha and t.text[0].isupper() and not t.text.isupper() for t in toks)


# ---------------------------------------------------------------------------------------------
# overlap resolution and entity building

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


def _build(kept: list[Cand], body: str, ctx: _Ctx) -> tuple[list[Entity], list[Mention]]:
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
    _build_orgs(ocands, body, add, ctx)
    return list(entities.values()), mentions


def _build_orgs(ocands: list[Cand], body: str, add, ctx: _Ctx) -> None:
    v = vocab()
    # union-find over candidates
    parent = list(range(len(ocands)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    texts = [orgs.strip_the(persons.strip_possessive(body[c.start:c.end])) for c in ocands]
    keys = [orgs.org_key(c.org_canonical or t) for c, t in zip(ocands, texts)]
    by_key: dict[str, int] = {}
    by_group: dict[str, int] = {}
    for i, c in enumerate(ocands):
        for k in {keys[i], orgs.strip_nationality(keys[i])}:
            if k in by_key:
                union(by_key[k], i)
            else:
                by_key[k] = i
        if c.group:
            if c.group in by_group:
                union(by_group[c.group], i)
            else:
                by_group[c.group] = i
    # acronyms <-> names with matching initials, well-known acronyms
    long_idx = [i for i, t in enumerate(texts) if not orgs.is_acronym(t) and len(t.split()) >= 2]
    for i, t in enumerate(texts):
        if not orgs.is_acronym(t):
            continue
        for j in long_idx:
            if orgs.matches_acronym(t, texts[j]) or (t in v.acronyms and norm(v.acronyms[t]) == keys[j]):
                union(j, i)
                break
    # bare "Army" -> the only "<X> Army"; bare "Amnesty" -> the first "Amnesty <...>" in the article
    for i, t in enumerate(texts):
        if len(t.split()) == 1 and not orgs.is_acronym(t):
            heads = {find(j) for j, u in enumerate(texts) if j != i and len(u.split()) > 1 and u.split()[-1].lower() == t.lower()}
            if len(heads) == 1:
                union(heads.pop(), i)
                continue
            firsts = [j for j, u in enumerate(texts) if j != i and len(re.split(r"[\s\-]+", u)) > 1
                      and re.split(r"[\s\-]+", u)[0].lower() == t.lower()]
            if firsts:
                union(min(firsts, key=lambda j: ocands[j].start), i)
    clusters: dict[int, list[int]] = {}
    for i in range(len(ocands)):
        clusters.setdefault(find(i), []).append(i)
    for members in clusters.values():
        names = [ocands[i].org_canonical or texts[i] for i in members]
        full = [n for n in names if not orgs.is_acronym(n)]
        canonical = max(full or names, key=len)
        if orgs.is_acronym(canonical) and canonical in v.acronyms:
            canonical = v.acronyms[canonical]
        key = orgs.org_key(canonical)
        eid = entity_id("organization", key)
        for i in members:
            add(eid, lambda: Entity(eid, "organization", canonical), ocands[i])


def extract_entities(doc, article: ArticleText) -> tuple[list[Entity], list[Mention]]:
    body = article.body
    v = vocab()
    ctx = _Ctx(doc, body)
    ctx.lower_words = {t.lower_ for t in doc if t.is_alpha and t.text.islower()}
    person_spans = []
    ner_types: dict[int, str] = {}
    for ent in doc.ents:
        if ent.label_ == "ORG" and sum(t.is_alpha for t in ent if t.lower_ != "the") > 1:
            first = ent[1] if ent[0].lower_ == "the" and len(ent) > 2 else ent[0]
            if _is_cap(first) and first.text.lower() not in v.org_keywords:
                ctx.org_first_words.add(first.lower_)
        for k in range(ent.start, ent.end):
            ner_types[k] = ent.label_
        if ent.label_ == "PERSON":
            person_spans.append((ent.start, ent.end))
            if ent.end - ent.start > 1:
                s, e = _trim(doc, ent.start, ent.end, "person")
                ws = persons.name_words(_span_text(doc, s, e))
                if len(ws) > 1:
                    ctx.person_words.update(ws[1:])

    ctx.ner_label = ner_types
    first_line = body.split("\n", 1)[0]
    words = [w for w in first_line.split() if w[:1].isalpha()]
    if words and sum(w[0].isupper() for w in words) / len(words) > 0.6:
        ctx.headline_end = len(first_line)  # Title Case headline: capitals say nothing there
    country_cands = _scan_countries(doc, ctx, person_spans)
    country_tok: dict[int, str] = {}
    for c in country_cands:
        for t in doc.char_span(c.start, c.end, alignment_mode="expand") or []:
            country_tok[t.i] = c.place.country_code
    taken_country = set(country_tok)

    cands: list[Cand] = list(country_cands)
    cands += _credit_cands(doc, body, ctx)
    cands += _agency_cands(doc, body)
    cands += _known_org_cands(body)
    acr_cands, acr_groups = _acronym_defs(doc, body, ner_types)
    cands += acr_cands
    cands += _lowercase_bodies(doc, ctx, country_tok)
    cands += _org_cue_after_cands(doc, ctx, set(country_tok))
    cands += _place_kind_cands(doc, ctx, taken_country)
    cands += _dateline_cands(doc, ctx)
    cands += _kind_of_cands(doc, ctx, set(country_tok))
    ner = _ner_cands(doc, ctx, acr_groups)
    cands += ner
    # acronyms defined in the article (or well known) used on their own
    for t in doc:
        if t.text in acr_groups and not any(c.start == t.idx for c in acr_cands):
            g = acr_groups[t.text]
            if g.startswith("place:"):
                place = next((c.place for c in acr_cands if c.place and "place:" + c.place.key == g), None)
                cands.append(_cand(doc, t.i, t.i + 1, "location", "acronym", P_ACRONYM_DEF, place=place))
            else:
                canon = next((c.org_canonical for c in acr_cands if c.group == g), None)
                cands.append(_cand(doc, t.i, t.i + 1, "organization", "acronym", P_ACRONYM_DEF, org_canonical=canon, group=g))
        elif t.text in v.acronyms and t.text not in acr_groups and t.text.isupper() and t.ent_type_ not in {"GPE", "PERSON"} \
                and not _glued(doc, t.i) and not (t.i + 1 < len(doc) and _glued(doc, t.i + 1)) \
                and not tables().countries.get(norm(t.text)):
            cands.append(_cand(doc, t.i, t.i + 1, "organization", "acronym-seed", P_NER - 1, org_canonical=v.acronyms[t.text]))
    covered = set()
    for c in cands:
        if c.label in {"country", "demonym"}:
            covered.update(country_tok.keys())
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None:
            covered.update(range(span.start, span.end))
    covered.update(country_tok)
    cands += _role_person_cands(doc, ctx, covered)
    for c in cands:
        if c.etype == "person":
            ws = persons.name_words(body[c.start:c.end])
            if len(ws) > 1 and len(ws[-1]) > 2 and tables().demonyms.get(ws[-1]) is None and not tables().countries.get(ws[-1]):
                ctx.surnames.add(ws[-1])
    cands += _surname_cands(doc, ctx, covered)
    cands += _keyword_org_cands(doc, ctx, covered)
    cands += _gazetteer_cands(doc, ctx, covered)
    kept = _resolve(cands)
    return _build(kept, body, ctx)
