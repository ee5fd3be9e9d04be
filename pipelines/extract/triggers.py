"""Which category a counted group belongs to, decided on the dependency parse of ONE sentence.

A number attaches to a "counted node": the noun it modifies ("eight police" -> police) or the
number itself when it stands alone ("six were killed", "hundreds of people"). Trigger words
(seeds/triggers.csv) are scored by their dependency-path cost from that node; the cheapest strong
trigger wins. Costs: nominal conj/appos links are free (so every member of a tally "40 civilians,
9 officers and 3 soldiers killed" reaches the verb), clause links (relcl, advcl, ccomp, verb
conj) cost 2 so the number's own predicate beats a relative clause ("40 people, who were hurt,
were admitted to hospital" -> hospitalized), every other link costs 1.

Participant nouns (protesters, crowd, march) are weak: they decide only when no event word
(killed, arrested, ...) reaches the number. Deployment words count only for security personnel.
Only tokens inside the sentence are visited, so this works on a sentence parsed on its own.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Trigger
from .vocab import vocab

MAX_COST = {"strong": 4, "deploy": 4, "weak": 3}
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "parataxis", "csubj", "acl:relcl"}


@dataclass
class Attachment:
    category: str
    trigger: object       # the spaCy token
    cost: int
    clauses: int = 0      # clause links crossed on the path (ties: the same clause wins)


def _in(sent, tok) -> bool:
    return sent[0].i <= tok.i <= sent[-1].i


def edge_cost(tok) -> int:
    """Cost of the link from tok up to its head."""
    if tok.dep_ in ("conj", "appos") and tok.pos_ in NOMINAL and tok.head.pos_ in NOMINAL:
        return 0
    if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return 1                           # "were taken out and brought to hospital": shared subject
    if tok.dep_ in CLAUSE_DEPS or tok.dep_ == "conj":   # a coordinated clause, or a number coordinated with one
        return 2
    return 1


def _ancestors(sent, tok, weight=edge_cost) -> dict[int, int]:
    """token index -> cost from tok, for tok and its ancestors inside the sentence."""
    out, cost = {tok.i: 0}, 0
    while tok.head.i != tok.i and _in(sent, tok.head):
        cost += weight(tok)
        tok = tok.head
        out[tok.i] = cost
    return out


def path_cost(sent, a, b, a_anc: dict[int, int] | None = None, weight=edge_cost) -> int | None:
    """Cost of the dependency path from a up to the common ancestor and down to b. Going down into
    a clause that hangs off something other than a and counts its own group costs one more
    ("50,000 troops in the region, where 9 died": that clause is about its 9, not the troops)."""
    a_anc = a_anc if a_anc is not None else _ancestors(sent, a, weight)
    cost, tok = 0, b
    while True:
        if tok.i in a_anc:
            return a_anc[tok.i] + cost
        if tok.head.i == tok.i or not _in(sent, tok.head):
            return None
        step = weight(tok)
        if weight is edge_cost and step == 2 and tok.head.i != a.i and any(t.like_num for t in tok.subtree):
            step = 3
        cost += step
        tok = tok.head


def _clause_link(tok) -> int:
    return 1 if edge_cost(tok) == 2 else 0


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


def sentence_triggers(sent) -> list[tuple[object, Trigger]]:
    """Every trigger token of the sentence with its lexicon entry (one per token)."""
    lex = vocab().figures.triggers
    out = []
    for tok in sent:
        for key in (tok.lower_, tok.lemma_.lower()):
            entries = lex.get(key)
            if not entries:
                continue                   # most words: no lexicon entry
            hit = next((t for t in entries if _pos_ok(t, tok) and _needs_ok(t, tok)), None)
            if hit:
                out.append((tok, hit))
                break
    return out


def group_nouns(node) -> list:
    """The counted noun and nouns conjoined with it that carry no number of their own
    ("eight police and National Guard troops" -> police, troops)."""
    out = [node]
    for c in node.conjuncts:
        if c.i > node.i and c.pos_ in ("NOUN", "PROPN") and not any(x.like_num for x in c.children):
            out.append(c)
    return out


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


def noun_kind(tok) -> str | None:
    kinds = vocab().figures.people_nouns
    return kinds.get(tok.lower_) or kinds.get(tok.lemma_.lower())


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


def attach(sent, node, candidates: list[tuple[object, Trigger]], security: bool, generic: bool,
           group: tuple = ()) -> Attachment | None:
    """The category trigger for the counted node, or None.

    group: the counted nouns themselves (cost 0: "hundreds of protesters", "12 corpses");
    security: the counted group is police/troops (may be "deployed");
    generic: the counted group is unspecified people (a protest word may make them protesters)."""
    own = {node.i} | {g.i for g in group}
    strong_elsewhere = any(tr.strength == "strong" for _, tr in candidates)
    starts = [node] + [g for g in group if g.i != node.i]
    ancs = [(_ancestors(sent, st), st) for st in starts]
    best: dict[str, Attachment] = {}
    for tok, trig in candidates:
        if trig.strength == "deploy" and not security:
            continue
        if trig.strength == "weak" and tok.i not in own and noun_kind(tok) == "protester":
            continue                       # another group's noun ("3 journalists covering protesters")
        cost = 0 if tok.i in own else min(
            (c for a, st in ancs if (c := path_cost(sent, st, tok, a)) is not None), default=None)
        if cost is None or cost > MAX_COST[trig.strength]:
            continue
        if not _admissible(sent, node, tok, trig, cost, own, generic, strong_elsewhere):
            continue
        cur = best.get(trig.strength)
        clauses = 0 if tok.i in own else (path_cost(sent, node, tok, weight=_clause_link) or 0)
        cand = Attachment(trig.category, tok, cost, clauses)
        if cur is None or _better(cand, cur, node, own):
            best[trig.strength] = cand
    strong, deploy, weak = best.get("strong"), best.get("deploy"), best.get("weak")
    if strong and deploy and deploy.cost < strong.cost:
        return deploy
    if strong and weak and weak.cost <= 1 and strong.cost >= weak.cost + 2 \
            and (weak.trigger.pos_ == "VERB" or (weak.cost == 0 and noun_kind(weak.trigger) is None)):
        return weak                        # "Thousands rallied (or headline "rally"), as three went missing"
    if strong and weak and weak.cost == 0 and strong.cost >= MAX_COST["strong"]:
        return weak                        # "used water cannon on 2,000 protesters and arrested 45 of them"
    return strong or deploy or weak


def _admissible(sent, node, tok, trig: Trigger, cost: int, own: set, generic: bool, strong_elsewhere: bool) -> bool:
    """Structural vetoes on one trigger for one counted node (the cost is already within range)."""
    if trig.strength == "weak" and tok.i not in own and not generic and noun_kind(tok) != "crowd" \
            and not (tok.pos_ == "VERB" and cost <= 1):
        # a protest word makes protesters of unspecified people ("5,000 people marched"), or of a
        # named group only when the group is its subject ("200 students marched"); a crowd may be
        # of anyone ("a crowd of 5,000 supporters")
        return False
    if trig.reach == "direct" and cost > 1 and not (
            node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i == tok.i):
        return False                       # direct: "13 bodies", "the bodies of 13 protesters"
    if trig.strength == "weak" and tok.pos_ == "NOUN" and not noun_kind(tok) and not trig.needs and cost > 2 \
            and (path_cost(sent, node, tok, weight=_clause_link) or strong_elsewhere):
        return False                       # an event noun (protest, rally) only close by, or alone in its clause
    if trig.strength == "strong" and tok.pos_ in ("VERB", "AUX") and is_agent(node, tok):
        return False                       # "30 rioters injured five officers": the group did it
    if trig.strength == "strong" and (_above_own_clause(node, tok) or _inside_own_object(node, tok)):
        return False                       # the group has its own, non-trigger predicate
    if tok.pos_ == "VERB" and tok.i not in own and node.head.i != tok.i and _has_other_count(tok, own):
        return False                       # "fired on 2,000 protesters and arrested 45": 45 is what was arrested
    if tok.dep_ == "conj" and tok.head.i == node.i and node.pos_ == "NUM":
        return False                       # "risen to 88 and arrests to 3100": a gapped clause, not a group
    return True


def _above_own_clause(node, trig) -> bool:
    """The group is the subject of its own verb, which is no trigger (nor a reporting or
    running-total verb), and that verb's clause hangs below the trigger's clause."""
    verb = node.head
    if node.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB" or verb.i == trig.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma in vocab().figures.triggers or verb.lower_ in vocab().figures.triggers or lemma in vocab().figures.rise_verbs \
            or lemma in vocab().figures.attribution_verbs:
        return False
    return verb.dep_ in ("advcl", "ccomp", "conj", "relcl", "parataxis") and trig.i not in {t.i for t in verb.subtree}


def _inside_own_object(node, trig) -> bool:
    """The group is the subject of a verb that is no trigger, and the trigger sits deep inside that
    verb's object: the group did something (signed, condemned, attended) about the event."""
    verb = node.head
    if node.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i == trig.i:
        return False
    if any(t.category for key in (verb.lower_, verb.lemma_.lower()) for t in vocab().figures.triggers.get(key, ())):
        return False
    for obj in verb.children:
        if obj.dep_ in ("dobj", "obj") and obj.i != trig.i and trig.i in {t.i for t in obj.subtree}:
            tok = trig.head                # a verb between object and trigger: "a letter condemning the arrest"
            while tok.i != obj.i:
                if tok.pos_ == "VERB":
                    return True
                tok = tok.head
    return False


