"""Acronyms: "Long Name (ACR)" defines an acronym in the article (the long name and the acronym are
one organization, or one place), and later uses of a defined or well-known acronym on their own."""
from __future__ import annotations

import re

from . import organizations as orgs
from .entity_spans import (
    Cand, char_cand, Context, has_org_keyword, P_ACRONYM_DEF, P_NER, span_text, token_cand,
)
from .tokens import glued, is_cap
from .gazetteer import lookup_place, norm, tables
from .vocab import vocab, word_list


# "Long Name (ACR)", "Long Name -ACR-" and "Long Name – ACR," (an acronym set off by dashes); a
# Title Case acronym ("(Conaie)") only in parentheses, where the long name's words must bear it out.
_ACR_DEF = re.compile(
    r"\(\s*(?P<acr>[A-Z][A-Za-z&.\-]{1,9})\s*\)"
    r"|(?<=\s)[-–—](?P<dash>[A-Z][A-Z&.]{1,9})[-–—](?=[\s,;:.])"
    r"|(?<=\s)[–—]\s(?P<spaced>[A-Z][A-Z&.]{1,9})(?=[,;:]\s|\s[–—]\s)")
CONJUNCTIONS = word_list("name_conjunction")
_TITLE_ACR = re.compile(r"^[A-Z][a-z]{3,7}$")


def acronym_defs(doc, body: str, ctx: Context) -> tuple[list[Cand], dict[str, str]]:
    """'Long Name (ACR)': the long name and the acronym are one organization (or one place: 'North
    Rhine-Westphalia (NRW)'). Returns candidates and acronym -> group."""
    out: list[Cand] = []
    groups: dict[str, str] = {}
    ner_types = ctx.ner_label
    char_to_tok = None  # token start offset -> index, built on the first match only
    for m in _ACR_DEF.finditer(body):
        grp_name = m.lastgroup  # which form: "acr" (parentheses), "dash" or "spaced"
        acr = m.group(grp_name)
        title_acr = grp_name == "acr" and bool(_TITLE_ACR.match(acr))
        if not orgs.is_acronym(acr) and not title_acr:
            continue
        if title_acr and (lookup_place(acr) or acr.lower() in ctx.lower_words):
            continue  # "La Virginia (Risaralda)": a place in parentheses; "(Video)": a word
        if char_to_tok is None:
            char_to_tok = {idx: i for i, idx in enumerate(ctx.toks.idx)}
        # tokens before the parenthesis
        i = char_to_tok.get(m.start())
        if i is None:
            continue
        j = i - 1
        words_toks = []
        while j >= 0 and len(words_toks) < 12:
            t = doc[j]
            if is_cap(t) or t.lower_ in orgs.FUNCTION_WORDS or t.text in {"-", "’", "'", "'s", "’s"} or t.text[0].isdigit() \
                    or t.text == "," and j > 0 and is_cap(doc[j - 1]) and words_toks:   # "Justice, Truth and Peace (JTP)"
                words_toks.append(j)
                j -= 1
                continue
            break
        if not words_toks or not orgs.trim_to_acronym(span_text(doc, words_toks[-1], words_toks[0] + 1).split(), acr):
            words_toks = _sentence_case_name(doc, i, acr) or words_toks
        if not words_toks:
            continue
        words_toks.reverse()
        # re-assemble words (hyphenated parts glued)
        tail_words = span_text(doc, words_toks[0], words_toks[-1] + 1).split()
        tail = orgs.trim_to_acronym(tail_words, acr)
        if not tail:
            # an acronym of the name in another language ("... of Ecuador (CONAIE)"): take the whole
            # capitalized name when it is plainly an organization and starts with the same letter
            k0 = 0
            while k0 < len(tail_words) and (tail_words[k0].lower() in orgs.FUNCTION_WORDS or not tail_words[k0][0].isupper()):
                k0 += 1
            cand_words = tail_words[k0:]
            if grp_name != "acr":
                cand_words = _last_conjunct(cand_words)
            # (set off by dashes, it is an acronym in any language: its letters need not match)
            if len(cand_words) >= 2 and (cand_words[0][0].lower() == acr[0].lower() or grp_name != "acr") \
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
        listed = "," in long_text
        if listed and not any(w in CONJUNCTIONS for w in long_text.split()):
            continue  # "A, B (AB)": two names; "A, B and C (ABC)" is one
        if label == "PERSON" and not listed:
            continue  # "Jane Roe (SAN)": a post-nominal title
        place = lookup_place(long_text)
        grp = "acr:" + acr
        if place and not has_org_keyword(doc, first_tok or 0, words_toks[-1] + 1):
            out.append(char_cand(start_char, start_char + len(long_text), "location", "acronym", P_ACRONYM_DEF, place=place))
            out.append(char_cand(m.start(grp_name), m.start(grp_name) + len(acr), "location", "acronym", P_ACRONYM_DEF, place=place))
            groups[acr] = "place:" + place.key
            continue
        out.append(char_cand(start_char, start_char + len(long_text), "organization", "acronym", P_ACRONYM_DEF,
                              org_canonical=orgs.strip_the(long_text), group=grp))
        out.append(char_cand(m.start(grp_name), m.start(grp_name) + len(acr), "organization", "acronym", P_ACRONYM_DEF,
                              org_canonical=orgs.strip_the(long_text), group=grp))
        groups[acr] = grp
    return out, groups


