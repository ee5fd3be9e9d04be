"""`attach`: which category a counted group belongs to, decided on the dependency parse of ONE sentence.

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
from .paths import ancestors, clause_link, path_cost
from .triggers import event_conjunct, is_agent, noun_kind, quantifier_words, token_trigger
from .vocab import vocab, word_list

MAX_COST = {"strong": 4, "deploy": 4, "weak": 3}


@dataclass
class Attachment:
    category: str
    trigger: object       # the spaCy token
    cost: int
    clauses: int = 0      # clause links crossed on the path (ties: the same clause wins)


def attach(sent, node, candidates: list[tuple[object, Trigger]], security: bool, generic: bool,
           group: tuple = ()) -> Attachment | None:
    """The category trigger for the counted node, or None.

    group: the counted nouns themselves (cost 0: "hundreds of protesters", "12 corpses");
    security: the counted group is police/troops (may be "deployed");
    generic: the counted group is unspecified people (a protest word may make them protesters)."""
    own = {node.i} | {g.i for g in group}
    strong_elsewhere = any(tr.strength == "strong" for _, tr in candidates)
    starts = [node] + [g for g in group if g.i != node.i]
    ancs = [(ancestors(sent, st), st) for st in starts]
    best: dict[str, Attachment] = {}
    for tok, trig in candidates:
        if trig.strength == "deploy" and not security:
            continue
        if trig.strength == "weak" and security and trig.reach == "direct" and tok.pos_ == "VERB":
            continue                       # "200 riot police stormed the camp": an operation, not a protest
        if trig.strength == "weak" and tok.i not in own and noun_kind(tok) == "protester" \
                and not copular_subject(node, tok):
            continue                       # another group's noun ("3 journalists covering protesters")
        cost = 0 if tok.i in own or copular_subject(node, tok) else min(
            (c for a, st in ancs if (c := path_cost(sent, st, tok, a)) is not None), default=None)
        if trig.strength == "weak" and (cost is None or cost > 2) and _stages_protest(node, tok) is not None:
            cost = 2                       # "walked off the job in protest": as near as the verb's own object
        if cost is None or cost > MAX_COST[trig.strength]:
            continue
        if not _admissible(sent, node, tok, trig, cost, own, generic, strong_elsewhere):
            continue
        cur = best.get(trig.strength)
        clauses = 0 if tok.i in own else (path_cost(sent, node, tok, weight=clause_link) or 0)
        cand = Attachment(trig.category, tok, cost, clauses)
        if cur is None or _better(cand, cur, node, own):
            best[trig.strength] = cand
    strong, deploy, weak = best.get("strong"), best.get("deploy"), best.get("weak")
    if strong and deploy and deploy.cost < strong.cost and not _sent_for(deploy.trigger, strong.trigger):
        return deploy
    if strong and weak and weak.cost <= 1 and strong.cost >= weak.cost + 2 \
            and (weak.trigger.pos_ == "VERB" or (weak.cost == 0 and noun_kind(weak.trigger) is None)):
        return weak                        # "Thousands rallied (or headline "rally"), as three went missing"
    if strong and weak and _finite_protest_verb(node, weak.trigger) and strong.trigger.i not in {t.i for t in weak.trigger.subtree}:
        return weak                        # "Thousands protested in X and hundreds were arrested" (parsed as "thousands [who were] protested")
    if strong and weak and _protested_event(node, weak.trigger, strong.trigger):
        return weak                        # "Thousands protested the killing of a student": the event is what they protested
    if strong and weak and weak.cost == 0 and strong.cost >= MAX_COST["strong"]:
        return weak                        # "used water cannon on 2,000 protesters and arrested 45 of them"
    return strong or deploy or weak


def _protested_event(node, verb, event) -> bool:
    """The counted group is the subject of a protest verb whose object holds the event noun: the
    group protested (mourned, denounced) the deaths, it did not die."""
    if verb.pos_ != "VERB" or node.dep_ != "nsubj" or node.head.i != verb.i or event.pos_ != "NOUN":
        return False
    return any(event.i in {t.i for t in obj.subtree} for obj in verb.children if obj.dep_ in ("dobj", "obj"))


def _sent_for(verb, tok) -> bool:
    """"12 officers were sent for outpatient treatment": what the sending verb is for is the count's event."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.i == verb.i


