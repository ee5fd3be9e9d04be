"""Place rules: countries and nationality adjectives, "X province" / "A, B and C townships",
"the village of X", datelines, and gazetteer matches the NER missed."""
from __future__ import annotations

import re

from . import persons
from .gazetteer import country_place, is_blocked, lookup_place, norm, tables
from .vocab import vocab, word_list

WEAK_KINDS = word_list("weak_place_kind")
NER_KINDS = word_list("ner_place_kind")
BODY_AFTER_PLACE = word_list("body_after_place")
STRONG_KINDS = word_list("strong_place_kind")
PLACE_ARTICLES = word_list("place_article")
WORDLIKE_CODES = word_list("wordlike_country_code")
PLACE_INNER_WORDS = word_list("place_inner_word")
PLACE_LIST_SEPS = word_list("place_list_sep")
from .entity_spans import (
    Cand, COMPASS, Context, LIST_JOINERS, LOC_PREPS, DETERMINERS, ends_with_facility, followed_by_facility, has_org_keyword,
    loc_context, NAME_PARTICLES, P_GAZ, P_PLACE_KIND, span_text, token_cand,
)
from .tokens import glued, has_alpha, is_cap, sentence_start


def scan_countries(doc, ctx: Context, person_spans: list[tuple[int, int]]) -> list[Cand]:
    t = tables()
    out = []
    n = len(doc)
    i = 0
    in_person = set()
    for s, e in person_spans:
        if e - s > 1:
            in_person.update(range(s, e))
    tk = ctx.toks
    texts, ws = tk.text, tk.whitespace
    while i < n:
        if not texts[i][:1].isupper() or i in in_person or (i >= 2 and texts[i - 1] == "-" and not ws[i - 1]
                                                             and not ws[i - 2] and tk.is_alpha[i - 2]):
            i += 1  # "Inter-American", "Pan-African": part of a compound name, not the country
            continue
        if i >= 1 and texts[i - 1][:1].isupper() and tk.lower[i - 1] in COMPASS:
            i += 1  # "West Azerbaijan" (an Iranian province); real countries ("South Sudan") match from the compass word
            continue
        found = None
        first = norm(texts[i]).split()
        if not first or first[0] not in t.first_words:
            i += 1
            continue
        for length in range(min(t.max_words * 2, n - i), 0, -1):
            last = i + length - 1
            if not (tk.is_alpha[last] or texts[last] in {"U.S.", "U.K.", "U.S.A."}) \
                    or not tk.is_cap(last) and tk.lower[last] not in PLACE_INNER_WORDS:
                if length > 1:
                    continue
            key = norm(tk.span_text(i, i + length))
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
            if key in WORDLIKE_CODES and not texts[i].replace(".", "").isupper():
                continue
            found = (length, cc, label)
            break
        if found:
            length, cc, label = found
            if cc:  # "" = regional adjective such as "Latin American": no country
                out.append(token_cand(doc, i, i + length, "location", label, 100, place=country_place(cc)))
                ctx.countries[cc] += 1
            i += length
        else:
            i += 1
    return out


def _kind_agrees(place, kind: str, ctx: Context):
    """"the Nyanza region", "X province": the text says the name is a region; a same-named town abroad (the
    gazetteer knows no such region) is another place, so the name stays unresolved (a region of the article's
    country, kind_hint) rather than a town that votes for another country."""
    if place is not None and kind == "region" and place.kind == "city" and ctx.cc and place.country_code not in ctx.cc:
        return None
    return place


