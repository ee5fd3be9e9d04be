"""Dependency-path costs between two tokens of one sentence (see attach.py for what they mean):
nominal conj/appos links are free, clause links cost 2, every other link 1."""
from __future__ import annotations

NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "parataxis", "csubj", "acl:relcl"}


def in_sent(sent, tok) -> bool:
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


def ancestors(sent, tok, weight=edge_cost) -> dict[int, int]:
    """token index -> cost from tok, for tok and its ancestors inside the sentence."""
    out, cost = {tok.i: 0}, 0
    while tok.head.i != tok.i and in_sent(sent, tok.head):
        cost += weight(tok)
        tok = tok.head
        out[tok.i] = cost
    return out


def path_cost(sent, a, b, a_anc: dict[int, int] | None = None, weight=edge_cost) -> int | None:
    """Cost of the dependency path from a up to the common ancestor and down to b. Going down into
    a clause that hangs off something other than a and counts its own group costs one more
    ("50,000 troops in the region, where 9 died": that clause is about its 9, not the troops)."""
    a_anc = a_anc if a_anc is not None else ancestors(sent, a, weight)
    cost, tok = 0, b
    while True:
        if tok.i in a_anc:
            return a_anc[tok.i] + cost
        if tok.head.i == tok.i or not in_sent(sent, tok.head):
            return None
        step = weight(tok)
        if weight is edge_cost and step == 2 and tok.head.i != a.i and any(t.like_num for t in tok.subtree):
            step = 3
        cost += step
        tok = tok.head


def clause_link(tok) -> int:
    return 1 if edge_cost(tok) == 2 else 0
