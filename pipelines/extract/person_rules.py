"""Person rules: names after titles and role nouns, in apposition, before an age, in lists of names,
and repeated surnames the NER missed."""
from __future__ import annotations

from . import persons
from .gazetteer import lookup_place, norm, tables
from .vocab import vocab, word_list
from .name_cues import account_label, appositive_title_cue, role_after
from .entity_spans import (
    Cand, Context, has_org_keyword, loc_context, P_NER, P_RULE_PERSON, span_text, SQUAD_NOUNS,
    token_cand,
)


def role_person_cands(doc, ctx: Context, covered: set[int]) -> list[Cand]:
    """Capitalized names the NER missed after a title or role ("protester Jane Doe", "spokesperson,
    John Roe", "Prime Minister Adel") or before an age (", 31,")."""
    v = vocab()
    out = []
    n = len(doc)
    tk = ctx.toks
    i = 0
    while i < n:
        if i in covered or not tk.is_cap(i) or not tk.is_alpha[i] or tk.tag[i] != "NNP" or persons.is_title(tk.text[i]) \
                or tk.lower[i] in v.roles:
            i += 1
            continue
        s = i
        e = i
        while e < n and (e not in covered or _lone_org_surname(doc, ctx, s, e)) and (
                tk.is_cap(e) and (tk.is_alpha[e] or "-" in tk.text[e]) and tk.tag[e] == "NNP"
                or tk.text[e] == "-" and e + 1 < n and tk.is_cap(e + 1)):
            e += 1
        if e - s > 4 or has_org_keyword(doc, s, e) or tk.lower[e - 1] in SQUAD_NOUNS or any(
                persons.is_title(doc[k].text) or doc[k].lower_ in v.title_prefixes or doc[k].lower_ in v.roles for k in range(s, e)):
            last = max((k for k in range(s, e) if persons.is_title(doc[k].text)), default=None)
            # "Prime Minister", "Foreign Minister": a title, not a name; a name after it is looked at on its own
            # ("Interior Minister Ana Reyes", the model calling "Reyes" an ORG)
            i = last + 1 if last is not None and last + 1 < e and _lone_org_surname(doc, ctx, last + 1, e) else e
            continue
        prev = doc[s - 1] if s > 0 else None
        prev2 = doc[s - 2] if s > 1 else None
        cue = False
        if prev is not None and (persons.is_title(prev.text) or prev.lower_ in v.roles):
            cue = True
        if prev is not None and prev.text == "," and prev2 is not None and prev2.lower_ in v.roles:
            cue = True
        if e - s >= 2 and appositive_title_cue(doc, s):
            cue = True
        if e + 2 < n and doc[e].text == "," and doc[e + 1].like_num and doc[e + 2].text in {",", ")"} and e - s >= 2:
            cue = True
        if role_after(doc, e):
            cue = True  # "Jane Roe, a student", "Amaru, a protester"
        if e - s >= 2 and (prev is not None and prev.text in {",", "and"} and s >= 2 and ctx.ner_label.get(s - 2) == "PERSON"
                           or e + 1 < n and doc[e].text in {",", "and"} and ctx.ner_label.get(e + 1) == "PERSON"):
            cue = True  # a name in a list of names the model tagged ("A B, C D and E F")
        name = span_text(doc, s, e)
        if e < n and ctx.ner_label.get(e) == "PERSON" and doc[e].ent_iob_ == "B":
            cue = False  # "Chief Executive Jane Roe": still the title, the name follows
        if cue and e - s == 1 and persons.letter_name(doc[s].text):
            cue = False  # "Gen Zs": a generation, not "General Zs"
        if cue and account_label(ctx.body, doc[e - 1].idx + len(doc[e - 1].text)):
            cue = False  # "Captain Jane Roe (@janeroe)": an account's display name
        if cue and norm(name) in word_list("time_word"):
            cue = False  # "on Thursday, a day after ...": a day, not "Amaru, a student"
        if cue and not tables().countries.get(norm(name)) and not tables().demonyms.get(norm(name)) \
                and not (e - s == 1 and lookup_place(name, ctx.cc) and loc_context(doc, s)):
            if e - s >= 2 or (prev is not None and persons.is_title(prev.text) and prev.text[0].isupper()) \
                    or role_after(doc, e):
                absorbs = any(k in covered for k in range(s, e))   # the NER's one-word ORG surname: outranks it
                out.append(token_cand(doc, s, e, "person", "role", P_NER + 1 if absorbs else P_RULE_PERSON))
        i = e
    return out


def _lone_org_surname(doc, ctx: Context, s: int, e: int) -> bool:
    """Token e is a one-word organization of the NER right after one capitalized word the NER left untagged
    ("Interior Minister Ana Reyes", "Ana Reyes, the attorney general,", where the model calls "Reyes" an ORG):
    the surname of a name, when a title or role marks it as one."""
    if e != s + 1 or ctx.ner_label.get(e) != "ORG" or ctx.ner_label.get(s) is not None:
        return False
    if doc[e].ent_iob_ != "B" or (e + 1 < len(doc) and doc[e + 1].ent_iob_ == "I"):
        return False
    return not has_org_keyword(doc, s, e + 1)   # the cues of role_person_cands decide whether it is a person


def surname_cands(doc, ctx: Context, covered: set[int]) -> list[Cand]:
    """Repeated surnames the NER missed or mislabelled ("Ruiz later" as a DATE)."""
    out = []
    if not ctx.surnames:
        return out
    tk = ctx.toks
    n = len(tk.text)
    for i, low in enumerate(tk.lower):
        if low not in ctx.surnames or i in covered or not tk.is_cap(i) or not tk.is_alpha[i] or tk.tag[i] not in {"NNP", "NNPS"}:
            continue
        if not (i + 1 < n and tk.is_cap(i + 1) and tk.is_alpha[i + 1]):
            out.append(token_cand(doc, i, i + 1, "person", "surname", P_RULE_PERSON))
    return out
