"""Trigger words and the people nouns on the parse of ONE sentence: which tokens are triggers
(seeds/triggers.csv, `sentence_triggers`), what kind of people a noun names (`noun_kind`), the
nouns counted together (`group_nouns`, `member_of`), agents, and running-total words
(`relay_node`). `attach` (attach.py) scores the triggers for one counted node."""
from __future__ import annotations

from functools import lru_cache

from .gazetteer import lookup_demonym
from .lexicon import Trigger
from .paths import in_sent as _in
from .vocab import vocab, word_list


def _pos_ok(trig: Trigger, tok) -> bool:
    if trig.pos == "any":
        return True
    if trig.pos == "VERB":
        return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
    return tok.pos_ == trig.pos or (trig.pos == "NOUN" and tok.pos_ == "PROPN")


def _needs_ok(trig: Trigger, tok) -> bool:
    if trig.not_with:
        up = [tok.head, tok.head.head] if tok.head.pos_ == "ADP" else [tok.head]
        if any(t.lemma_.lower() in trig.not_with for t in up):
            return False
    if not trig.needs:
        return True
    near = [tok.head] + list(tok.children)
    if tok.head.pos_ == "ADP":             # "took to the streets": the verb above the preposition
        near.append(tok.head.head)
    return any(t.lemma_.lower() in trig.needs or t.lower_ in trig.needs for t in near)


def token_trigger(tok) -> Trigger | None:
    """The lexicon entry the token is a trigger by, as used here: the first entry under its form, else
    its lemma, whose part of speech and needed word hold ("bring" deploys only with "in")."""
    lex = vocab().figures.triggers
    for key in (tok.lower_, tok.lemma_.lower()):
        entries = lex.get(key)
        if not entries:
            continue                       # most words: no lexicon entry
        hit = next((t for t in entries if _pos_ok(t, tok) and _needs_ok(t, tok)), None)
        if hit:
            return hit
    return None


def sentence_triggers(sent) -> list[tuple[object, Trigger]]:
    """Every trigger token of the sentence with its lexicon entry (one per token)."""
    out = []
    for tok in sent:
        hit = token_trigger(tok)
        if hit:
            out.append((tok, hit))
    by_tok = {tok.i: trig for tok, trig in out}
    # "hospital treatment": a strong event noun with another category's trigger as its compound
    # modifier is named by the modifier (hospitalized, not injured); "shot dead": an injury verb with another
    # category's trigger as its resultative adjective right after it is named by it (killed, not injured;
    # seeds/categories.csv result_verb: a judgment verb keeps its own category, "presumed dead" is missing)
    return [(tok, trig) for tok, trig in out
            if not (trig.strength == "strong" and any(c.dep_ in _NAMING_DEPS and c.i in by_tok and by_tok[c.i].strength == "strong"
                                                       and by_tok[c.i].category != trig.category
                                                       and (c.dep_ == "compound" or (tok.pos_ in ("VERB", "AUX") and c.pos_ == "ADJ" and c.i == tok.i + 1
                                                            and trig.category in vocab().figures.result_verb_categories))
                                                       for c in tok.children))
            and not _winds(tok)]


_NAMING_DEPS = ("compound", "oprd", "acomp")   # a resultative adjective: "shot dead", not a clause ("forced to ...")


def _winds(tok) -> bool:
    """'The march wound through the city', 'demonstrators wound their way to the square': "wound" as the
    past of "wind" (a path preposition or "its way" after it, or a procession or protest noun as its
    subject; seeds/entity_words.csv wind_*), not the injury verb."""
    if tok.lower_ not in word_list("wind_form"):
        return False
    for c in tok.children:
        if (c.dep_ in ("prep", "prt", "advmod") and c.lower_ in word_list("wind_prep")) \
                or (c.dep_ in ("dobj", "obj", "npadvmod") and c.lower_ in word_list("wind_object")):
            return True
        if c.dep_ == "nsubj" and (c.lower_ in word_list("wind_subject") or any(
                tr.strength == "weak" and tr.pos in ("NOUN", "any")
                for key in (c.lower_, c.lemma_.lower()) for tr in vocab().figures.triggers.get(key, ()))):
            return True
    return False


