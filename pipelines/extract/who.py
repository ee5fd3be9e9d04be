"""Stage `settle_who`: the counted group as text ("riot police", "students"), or "" when the
number names none ("40 hurt", "400 of them", "six more deaths")."""
from __future__ import annotations

import re

from .candidate import Candidate, Sentence, keep
from .counted import tokens_of
from .vocab import vocab, word_list
from .triggers import collective_of, member_of, noun_kind

GROUP_PREPS = word_list("group_prep")


def settle_who(c: Candidate, s: Sentence) -> Candidate:
    n = c.number
    if c.counted is None:
        ids = {t.i for t in tokens_of(s.span, s.base, n.mod_start, n.mod_end)}
        trig = c.trigger_tok               # "the tally of injuries among marchers rose to 310"
        who = group_of_event(s.span, trig, ids) if trig is not None and trig.pos_ == "NOUN" else ""
        who = who or group_as_predicate(s.span, ids) or group_of_participle(s.span, trig) \
            or group_numbering(s.span, ids) or group_of_more(s.span, ids) or group_of_fronted_whom(s.span, ids)
        return keep(c, f"who:{who}", who=who) if who and who != c.who else c
    ids = {t.i for t in tokens_of(s.span, s.base, n.mod_start, n.mod_end)}
    if c.counted.tag_ == "WP" and c.counted.dep_ == "pobj":   # "police officers, two of whom died"
        who = group_as_predicate(s.span, ids) or relative_antecedent(s.span, min(ids, default=c.counted.i))
        return keep(c, f"who:{who}" if who else "no_group_named", who=who) if who != c.who else c
    who = _partitive_predicate(s.span, c.counted, ids) or _group_after_pronoun(s.span, c.counted, ids) \
        or group_text(s.span, c.counted, c.group, ids) \
        or group_of_event(s.span, c.counted, ids) or group_as_predicate(s.span, ids)
    return keep(c, f"who:{who}" if who else "no_group_named", who=who) if who != c.who else c


def _partitive_predicate(sent, counted, number_ids) -> str:
    """"Two of the three people killed were students", "five of the injured were police officers": a
    number counting part of a group ("N of the X") whose predicate names what that part is counts the
    predicate's group, as "three of those killed were students" does."""
    prep = counted.head
    if prep.lower_ != "of" or counted.dep_ != "pobj" or prep.head.i not in number_ids:
        return ""
    return group_as_predicate(sent, number_ids)


def _group_after_pronoun(sent, counted, number_ids) -> str:
    """"Five police officers, two of them women, were hurt": a people noun right after the partitive
    pronoun ("N of them X") says what the N are, however the parser hung it."""
    prep = counted.head
    if counted.pos_ != "PRON" or counted.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i not in number_ids:
        return ""
    j = counted.i + 1
    if j > sent[-1].i:
        return ""
    t = sent.doc[j]
    while t.dep_ in ("amod", "compound") and t.head.i > t.i and t.head.i <= sent[-1].i:
        t = t.head                         # "two of them young women"
    if t.pos_ not in ("NOUN", "PROPN") or not noun_kind(t) or event_noun(t):
        return ""
    return group_text(sent, t, None, number_ids)


def event_noun(tok) -> bool:
    """deaths, arrests, toll, injuries: nouns naming the event, not the people (no `who`)."""
    for key in (tok.lower_, tok.lemma_.lower()):
        for t in vocab().figures.triggers.get(key, ()):
            if t.pos == "NOUN" and t.strength == "strong" and t.reach == "clause":
                return True
    return tok.lemma_.lower() in vocab().figures.count_nouns


def group_of_event(sent, counted, number_ids=frozenset()) -> str:
    """An event noun counted with the group named beside it: "45 arrests of students", "deaths among
    marchers", "12 [injuries] among police officers", "the number of people who suffered injuries"."""
    if not event_noun(counted) and not any(t.reach == "clause" for key in (counted.lower_, counted.lemma_.lower())
                                           for t in vocab().figures.triggers.get(key, ())):
        return ""
    heads = [counted] + [t for t in sent if t.i in number_ids]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in GROUP_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and not obj.like_num and noun_kind(obj):
                        return group_text(sent, obj, None, number_ids)
    verb = counted.head
    if counted.dep_ == "dobj" and verb.dep_ == "relcl" and noun_kind(verb.head):
        return group_text(sent, verb.head, None, number_ids)   # "people who suffered injuries"
    return ""


