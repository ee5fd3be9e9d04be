"""Stage `attach_category`: the category of one counted number in one parsed sentence.

triggers.attach chooses the category on the dependency parse; special shapes come first
(partitives "40 of the wounded", "a total of N", "the number of people killed has reached N") and
fallbacks after (a trigger right after/before the number in headline fragments, running totals).
Only tokens of the sentence are read."""
from __future__ import annotations

from .candidate import Candidate, Sentence, change, keep
from .counts import is_trigger_noun
from .vocab import vocab, word_list
from .attach import attach
from .triggers import is_agent, noun_kind, relay_node

def attach_category(c: Candidate, s: Sentence) -> Candidate:
    """Category and trigger of the counted node (triggers.attach on the parse), with the special
    shapes and the fragment fallbacks; `relay` is set for a running total that names none."""
    sent, cands, toks, node, counted, group, kinds = s.span, s.triggers, c.toks, c.node, c.counted, c.group, c.kinds
    unknown = counted is not None and counted.pos_ in ("NOUN", "PROPN") and not kinds - {None} \
        and not is_trigger_noun(counted)
    security = "security" in kinds
    generic = counted is None or counted.pos_ == "PRON" or bool(kinds & {"generic"}) or counted.pos_ == "NUM"
    superset = counted is not None and counted is not node and counted.dep_ == "pobj" and is_trigger_noun(counted) \
        and not noun_kind(counted) \
        and not (c.number.vague and not any(d.dep_ in ("det", "poss") for d in counted.children))
    # "dozens of injuries", "hundreds of arrests": a vague quantifier counts the bare event noun itself,
    # no superset ("40 of the wounded" names one with its determiner)
    rule = "dependency_path"
    if superset and node.lemma_.lower() in vocab().figures.instance_nouns:
        own = next((tr for t, tr in cands if t.i == counted.i), None)   # "32 cases of abduction"
        if own is not None:
            return change(c, f"instance_of:{counted.lower_}->{own.category}", category=own.category,
                          trigger_tok=counted, cost=0)
    if superset:
        # "40 of the wounded were taken to hospital": "the wounded" names the superset; the subset's
        # own predicate decides, and the superset's word only when there is none
        others = [(t, tr) for t, tr in cands if t.i != counted.i]
        att = attach(sent, node, others, security, generic, ())
        if att is None:
            att = attach(sent, node, cands, security, generic, (counted,))
        rule = "superset_partitive"
    else:
        att = attach(sent, _through_total(node), cands, security, generic, tuple(group) + (node,))
    if counted is not None and counted.pos_ in ("PRON", "DET") and counted.dep_ == "pobj":
        # "over 60 of those brought to hospital": the pronoun's own clause describes the subset
        own = [(t, tr) for t, tr in cands if t.i in {x.i for x in counted.subtree} and t.i != counted.i]
        sub = attach(sent, counted, own, security, generic, ()) if own else None
        if sub is not None:
            att, rule = sub, "pronoun_clause"
    total = _count_noun_category(sent, node, cands)
    if total is not None and (att is None or att.cost >= 3):
        att, rule = total, "count_noun_subject"   # "the number of people killed has reached 41"
    if att is not None and unknown and att.cost > 1:
        att = None                         # "2,000 cars set on fire ... injured": unknown nouns must be the trigger's argument
    if att is not None and unknown and att.trigger.pos_ == "VERB" and node.dep_ in ("dobj", "obj") \
            and node.head.i == att.trigger.i and any(tr.strength == "weak" for t, tr in cands if t.i == att.trigger.i):
        att = None                         # "gathered 300,000 signatures": what a protest verb gathers is no crowd
    if att is not None and unknown and any(tr.reach == "direct" for t, tr in cands if t.i == att.trigger.i):
        att = None                         # "held 3 press conferences": a direct trigger counts only people nouns
    cost = att.cost if att else 9
    category, trig = (att.category, att.trigger) if att else (None, None)
    nxt = sent.doc[toks[-1].i + 1] if toks[-1].i + 1 <= sent[-1].i else None
    if att is not None and att.cost > 0 and nxt is not None and nxt.pos_ == "NOUN" \
            and any(t.i == nxt.i and tr.strength == "strong" for t, tr in cands):
        att = None                         # "12 injuries": a number right before an event noun counts it
    if att is None or att.cost >= 2:
        # parser fallbacks on fragments: "nearly 70 injured", "arrests to 3100"
        near_cat, near_trig = _look_ahead(sent, toks, cands, node)
        rule_near = "trigger_after_number"
        if near_cat is None and not unknown:
            near_cat, near_trig = _look_behind(sent, toks, cands)
            rule_near = "trigger_before_number"
        if near_cat is not None and (att is None or near_trig.i != att.trigger.i):
            category, trig, rule = near_cat, near_trig, rule_near
    if category is None and not unknown and not (node.dep_ in ("dobj", "obj") and counted is not None):
        # ("brought hundreds of mourners": a named group as the verb's object is no running total)
        category, trig = _relay(sent, node, cands)
        rule = "running_total_after_trigger"
    if category is None and counted is not None and counted.pos_ == "PRON" and counted.dep_ == "pobj":
        ward = _in_hospital(sent, node, cands)
        if ward is not None:               # "twelve were hurt, two of whom remain in critical condition in hospital"
            category, trig, rule = "hospitalized", ward, "partitive_in_hospital"
    rel = relay_node(sent, node) if category is None and not unknown else None
    if category is None:
        return keep(c, "unknown_noun" if unknown else "no_trigger", relay=rel)
    if category == "injured":
        ward = _in_hospital(sent, node, cands)
        if ward is not None:                # "80 wounded people were in three hospitals": hospitalized only
            category, trig, rule = "hospitalized", ward, "injured_in_hospital"
    return change(c, f"{rule}:{trig.lower_}->{category}", category=category, trigger_tok=trig, cost=cost, relay=rel)


