"""Stages that settle a counted number into a figure: `park_running_totals`, `require_category`,
`drop_speculative`, `share_ranges`. Each reads one sentence's candidates."""
from __future__ import annotations

from .candidate import Candidate, Sentence, change, drop, evolve, keep
from .vocab import vocab, word_list
from .places import place_of
from .triggers import noun_kind


def park_running_totals(c: Candidate, s: Sentence, article) -> Candidate:
    """'That took the tally to 310.': a running total whose category is in the previous sentence
    waits (`pending`) for the article stage `settle_running_totals` (category "" until then).
    So does a partitive sub-count that names its group in a sentence with no trigger ("Three of
    them were children."): it is part of the figure before it."""
    if c.category is None and c.relay is None and c.number.partner < 0 and not s.triggers and c.who \
            and (c.counted is not None and c.counted.pos_ == "PRON" and c.counted.dep_ == "pobj" or _names_its_members(c)
                 or _among_them(c)):
        n = c.number
        place, local = place_of(article, s, s.offset + n.mod_start)
        return change(c, "subcount_waits:partitive", pending=True, category="", trigger="", qs=n.mod_start,
                      qe=len(s.text.rstrip(" .;")), bound=n.bound, location_entity_id=place, local_place=local)
    if c.category is not None or c.relay is None or c.number.partner >= 0 \
            or any(t.i < c.node.i for t, _ in s.triggers):
        return c
    if c.node.dep_ in ("nsubj", "nsubjpass") and c.node.head.i == c.relay.i:
        return c                           # "8,000 students took part": the number does the verb, no total
    n, rel = c.number, c.relay
    rs, re_ = rel.idx - s.base, rel.idx - s.base + len(rel.text)
    qs, qe = min(rs, n.mod_start), max(re_, n.end)
    place, local = place_of(article, s, s.offset + qs)
    return change(c, f"running_total_waits:{rel.lower_}", pending=True, category="", trigger="", qs=qs, qe=qe,
                  bound=n.bound, location_entity_id=place, local_place=local)


def _names_its_members(c: Candidate) -> bool:
    """"Three were minors.": a number standing alone as the subject of "be", its predicate the people
    noun the group took (who.group_as_predicate), is a sub-count of the figure before it."""
    node = c.node
    return c.counted is None and node.like_num and node.dep_ == "nsubj" and node.head.lemma_ == "be"


def _among_them(c: Candidate) -> bool:
    """"Among them were 12 students.": the counted noun is the subject of "be", and the verb has a list
    word ("among") over a pronoun standing for the group before it."""
    noun = c.counted
    while noun is not None and noun.dep_ == "conj":
        noun = noun.head                   # "Among them were 12 students and 3 teachers."
    head = noun.head if noun is not None else None
    if head is None or noun.dep_ not in ("nsubj", "attr") or head.lemma_ != "be":
        return False
    return any(p.dep_ == "prep" and p.lower_ in vocab().figures.list_words
               and any(o.dep_ == "pobj" and o.pos_ == "PRON" for o in p.children) for p in head.children)


def require_category(c: Candidate, s: Sentence) -> Candidate:
    """Drops numbers no trigger reached; fills the quote span and the trigger's text."""
    n = c.number
    if c.category is None:
        return drop(c, "no_category")
    who, rule = c.who, "has_category"
    if not who and c.category == "protesters" and noun_kind(c.trigger_tok) in ("crowd", "protester") \
            and c.trigger_tok.lemma_.lower() not in word_list("size_noun"):
        who, rule = c.trigger_tok.lower_, "crowd_word_as_who"   # "police estimated the crowd at 40,000",
        # "the marchers were in their thousands"
    if c.category == "protesters" and n.value == 1:
        return drop(c, "single_protester")   # one protester is a person in a story, not a crowd count
    trig = c.trigger_tok
    ts, te = trig.idx - s.base, trig.idx - s.base + len(trig.text)
    fields = dict(who=who, trigger=trig.text, qs=min(n.mod_start, ts), qe=max(n.mod_end if ts < n.start else n.end, te))
    return change(c, rule, **fields) if who != c.who else keep(c, rule, **fields)


def drop_speculative(c: Candidate, s: Sentence) -> Candidate:
    """The writer's inference, not a report: the figure sits under a modal verb of inference
    ("the gap may mean there were four more deaths"). Hedged reports stay ("up to 15 may have
    died"), and so does anything in a sentence that names a source."""
    if s.sources:
        return c
    inference, modals = vocab().figures.inference_verbs, vocab().figures.modal_verbs
    for tok in (c.node, c.trigger_tok):
        for anc in [tok, *tok.ancestors]:
            if anc.lemma_.lower() in inference and any(x.dep_ == "aux" and x.lower_ in modals for x in anc.children):
                return drop(c, f"speculative:{anc.lemma_.lower()}")
    return c


