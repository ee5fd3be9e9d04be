"""Organization rules: lower-case named bodies ("interior ministry", "Chilean army",
"UN human rights office"), names before cue nouns ("the X rights group"), capitalized names with an
organization head word, and merging an article's organization mentions into entities."""
from __future__ import annotations

import re

from ..ids import entity_id
from . import organizations as orgs
from . import persons
from .gazetteer import lookup_place, norm, tables
from .types import Entity
from .vocab import vocab, word_list
from .entity_spans import (
    Cand, Context, DETERMINERS, followed_by_facility, has_org_keyword, NAME_PARTICLES, P_RULE_ORG,
    P_RULE_PERSON, span_text, token_cand,
)
from .tokens import glued, is_cap, sentence_start


def lowercase_bodies(doc, ctx: Context, country_tok: dict[int, str]) -> list[Cand]:
    """'Chilean army', 'interior ministry', 'Ministry of Health', 'UN human rights office',
    'internal security forces', 'Lagos State Government'."""
    v = vocab()
    out = []
    tk = ctx.toks
    n = len(doc)
    lows, texts = tk.lower, tk.text
    for i in range(n):
        # named bodies written in lower case
        for length in (6, 5, 4, 3, 2) if lows[i] in v.body_first_words else ():
            if i + length <= n and tk.is_alpha[i + length - 1] and norm(tk.span_text(i, i + length)) in v.bodies:
                s = i
                if i > 0 and ((i - 1) in country_tok or is_cap(doc[i - 1]) and not sentence_start(doc, i - 1)
                              and lookup_place(doc[i - 1].text, ctx.cc)):
                    s = i - 1      # "Chilean national guard", "Lyon prosecutor's office"
                out.append(token_cand(doc, s, i + length, "organization", "body", P_RULE_ORG))
                break
        # <country adjective/name> + force ("Chilean army", "Nigerian Army")
        if i in country_tok:
            j = i + 1
            while j < n and country_tok.get(j) == country_tok[i]:
                j += 1
            if j < n and texts[j] in {"'s", "’s"}:
                continue  # "Iran's army" = the army of Iran: generic
            for length in (2, 1):
                if j + length <= n and " ".join(lows[j:j + length]) in v.force_heads:
                    out.append(token_cand(doc, i, j + length, "organization", "force", P_RULE_ORG))
                    break
            # "<Country> (State|state) Government"
        # "<domain> ministry", "ministry of (the) <domain>"
        if lows[i] == "ministry":
            s = i
            k = i - 1
            while k >= 0 and lows[k] in v.ministry_modifiers:
                k -= 1
            dom = " ".join(lows[k + 1:i])
            if dom in v.ministry_domains:
                s = k + 1
                if k >= 0 and k in country_tok:
                    s = k
                    while s - 1 >= 0 and country_tok.get(s - 1) == country_tok[k]:
                        s -= 1
                out.append(token_cand(doc, s, i + 1, "organization", "ministry", P_RULE_ORG))
            elif i + 2 < n and lows[i + 1] == "of":
                k2 = i + 2 + (lows[i + 2] == "the")
                for length in (2, 1):
                    if " ".join(lows[k2:k2 + length]) in v.ministry_domains:
                        s = i
                        if i > 0 and (i - 1) in country_tok:
                            s = i - 1
                        while is_cap(doc[i]) and s - 1 >= 0 and is_cap(doc[s - 1]) and doc[s - 1].tag_ in {"NNP", "NNPS"} \
                                and not sentence_start(doc, s) and not persons.is_title(doc[s - 1].text):
                            s -= 1  # "Kano State Ministry of Health"
                        end = k2 + length
                        if is_cap(doc[i]) and end + 1 < n and lows[end] == "of" and end + 1 in country_tok:
                            end += 1   # "Ministry of Internal Affairs of Tarvia": the country is part of the name
                            while end < n and country_tok.get(end) == country_tok[k2 + length + 1]:
                                end += 1
                        out.append(token_cand(doc, s, end, "organization", "ministry", P_RULE_ORG))
                        break
        # UN / United Nations + up to 3 words + office head
        if texts[i] in {"UN", "U.N."} or (texts[i] == "United" and i + 1 < n and texts[i + 1] == "Nations"):
            j = i + (2 if texts[i] == "United" else 1)
            if j < n and texts[j] in {"'s", "’s"}:
                j += 1   # "the UN's human rights office"
            for k in range(j, min(j + 4, n)):
                if lows[k] in v.office_heads:
                    if k > j:
                        out.append(token_cand(doc, i, k + 1, "organization", "un-office", P_RULE_ORG))
                    break
                if not tk.is_alpha[k] or lows[k] in EXPANSION_STOPS:
                    break
        # "<Place> State Government"
        if lows[i] == "government" and i >= 2 and lows[i - 1] == "state" and is_cap(doc[i - 2]):
            s = i - 2
            while s - 1 >= 0 and is_cap(doc[s - 1]) and doc[s - 1].tag_ == "NNP":
                s -= 1
            if lookup_place(span_text(doc, s, i - 1), ctx.cc):
                out.append(token_cand(doc, s, i + 1, "organization", "state-government", P_RULE_ORG))
    return out