def _in_hospital(sent, node, cands):
    """'more than 80 injured people were in hospitals', '12 wounded remain in intensive care': the
    counted group is the subject of a clause that places it in a hospital (a hospitalized trigger
    under "in"); the hospital word, else None. 'treated for injuries' stays injured."""
    tok = node
    while tok.dep_ in ("amod", "nummod", "compound", "quantmod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or not _in(sent, tok.head):
        return None
    verb = tok.head
    wards = {t.i: t for t, tr in cands if tr.category == "hospitalized" and tr.pos in ("NOUN", "any")}
    return _ward_under(verb, wards, 2)


def _ward_under(head, wards, depth, top=True):
    """The hospital word under `head` through "in" phrases, one of them maybe stating a condition
    first: "in intensive care", "in critical condition in hospital" (or "at": "in serious condition at
    the city hospital"; not right on the verb: "injured at the hospital" says where it happened)."""
    for prep in head.children:
        if prep.dep_ == "prep" and (prep.lower_ == "in" or (not top and prep.lower_ in word_list("ward_prep"))) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in prep.children):
            # ("1,033 injured, 713 of them still in hospital": a phrase with its own subject places that subset)
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.i in wards:
                    return obj
                if obj.dep_ == "pobj" and depth > 1 and (ward := _ward_under(obj, wards, depth - 1, False)) is not None:
                    return ward
    return None


def _in(sent, tok) -> bool:
    return sent[0].i <= tok.i <= sent[-1].i


def _count_noun_category(sent, node, cands):
    """'the number of people killed has reached 41': a number hanging from a running-total verb whose
    subject is a count noun takes the category of the nearest trigger inside that noun phrase."""
    from .attach import Attachment
    from .paths import path_cost

    rel = relay_node(sent, node)
    ranged = rel is None and (rel := _range_verb(sent, node)) is not None
    if rel is None or rel.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    nouns = vocab().figures.count_nouns | (word_list("range_subject") if ranged else frozenset())
    roles = ("nsubj", "nsubjpass")
    if node.dep_ == "pobj" and node.head.head.i == rel.i and node.head.i < node.i \
            and any(c.dep_ in ("dobj", "obj") and c.i > node.i for c in rel.children):
        roles += ("dobj", "obj")           # "brought to 45 the number of people killed": the object is the count
    subj = [c for c in rel.children if c.dep_ in roles and c.lemma_.lower() in nouns]
    if not subj:
        return None
    inside = _estimated(subj[0], nouns) if ranged else {t.i for t in subj[0].subtree}
    def nearest(strength):
        best = None
        for tok, trig in cands:
            if tok.i in inside and trig.strength == strength:
                c = path_cost(sent, subj[0], tok)
                if c is not None and (best is None or c < best.cost):
                    best = Attachment(trig.category, tok, c)
        return best

    best = nearest("strong")
    if best is None and ranged:
        best = nearest("weak")             # "Estimates of the crowd varied from 5,000 to 8,000"
    return Attachment(best.category, best.trigger, 3) if best else None