def group_nouns(node) -> list:
    """The counted noun and nouns conjoined with it that carry no number of their own
    ("eight police and National Guard troops" -> police, troops). A singular conjunct with its own
    determiner is one more person, not part of the counted group ("four soldiers and a police officer")."""
    out = [node]
    for c in node.conjuncts:
        if c.i > node.i and c.pos_ in ("NOUN", "PROPN") and not any(x.like_num for x in c.children) \
                and not (c.tag_ in ("NN", "NNP") and node.tag_ in ("NNS", "NNPS") and any(x.dep_ == "det" for x in c.children)) \
                and not event_conjunct(c) and c.lower_ not in quantifier_words():
            out.append(c)                  # ("4 students, and scores of injuries": "scores" counts its own)
    return out


@lru_cache(maxsize=None)
def quantifier_words() -> frozenset[str]:
    """The last words of the vague quantifiers (seeds/quantifiers.csv): "dozens", "scores"."""
    return frozenset(q[0].split()[-1].lower() for q in vocab().figures.quantifiers)


def event_conjunct(tok) -> bool:
    """A conjunct that names an event, not people: "six soldiers, and numerous injuries" lists the
    injuries as another item, not as part of the counted group."""
    if noun_kind(tok) is not None:
        return False
    return any(tr.pos == "NOUN" and tr.strength == "strong" and tr.reach == "clause"
               for key in (tok.lower_, tok.lemma_.lower()) for tr in vocab().figures.triggers.get(key, ()))


def member_of(tok):
    """The group a member noun names right after it: "members of [the security] forces" -> forces
    (a noun, not a number or a pronoun: "members of them" names no group)."""
    if noun_kind(tok) != "member":
        return None
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == tok.i + 1:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and not obj.like_num:
                    return obj
    return None


@lru_cache(maxsize=None)
def _collective_heads() -> frozenset[str]:
    return word_list("collective_head")


def collective_of(tok):
    """A collective noun (seeds/entity_words.csv collective_head: force, contingent, unit) with the
    people it is made of right after "of": "a 600-strong contingent of soldiers" -> soldiers."""
    if tok.lower_ not in _collective_heads() and tok.lemma_.lower() not in _collective_heads():
        return None
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == tok.i + 1:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and not obj.like_num and noun_kind(obj) \
                        and obj.lower_ not in _collective_heads():
                    return obj
    return None


def noun_kind(tok) -> str | None:
    kinds = vocab().figures.people_nouns
    kind = kinds.get(tok.lower_) or kinds.get(tok.lemma_.lower())
    if kind is None and tok.tag_ in ("NNPS", "NNS") and tok.text[:1].isupper() and tok.lower_.endswith("s"):
        if lookup_demonym(tok.text[:-1]):
            return "person"   # "thousands of Chileans": a nation's people, named by its demonym
    return kind


def is_agent(node, trig_tok) -> bool:
    """The counted group DOES the action: "200 police arrested 50 people", "attacked by dozens"."""
    # node (or the chain up to the trigger) is the active subject of a verb with its own object
    tok = node
    while tok.i != trig_tok.i and tok.head.i != tok.i:
        if tok.head.i == trig_tok.i:
            break
        tok = tok.head
    if tok.head.i != trig_tok.i:
        return False
    if tok.dep_ == "nsubj" and trig_tok.tag_ != "VBN":
        return any(c.dep_ in ("dobj", "obj") for c in trig_tok.children)
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return True
    return tok.dep_ == "agent"


def relay_node(sent, node):
    """For running totals ("the number reached 57", "taking the tally to 57"): the count noun or
    rise verb the number hangs from within three links, else None."""
    nouns, verbs = vocab().figures.count_nouns, vocab().figures.rise_verbs
    tok, steps = node, 0
    while steps < 3 and tok.head.i != tok.i and _in(sent, tok.head):
        tok = tok.head
        steps += 1
        lem = tok.lemma_.lower()
        if (tok.pos_ == "NOUN" and lem in nouns) or (tok.pos_ in ("VERB", "AUX") and lem in verbs
                                                      and not any(c.dep_ == "xcomp" for c in tok.children)):
            return tok                     # ("we are going to be 20,000": "go" there is a future, no rise)
    return None
