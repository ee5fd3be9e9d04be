"""One number in one parsed sentence: its counted node, its category and its group (`who`).

The counted node is the noun the number modifies ("eight police" -> police), the number itself
when it stands alone ("six were killed", "hundreds of people"), or the noun after "N-strong".
triggers.attach chooses the category on the dependency parse; special shapes come first
(partitives "40 of the wounded", "a total of N", "the number of people killed has reached N") and
fallbacks after (a trigger right after/before the number in headline fragments, running totals).
Only tokens of the sentence are read."""
from __future__ import annotations

import re

from .counts import is_nonperson, is_trigger_noun, not_a_count
from .lexicon import count_words, triggers, who_drop_words
from .numbers import NumberMention
from .triggers import attach, group_nouns, is_agent, member_of, noun_kind, relay_node

def tokens_of(sent, base: int, start: int, end: int) -> list:
    return [t for t in sent if t.idx - base < end and start < t.idx - base + len(t.text)]


def resolve_number(sent, text: str, base: int, n: NumberMention, cands) -> dict | None:
    """Category, who and quote span for one number, or None when it counts no people."""
    toks = tokens_of(sent, base, n.start, n.end)
    if not toks:
        return None
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    anchor = heads[-1] if heads else toks[-1]
    if not_a_count(text, n, anchor):
        return None
    node = anchor
    strong = re.match(r"\s*-\s*strong\b", text[n.end:])
    if strong:                             # "a 5,000-strong crowd": the number counts the noun after
        st = next((t for t in sent if t.idx - base >= n.end and t.lower_ == "strong"), None)
        if st is not None and st.head.pos_ in ("NOUN", "PROPN") and _in_sent(sent, st.head):
            anchor = node = st.head
    if anchor.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "nsubj", "npadvmod") \
            and anchor.head.pos_ in ("NOUN", "PROPN") and anchor.head.i not in ids and anchor.head.i > anchor.i \
            and _in_sent(sent, anchor.head):
        node = anchor.head
    counted = node if node is not anchor or strong else _partitive(toks, ids)
    if counted is not None and is_nonperson(counted):
        return None
    if n.value == 1 and re.match(r"\s*of\b", text[n.end:]):
        return None                        # "one of the protesters": an individual, not a count
    group = group_nouns(counted) if counted is not None and counted.pos_ in ("NOUN", "PROPN") else []
    kinds = {noun_kind(g) for g in group} | {noun_kind(m) for g in group if (m := member_of(g)) is not None}
    if counted is not None and counted.pos_ in ("NOUN", "PROPN") and not kinds - {None} \
            and not is_trigger_noun(counted) and counted.tag_ not in ("NNS", "NNPS"):
        return None                        # a singular noun we do not know as people: "5 km", "1 statement"
    unknown = counted is not None and counted.pos_ in ("NOUN", "PROPN") and not kinds - {None} \
        and not is_trigger_noun(counted)
    security = "security" in kinds
    generic = counted is None or counted.pos_ == "PRON" or bool(kinds & {"generic"}) or counted.pos_ == "NUM"
    superset = counted is not None and counted is not node and counted.dep_ == "pobj" and is_trigger_noun(counted) \
        and not noun_kind(counted)
    if superset:
        # "40 of the wounded were taken to hospital": "the wounded" names the superset; the subset's
        # own predicate decides, and the superset's word only when there is none
        others = [(t, tr) for t, tr in cands if t.i != counted.i]
        att = attach(sent, node, others, security, generic, ())
        if att is None:
            att = attach(sent, node, cands, security, generic, (counted,))
    else:
        att = attach(sent, _through_total(node), cands, security, generic, tuple(group) + (node,))
    if counted is not None and counted.pos_ in ("PRON", "DET") and counted.dep_ == "pobj":
        # "over 60 of those brought to hospital": the pronoun's own clause describes the subset
        own = [(t, tr) for t, tr in cands if t.i in {x.i for x in counted.subtree} and t.i != counted.i]
        sub = attach(sent, counted, own, security, generic, ()) if own else None
        if sub is not None:
            att = sub
    total = _count_noun_category(sent, node, cands)
    if total is not None and (att is None or att.cost >= 3):
        att = total                        # "the number of people killed has reached 41"
    if att is not None and unknown and att.cost > 1:
        att = None                         # "2,000 cars set on fire ... injured": unknown nouns must be the trigger's argument
    cost = att.cost if att else 9
    category, trig = (att.category, att.trigger) if att else (None, None)
    nxt = sent.doc[toks[-1].i + 1] if toks[-1].i + 1 <= sent[-1].i else None
    if att is not None and att.cost > 0 and nxt is not None and nxt.pos_ == "NOUN" \
            and any(t.i == nxt.i and tr.strength == "strong" for t, tr in cands):
        att = None                         # "12 injuries": a number right before an event noun counts it
    if att is None or att.cost >= 2:
        # parser fallbacks on fragments: "nearly 70 injured", "arrests to 3100"
        near_cat, near_trig = _look_ahead(sent, toks, cands, node)
        if near_cat is None and not unknown:
            near_cat, near_trig = _look_behind(sent, toks, cands)
        if near_cat is not None and (att is None or near_trig.i != att.trigger.i):
            category, trig = near_cat, near_trig
    if category is None and not unknown:
        category, trig = _relay(sent, node, cands)
    who = _who(sent, counted, group, {t.i for t in tokens_of(sent, base, n.mod_start, n.mod_end)}) \
        if counted is not None else ""
    rel = relay_node(sent, node) if category is None and not unknown else None
    out = {"category": category, "who": who, "trigger": trig, "cost": cost if category else 9, "node": node,
           "relay": rel,               # an unresolved running total: the previous sentence may name it
           "first": (tokens_of(sent, base, n.mod_start, n.end) or toks)[0], "last": toks[-1],
           "counted": counted, "value": n.value}
    if category is None:
        out["trigger"] = None
    return out


