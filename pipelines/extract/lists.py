"""Sub-counts in lists take the category of the count they belong to: "300 killed, including 27
children", "20 dead: seven in A, four in B and one in C", "40 injured, six of them critically".
Used when a number's own trigger is missing or weak (the parser often loses long lists)."""
from __future__ import annotations

from .candidate import Candidate, Sentence, change
from .attach import own_participle, undone
from .counts import name_is_place
from .vocab import vocab, word_list

CHANGE_ADVERBS = word_list("change_adverb")


def _list_parent(node):
    """'300 killed, including 27 children', '20 people, including seven in X, four in Y': the noun a
    listed sub-count hangs from (through 'including'/'among' and list coordination), else None."""
    tok, steps = node, 0
    while tok.dep_ in ("conj", "appos") and steps < 12:
        tok, steps = tok.head, steps + 1
    if tok.dep_ == "pobj" and tok.head.lower_ in vocab().figures.list_words:
        return tok.head.head
    return None


def _list_continues(prev_last, first) -> bool:
    """Only a list separator and place/prepositional phrases between two numbers, no verb."""
    between = prev_last.doc[prev_last.i + 1:first.i]
    if not 0 < len(between) <= 12 or not any(t.text in (",", ";") or t.lower_ == "and" for t in between):
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.like_num for t in between) and between[-1].text in (",", ";", "and")


def _place_tally(r: Candidate, s: Sentence) -> bool:
    """A per-place count in brackets right after the place's name: "B (4)", "C (3)" (a tally
    listed after a figure). The name must be a known place: "Jane Doe (31)" is an age."""
    n = r.number
    if n.vague or not (s.text[:n.mod_start].rstrip().endswith("(") and s.text[n.end:].lstrip().startswith(")")):
        return False
    i = r.first.i - 2                      # the token before the bracket
    return i >= 0 and name_is_place(r.first.doc[i])


def _place_had(r: Candidate) -> bool:
    """'30 injured in A, while B had 9': a number standing alone as the object of a verb whose
    subject is a known place (a per-place breakdown clause)."""
    node = r.node
    if r.counted is not None or node.dep_ not in ("dobj", "obj") or node.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "nsubj" and name_is_place(c) for c in node.head.children)


def _gapped_place(r: Candidate) -> bool:
    """'25 were held in A and 15 in B': a number standing alone right after "and" or a comma and
    right before a preposition and a known place (the verb of the figure before is gapped)."""
    doc, first, last = r.first.doc, r.first, r.last
    if r.counted is not None or first.i < 1 or last.i + 2 >= len(doc):
        return False
    before, prep = doc[first.i - 1], doc[last.i + 1]
    if not (before.lower_ == "and" or before.text == ",") or prep.pos_ != "ADP":
        return False
    j = last.i + 2
    while j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN":
        j += 1                             # the place's last word: "in Uasin Gishu"
    return name_is_place(doc[j])


def _after_including(first) -> bool:
    """Is the number phrase (starting at token `first`) introduced by 'including', or by a list word
    and its pronoun ('among them 12 students', 'including those')?"""
    i = first.i - 1
    if i >= 1 and first.doc[i].pos_ == "PRON" and first.doc[i - 1].lower_ in vocab().figures.list_words:
        return True
    return i >= 0 and first.doc[i].lower_ in vocab().figures.list_words_before