def relative_antecedent(sent, first: int) -> str:
    """"attacking police officers, two of whom died": the group a relative pronoun after the number
    stands for is the nearest people noun before the number; "" when a bare number comes first
    ("nine were hit by canisters, one of whom ...": the nine name no group). The parser's own
    attachment of the relative clause is not read: it often hangs it on the nearest noun ("in Besk")."""
    return _group_before(sent, first)


def group_of_fronted_whom(sent, number_ids) -> str:
    """"3,480 people had been arrested, of whom 2,700 remain in detention": "of whom" right before a bare
    number stands for the group before it, as in "two of whom died" (relative_antecedent)."""
    if not number_ids:
        return ""
    first = min(number_ids)
    doc = sent.doc
    if first - 2 < sent[0].i or doc[first - 1].tag_ != "WP" or doc[first - 2].lower_ != "of":
        return ""
    return relative_antecedent(sent, first - 2)


def _group_before(sent, first: int, numbered: bool = False) -> str:
    """The nearest people noun before token `first` (`numbered`: one with a number of its own), as its
    group text; "" when a bare number comes first."""
    for t in reversed(sent[:first - sent[0].i]):
        if t.like_num and t.dep_ != "nummod":
            return ""
        if t.pos_ in ("NOUN", "PROPN") and noun_kind(t) and not event_noun(t) \
                and (not numbered or any(c.dep_ == "nummod" and c.like_num for c in t.children)):
            return group_text(sent, t, None)
    return ""


def group_of_more(sent, number_ids) -> str:
    """"six officers were injured and three more detained": a bare number with "more" right after it
    counts more of the group a number before it in the sentence counted (the nearest people noun
    with a number of its own); "" when a bare number comes between."""
    if not number_ids:
        return ""
    doc, last = sent.doc, max(number_ids)
    if last + 1 > sent[-1].i or doc[last + 1].lower_ not in word_list("more_after"):
        return ""
    return _group_before(sent, min(number_ids), numbered=True)


def group_as_predicate(sent, number_ids) -> str:
    """"three of those killed were students": the number is the subject of "be" and the group its
    predicate noun."""
    for t in sent:
        if t.i in number_ids and t.dep_ == "nsubj" and t.head.lemma_ == "be":
            for attr in t.head.children:
                if attr.dep_ == "attr" and attr.i > t.i and not attr.like_num and noun_kind(attr):
                    return group_text(sent, attr, None, number_ids)
    last = max(number_ids, default=-1)
    be = sent.doc[last + 1] if sent[0].i <= last < sent[-1].i else None
    if be is not None and be.lemma_ == "be" and be.dep_ == "conj" and sent.doc[last].dep_ != "nsubj":
        # "12 were protesters and four were bystanders": the parser hung "four" on the first predicate noun
        for attr in be.children:
            if attr.dep_ == "attr" and attr.i > be.i and not attr.like_num and noun_kind(attr):
                return group_text(sent, attr, None, number_ids)
    return ""


def group_of_participle(sent, trig) -> str:
    """A running total whose trigger is a participle or an adjective on a people noun, or on the count
    noun itself: "the number of people killed rose to 31", "the tally of protesters detained reached
    300", "the number of injured police at 96" -> that noun's group."""
    if trig is not None and trig.dep_ not in ("acl", "amod", "relcl"):   # ("the number of people who died")
        return _count_subject_group(sent, trig)
    if trig is None or not (sent[0].i <= trig.head.i <= sent[-1].i):
        return ""
    counts = vocab().figures.count_nouns
    head = trig.head
    if head.lemma_.lower() in counts and not any(d.dep_ == "det" and "Ind" in d.morph.get("Definite") for d in head.children):
        # the parse hung "killed" on "number" ("a number of foreigners" is a quantifier, no total)
        head = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), None)
        if head is None:
            return ""
    else:
        count = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if count is None or count.lemma_.lower() not in counts:
            return ""
    return group_text(sent, head, None) if head.pos_ in ("NOUN", "PROPN") and noun_kind(head) else ""


