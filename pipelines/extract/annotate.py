"""Stages that annotate a settled figure: `settle_bound`, `carry_bounds`, `attribute`, `place`, `date`."""
from __future__ import annotations

import re

from .attribution import attribute_to
from .relay import relayed
from .candidate import Candidate, Sentence, change, keep
from .dates import nearest_date
from .vocab import vocab
from .places import place_of
from .who import event_noun


def settle_bound(c: Candidate, s: Sentence) -> Candidate:
    """The bound the number's modifiers gave, except 'the toll rose up to 30' / 'Death toll up to
    30': a running total (exact), not an upper bound."""
    n = c.number
    if n.bound == "at_most" and re.match(r"up\s+to\b", s.text[n.mod_start:n.start], re.IGNORECASE):
        words = vocab().figures.count_nouns | vocab().figures.rise_verbs
        prev = [t for t in s.span if t.idx - s.base < n.mod_start][-6:]
        if any(t.lemma_.lower() in words or event_noun(t) for t in prev):
            return change(c, "running_total_up_to", bound="exact")
    return keep(c, f"modifier:{n.bound}", bound=n.bound)


def carry_bounds(cands: list[Candidate], s: Sentence) -> list[Candidate]:
    """A bound word before the first of coordinated counts covers the list: "around 90 civilians and
    100 security personnel were injured" -> both approx. Only a plain numeral with no modifier of its
    own takes it, from the count right before it, of the same category, in the same coordination."""
    out = list(cands)
    prev = None
    for i, c in enumerate(out):
        if not c.active:
            continue
        n = c.number
        if prev is not None and c.bound == "exact" and not n.vague and n.partner < 0 and n.mod_start == n.start \
                and prev.bound != "exact" and prev.number.partner < 0 and prev.category == c.category \
                and _coordinated(prev.node, c.node):
            out[i] = c = change(c, f"bound_carried:{prev.number_text}", bound=prev.bound)
        prev = c
    return out


def _conj_root(tok):
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _coordinated(a, b) -> bool:
    """Two counted nodes in one coordination of noun phrases ("90 civilians and 100 police")."""
    return a is not None and b is not None and a.i < b.i and b.dep_ == "conj" and _conj_root(a).i == _conj_root(b).i


def attribute(c: Candidate, s: Sentence) -> Candidate:
    """reported_by / reported_via: the attribution whose verb governs the figure, else the nearest,
    refined by the relay cues (relay.relayed: "X told Reuters", "TV reported, citing police")."""
    by, via = relayed(s.text, *attribute_to(list(s.sources), c.node), tuple(f[1] for f in s.sources))
    if by is None and via is None:
        return c
    return keep(c, f"source:{by}" + (f" via {via}" if via else ""), reported_by=by, reported_via=via)


def place(c: Candidate, s: Sentence, article) -> Candidate:
    loc, local = place_of(article, s, c.key)
    if loc is None:
        return c
    return keep(c, "place_in_sentence" if local else "paragraph_or_setting", location_entity_id=loc,
                local_place=local)


def date(c: Candidate, s: Sentence) -> Candidate:
    when = nearest_date(list(s.dates), c.number.start)
    return keep(c, f"date:{when.isoformat()}", event_date=when) if when else c