ORG_CUE_AFTER = word_list("org_cue_after")
EXPANSION_STOPS = word_list("expansion_stop")
TITLE_LINK_PREPS = word_list("title_link_prep")
ORG_CUE_MODIFIERS = word_list("org_cue_modifier")
ORG_CONNECTORS = word_list("org_name_connector")
PLACE_JOINERS = word_list("org_place_joiner")
TIME_WORDS = word_list("time_word")  # "Parliament on Friday": a name never goes on into a day


def org_cue_after_cands(doc, ctx: Context, covered: set[int]) -> list[Cand]:
    """'the Hengaw rights group', 'the Viasna human rights centre': a name before a lower-case
    organization noun."""
    out = []
    n = len(doc)
    tk = ctx.toks
    for k in range(1, n):
        if tk.lower[k] not in ORG_CUE_AFTER or not tk.text[k].islower():
            continue
        j = k - 1
        while j >= 0 and doc[j].lower_ in ORG_CUE_MODIFIERS and doc[j].text.islower():
            j -= 1
        if j > 1 and doc[j].tag_ == "''":
            quoted = _quoted_name(doc, j)
            if quoted is not None and not any(x in covered for x in range(*quoted)) \
                    and not (k + 1 < n and doc[k + 1].tag_ in {"NN", "NNS"}):   # 'the "X" group chats'
                out.append(token_cand(doc, quoted[0], quoted[1], "organization", "org-cue", P_RULE_ORG))
            continue
        e = j + 1
        num = 1 if e - 1 > 0 and doc[e - 1].like_num and e - 2 >= 0 and is_cap(doc[e - 2]) else 0  # "Khabar 24 television"
        e -= num
        while e - 1 > 0 and tables().demonyms.get(doc[e - 1].lower_) == "":
            e -= 1  # "... Salafi jihadist group": a creed, not part of the name
        s = e
        while s - 1 >= 0 and e - s < 5 and (is_cap(doc[s - 1]) and (doc[s - 1].tag_ in {"NNP", "NNPS"} or num and doc[s - 1].is_alpha)
                                            or doc[s - 1].text in {"-"} and glued(doc, s) and s - 2 >= 0
                                            or doc[s - 1].lower_ in NAME_PARTICLES and s - 2 >= 0 and is_cap(doc[s - 2])):
            s -= 1
        if s < e and (doc[s].lower_ in ORG_CUE_MODIFIERS or doc[s].text.lower() in vocab().org_keywords
                      or sentence_start(doc, s) and e - s == 1 and not num):
            continue  # "Rights group X": the cue noun's own modifier, capitalized at a sentence start
        if s == e or any(x in covered for x in range(s, e)) and not all(ctx.ner_label.get(x) in {"NORP", "PERSON", "ORG"} for x in range(s, e)):
            continue
        name = span_text(doc, s, e)
        key = norm(name)
        if tables().countries.get(key) or tables().demonyms.get(key) is not None or lookup_place(name, ctx.cc) \
                or key in vocab().generic_groups or key in ctx.person_words:
            continue
        out.append(token_cand(doc, s, e + num, "organization", "org-cue", P_RULE_ORG))
    return out


def _quoted_name(doc, close: int) -> tuple[int, int] | None:
    """The tokens of a name in quotes that end at the closing quote `close` ("the 'Students Against
    Discrimination' group"): capitalized words and function words, the first and last capitalized."""
    for q in range(close - 1, max(close - 8, -1), -1):
        if doc[q].tag_ == "``":
            s, e = q + 1, close
            if e - s < 1 or not (is_cap(doc[s]) and is_cap(doc[e - 1])):
                return None
            if all(is_cap(doc[k]) or doc[k].lower_ in orgs.FUNCTION_WORDS for k in range(s, e)):
                return s, e
            return None
        if doc[q].is_sent_start or doc[q].tag_ == "''":
            return None
    return None