def inherit_lists(cands: list[Candidate], s: Sentence) -> list[Candidate]:
    """A sub-count whose own trigger is weak or missing takes the category of the count it is
    listed under. Works on positions: a count that took its category earlier in the sentence
    passes it on as it now is."""
    out = list(cands)
    live = [i for i, c in enumerate(out) if c.active]
    by_node: dict[int, int] = {}
    for i in live:
        if out[i].category:
            by_node[out[i].node.i] = i
            if out[i].counted is not None:
                by_node[out[i].counted.i] = i
    done = [i for i in live if out[i].category]
    for i in live:
        r = out[i]
        prev = [q for q in done if out[q].last.i < r.first.i]
        if r.category == "injured" and prev and out[prev[-1]].category == "hospitalized" and r.counted is not None \
                and r.counted.pos_ == "PRON" and r.counted.dep_ == "pobj" and out[prev[-1]].value > r.value:
            # "31 were admitted to hospital with gunshot wounds, five of them in critical condition": a part of
            # the hospitalized is hospitalized, its injury notwithstanding (README: hospitalized only)
            out[i] = _take(r, out[prev[-1]], "of_them_in_hospital")
            continue
        if r.cost <= 1:
            continue
        parent = _list_parent(r.node)
        p = by_node.get(parent.i) if parent is not None else None
        if p is None and _after_including(r.first):
            # the parser hung "including" elsewhere: take the closest count before it in the sentence
            before = [q for q in done if out[q].node.i < r.node.i]
            p = before[-1] if before else None
        if p is not None and p != i and out[p].value >= r.value:
            out[i] = _take(r, out[p], "listed_under")
            continue
        prev = [q for q in done if out[q].last.i < r.first.i]
        if r.category is None and prev and _changed_from(r.node):
            # "72 have died, the ministry said, up from 51" ("down from 90 reported earlier": the earlier
            # value's participle says who gave it, not what the group did)
            out[i] = _take(r, out[prev[-1]], "changed_from")
        elif r.category is None and undone(r.node) is not None:
            continue                       # "arrested 62 people and released 40 of them": no count of the arrested
        elif r.category is None and own_participle(r.node) is not None:
            continue                       # "nine dead, about 150 treated": its own (non-trigger) participle
        elif r.category is None and prev and r.counted is not None and r.counted.pos_ == "PRON" \
                and r.counted.dep_ == "pobj" and out[prev[-1]].value > r.value:
            out[i] = _take(r, out[prev[-1]], "of_them")   # "40 people were injured, six of them critically"
        elif r.category is None and prev and _list_continues(out[prev[-1]].last, r.first):
            out[i] = _take(r, out[prev[-1]], "breakdown")   # "seven in A, four in B and one in C"
        elif r.category is None and prev and _place_tally(r, s) and out[prev[-1]].value >= r.value:
            out[i] = _take(r, out[prev[-1]], "place_tally")   # "11 dead in A, followed by B (4), C (3)"
        elif r.category is None and prev and (_place_had(r) or _gapped_place(r)):
            out[i] = _take(r, out[prev[-1]], "place_breakdown")   # "..., while B had 9", "25 held in A and 15 in B"
        else:
            continue
        done.append(i)
        done.sort(key=lambda q: out[q].first.i)
    for i in live:
        r = out[i]
        sub = next((q for q in live if out[q].first.i > r.last.i), None) if r.category is None else None
        if sub is not None and out[sub].category and out[sub].value < r.value \
                and _lists_under(r, out[sub].first):
            out[i] = _take(r, out[sub], "parent_of_listed")   # "300 people, among them 40 women, remain in detention"
    return out


def _changed_from(node) -> bool:
    """"..., up from 51": the number is the object of "from" after a change adverb, the earlier value
    of the count before it (the parser may hang the phrase on a reporting verb)."""
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lower_ in CHANGE_ADVERBS and prep.head.i < node.i


def _lists_under(parent: Candidate, first) -> bool:
    """Only ", including" / ", among them" between the parent's counted noun and the sub-count: the
    parser hung the parent elsewhere and the sub-count kept the clause's predicate."""
    end = parent.counted.i if parent.counted is not None and parent.counted.i > parent.last.i else parent.last.i
    between = first.doc[end + 1:first.i]
    if not between or between[0].text != "," or len(between) > 3:
        return False
    words = list(between[1:])
    return bool(words) and words[0].lower_ in vocab().figures.list_words and all(t.pos_ == "PRON" for t in words[1:])


def _take(r: Candidate, p: Candidate, rule: str) -> Candidate:
    return change(r, f"{rule}:{p.number_text}", category=p.category, trigger_tok=p.trigger_tok, cost=p.cost)