def place_kind_cands(doc, ctx: Context, taken_country: set[int]) -> list[Cand]:
    """'Kachin State', 'Maysan province', 'Hlaing Thar Yar Township', 'A, B and C townships'."""
    v = vocab()
    out = []
    n = len(doc)
    lows = ctx.toks.lower
    for i in range(1, n):
        low = lows[i]
        kind = v.place_kinds.get(low)
        if not kind:
            continue
        t = doc[i]
        plural = low in v.place_kind_plurals
        if plural and not t.text.islower() and not (i >= 1 and doc[i - 1].lower_ == "police"):
            continue  # "United States", "Gulf States": a name, not a list ("X and Y Police Divisions" is one)
        # name run right before the kind word
        def run_before(k):
            e = k
            s = k
            while s - 1 >= 0 and (is_cap(doc[s - 1]) and doc[s - 1].is_alpha or doc[s - 1].text == "-" and s - 2 >= 0 and is_cap(doc[s - 2])
                                  or doc[s - 1].lower_ in NAME_PARTICLES and s - 2 >= 0 and is_cap(doc[s - 2]) and s < e):
                s -= 1
            # "In Jhapa district, ...": a sentence's capitalized preposition opens no name
            while s < e and (persons.is_title(doc[s].text) or doc[s].lower_ in DETERMINERS
                             or doc[s].lower_ in LOC_PREPS and doc[s].lower_ not in LIST_JOINERS and s + 1 < e):
                s += 1
            return s, e
        if not plural:
            if low in WEAK_KINDS and not is_cap(t):
                # "the city", "the state": only with a capitalized kind word or a gazetteer hit
                s, e = run_before(i)
                if e - s == 0:
                    continue
                name = span_text(doc, s, e)
                if any(k in taken_country for k in range(s, e)):
                    continue
                if not lookup_place(name, ctx.cc) and not (doc[s].ent_type_ in {"GPE", "LOC"} and low in NER_KINDS):
                    continue
            s, e = run_before(i)
            if e - s == 0 or any(k in taken_country for k in range(s, e)) or has_org_keyword(doc, s, e):
                continue
            if sentence_start(doc, s) and e - s == 1 and not lookup_place(span_text(doc, s, e), ctx.cc):
                continue
            name = span_text(doc, s, e)
            if norm(name) in v.non_entities or is_blocked(name):
                continue
            if i + 1 < n and doc[i + 1].lower_ in BODY_AFTER_PLACE:
                if doc[i + 1].lower_ != "capital":
                    continue
            strong = is_cap(t) or low in STRONG_KINDS
            place = lookup_place(name, ctx.cc, prefer=kind if strong else None)
            if place is None and (sentence_start(doc, s) or any(doc[k].tag_ not in {"NNP", "NNPS"} for k in range(s, e))):
                continue
            place = _kind_agrees(place, kind, ctx)
            incl = is_cap(t)
            end = i + 1 if incl else e
            out.append(token_cand(doc, s, end, "location", "place-kind", P_PLACE_KIND, place=place, kind_hint=kind))
        else:
            # walk back over "A, B and northern C"
            k = i - 1
            if k >= 0 and is_cap(doc[k]) and doc[k].lower_ in v.org_keywords:
                k -= 1  # "X and Y Police Divisions"
            names = []
            while k >= 0:
                if is_cap(doc[k]) and doc[k].is_alpha:
                    s, e = run_before(k + 1)
                    names.append((s, e))
                    k = s - 1
                    sep = False
                    while k >= 0 and (doc[k].lower_ in COMPASS or doc[k].text in PLACE_LIST_SEPS):
                        sep = sep or doc[k].text in PLACE_LIST_SEPS
                        k -= 1
                    if sep:
                        continue
                    break
                break
            for s, e in names:
                if any(x in taken_country for x in range(s, e)):
                    continue
                name = span_text(doc, s, e)
                if norm(name) in v.non_entities or is_blocked(name) or has_org_keyword(doc, s, e):
                    continue
                place = lookup_place(name, ctx.cc, prefer=kind)
                if place is None and any(doc[k].tag_ not in {"NNP", "NNPS"} for k in range(s, e)):
                    continue
                place = _kind_agrees(place, kind, ctx)
                out.append(token_cand(doc, s, e, "location", "place-kind", P_PLACE_KIND, place=place, kind_hint=kind))
    return out


def kind_of_cands(doc, ctx: Context, covered: set[int]) -> list[Cand]:
    """'the village of X', 'the town of X', 'the province of X'; 'the provinces of X and Y', 'the towns of X, Y and Z'."""
    v = vocab()
    out = []
    n = len(doc)
    tk = ctx.toks
    for i in range(1, n - 2):
        low = tk.lower[i]
        if low not in v.place_kinds or tk.lower[i + 1] != "of" or not tk.text[i].islower():
            continue
        if doc[i - 1].lower_ not in PLACE_ARTICLES:
            continue
        plural = low in v.place_kind_plurals
        kind = v.place_kinds[low]
        s = i + 2
        while s < n:
            e = s
            while e < n and (is_cap(doc[e]) and has_alpha(doc[e]) or doc[e].text == "-" and glued(doc, e)
                             or glued(doc, e) and has_alpha(doc[e]) and e > s):
                e += 1
            while e > s and not has_alpha(doc[e - 1]):
                e -= 1
            if e == s or e - s > 4 or any(k in covered and ctx.ner_label.get(k) not in {"ORG", "PERSON", "GPE", "NORP", "FAC"} for k in range(s, e)):
                break
            name = span_text(doc, s, e)
            if tables().countries.get(norm(name)) or has_org_keyword(doc, s, e) or followed_by_facility(doc, e):
                break
            place = lookup_place(name, ctx.cc, prefer=kind)
            out.append(token_cand(doc, s, e, "location", "kind-of", P_PLACE_KIND, place=place, kind_hint=kind))
            # a plural kind names a list: "the provinces of X, Y and Z"
            k = e
            while plural and k < n and doc[k].text in PLACE_LIST_SEPS:
                k += 1
            if not plural or k == e or k >= n or not is_cap(doc[k]):
                break
            s = k
    return out