def keyword_org_cands(doc, ctx: Context, covered: set[int]) -> list[Cand]:
    """Capitalized names the NER missed that carry an organization head word
    ("National Commission For Press Freedom")."""
    v = vocab()
    out = []
    n = len(doc)
    tk = ctx.toks
    i = 0
    while i < n:
        if i in covered or not tk.is_cap(i) or not tk.is_alpha[i] or tk.idx[i] < ctx.headline_end:
            i += 1
            continue
        e = i
        while e < n and e not in covered and (tk.is_cap(e) and tk.is_alpha[e]
                                             or tk.lower[e] in ORG_CONNECTORS and e + 1 < n and tk.is_cap(e + 1)
                                             and tk.lower[e + 1] not in TIME_WORDS
                                             or tk.text[e] == "-" and tk.glued(e) and e + 1 < n and tk.glued(e + 1) and e > i):
            e += 1
        while e - 1 > i and (doc[e - 1].lower_ in v.roles or persons.is_title(doc[e - 1].text)
                             or doc[e - 1].lower_ in orgs.FUNCTION_WORDS):
            e -= 1  # "Police Spokesman SSP" -> "Police"
        s = i
        while s < e and (doc[s].lower_ in DETERMINERS or sentence_start(doc, s) and doc[s].text.lower() not in v.org_keywords
                         and not has_org_keyword(doc, s, s + 1) and e - s > 2 and doc[s].tag_ not in {"NNP", "NNPS"}):
            s += 1
        if any(persons.is_title(doc[k].text) and k + 1 < e and doc[k + 1].lower_ in TITLE_LINK_PREPS for k in range(s, e)):
            i = max(e, i + 1)
            continue  # "High Commissioner for Human Rights": a post, not a body
        content = [k for k in range(s, e) if doc[k].lower_ not in orgs.FUNCTION_WORDS]
        if len(content) >= 2 and has_org_keyword(doc, s, e) and not all(doc[k].text.lower() in v.org_keywords for k in content) \
                and not followed_by_facility(doc, e):
            key = norm(span_text(doc, s, e))
            if key not in v.generic_groups and key not in v.non_entities:   # "the Soviet Union": a former state
                out.append(token_cand(doc, s, e, "organization", "keyword-org", P_RULE_PERSON))
        i = max(e, i + 1)
    return out


def build_orgs(ocands: list[Cand], body: str, add, ctx: Context) -> None:
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
            if persons.strip_possessive(texts[j].split()[0]) == t:
                continue   # "UN" and "the UN's human rights office": a body and an office of it
            if orgs.matches_acronym(t, texts[j]) or (t in v.acronyms and norm(v.acronyms[t]) == keys[j]):
                union(j, i)
                break
    # "Working Group on X" -> "Working Group on X in Tarvia": a body also named with its country or town
    full_names = [orgs.strip_the(c.org_canonical) if c.org_canonical else t for c, t in zip(ocands, texts)]
    for i, t in enumerate(full_names):
        for j, u in enumerate(full_names):
            if len(u) > len(t) + 4 and u.startswith(t + " ") and len(t.split()) >= 2 and not orgs.is_acronym(t):
                prep, _, rest = u[len(t) + 1:].partition(" ")
                if prep in PLACE_JOINERS and rest and (tables().countries.get(norm(rest)) or lookup_place(rest)):
                    union(j, i)
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


ROMANCE_HEADS = word_list("romance_org_head")
ROMANCE_PARTICLES = word_list("romance_particle")
ELIDED = tuple(p for p in ROMANCE_PARTICLES if p[-1] in "'’")   # "l'", "d'": glued to the next word


def _elided(text: str) -> bool:
    return len(text) > 2 and text[:2].lower() in ELIDED


def romance_org_cands(doc, ctx: Context) -> list[Cand]:
    """Organization names in Spanish, Portuguese, French or Italian inside English text: a capitalized
    head word ("Sindicato", "Conseil", "Ligue"), then capitalized words, particles ("de", "dos", "l'")
    and the lower-case words a particle governs or that lead to one ("Conseil national de régulation
    de l'audiovisuel", "Ligue des droits de l'Homme"). The name must hold a particle."""
    out = []
    n = len(doc)
    tk = ctx.toks
    lows, texts = tk.lower, tk.text
    i = 0
    while i < n:
        if lows[i] not in ROMANCE_HEADS or not tk.is_cap(i) or tk.idx[i] < ctx.headline_end:
            i += 1
            continue
        e = k = i + 1
        while k < n and tk.is_alpha[k] or k < n and _elided(texts[k]):
            if lows[k] in ROMANCE_PARTICLES or _elided(texts[k]):
                if not _elided(texts[k]):
                    k += 1
                    continue       # a particle counts only once a word follows it
            elif lows[k] in TIME_WORDS:
                break
            elif not tk.is_cap(k):
                if lows[k - 1] in ROMANCE_PARTICLES:
                    k += 1         # the one word a particle governs ("de régulation", "des droits")
                    e = k
                    continue
                run = k            # adjectives that lead to a particle ("française démocratique du ...")
                while run < n and tk.is_alpha[run] and not tk.is_cap(run) and lows[run] not in ROMANCE_PARTICLES \
                        and run - k < 3:
                    run += 1
                if not (run < n and (lows[run] in ROMANCE_PARTICLES or _elided(texts[run]))):
                    break          # an English word after the name ("... said")
                k = e = run
                continue
            k += 1
            e = k
        if e > i + 1 and any(lows[x] in ROMANCE_PARTICLES or _elided(texts[x]) for x in range(i + 1, e)):
            out.append(token_cand(doc, i, e, "organization", "romance-org", P_RULE_ORG))
        i = max(e, i + 1)
    return out
