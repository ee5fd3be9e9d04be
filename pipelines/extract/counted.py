"""Stages `drop_non_counts` and `find_counted`: is the number a count of people, and of what?

The counted node is the noun the number modifies ("eight police" -> police), the number itself
when it stands alone ("six were killed", "hundreds of people"), or the noun after "N-strong".
Only tokens of the sentence are read."""
from __future__ import annotations

import re

from .candidate import Candidate, Sentence, drop, keep
from .counts import is_nonperson, is_trigger_noun, non_count_rule
from .numbers import quantifier_word
from .triggers import collective_of, group_nouns, member_of, noun_kind
from .vocab import vocab, word_list


def tokens_of(sent, base: int, start: int, end: int) -> list:
    return [t for t in sent if t.idx - base < end and start < t.idx - base + len(t.text)]


def drop_non_counts(c: Candidate, s: Sentence) -> Candidate:
    """Money, ages, dates, units, labels (counts.non_count_rule): numbers that count no people."""
    n = c.number
    toks = tokens_of(s.span, s.base, n.start, n.end)
    if not toks:
        return drop(c, "no_tokens")
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    anchor = heads[-1] if heads else toks[-1]
    rule = non_count_rule(s.text, n, anchor)
    if rule:
        return drop(c, rule)
    return keep(c, "a_count", toks=tuple(toks), anchor=anchor, last=toks[-1])


def _spaced_break(a, b) -> bool:
    """A spaced dash or a colon between tokens a and b: a headline's credit after its count ("Twelve killed in X -
    report", "... : report"), so `b` is no noun the number counts ("12-year-old" has no spaced dash)."""
    return any(t.is_punct and (t.text == ":" or t.text in "-–—" and t.whitespace_ and t.doc[t.i - 1].whitespace_)
               for t in a.doc[a.i + 1:b.i])


def find_counted(c: Candidate, s: Sentence) -> Candidate:
    """The counted node and noun; drops numbers counting things that are not people."""
    sent, text, n, toks, anchor = s.span, s.text, c.number, c.toks, c.anchor
    ids = {t.i for t in toks}
    node = anchor
    strong = re.match(r"\s*-\s*strong\b", text[n.end:])
    if strong:                             # "a 5,000-strong crowd": the number counts the noun after
        st = next((t for t in sent if t.idx - s.base >= n.end and t.lower_ == "strong"), None)
        if st is not None and st.head.pos_ in ("NOUN", "PROPN") and _in_sent(sent, st.head):
            anchor = node = st.head
    if anchor.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "nsubj", "npadvmod") \
            and anchor.head.pos_ in ("NOUN", "PROPN") and anchor.head.i not in ids and anchor.head.i > anchor.i \
            and _in_sent(sent, anchor.head) and not _another_number(anchor.head) and not _spaced_break(anchor, anchor.head):
        node = anchor.head
    if node is not anchor and _quantifier_on_singular(n, anchor, node):
        node = anchor                      # "Hundreds defy curfew": the parser read "defy" as the curfew's adjective
    if node is anchor and not strong:
        node = _split_from_modifier(sent, s.base, n, anchor, toks) or _sibling_noun(sent, anchor, toks) or node
    counted = node if node is not anchor or strong else _partitive(toks, ids)
    if counted is not None and counted is not node and counted.lemma_.lower() in vocab().figures.count_nouns \
            and any(d.dep_ == "poss" for d in counted.children):
        counted = None                     # "11 of their number": the group itself, named by no noun
    if counted is not None and counted.lemma_.lower() in vocab().figures.instance_nouns:
        counted = _instance_of(counted) or counted   # "32 cases of abduction": the abducted are counted
    if counted is not None and is_nonperson(counted):
        return drop(c, f"nonperson_noun:{counted.lemma_.lower()}")   # seeds/nonperson_nouns.csv
    if counted is not None and counted.pos_ == "PRON" and (ante := _counted_before(sent, toks[0])) is not None \
            and is_nonperson(ante):
        return drop(c, f"nonperson_antecedent:{ante.lemma_.lower()}")   # "47 counties, and 12 of them saw ..."
    if n.value == 1 and re.match(r"\s*of\b", text[n.end:]) and not re.match(r"\s*of\s+whom\b", text[n.end:]):
        return drop(c, "one_of")           # "one of the protesters": an individual, not a count
        # ("nine were hurt, one of whom is in intensive care" is a sub-count of a tally)
    noun = counted is not None and counted.pos_ in ("NOUN", "PROPN")
    if n.value == 1 and not n.vague and noun and _named(counted):
        return drop(c, "named_individual")   # "One demonstrator, called X, was shot": an anecdote, no count
    group = group_nouns(counted) if noun else []
    kinds = {noun_kind(g) for g in group} | {noun_kind(m) for g in group if (m := member_of(g)) is not None}
    kinds |= {noun_kind(m) for g in group if (m := collective_of(g)) is not None}   # "a contingent of soldiers"
    if noun and not kinds - {None} and not is_trigger_noun(counted) and counted.tag_ not in ("NNS", "NNPS"):
        return drop(c, "singular_unknown_noun")   # a singular noun we do not know as people: "5 km", "1 statement"
    rule = f"counts:{counted.lower_}" if counted is not None else "stands_alone"
    first = (tokens_of(sent, s.base, n.mod_start, n.end) or toks)[0]
    return keep(c, rule, node=node, counted=counted, group=tuple(group), kinds=frozenset(kinds), strong=bool(strong),
                first=first)


