"""News outlets and platforms the NER misses or splits: sites written as domains ("Example.kz"),
a name right after an outlet noun ("the news channel Name-24", "the TV station Name"), the
platform X beside "on" or other platforms, and capitalized state bodies ("Parliament")."""
from __future__ import annotations

import re
from functools import lru_cache

from .entity_spans import (
    Cand, char_cand, Context, LOC_PREPS, P_AGENCY, P_GAZ, P_RULE_ORG, PERSON_PREFIXES, token_cand,
)
from .gazetteer import lookup_place, norm, tables
from .persons import is_title
from .tokens import sentence_start
from .vocab import vocab, word_list

OUTLET_NOUNS = word_list("outlet_noun")
ORG_CUE_NOUNS = word_list("org_cue_noun")
DETERMINERS = word_list("determiner")
PLATFORMS = word_list("platform")
PLATFORM_CUES = word_list("platform_cue")
TIME_WORDS = word_list("time_word")
BODIES = word_list("capitalized_body")
SITE_PREPS = LOC_PREPS - word_list("not_site_prep")   # before a building, not a body


@lru_cache(maxsize=None)
def _domain_regex() -> re.Pattern:
    tlds = "|".join(sorted(word_list("web_tld"), key=len, reverse=True))
    upper = "|".join(t.upper() for t in sorted(word_list("web_tld"), key=len, reverse=True))
    # (a slash after a letter may stand before it: "Jane Roe/Site.kz"; an all-capital name may end in a
    # capital domain: "SITE.KZ")
    return re.compile(r"(?<![\w@.\-])(?<![^A-Za-z]/)((?:[A-Z]|[0-9][A-Za-z0-9\-])[A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.(?:" + tlds
                      + r")|[A-Z][A-Z0-9\-]+\.(?:" + upper + r"))(?![\w\-]|\.[A-Za-z0-9])")


def domain_cands(doc, ctx: Context) -> list[Cand]:
    """"Example.kz", "Agenda.ge", "24.kg", "7news.az": a capitalized name (or one of two or more
    characters starting with a digit) glued to a top-level domain is a site."""
    body = ctx.body
    if "." not in body:
        return []
    return [char_cand(m.start(1), m.end(1), "organization", "domain", P_AGENCY, org_canonical=m.group(1))
            for m in _domain_regex().finditer(body)]


def _name_end(doc, k: int) -> int:
    """End of a capitalized name starting at token k: up to three capitalized words, and a number
    or "-NN" glued to them ("Name 24", "Name-24")."""
    n, e = len(doc), k
    while e < n and e - k < 3 and doc[e].text[:1].isupper() and (doc[e].is_alpha or "-" in doc[e].text) \
            and doc[e].lower_ not in TIME_WORDS and not is_title(doc[e].text):
        e += 1
    if e == k:
        return k
    if e < n and doc[e].like_num and len(doc[e].text) <= 3:
        e += 1  # "Name 24"
    elif e + 1 < n and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
            and doc[e + 1].like_num:
        e += 2  # "Name-24"
    return e


def outlet_after_noun_cands(doc, ctx: Context) -> list[Cand]:
    """"the state news channel Name-24", "the TV station Name": a name right after a lower-case outlet noun;
    "the NGO Name", "the rights group Name": after a body's noun with a determiner before it (the NER may miss it)."""
    out = []
    tk, t = ctx.toks, tables()
    for k in range(len(tk.lower) - 1):
        outlet = tk.lower[k] in OUTLET_NOUNS and tk.text[k].islower()
        body = tk.lower[k] in ORG_CUE_NOUNS and (tk.text[k].islower() or tk.text[k].isupper()) \
            and (k > 0 and tk.lower[k - 1] in DETERMINERS
                 or k > 1 and tk.lower[k - 2] in DETERMINERS and tk.text[k - 1].islower()) \
            and k + 1 < len(doc) and not doc[k + 1].ent_type_   # "the NGO X", "the rights group X" the NER missed
        if not (outlet or body) or not tk.is_cap(k + 1):
            continue
        e = _name_end(doc, k + 1)
        if e == k + 1:
            continue
        name = tk.span_text(k + 1, e)
        key = norm(name)
        if t.countries.get(key) or t.demonyms.get(key) is not None or t.demonyms.get(key[:-1]) is not None \
                or key in ctx.person_words \
                or key in vocab().generic_groups or lookup_place(name, ctx.cc) or tk.lower[k + 1] in PERSON_PREFIXES \
                or vocab().agencies.get(name) or vocab().agency_by_norm.get(key):
            continue  # "the newspaper Kenyans read"; a known outlet is the agency scan's
        out.append(token_cand(doc, k + 1, e, "organization", "outlet-noun" if outlet else "org-cue-noun", P_RULE_ORG))
    return out


def platform_x_cands(doc, ctx: Context) -> list[Cand]:
    """"posted on X", "Facebook, X and Telegram": the platform X, told from the letter by its neighbours."""
    out = []
    tk = ctx.toks
    n = len(tk.text)
    for i, text in enumerate(tk.text):
        if text not in {"X", "X."} or i == 0:
            continue
        beside = []  # the list neighbours: "Facebook, X", "X and Telegram"
        if i >= 2 and tk.text[i - 1] in {",", "and"}:
            beside.append(tk.lower[i - 2])
        if i + 2 < n and tk.text[i + 1] in {",", "and"}:
            beside.append(tk.lower[i + 2])
        if tk.lower[i - 1] in PLATFORM_CUES or any(w in PLATFORMS and w != "x" for w in beside):
            if i + 1 < n and tk.glued(i + 1) and tk.text[i + 1] not in {".", ",", ";", ":", "’s", "'s", ")"}:
                continue  # "X-ray", "X1"
            start = tk.idx[i]  # "on X." is one token at a sentence end
            out.append(char_cand(start, start + 1, "organization", "platform", P_AGENCY, org_canonical="X"))
    return out


def capitalized_body_cands(doc, ctx: Context, covered: set[int]) -> list[Cand]:
    """"the Parliament voted", "Parliament's dismissal": a state body capitalized in running text
    (not at a sentence start, where any word is capitalized, and not inside another name)."""
    out = []
    tk = ctx.toks
    for i, low in enumerate(tk.lower):
        if low not in BODIES or i in covered or not tk.is_cap(i) or tk.text[i].isupper() or sentence_start(doc, i):
            continue
        if i + 1 < len(tk.text) and (tk.is_cap(i + 1) and tk.is_alpha[i + 1] or tk.lower[i + 1] in vocab().facility_words):
            continue  # the first word of a longer name ("Army Chief"), or a site ("the Parliament building")
        j = i - 1 if i > 0 and tk.lower[i - 1] != "the" else i - 2
        if j >= 0 and tk.lower[j] in SITE_PREPS:
            continue  # "outside the Parliament": the building
        out.append(token_cand(doc, i, i + 1, "organization", "capitalized-body", P_GAZ))
    return out