def _has_other_count(verb, own) -> bool:
    """The verb's object is another counted group (a number or a noun with one)."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "npadvmod") and c.i not in own:
            if c.like_num or any(g.like_num and g.dep_ == "nummod" for g in c.children):
                return True
    return False


def _better(a: Attachment, b: Attachment, node, own=frozenset()) -> bool:
    if a.cost != b.cost:
        return a.cost < b.cost
    if (a.trigger.i in own) != (b.trigger.i in own):
        return a.trigger.i in own          # the counted noun itself ("12 injuries") beats a coordinated one
    if a.clauses != b.clauses:
        return a.clauses < b.clauses       # equally close: the one in the number's own clause
    if a.category != b.category:
        # the more specific outcome wins ("injured and hospitalized": seeds/categories.csv)
        order = vocab().figures.category_priority
        return order.index(a.category) < order.index(b.category)
    return abs(a.trigger.i - node.i) < abs(b.trigger.i - node.i)


def relay_node(sent, node):
    """For running totals ("the number reached 57", "taking the tally to 57"): the count noun or
    rise verb the number hangs from within three links, else None."""
    nouns, verbs = vocab().figures.count_nouns, vocab().figures.rise_verbs
    tok, steps = node, 0
    while steps < 3 and tok.head.i != tok.i and _in(sent, tok.head):
        tok = tok.head
        steps += 1
        lem = tok.lemma_.lower()
        if (tok.pos_ == "NOUN" and lem in nouns) or (tok.pos_ in ("VERB", "AUX") and lem in verbs):
            return tok
    return None