def _named(noun) -> bool:
    """The noun introduces a person by name: "one demonstrator called Jean X", "one student, named X"
    (seeds/entity_words.csv naming_participle). (An apposed name alone, "one student, X, was killed",
    may still be a tally's item.)"""
    return any(c.dep_ == "acl" and c.lower_ in word_list("naming_participle")
               and any(t.pos_ == "PROPN" for t in c.subtree if t.i != c.i) for c in noun.children)


def _split_from_modifier(sent, base, n, anchor, toks):
    """"Over a dozen people were hurt": the parser made the number the object of its bound modifier
    ("over", "under") and left the people noun right after it on its own; that noun is counted."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.dep_ != "prep" or not (n.mod_start <= prep.idx - base < n.start):
        return None
    j = toks[-1].i + 1
    nxt = anchor.doc[j] if j < len(anchor.doc) else None
    while nxt is not None and nxt.dep_ in ("compound", "amod") and nxt.head.i > nxt.i and _in_sent(sent, nxt.head):
        nxt = nxt.head                     # "over a dozen police officers", "over a dozen young men"
    if nxt is None or not _in_sent(sent, nxt) or nxt.pos_ not in ("NOUN", "PROPN") or not noun_kind(nxt):
        return None
    return nxt


def _sibling_noun(sent, anchor, toks):
    """"1.5m people joined": the parser split a suffixed number ("1.5m", "20k") and hung its pieces and the
    people noun right after it side by side on the verb; that noun is counted."""
    if len(toks) < 2 or anchor.dep_ not in ("nsubj", "nsubjpass", "dobj", "npadvmod", "appos"):
        return None
    j = toks[-1].i + 1
    nxt = anchor.doc[j] if j < len(anchor.doc) else None
    while nxt is not None and nxt.dep_ in ("compound", "amod") and nxt.head.i > nxt.i and _in_sent(sent, nxt.head):
        nxt = nxt.head
    if nxt is None or not _in_sent(sent, nxt) or nxt.head.i != anchor.head.i or nxt.dep_ != anchor.dep_ \
            or nxt.pos_ not in ("NOUN", "PROPN") or not noun_kind(nxt):
        return None
    return nxt


def _quantifier_on_singular(n, anchor, head) -> bool:
    """A vague plural ("hundreds", "thousands") that the parser hung as a modifier on a singular noun we
    do not know as people ("Hundreds defy curfew", a headline): a quantifier counts no singular thing,
    so it stands alone (the people it counts are the subject)."""
    return n.vague and anchor.pos_ == "NOUN" and anchor.tag_ == "NNS" and anchor.dep_ in ("nmod", "compound", "nummod") \
        and head.tag_ == "NN" and not noun_kind(head) and not is_trigger_noun(head)


def _another_number(tok) -> bool:
    """A vague plural ("hundreds", "thousands", "scores") is a number of its own, never the noun another
    number counts: the parser hangs "Five" on "hundreds" in the headline "Five dead, hundreds injured"."""
    return tok.tag_ == "NNS" and quantifier_word(tok.text)


def _instance_of(tok):
    """'cases of enforced disappearance' -> disappearance: the event noun (a trigger) after "of"."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and is_trigger_noun(obj):
                    return obj
    return None


def _in_sent(sent, tok) -> bool:
    return sent[0].i <= tok.i <= sent[-1].i


def _counted_before(sent, first):
    """The antecedent of a partitive pronoun ("12 of them"): the nearest noun before the number, in
    its sentence, that a number counts itself ("47 counties"); None when there is none."""
    for t in reversed(sent[:first.i - sent[0].i]):
        if t.pos_ in ("NOUN", "PROPN") and any(ch.dep_ == "nummod" for ch in t.children):
            return t
    return None


def _partitive(toks, ids) -> object | None:
    """'hundreds of people' -> people; '400 of them' -> them; None when the number stands alone."""
    for t in toks:
        for c in t.children:
            if c.lower_ == "of" and c.i not in ids and c.dep_ == "prep":
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
    return None