def _estimated(subj, nouns) -> set[int]:
    """What a range's subject estimates: down its "of" chain through count and estimate nouns ("Estimates
    of the number of protesters", "Estimates of the crowd size"), the last noun, the compounds on the way
    and the last noun's own participle ("the number of people killed"); not any word deeper in the
    phrase ("Estimates of the cost of the protests" estimate no crowd)."""
    out, tok = {subj.i}, subj
    while tok.lemma_.lower() in nouns or tok.lower_ in nouns:
        out |= {c.i for c in tok.children if c.dep_ == "compound"}
        nxt = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), None)
        if nxt is None:
            return out
        tok = nxt
        out.add(tok.i)
    return out | {c.i for c in tok.children if c.dep_ in ("compound", "acl", "relcl", "amod")}


def _range_verb(sent, node):
    """'Estimates of the crowd varied from 5,000 to 8,000': the range word (seeds/entity_words.csv
    range_lead) a number of "from N to M" hangs from, else None."""
    tok, steps = node, 0
    while steps < 3 and tok.dep_ == "pobj" and tok.head.lower_ in word_list("range_prep") and _in(sent, tok.head.head):
        tok, steps = tok.head.head, steps + 1
        if tok.lower_ in word_list("range_lead") or tok.lemma_.lower() in word_list("range_lead"):
            return tok
    return None


def _through_total(node):
    """'a total of 40 people were admitted': the clause role belongs to 'total', not to 'people'."""
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in vocab().figures.count_nouns:
        return node.head.head
    return node


def _relay(sent, node, cands):
    """'..., taking the tally to 57': a number hanging from a running-total word takes the
    category of the nearest strong (or deployment) trigger before it in the sentence."""
    rel = relay_node(sent, node)
    if rel is None:
        return None, None
    before = [(t, tr) for t, tr in cands if tr.strength != "weak" and t.i < node.i] \
        or [(t, tr) for t, tr in cands if tr.strength == "weak" and t.i < node.i]
    # ("deployed an additional 1,500 troops, taking the total to some 6,000": a deployment's total)
    if not before:
        return None, None
    tok, trig = before[-1]
    return trig.category, tok


def _look_ahead(sent, toks, cands, node):
    """Parser fallback for headlines: a strong trigger within a few words after the number
    ("Nearly 70 wounded", "3 118 arrested"), skipping adverbs, auxiliaries and a people noun."""
    by_i = {t.i: tr for t, tr in cands if tr.strength == "strong"}
    i, steps, end = toks[-1].i + 1, 0, sent[-1].i
    while i <= end and steps < 4:
        tok = sent.doc[i]
        if i in by_i:
            if tok.pos_ in ("VERB", "AUX") and is_agent(node, tok):
                break                      # "30 rioters injured five officers": the group did it
            return by_i[i].category, tok
        if not (tok.pos_ in ("ADV", "AUX", "PART", "DET", "ADJ") or noun_kind(tok)):
            break
        i += 1
        steps += 1
    return None, None


def _look_behind(sent, toks, cands):
    """'arrests to 3100', 'injured - 1,210': an event noun right before the number, with only a
    preposition, a form of "be" or punctuation between."""
    by_i = {t.i: tr for t, tr in cands if tr.strength == "strong"}
    i, steps = toks[0].i - 1, 0
    while i >= sent[0].i and steps < 3:
        tok = sent.doc[i]
        if i in by_i and (tok.pos_ in ("NOUN", "ADJ") or tok.tag_ == "VBN"):
            return by_i[i].category, tok
        if not (tok.pos_ in ("ADP", "AUX", "PUNCT") or tok.lower_ in vocab().figures.link_words) or tok.text in (",", ";"):
            break
        i -= 1
        steps += 1
    return None, None