def _finite_protest_verb(node, tok) -> bool:
    """A protest verb the parser hung on a bare number as a passive participle ("Thousands/acl
    protested"): protest verbs are intransitive, so with no agent it is the number's own finite verb."""
    return tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.i == node.i and tok.tag_ == "VBN" \
        and node.pos_ in ("NUM", "NOUN") and not any(c.dep_ in ("agent", "dobj") for c in tok.children)


def _admissible(sent, node, tok, trig: Trigger, cost: int, own: set, generic: bool, strong_elsewhere: bool) -> bool:
    """Structural vetoes on one trigger for one counted node (the cost is already within range)."""
    if trig.strength == "weak" and tok.i not in own and not generic and noun_kind(tok) != "crowd" \
            and not (tok.pos_ == "VERB" and (cost <= 1 or _own_relative_clause(node, tok) or _shared_subject(node, tok))) \
            and not _subject_of_needed_verb(node, tok, trig) and not _event_of(node, tok) \
            and _stages_protest(node, tok) is None:
        # a protest word makes protesters of unspecified people ("5,000 people marched"), or of a
        # named group only when the group is its subject ("200 students marched"); a crowd may be
        # of anyone ("a crowd of 5,000 supporters")
        return False
    if trig.category == "arrested" and tok.lemma_.lower() in word_list("removal_verb") and not _removal_by_security(tok):
        return False                       # "hauled away": a detention only when police or troops act
    if trig.strength == "weak" and _for_a_rite(tok):
        return False                       # "Thousands attend funeral of slain protester": mourners, not a protest
    if trig.reach == "direct" and cost > 1 and not (
            node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i == tok.i) \
            and not (tok.dep_ == "acl" and tok.head.pos_ == "PRON") \
            and not (tok.dep_ == "relcl" and tok.head.i in own and any(c.dep_ == "nsubjpass" for c in tok.children)):
        return False                       # direct: "13 bodies", "the bodies of 13 protesters" ("among those held":
        # the participle names the pronoun's people; "the 300 people who were taken away": a passive relative
        # clause on the counted noun says what befell it)
    if trig.strength == "weak" and tok.pos_ == "NOUN" and not noun_kind(tok) and not trig.needs and cost > 2 \
            and (path_cost(sent, node, tok, weight=clause_link) or strong_elsewhere):
        return False                       # an event noun (protest, rally) only close by, or alone in its clause
    if trig.strength == "strong" and tok.i not in own and tok.pos_ in ("NOUN", "PROPN", "VERB") \
            and _event_protested(sent, node, tok):
        return False                       # "500 students staged a protest against the killing of a classmate"
    if trig.strength == "strong" and tok.i not in own and _of_another_group(tok, own):
        return False                       # "dozens of mothers of detained protesters": the protesters were detained
    if trig.strength == "strong" and tok.i not in own and _counted_by_another(node, tok):
        return False                       # "12 homicides and 31 eye injuries": the injuries are the 31
    if trig.strength == "strong" and tok.pos_ in ("VERB", "AUX") and is_agent(node, tok):
        return False                       # "30 rioters injured five officers": the group did it
    if trig.category == "hospitalized" and tok.pos_ in ("NOUN", "PROPN") and _workplace_of_staff(node, tok):
        return False                       # "Three doctors at the hospital said ...": where they work
    if tok.i not in own and _undone_elsewhere(node, tok):
        return False                       # "Of the 62 people arrested, 40 were later released": no arrest count
    if trig.strength == "strong" and tok.i not in own and _reporting_body(tok):
        return False                       # "12 people are in critical condition, the hospital said": it told the count
    if tok.i not in own and _speaker_of_report(node, tok):
        return False                       # "Two residents told Reuters 12 protesters were killed": the two told it
    if trig.strength == "strong" and (_above_own_clause(node, tok) or _inside_own_object(node, tok)):
        return False                       # the group has its own, non-trigger predicate
    if trig.strength == "strong" and _other_than_own_participle(node, tok):
        return False                       # "nine dead, about 150 treated": a list item's own participle
    if trig.strength == "strong" and tok.i not in own and _event_as_cause(node, tok, len(own) > 1):
        return False                       # "his death brought hundreds to the funeral": a crowd the event drew
    loose = tok.pos_ == "VERB" and _loosely_hung(node, tok)
    if tok.pos_ == "VERB" and tok.i not in own and (node.head.i != tok.i or loose) and _has_other_count(tok, own, loose):
        return False                       # "fired on 2,000 protesters and arrested 45": 45 is what was arrested
    if trig.strength == "strong" and _gapped_own_participle(node, tok):
        return False                       # "Five were killed and 15 others, including three police, wounded"
    if tok.dep_ == "conj" and tok.head.i == node.i and node.pos_ == "NUM":
        return False                       # "risen to 88 and arrests to 3100": a gapped clause, not a group
    if tok.i in {c.i for c in node.conjuncts} and node.pos_ in ("NOUN", "PROPN") and event_conjunct(tok):
        return False                       # "including six soldiers, and numerous injuries": another list item
    return True