def dateline_cands(doc, ctx: Context) -> list[Cand]:
    """'CITY, Month 3 (Agency) -' or 'CITY, Country, 3 March' at the start of a line."""
    out = []
    tk = ctx.toks
    text, n = tk.text, len(tk.text)
    for i in range(n):
        if not tk.line_start(i) and not (i > 0 and tk.is_space[i - 1]):
            continue
        e = i
        while e < n and (tk.is_alpha[e] and text[e].isupper() and (len(text[e]) > 1 or tk.glued(e))
                         or text[e] == "-" and e > i and tk.glued(e) and e + 1 < n and tk.glued(e + 1)):
            e += 1  # "PORT-AU-PRINCE"
        if e == i and tk.line_start(i):
            e = _title_dateline_end(doc, i)
            if e == i:
                continue
        elif e == i or e >= n or text[e] not in {",", "—", "-", ":", "("}:
            continue
        name = span_text(doc, i, e).title()
        place = lookup_place(name, ctx.cc)
        if place and place.kind != "country" and not is_blocked(name):
            out.append(token_cand(doc, i, e, "location", "dateline", P_PLACE_KIND, place=place))
    return out


_TITLE_DATELINE = re.compile(
    r"(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),(?: [A-Z][a-z]+(?: [A-Z][a-z]+){0,2},)?"
    r"(?: [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?(?: \([A-Z][\w.&/ -]{0,30}\))? (?:-|—|–|--) ")


def _title_dateline_end(doc, i: int) -> int:
    """The end token of a dateline written in title case at the start of a line, "Ibadan, Nigeria, May 2 (AFP) - "
    (a city, an optional country or region, an optional day, an optional agency, then a dash), else i."""
    m = _TITLE_DATELINE.match(doc.text, doc[i].idx)
    if not m:
        return i
    end = doc[i].idx + len(m.group("city"))
    e = i
    while e < len(doc) and doc[e].idx < end:
        e += 1
    return e


def gazetteer_cands(doc, ctx: Context, covered: set[int]) -> list[Cand]:
    """Capitalized name runs nobody claimed that the gazetteer knows as a region or a sizeable town."""
    out = []
    n = len(doc)
    tk = ctx.toks
    i = 0
    while i < n:
        text, tag = tk.text[i], tk.tag[i]
        weak_tag = tag not in {"NNP", "NNPS"}  # e.g. a town name tagged NN at a sentence start
        if i in covered or not tk.is_cap(i) or not tk.is_alpha[i] or weak_tag and (tag not in {"NN", "JJ"} or tk.lower[i] in ctx.lower_words) \
                or text.isupper() and len(text) > 1 or doc[i].ent_type_ in {"DATE", "TIME"}:
            i += 1  # acronyms in capitals ("SAN") are not towns; datelines have their own rule
            continue
        e = i
        while e < n and e not in covered and (tk.is_cap(e) and (tk.tag[e] in {"NNP", "NNPS"} or e == i)
                                             or e > i and tk.glued(e) and (tk.has_alpha(e) or tk.text[e] in {"-", "’", "'"})
                                             or tk.lower[e] == "and" and e + 1 < n and tk.is_cap(e + 1) and e > i):
            e += 1
        while e > i and not tk.has_alpha(e - 1):
            e -= 1
        matched = False
        for s2 in range(i, e):
            for e2 in range(e, s2, -1):
                if not has_alpha(doc[e2 - 1]) or not has_alpha(doc[s2]) or ends_with_facility(doc, i, e):
                    continue  # "Gilgit-" out of "Gilgit-Baltistan House": a window must not cut a word or a site name
                name = span_text(doc, s2, e2)
                if is_blocked(name) or norm(name) in vocab().non_entities:
                    continue
                place = lookup_place(name, ctx.cc)
                if not place or place.kind == "country":
                    continue
                if has_org_keyword(doc, i, e) or followed_by_facility(doc, e2, place, ctx) or followed_by_facility(doc, e, place, ctx) or ends_with_facility(doc, s2, e2) \
                        or e2 < n and doc[e2].lower_.rstrip(".") in vocab().facility_words and is_cap(doc[e2]):
                    continue
                loc = loc_context(doc, s2)
                in_cc = place.country_code in ctx.cc
                if not place.primary and place.population < 100000:
                    continue  # alternate spellings of small towns are too often ordinary names
                ok = (place.kind == "region" and (in_cc or loc)) or \
                     (place.kind == "city" and (place.population >= 15000 and (in_cc or loc or place.population >= 500000)
                                                or in_cc and loc))
                if e2 - s2 == 1 and sentence_start(doc, s2) and not loc or weak_tag:
                    ok = ok and in_cc and (place.population >= 100000 or place.kind == "region" and not weak_tag)
                if ok:
                    out.append(token_cand(doc, s2, e2, "location", "gazetteer", P_GAZ, place=place))
                    matched = True
                    break
            if matched:
                break
        i = max(e, i + 1)
    return out
