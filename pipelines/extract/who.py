"""Stage `settle_who`: the counted group as text ("riot police", "students"), or "" when the
number names none ("40 hurt", "400 of them", "six more deaths")."""
from __future__ import annotations

import re

from .candidate import Candidate, Sentence, keep
from .counted import tokens_of
from .vocab import vocab
from .triggers import member_of, noun_kind


def settle_who(c: Candidate, s: Sentence) -> Candidate:
    if c.counted is None:
        return c
    n = c.number
    ids = {t.i for t in tokens_of(s.span, s.base, n.mod_start, n.mod_end)}
    who = group_text(s.span, c.counted, c.group, ids)
    return keep(c, f"who:{who}" if who else "no_group_named", who=who) if who != c.who else c


def event_noun(tok) -> bool:
    """deaths, arrests, toll, injuries: nouns naming the event, not the people (no `who`)."""
    for key in (tok.lower_, tok.lemma_.lower()):
        for t in vocab().figures.triggers.get(key, ()):
            if t.pos == "NOUN" and t.strength == "strong" and t.reach == "clause":
                return True
    return tok.lemma_.lower() in vocab().figures.count_nouns


def group_text(sent, counted, group, number_ids=frozenset()) -> str:
    """The counted group as lower-case text: modifiers kept, evaluative adjectives dropped."""
    if not noun_kind(counted) and any(t.reach == "clause" for key in (counted.lower_, counted.lemma_.lower())
                                      for t in vocab().figures.triggers.get(key, ())):
        return ""                          # "40 hurt", "12 deaths": the noun is the event, not the group
    if counted.pos_ not in ("NOUN", "PROPN") or event_noun(counted):
        return ""                          # "400 of them", "six more deaths": no named group
    drop = vocab().figures.who_drop_words
    first, last = counted, group[-1] if group else counted
    last = member_of(last) or last         # "members of the security forces": the group is named after
    for c in sorted(counted.children, key=lambda c: -c.i):
        if sent[0].i <= c.i < counted.i and c.dep_ in ("compound", "amod", "nmod", "npadvmod") and not c.like_num:
            first = c if c.i < first.i else first
    words = [t for t in counted.doc[first.i:last.i + 1]
             if t.i not in number_ids and (not t.like_num and t.lower_ not in drop and not t.is_punct or t.text == "-")]
    text = " ".join(t.text for t in words).replace(" - ", "-").lower()
    return re.sub(r"\s+", " ", text).strip(" ,")