def _gapped_own_participle(node, verb) -> bool:
    """The counted phrase is a noun the parser conjoined with the verb (a gapped clause: "Five people were
    killed and 15 others, including three police officers, wounded") and holds a trigger participle of its
    own, hung on a word inside it: the participle is the gapped clause's predicate, not the verb before."""
    if verb.pos_ not in ("VERB", "AUX") or node.dep_ != "conj" or node.head.i != verb.i \
            or node.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
        return False
    after = [t for t in node.subtree if t.i > node.i]
    top = verb.head                        # "Two died and 40 others, among them X, were injured": parsed with
    if verb.dep_ == "ccomp" and top.i > node.i and top.tag_ == "VBN" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children):   # "died" under the subjectless
        after.append(top)                  # "injured", which the gapped clause's subject belongs to
    return any(t.tag_ == "VBN" and t.i != verb.i and (tr := token_trigger(t)) is not None
               and tr.strength == "strong" for t in after)


def _event_of(node, tok) -> bool:
    """'a rally of 10,000 supporters', 'a demonstration of 2,000 students': an event noun whose "of" takes the
    counted group itself names them its crowd, as "a crowd of 5,000 supporters" does."""
    return tok.pos_ == "NOUN" and node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i == tok.i


def _for_a_rite(tok) -> bool:
    """The protest word's verb (the word itself, or the verb a crowd noun is the subject of) has a rite for
    the dead as its object or its preposition's object ("attended the funeral", "gathered for the burial",
    "joined the funeral procession"; seeds/entity_words.csv mourning_event)."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" else None
    if verb is None:
        return False
    rites = word_list("mourning_event")
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objs += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(w.lower_ in rites for o in objs for w in (o, *(c for c in o.children if c.dep_ == "compound")))


def _of_another_group(tok, own) -> bool:
    """The trigger is a modifier of another people noun (or pronoun) that the counted people noun names after
    "of", or that other group itself: "mothers of detained protesters", "relatives of jailed activists",
    "relatives of the missing" (the group's kin, not the detained or the missing)."""
    noun = tok.head
    if tok.dep_ in ("amod", "acl") and noun.i not in own and (noun_kind(noun) is not None or noun.pos_ == "PRON") \
            and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i in own:
        return True                        # ("relatives of those killed": the pronoun's people)
    owner = tok.head.head                  # "400 relatives of the missing": the trigger names the other group itself
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and owner.i in own and owner.pos_ in ("NOUN", "PROPN") \
        and noun_kind(owner) is not None


def _shared_subject(node, tok) -> bool:
    """The protest verb is conjoined with the verb the group is the subject of and has no subject of its own:
    "600 students boycotted classes and marched to the ministry"."""
    first = tok.head
    top = _subject_phrase(node)
    return tok.dep_ == "conj" and first.pos_ == "VERB" and top.dep_ == "nsubj" and top.head.i == first.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _own_relative_clause(node, tok) -> bool:
    """The protest verb is a relative clause on the counted noun whose subject is the relative
    pronoun: "1,500 farmers who blocked a highway", "200 students who marched"."""
    return tok.dep_ == "relcl" and tok.head.i == node.i and any(
        c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children)


_WHEN_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def _subject_of_needed_verb(node, tok, trig: Trigger) -> bool:
    """The group is the subject of the verb a trigger noun needs: "200 students took part",
    "300 workers turned out", "thousands of Kenyans took to the streets" (the verb and its noun act as one
    protest verb)."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head   # "took to the streets"
    top = _subject_phrase(node)                   # "hundreds of thousands of Kenyans took ...": the subject phrase
    if not (trig.needs and verb.pos_ == "VERB" and top.dep_ == "nsubj" and top.head.i == verb.i
            and (verb.lemma_.lower() in trig.needs or verb.lower_ in trig.needs)):
        return False
    lex = vocab().figures.triggers                # "took part in the talks": what they took part in decides
    objs = [o for p in (*tok.children, *verb.children) if p.dep_ == "prep" and p.i > tok.i and p.lower_ != "of"
            for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in _WHEN_WHERE]   # "the streets of X",
    # "on Friday" say where and when, not what
    return all(any(t.category == trig.category for k in (o.lower_, o.lemma_.lower()) for t in lex.get(k, ()))
               for o in objs[:1])


def _subject_phrase(node):
    """The phrase a counted node heads as a subject: "hundreds of thousands of Kenyans" -> "hundreds"."""
    top = node
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.i != top.i:
        top = top.head.head
    return top


def _event_form(tok) -> str:
    """The word a protest noun is written as: "sit-in" (split by the tokenizer into sit - in), else its lemma."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lemma_.lower()


def _stages_protest(node, tok):
    """_staging_verb, unless its verb is an act of one office holder ("three ministers resigned in protest":
    entity_words lone_protest_verb), which makes no crowd."""
    verb = _staging_verb(node, tok)
    return None if verb is None or verb.lemma_.lower() in word_list("lone_protest_verb") else verb


def _staging_verb(node, tok):
    """A named group that stages a protest action takes part in it: the group is the subject of a staging verb
    whose object is the protest noun ("500 students staged a sit-in", "workers launched a strike", "women formed
    a human chain"), or of a verb whose "in protest"/"on strike" phrase makes its act a protest ("2,000 workers
    walked off the job in protest"). Other objects stage no protest ("students staged a play"). The staging
    verb, or None."""
    if tok.pos_ not in ("NOUN", "PROPN") or _event_form(tok) not in word_list("protest_event"):
        return None
    if tok.dep_ in ("dobj", "obj") and (tok.head.lemma_.lower() in word_list("stage_verb")
                                        or tok.head.lower_ in word_list("stage_verb")):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in word_list("protest_manner_prep") \
            and not any(c.dep_ == "det" for c in tok.children):
        verb = tok.head.head               # ("died in the protest": a determiner makes it the event, not a manner)
        for _ in range(2):                 # "walked off the job in protest": the parser hangs it on the verb's object
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("pobj", "prep", "dobj", "obj"):
                break
            verb = verb.head
    else:
        return None
    top = _subject_phrase(node)
    return verb if verb.pos_ in ("VERB", "AUX") and top.dep_ == "nsubj" and top.head.i == verb.i else None


def _event_protested(sent, node, strong) -> bool:
    """The group stages a protest (_staging_verb) and the event word sits in what the staging verb says
    besides its subject and its coordinated verbs: the protest's own phrase or its purpose ("staged a protest
    against the killing", "held a rally to denounce the arrests", "resigned in protest at the killings"). The
    group protested the event; it did not suffer it."""
    top = _subject_phrase(node)
    for tok in sent:
        verb = _staging_verb(node, tok) if tok.i != strong.i else None
        if verb is not None and any(c.i != top.i and c.dep_ not in ("conj", "cc") and strong.i in {t.i for t in c.subtree}
                                    for c in verb.children):
            return True
    return False


def _removal_by_security(verb) -> bool:
    """Police or troops remove the people: the active subject (of the verb or of the verb it is conjoined with),
    the passive agent, or a destination they own ("bundled into police vans") is a security noun."""
    def security(tok) -> bool:
        return noun_kind(tok) == "security" or any(c.dep_ == "compound" and noun_kind(c) == "security" for c in tok.children)
    heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    for v in heads:
        for c in v.children:
            if c.dep_ == "nsubj" and security(c):
                return True
            if c.dep_ in ("agent", "prep") and any(o.dep_ == "pobj" and security(o) for o in c.children):
                return True
    return False


def copular_subject(node, tok) -> bool:
    """`tok` is the subject of "be" and the number is what they were: "protesters were hundreds",
    "the marchers were in their thousands", "demonstrators were 5,000 strong"."""
    be = None
    if node.dep_ in ("attr", "acomp"):
        be = node.head
    elif node.dep_ == "pobj" and node.head.lower_ == "in" and node.head.dep_ == "prep":
        be = node.head.head
    elif node.dep_ == "npadvmod" and node.head.dep_ == "acomp" and node.head.lower_ == "strong":
        be = node.head.head
    return be is not None and be.lemma_ == "be" and tok.dep_ == "nsubj" and tok.head.i == be.i


def own_participle(node):
    """The participle the number (or its noun) carries as its own predicate: "600 arrested",
    "about 150 treated" (an acl child, or the verb form right after it, as parsers often hang it
    elsewhere in a list), or None."""
    doc, j = node.doc, node.i + 1
    if j + 1 < len(doc) and doc[j].pos_ == "ADV":
        j += 1                             # "85 later released", "30 reportedly killed"
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and nxt.pos_ in ("VERB", "AUX") and (nxt.tag_ == "VBN" or (
            nxt.tag_ == "VBD" and node.head.i == nxt.i and node.dep_ in ("nsubj", "nsubjpass"))):
        return nxt                         # ("45 held" in a headline is often parsed as a past tense)
    return next((c for c in node.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and c.i > node.i), None)


def _list_item(node) -> bool:
    """The count phrase follows a list separator ("nine dead, about 150 treated, 230 detained") or
    opens an absolute "with" clause ("450 were detained, with 85 later released")."""
    i = node.left_edge.i - 1
    return i >= 0 and (node.doc[i].text in (",", ";") or node.doc[i].lower_ in word_list("list_opener"))


def _other_than_own_participle(node, trig) -> bool:
    """A list item with a participle of its own is described by that participle, not by its
    neighbour's word ("nine dead, about 150 treated": 150 were treated, not killed)."""
    if trig.head.i == node.i or not _list_item(node):
        return False
    part = own_participle(node)
    return part is not None and trig.i not in {t.i for t in part.subtree}


def _counted_by_another(node, trig) -> bool:
    """An event noun that another number counts ("31 eye injuries") names that number's figure, unless the
    group is among those counted ("Eight police were among the 20 hurt": a part of the 20, hurt too)."""
    if trig.dep_ == "pobj" and trig.head.lower_ in vocab().figures.list_words and trig.head.head.i != trig.i \
            and node.i not in {t.i for t in trig.head.subtree}:
        return False
    return trig.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num and c.i != node.i
                                       and node.i not in {t.i for t in c.subtree} for c in trig.children)


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