def finish(r: dict | None, n: NumberMention, base: int) -> dict | None:
    """Drop unresolved numbers, fill the quote span and trigger text."""
    if r is None or r["category"] is None:
        return None
    if not r["who"] and r["category"] == "protesters" and noun_kind(r["trigger"]) == "crowd":
        r = {**r, "who": r["trigger"].lower_}   # "police estimated the crowd at 40,000" -> who "crowd"
    if r["category"] == "protesters" and n.value == 1:
        return None                        # one protester is a person in a story, not a crowd count
    trig = r["trigger"]
    ts, te = trig.idx - base, trig.idx - base + len(trig.text)
    return {**r, "trigger": trig.text, "trigger_tok": trig,
            "quote_start": min(n.mod_start, ts), "quote_end": max(n.mod_end if ts < n.start else n.end, te)}


def _count_noun_category(sent, node, cands):
    """'the number of people killed has reached 41': a number hanging from a running-total verb whose
    subject is a count noun takes the category of the nearest trigger inside that noun phrase."""
    from .triggers import Attachment, path_cost

    rel = relay_node(sent, node)
    if rel is None or rel.pos_ not in ("VERB", "AUX"):
        return None
    subj = [c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in count_words("count_noun")]
    if not subj:
        return None
    inside = {t.i for t in subj[0].subtree}
    best = None
    for tok, trig in cands:
        if tok.i in inside and trig.strength == "strong":
            c = path_cost(sent, subj[0], tok)
            if c is not None and (best is None or c < best.cost):
                best = Attachment(trig.category, tok, c)
    return Attachment(best.category, best.trigger, 3) if best else None


def _through_total(node):
    """'a total of 40 people were admitted': the clause role belongs to 'total', not to 'people'."""
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in count_words("count_noun"):
        return node.head.head
    return node


def _in_sent(sent, tok) -> bool:
    return sent[0].i <= tok.i <= sent[-1].i


def _partitive(toks, ids) -> object | None:
    """'hundreds of people' -> people; '400 of them' -> them; None when the number stands alone."""
    for t in toks:
        for c in t.children:
            if c.lower_ == "of" and c.i not in ids and c.dep_ == "prep":
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
    return None


def _event_noun(tok) -> bool:
    """deaths, arrests, toll, injuries: nouns naming the event, not the people (no `who`)."""
    for key in (tok.lower_, tok.lemma_.lower()):
        for t in triggers().get(key, ()):
            if t.pos == "NOUN" and t.strength == "strong" and t.reach == "clause":
                return True
    return tok.lemma_.lower() in count_words("count_noun")


def speculative(node, trigger) -> bool:
    """The writer's inference, not a report: the figure sits under a modal verb of inference
    ("the gap may mean there were four more deaths"). Hedged reports stay ("up to 15 may have died")."""
    for tok in (node, trigger):
        for anc in [tok, *tok.ancestors]:
            if anc.lemma_.lower() in _INFERENCE and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in anc.children):
                return True
    return False


_MODALS = {"may", "might", "could", "would"}
_INFERENCE = {"signify", "suggest", "mean", "indicate", "imply"}


def _relay(sent, node, cands):
    """'..., taking the tally to 57': a number hanging from a running-total word takes the
    category of the nearest strong trigger before it in the sentence."""
    rel = relay_node(sent, node)
    if rel is None:
        return None, None
    before = [(t, tr) for t, tr in cands if tr.strength == "strong" and t.i < node.i] \
        or [(t, tr) for t, tr in cands if tr.strength == "weak" and t.i < node.i]
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
        if not (tok.pos_ in ("ADP", "AUX", "PUNCT") or tok.lower_ in ("at", "to", "of")) or tok.text in (",", ";"):
            break
        i -= 1
        steps += 1
    return None, None


def _who(sent, counted, group, number_ids=frozenset()) -> str:
    """The counted group as lower-case text: modifiers kept, evaluative adjectives dropped."""
    if not noun_kind(counted) and any(t.reach == "clause" for key in (counted.lower_, counted.lemma_.lower())
                                      for t in triggers().get(key, ())):
        return ""                          # "40 hurt", "12 deaths": the noun is the event, not the group
    if counted.pos_ not in ("NOUN", "PROPN") or _event_noun(counted):
        return ""                          # "400 of them", "six more deaths": no named group
    drop = who_drop_words()
    first, last = counted, group[-1] if group else counted
    last = member_of(last) or last         # "members of the security forces": the group is named after
    for c in sorted(counted.children, key=lambda c: -c.i):
        if sent[0].i <= c.i < counted.i and c.dep_ in ("compound", "amod", "nmod", "npadvmod") and not c.like_num:
            first = c if c.i < first.i else first
    words = [t for t in counted.doc[first.i:last.i + 1]
             if t.i not in number_ids and (not t.like_num and t.lower_ not in drop and not t.is_punct or t.text == "-")]
    text = " ".join(t.text for t in words).replace(" - ", "-").lower()
    return re.sub(r"\s+", " ", text).strip(" ,")


def running_total_bound(sent, text: str, base: int, n: NumberMention) -> str:
    """'the toll rose up to 30' / 'Death toll up to 30': a running total (exact), not an upper bound."""
    if n.bound != "at_most" or not re.match(r"up\s+to\b", text[n.mod_start:n.start], re.IGNORECASE):
        return n.bound
    words = count_words("count_noun") | count_words("rise_verb")
    prev = [t for t in sent if t.idx - base < n.mod_start][-6:]
    if any(t.lemma_.lower() in words or _event_noun(t) for t in prev):
        return "exact"
    return n.bound