def _count_subject_group(sent, trig) -> str:
    """"The number of young protesters killed rose to 21": the parser made the participle the clause's
    verb and the count noun its subject; the people noun right before the participle, the count noun's
    "of" object, is the group (the same phrase as "the number of people killed")."""
    if trig.tag_ not in ("VBN", "VBD") or trig.i - 1 < sent[0].i:
        return ""
    group = trig.doc[trig.i - 1]
    prep = group.head
    if group.dep_ != "pobj" or prep.lower_ != "of" or group.pos_ not in ("NOUN", "PROPN") or not noun_kind(group):
        return ""
    count = prep.head
    if count.head.i != trig.i or count.dep_ not in ("nsubj", "nsubjpass") \
            or count.lemma_.lower() not in vocab().figures.count_nouns:
        return ""
    return group_text(sent, group, None)


def group_numbering(sent, number_ids) -> str:
    """"the protesters, numbering about 3,000, ...", "a crowd of students totalling 500": the number
    is the object of a count word used as a verb on a people noun."""
    for t in sent:
        verb = t.head
        if t.i in number_ids and t.dep_ in ("dobj", "obj", "npadvmod") and verb.pos_ == "VERB" and verb.dep_ == "acl" \
                and verb.lemma_.lower() in vocab().figures.count_nouns and noun_kind(verb.head):
            return group_text(sent, verb.head, None, number_ids)
    return ""


def _modifier_of_modifier(tok, first, counted) -> bool:
    """tok, just before the group's first modifier, is a compound word (or a hyphen) inside that
    modifier's phrase: "law" in "law enforcement officials", "human" in "human rights activists"."""
    if tok.like_num or not (tok.dep_ in ("compound", "amod") or (tok.text == "-" and not tok.whitespace_)):
        return False
    head = tok.head
    return head.i != counted.i and first.i <= head.i < counted.i


def _apposed_after(mod, counted) -> bool:
    """"two of the wounded, both police officers": a comma and a determiner between a modifier and the
    counted noun make the noun an apposition to the modifier, not its head ("young, unemployed men" keeps it)."""
    between = counted.doc[mod.i + 1:counted.i]
    commas = [t.i for t in between if t.text == ","]
    return bool(commas) and any(t.tag_ in ("DT", "PDT") and t.i > commas[0] for t in between)


def _hyphen_tail(tok):
    """The last word of a hyphenated noun the tokenizer split after `tok` ("passers-by", "lookers-on")."""
    doc = tok.doc
    while tok.i + 2 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-" \
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].is_alpha:
        tok = doc[tok.i + 2]
    return tok


def before_number(tok, number_ids) -> bool:
    """`tok` stands before the count's number: a modifier there is no part of the counted group."""
    return bool(number_ids) and tok.i < min(number_ids)


def group_text(sent, counted, group, number_ids=frozenset()) -> str:
    """The counted group as lower-case text: modifiers kept, evaluative adjectives dropped."""
    if not noun_kind(counted) and any(t.reach == "clause" for key in (counted.lower_, counted.lemma_.lower())
                                      for t in vocab().figures.triggers.get(key, ())):
        return ""                          # "40 hurt", "12 deaths": the noun is the event, not the group
    if counted.pos_ not in ("NOUN", "PROPN") or event_noun(counted):
        return ""                          # "400 of them", "six more deaths": no named group
    members = collective_of(counted)
    if members is not None:                # "a 2,000-strong force of riot police": the force's members
        return group_text(sent, members, None, number_ids)
    drop = vocab().figures.who_drop_words
    first, last = counted, group[-1] if group else counted
    last = member_of(last) or last         # "members of the security forces": the group is named after
    last = _hyphen_tail(last)              # "passers-by"
    for c in sorted(counted.children, key=lambda c: -c.i):
        if before_number(c, number_ids):
            continue                       # "shot dead 8 demonstrators": "dead" is the verb's, not the group's
        if sent[0].i <= c.i < counted.i and c.dep_ in ("compound", "amod", "nmod", "npadvmod") and not c.like_num \
                and not _apposed_after(c, counted):
            first = c if c.i < first.i else first
    while first.i > sent[0].i and _modifier_of_modifier(first.doc[first.i - 1], first, counted):
        first = first.doc[first.i - 1]     # "law enforcement officials", "school-age children"
    words = [t for t in counted.doc[first.i:last.i + 1]
             if t.i not in number_ids and (not t.like_num and t.lower_ not in drop and not t.is_punct or t.text == "-")]
    text = " ".join(t.text for t in words).replace(" - ", "-").lower()
    return re.sub(r"\s+", " ", text).strip(" ,-")   # "a 5,000-strong crowd": the hyphen went with the number