def _workplace_of_staff(node, trig) -> bool:
    """The counted noun is care staff (doctors, nurses) and the hospital noun hangs from a preposition on
    that noun's own phrase: "three doctors at the city hospital", "two nurses from the clinic", or is "at" the
    hospital while the staff, as the subject of a verb that is no trigger, act there ("staged a walkout at it")."""
    noun = node if node.pos_ in ("NOUN", "PROPN") else node.head
    if noun.lower_ not in word_list("care_staff"):
        return False
    if trig.dep_ == "pobj" and trig.head.lower_ == "at" and noun.dep_ == "nsubj" and token_trigger(noun.head) is None:
        return True                        # "300 nurses staged a walkout at the hospital": where they act, at work
    return trig.dep_ == "pobj" and trig.head.dep_ == "prep" and trig.head.head.i == noun.i


def _undone_elsewhere(node, trig) -> bool:
    """The group's own verb undoes the event (`undone`) and the trigger lies outside the group's own phrase
    ("600 people who had been arrested were released" keeps the relative clause's arrest)."""
    verb = undone(node)
    if verb is None or verb.i == trig.i:
        return False
    arg = node
    while arg.head.i != verb.i and arg.head.i != arg.i:
        arg = arg.head
    return trig.i not in {t.i for t in arg.subtree}


