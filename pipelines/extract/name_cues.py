"""Cues that a name is a person or an organization, read from the tokens around it: a job title
before it (", Jane Roe,"), a cue noun before it ("the party X"), an "of" between two bodies, a
name closing a job description, and the shape of a person name tagged ORG."""
from __future__ import annotations

from . import organizations as orgs
from . import persons
from .entity_spans import Context, DETERMINERS, ORG_CUE_NOUNS, PARENT_BODY_HEADS, span_text, SPEECH_VERBS
from .gazetteer import lookup_place, norm, tables
from .tokens import is_cap
from .vocab import name_particles, vocab, word_list

PARTICLES = name_particles("name_word")
APPOSITIVE_PERSON_NOUNS = word_list("appositive_person_noun")


def appositive_title_cue(doc, s: int) -> bool:
    """', Jane Roe' after a job title ('the regional Head of Public Safety, Jane Roe,')."""
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


def role_after(doc, e: int) -> bool:
    """"X, a student who ...", "X, a 23-year-old protester", "X, his lawyer": the name before a comma and a
    role noun in apposition (a determiner, a few modifiers, the role)."""
    n = len(doc)
    if e + 2 >= n or doc[e].text != "," or doc[e + 1].lower_ not in DETERMINERS:
        return False
    roles = vocab().roles | APPOSITIVE_PERSON_NOUNS
    for k in range(e + 2, min(n, e + 9)):   # "a 19-year-old protester" is five tokens before the role
        if doc[k].lower_ in roles:       # the head of the apposition: "the leader's party" is no role
            return doc[k].tag_ in ("NN", "NNS") and not (k + 1 < n and (doc[k + 1].tag_ in ("NN", "NNS", "POS")
                                                                      or doc[k + 1].text in ("'s", "’s")))
        if doc[k].is_punct and doc[k].text != "-" or doc[k].tag_.startswith("VB") and doc[k].tag_ != "VBN":
            return False
    return False


def account_label(body: str, end: int) -> bool:
    """"Jane Roe (@janeroe)": the text ending at `end` is the display name of a social-media account,
    a label its owner chose, not a person the article names."""
    return body[end:end + 4].lstrip(" \t").startswith("(@")


def speaks(doc, s: int, e: int) -> bool:
    """"X said", "X has denied the claims", "X disputed the toll, saying ...": the name right before a
    verb of saying, or before a verb whose clause goes on with ", saying". Read from fine tags only
    (the entity rules run before the parse)."""
    n = len(doc)
    k = e
    while k + 1 < n and k - e < 3 and doc[k].tag_ in ("MD", "VBZ", "VBD", "VBP", "RB") and doc[k + 1].tag_[:2] in ("VB", "RB"):
        k += 1                             # "has", "had also", "would later"
    if k >= n or not doc[k].tag_.startswith("VB"):
        return False
    if doc[k].lower_ in SPEECH_VERBS:
        return True
    for j in range(k + 1, min(n, k + 16)):
        if doc[j].is_sent_start or doc[j].text in (".", ";", "?", "!") or "\n" in doc[j].text:
            return False
        if doc[j].lower_ in SPEECH_VERBS and doc[j - 1].text == "," and doc[j].tag_ == "VBG":
            return True
    return False


def org_cue_before(doc, s: int) -> bool:
    k = s - 1
    if k >= 0 and (doc[k].text == "," or doc[k].tag_ == "``"):
        k -= 1   # "the party, X", 'the party "X"'
    return k >= 0 and doc[k].lower_ in ORG_CUE_NOUNS and (doc[k].text.islower() or doc[k].text.isupper())   # "the NGO X"


def split_of_org(doc, s: int, e: int) -> tuple[int, int] | None:
    """'Media Studies Centre of the University of X' -> two organizations."""
    kw = vocab().org_keywords
    for k in range(s + 1, e - 2):
        if doc[k].lower_ == "of" and doc[k - 1].text.lower() in kw:
            j = k + 1 + (doc[k + 1].lower_ == "the")
            if j < e and doc[j].text.lower() in kw and is_cap(doc[j]) and doc[j].text.lower() in PARENT_BODY_HEADS:
                return k - 0, j
    return None


def trailing_person(doc, s: int, e: int) -> int | None:
    """Start of a 2-3 word name closing an ORG span after a country name or title ('... of Chile Jane Roe')."""
    t = tables()
    for k in range(e - 2, s, -1):
        if k - 1 < s or e - k < 2 or e - k > 3:
            continue
        prev = doc[k - 1]
        if t.countries.get(prev.lower_) or persons.is_title(prev.text):
            if all(is_cap(doc[j]) and doc[j].is_alpha and doc[j].tag_ == "NNP" for j in range(k, e)):
                if not lookup_place(span_text(doc, k, e)):
                    return k
    return None


def org_is_person(doc, s: int, e: int, ctx: Context, by_shape: bool = True) -> bool:
    """An ORG span that is really a person: name-shaped and introduced by a title/role, followed by an
    age, or sharing a surname with a PERSON of the article."""
    v = vocab()
    toks = doc[s:e]
    text = toks.text
    if orgs.is_acronym(text) or any(not persons.looks_like_name_token(t) and t.text != "-" for t in toks):
        return False
    if sum(t.text not in PARTICLES for t in toks) > 4:
        return False  # up to four name words, besides particles ("María de los Ángeles Chávez")
    key = norm(text)
    words = key.split()
    if lookup_place(text, ctx.cc) or tables().countries.get(key):
        return False
    prev = doc[s - 1] if s > 0 else None
    prev2 = doc[s - 2] if s > 1 else None
    if prev is not None and prev.text == "the" and not (words and words[-1] in ctx.person_words):
        return False  # "the Primera Línea": a named group (a person's name takes no article)
    if prev is not None and (persons.is_title(prev.text) or prev.lower_ in v.roles):
        return True
    if prev is not None and prev.text == "," and prev2 is not None and prev2.lower_ in v.roles:
        return True
    if role_after(doc, e):
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
        # "X said", "X’s villa": a bare surname the model took for an organization
        return nxt is not None and (speaks(doc, s, e) or nxt.text in {"'s", "’s"}) and toks[0].tag_ == "NNP" \
            and key not in ctx.org_first_words
    if not by_shape:
        return False
    # two to four capitalized name words, no function word, no place or nationality inside
    if any(t.lower_ in orgs.FUNCTION_WORDS or tables().demonyms.get(t.lower_) is not None
           or tables().countries.get(t.lower_) for t in toks):
        return False
    if any("-" in t.text or t.text == "-" for t in toks):
        return False
    if any(lookup_place(t.text, ctx.cc) and lookup_place(t.text, ctx.cc).kind == "region" for t in toks):
        return False
    return all(t.tag_ == "NNP" and t.is_alpha and t.text[0].isupper() and not t.text.isupper() for t in toks)