def _last_conjunct(words: list[str]) -> list[str]:
    """'National Police and the Mobile Anti-Riot Squadron' -> 'Mobile Anti-Riot Squadron': the name
    after the last "and"/"or" (and its article), the one an acronym set off by dashes follows."""
    for k in range(len(words) - 1, -1, -1):
        if words[k] in CONJUNCTIONS:
            rest = words[k + 1:]
            return rest[1:] if rest and rest[0].lower() in orgs.FUNCTION_WORDS else rest
    return words


def _sentence_case_name(doc, i: int, acr: str) -> list[int]:
    """'Union nationale des travailleurs agricoles (UNTA)': a name whose lower-case words give the
    acronym's letters too; the words before token i, back to a capitalized first word, whose content
    words' initials are exactly the acronym (tokens returned last first, as the caller collects them)."""
    letters = orgs.acronym_letters(acr)
    toks, content, j = [], "", i - 1
    while j >= 0 and doc[j].is_alpha and len(toks) < 10:
        toks.append(j)
        if doc[j].lower_ not in orgs.FUNCTION_WORDS:
            content = doc[j].lower_[0] + content
        if content == letters and is_cap(doc[j]) and doc[j].lower_ not in orgs.FUNCTION_WORDS:
            return toks if any(not is_cap(doc[k]) and doc[k].lower_ not in orgs.FUNCTION_WORDS for k in toks) else []
        if len(content) > len(letters):
            break
        j -= 1
    return []


def acronym_uses(doc, ctx: Context, acr_cands: list[Cand], acr_groups: dict[str, str]) -> list[Cand]:
    """An acronym defined in the article, or a well-known one (seeds/org_acronyms.csv), used on its own."""
    v = vocab()
    out: list[Cand] = []
    for i, text in enumerate(ctx.toks.text):
        if text not in acr_groups and text not in v.acronyms:
            continue  # the common case: read the token only for a possible acronym
        t = doc[i]
        if t.text in acr_groups and not any(c.start == t.idx for c in acr_cands):
            g = acr_groups[t.text]
            if g.startswith("place:"):
                place = next((c.place for c in acr_cands if c.place and "place:" + c.place.key == g), None)
                out.append(token_cand(doc, t.i, t.i + 1, "location", "acronym", P_ACRONYM_DEF, place=place))
            else:
                canon = next((c.org_canonical for c in acr_cands if c.group == g), None)
                out.append(token_cand(doc, t.i, t.i + 1, "organization", "acronym", P_ACRONYM_DEF,
                                      org_canonical=canon, group=g))
        elif t.text in v.acronyms and t.text not in acr_groups and t.text.isupper() \
                and t.ent_type_ not in {"GPE", "PERSON"} \
                and not glued(doc, t.i) and not (t.i + 1 < len(doc) and glued(doc, t.i + 1)) \
                and not tables().countries.get(norm(t.text)):
            out.append(token_cand(doc, t.i, t.i + 1, "organization", "acronym-seed", P_NER - 1,
                                  org_canonical=v.acronyms[t.text]))
    return out