def undone(node):
    """The verb that undoes the event for the group, if the group is its subject (or object;
    seeds/entity_words.csv undo_verb: "40 were later released", "released 40 of them", "30 have been
    discharged"): what that predicate counts is no figure (README: released counts are not annotated),
    whatever trigger the sentence holds for another group; else None."""
    tok = node
    while tok.dep_ in ("nummod", "quantmod", "compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and verb.i != tok.i and verb.pos_ in ("VERB", "AUX") \
            and verb.lemma_.lower() in word_list("undo_verb") and verb.tag_ != "VB" \
            and not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return verb                        # (not a release asked for: "urged police to release 600 people")
    return None


def _reporting_body(trig) -> bool:
    """An event or place noun that is the subject of a reporting verb ("the hospital said", "the hospital
    reported") names who told the figure, not what happened to the counted people."""
    return trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "nsubj" and trig.head.pos_ in ("VERB", "AUX") \
        and trig.head.lemma_.lower() in vocab().figures.attribution_verbs


def _speaker_of_report(node, trig) -> bool:
    """The group is the subject of an active reporting verb ("said", "told") and the trigger sits in the
    clause it reports, which has a subject of its own: the group reported the event, it is not what the
    event counts ("Two residents said 12 protesters were killed"). A pronoun subject may be the group
    itself ("Three students said they were beaten") and keeps the trigger."""
    verb = node.head
    if node.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb.i == trig.i \
            or verb.lemma_.lower() not in vocab().figures.attribution_verbs:
        return False
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "parataxis") and trig.i in {t.i for t in clause.subtree}:
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subj is not None and subj.lower_ not in vocab().figures.speaker_pronouns
    return False


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