def drop_other_events(c: Candidate, s: Sentence) -> Candidate:
    """A toll of an event that is no unrest (seeds/entity_words.csv other_event: war, epidemic,
    disaster, accident): the event is the trigger verb's subject ("the pandemic killed 2,200"), the
    object of a preposition on the trigger ("died in the war", "deaths from covid"), its possessor,
    or the noun a relative clause holding the trigger describes ("the 1971 war, in which N died")."""
    events = word_list("other_event")
    trig = c.trigger_tok
    if trig is None:
        return c
    near = []
    for ch in trig.children:
        if ch.dep_ in ("nsubj", "poss") or (ch.dep_ == "agent"):
            near.append(ch)
        if ch.dep_ in ("prep", "agent") and ch.lower_ in word_list("cause_prep"):
            near.extend(o for o in ch.children if o.dep_ == "pobj")
    tok = trig
    while tok.dep_ not in ("relcl", "ROOT") and tok.head.i != tok.i and _in(s.span, tok.head):
        tok = tok.head
    if tok.dep_ == "relcl":
        near.append(tok.head)              # the noun the clause describes, and the noun right before
        j = tok.left_edge.i - 1            # the clause, where the parser hangs it higher up
        while j >= s.span[0].i and s.span.doc[j].is_punct:
            j -= 1
        if j >= s.span[0].i:
            near.append(s.span.doc[j])
    for n in near:
        if n.lower_ in events or n.lemma_.lower() in events:
            return drop(c, f"other_event:{n.lower_}")
    return c


def _in(sent, tok) -> bool:
    return sent[0].i <= tok.i <= sent[-1].i


def share_ranges(cands: list[Candidate], s: Sentence) -> list[Candidate]:
    """The two ends of a range share category and group (the noun usually attaches to the high
    end): a dropped end is revived from the other, a low end of another category takes the high
    end's, an end with no group takes the other's."""
    out = list(cands)
    for i, c in enumerate(out):
        n = c.number
        other = out[n.partner] if n.partner >= 0 else None
        if other is None or not other.active:
            continue
        if c.dropped:
            out[i] = evolve(other, key=c.key, index=c.index, number=n, decision="changed", rule="range_partner",
                             qs=min(n.mod_start, other.qs), qe=max(n.end, other.qe))
            continue
        if n.range_role == "low" and c.category != other.category:
            # "between twenty and thirty protesters were detained": the noun and the verb attach to the
            # high end; a low end parsed as a modifier of the noun takes the high end's category
            c = out[i] = change(c, "range_partner_category", category=other.category, trigger=other.trigger,
                                trigger_tok=other.trigger_tok)
        if not c.who and other.who:
            out[i] = change(c, "range_partner_who", who=other.who)   # "40-50 activists": both ends count activists
    return out


def split_coordinated(cands: list[Candidate], s: Sentence) -> list[Candidate]:
    """"thousands of people were injured and arrested": one count, two coordinated participles of
    different categories right next to each other ("X and Y") -> a figure for each. The second
    participle must have no subject, object or number of its own ("12 were killed and many more
    injured" is no such pair). Two casualty categories (seeds/categories.csv casualty: "killed and
    injured", "injured and hospitalized") stay one figure, of the more specific category."""
    out = list(cands)
    trig_of = {tok.i: tr for tok, tr in s.triggers}
    words = vocab().figures
    order = words.category_priority
    for i, c in enumerate(cands):
        t = c.trigger_tok
        if not c.active or not c.category or t is None or t.pos_ not in ("VERB", "ADJ") or c.number.partner >= 0:
            continue
        for conj in t.conjuncts:
            tr = trig_of.get(conj.i)
            if conj.i != t.i + 2 or t.doc[t.i + 1].lower_ != "and" or tr is None or tr.strength != "strong" \
                    or conj.pos_ not in ("VERB", "ADJ") or tr.category == c.category \
                    or any(k.dep_ in ("nsubj", "nsubjpass", "dobj", "advmod", "amod", "npadvmod") or k.like_num
                           for k in conj.children):
                continue
            if {tr.category, c.category} <= words.casualty_categories:
                # "injured and hospitalized": one figure, of the more specific category (categories.csv priority)
                if order.index(tr.category) < order.index(c.category):
                    out[i] = change(c, f"coordinated_specific:{conj.lower_}", category=tr.category, trigger_tok=conj)
                continue
            out.append(change(c, f"coordinated:{conj.lower_}", category=tr.category, trigger_tok=conj))
    return out