def _event_as_cause(node, trig, named: bool) -> bool:
    """The event noun is the subject of a verb that is no trigger, and the counted group is that
    verb's object: the event did something to the group ("the killing drew thousands onto the
    streets", "his death brought hundreds of mourners"). Reporting and listing verbs keep the
    event's category ("the deaths include 12 children"), and so do running-total verbs unless the
    object names a group ("deaths reached 57")."""
    if trig.pos_ not in ("NOUN", "PROPN") or node.dep_ not in ("dobj", "obj") or node.head.pos_ != "VERB":
        return False
    verb = node.head                       # the object's verb, or one conjoined with the subject's verb
    subject = trig.dep_ in ("nsubj", "nsubjpass") and (
        trig.head.i == verb.i or (verb.dep_ == "conj" and verb.head.i == trig.head.i))
    if not subject and not (verb.dep_ == "conj" and verb.head.i == trig.i):   # (a parse that hangs the verb on the noun)
        return False
    words = vocab().figures
    lemma = verb.lemma_.lower()
    return not (token_trigger(verb) is not None or (lemma in words.rise_verbs and not named)
                or lemma in words.attribution_verbs or lemma in words.list_words or verb.lower_ in words.list_words)


def _loosely_hung(node, verb) -> bool:
    """The count reaches the verb only through a link the parser uses for what it cannot place (dep,
    parataxis): "Thousands rally in X; 50 arrested", where "rally" hangs on "arrested" as a bare dep."""
    tok = node
    while tok.head.i != tok.i and tok.i != verb.i:
        if tok.dep_ in ("dep", "parataxis") and tok.head.i == verb.i:
            return True
        tok = tok.head
    return False


def _has_other_count(verb, own, any_clause: bool = False) -> bool:
    """The verb's object, or its own subject, is another counted group (a number, a vague quantifier or a
    noun with a number): "took to the streets, while hundreds were rounded up" (the hundreds were). A subject
    counts in an adverbial or coordinated clause, or in any clause the count hangs on loosely (any_clause)."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "npadvmod") and c.i not in own:
            if c.like_num or any(g.like_num and g.dep_ == "nummod" and g.i not in own for g in c.children):
                return True                # (not the count itself: "wounded 30 more", "more" parsed as the object)
        if c.dep_ in ("nsubj", "nsubjpass") and c.i not in own and (any_clause or verb.dep_ in ("advcl", "conj")) \
                and (c.like_num or c.lower_ in quantifier_words()):
            return True
    return False


def _better(a: Attachment, b: Attachment, node, own=frozenset()) -> bool:
    if a.cost != b.cost:
        return a.cost < b.cost
    mine = own_participle(node)
    if mine is not None and mine.dep_ == "acl" and mine.head.i == node.i and any(
            p.dep_ == "prep" and p.lower_ == "of" and node.i < p.i < mine.i for p in node.children):
        mine = None                        # "Two of the 20 wounded later died": the participle is the superset's
    if mine is not None and (a.trigger.i == mine.i) != (b.trigger.i == mine.i):
        return a.trigger.i == mine.i       # "600 arrested ..., 3 dead": the number's own participle
    if (a.trigger.i in own) != (b.trigger.i in own):
        return a.trigger.i in own          # the counted noun itself ("12 injuries") beats a coordinated one
    if a.clauses != b.clauses:
        return a.clauses < b.clauses       # equally close: the one in the number's own clause
    if a.category != b.category:
        # the more specific outcome wins ("injured and hospitalized": seeds/categories.csv)
        order = vocab().figures.category_priority
        return order.index(a.category) < order.index(b.category)
    return abs(a.trigger.i - node.i) < abs(b.trigger.i - node.i)
