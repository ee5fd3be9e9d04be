"""Who a sentence attributes its figures to: "..., the interior ministry said", "according to X",
"The TASS news agency quoted the Ministry of Health as saying ..." (source Ministry of Health,
relayed via TASS). A pronoun subject ("she said") is kept as the pronoun, for relay.carry to
resolve to the source credited before it. Works on one parsed sentence; names are taken from entity mentions when one
covers the source phrase, else from the phrase itself (without leading determiners)."""
from __future__ import annotations

import re

from .gazetteer import lookup_country, lookup_place
from .relay import is_medium
from .vocab import vocab, word_list
from .types import Mention

_SUBJ = ("nsubj", "nsubjpass")


def _phrase(tok) -> list:
    """The source noun phrase: the head noun with its modifiers and an "of" complement, without
    appositions, relative clauses, coordination or other prepositional phrases."""
    skip = set()
    body = _informant_body(tok)
    clauses = ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl")
    for c in tok.children:
        if body is not None and c.i == body.i:   # "an official at the hospital, who declined to be named,": no clause
            skip.update(t.i for d in c.subtree if d.i != c.i and d.dep_ in clauses for t in d.subtree)
            continue
        if c.dep_ in clauses or (c.dep_ == "prep" and c.lower_ != "of"):
            skip.update(t.i for t in c.subtree)
    keep = [t for t in tok.subtree if t.i not in skip]
    articles = vocab().figures.articles
    owner = False                 # "Peru's ombudsman's office", "its ombudsman's office": ombudsman's office
    while keep:
        if keep[0].dep_ == "det" or keep[0].lower_ in articles:
            keep = keep[1:]
        elif keep[0].dep_ == "poss" and keep[0].pos_ in ("PRON", "PROPN") and not owner:
            keep, owner = keep[1:], True
            if keep and keep[0].dep_ == "case":
                keep = keep[1:]
        else:
            break
    return keep


def _informant_body(tok):
    """'a source from the ombudsman's office', 'an official at the interior ministry': the prep that
    names the body an informant noun (function_words.csv) speaks for; none when it names a place."""
    if tok.lower_ not in vocab().figures.informant_nouns:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in vocab().figures.body_prepositions and c.i > tok.i:
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs and not _is_place(objs[0]) and objs[0].ent_type_ != "PERSON":   # "a worker in X": no body
                return c
    return None


def _is_place(tok) -> bool:
    """A place name (not a country: "Kenya said" may name its government), "Nairobi recorded 17 deaths"."""
    if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON":
        return False
    own = " ".join(t.text for t in [*(c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), tok])
    for text in dict.fromkeys((" ".join(t.text for t in tok.subtree if t.pos_ == "PROPN"), own)):
        # the whole name, then the token's own ("Kisii, Siaya and Laikipia reported one death each")
        if lookup_country(text) is not None or text in vocab().agencies:
            return False
        place = lookup_place(text)
        # a name the parser calls an organization is a place only when the gazetteer knows it as a large one
        # or a region ("Kisumu recorded 4"; not the newspaper "Dawn", a small town's name too)
        if place is not None and (tok.ent_type_ in ("GPE", "LOC", "FAC") or place.population >= 100000
                                  or place.kind == "region"):
            return True
    return False


def _is_document(tok) -> bool:
    docs = vocab().figures.document_nouns
    return any(w in docs or w.rstrip("s") in docs for w in (tok.lemma_.lower(), tok.lower_))   # "data": lemma "datum"


def _document_source(tok):
    """A document noun that names its source in a modifier: 'an AFP tally' -> AFP, 'Amnesty's count'
    -> Amnesty; 'official figures', 'local reports' are sources as written (tok); 'the figures' none."""
    mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "nmod", "poss", "amod")]
    media = vocab().figures.relay_cues.get("media", frozenset())   # "Television footage": a generic word capitalized
    names = [c for c in mods if c.pos_ == "PROPN" and c.dep_ in ("compound", "nmod") and not _is_place(c)
             and c.lower_ not in media and "\n" not in tok.doc[c.i:tok.i].text]   # not a credit line's word before it
    if names:
        return names[-1]
    if any(c.lower_ in vocab().figures.source_modifiers for c in mods):
        return tok                         # "Iran's official toll": official toll
    owners = [c for c in mods if c.pos_ == "PROPN" and c.dep_ == "poss" and not _is_place(c)]
    return owners[-1] if owners else None


def _source_tokens(src) -> list:
    """The source phrase; a possessor a document noun named ("Amnesty's tally") without its "'s"."""
    if src.dep_ == "poss":
        return [t for t in src.subtree if t.dep_ not in ("case", "det")]
    return _phrase(src)


def _source_head(tok):
    """'a report by Dawn' / 'data released by X' -> Dawn / X; 'an AFP tally' -> AFP; 'official figures'
    as written; a bare 'figures' / 'the report' names no source (None)."""
    seen, preps = 0, vocab().figures.source_prepositions
    while tok is not None and _is_document(tok) and seen < 3:
        nxt = [c for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
               for c in p.children if c.dep_ == "pobj"]
        if not nxt and any(c.lower_ in vocab().figures.source_modifiers for c in tok.children if c.i < tok.i):
            return tok                     # "Iran's official toll", "official figures": as written
        nxt = nxt or [c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and not _is_place(c)] \
            or [c for a in tok.children if a.dep_ == "acl" for b in a.children if b.dep_ == "agent"
                for c in b.children if c.dep_ == "pobj"]   # "the ministry's figures, reported by state media"
        if not nxt:
            return _document_source(tok)
        tok, seen = nxt[0], seen + 1
    return tok


def _past_dateline(subj: list, sent) -> list:
    """A dateline parsed as the subject ("QUITO, June 28 — Ecuador's Ombudsman's Office said",
    "DAKAR, Feb 10 — Senegalese media reported", "Ibadan, Nigeria, May 2 (AFP) - Dr X said"): the subject after
    the dash, else none."""
    if not subj or not (len(sent[0].text) > 1 and (sent[0].text.isupper() or sent[0].ent_type_ in ("GPE", "LOC"))):
        return subj                        # a dateline opens with its city, in capitals or as a place name
    dash = next((t.i for t in sent[:15] if t.is_punct and (t.text in ("—", "–", "--") or _spaced_hyphen(t))), None)
    if dash is None or subj[0].i > dash:
        return subj
    after = [c for c in subj[1:] if c.i > dash] or [c for c in subj[0].children if c.dep_ == "appos" and c.i > dash]
    return after[:1]


def _spaced_hyphen(tok) -> bool:
    """A hyphen standing as a dash, with a space on each side ("ALMATY, Jan 6 (Reuters) - Police said"), not
    one inside a word ("pro-democracy")."""
    return tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _appos_subject(verb, sent) -> list:
    """A trailing attribution whose subject the parser hung on the noun before it as an apposition
    ("... in the city, a source from the ombudsman's office told AFP"): that noun phrase."""
    if verb.i - 1 <= sent[0].i or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return []
    node = verb.doc[verb.i - 1]
    opened = None                     # the last conjunct after a comma on the way up: "in X, witnesses and medics told"
    while node.dep_ != "appos" and node.head.i != node.i and node.head.i < verb.i and node.head.right_edge.i == verb.i - 1:
        if node.dep_ == "conj" and opened is None and _after_comma(node, sent):
            opened = node
        node = node.head
    if node.dep_ != "appos" and opened is not None and opened.pos_ in ("NOUN", "PROPN") and not _is_place(opened):
        return [opened]
    if node.dep_ != "appos" or node.pos_ not in ("NOUN", "PROPN") or not _after_comma(node, sent):
        return []
    return [node]


def _bare_number(tok) -> bool:
    """A number standing for the counted people ("Twelve killed in X: report"): no source ("Two of the doctors said" is one)."""
    return tok.pos_ == "NUM" and not any(c.dep_ == "prep" for c in tok.children)


def _after_comma(node, sent) -> bool:
    """The phrase of `node` opens right after a comma."""
    return node.left_edge.i - 1 >= sent[0].i and node.doc[node.left_edge.i - 1].text == ","


def _time_words() -> frozenset[str]:
    return word_list("time_word")


def _named(tok):
    """A generic noun followed by its name, "the rights group Civic Watch", "the NGO X", "its director, Jane
    Roe,": the name."""
    if tok is None or tok.pos_ != "NOUN":
        return tok
    comma = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ","
    names = [c for c in tok.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.text[:1].isupper() and c.ent_type_)
             and (c.left_edge.i == tok.i + 1 or comma and c.left_edge.i == tok.i + 2)]   # "its director, Jane Roe,"
    # (a name the tagger calls a noun but the NER names: "the news site Zetanews")
    return names[0] if names else tok


_HYPHEN_TAIL = re.compile(r"(?:-[A-Za-z0-9]+)+")


def _name(toks, body_offset: int, sent_start: int, mentions: list[Mention], body: str) -> str | None:
    if not toks or toks[-1].lower_ in vocab().figures.pronouns:
        return None
    if all(t.lower_ in _time_words() or t.dep_ in ("case", "det") for t in toks):
        return None                            # "Friday's toll rose to 40": a day is never a source
    s = body_offset + toks[0].idx - sent_start
    e = body_offset + toks[-1].idx + len(toks[-1].text) - sent_start
    # an entity mention overlapping the phrase names it best (the longest one); one that misses a
    # common-noun head does not: "Jakarta police" is no mention of Jakarta
    over = [m for m in mentions if m.char_start < e and s < m.char_end]
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    if heads and heads[0].pos_ == "NOUN":
        h0 = body_offset + heads[0].idx - sent_start
        over = [m for m in over if m.char_start <= h0 < m.char_end]
    if over:
        m = max(over, key=lambda m: m.char_end - m.char_start)
        text = m.mention_text.strip().rstrip(".,;:")
        glued = _HYPHEN_TAIL.match(body, m.char_end) if m.char_end < e else None
        if glued and m.char_end + len(glued.group()) <= e:   # "Karvan-TV" where the mention is "Karvan"
            text += glued.group()
        return text[4:] if text.lower().startswith("the ") else text
    return body[s:e].strip().rstrip(".,;:").split("\n")[-1].strip()   # a phrase the parse ran across a line break


def sources(sent, body_offset: int, body: str, mentions: list[Mention]) -> list[tuple]:
    """Every attribution in the sentence: (token, reported_by, reported_via)."""
    verbs = vocab().figures.attribution_verbs
    sent_start = sent[0].idx
    out = []
    for tok in sent:
        if tok.lower_ == "according":         # "according to X"
            pobj = [c for p in tok.children if p.lower_ == "to" for c in p.children if c.dep_ == "pobj"]
            src = _named(_source_head(pobj[0])) if pobj else None
            if src is None and pobj and _is_document(pobj[0]) and pobj[0].pos_ == "NOUN" \
                    and any(c.dep_ == "det" and c.lower_ in vocab().figures.articles for c in pobj[0].children):
                out.append((tok, pobj[0].lower_, None))   # "according to the figures": relay.carry names the body before
                continue
            if src is not None:
                name = _name(_source_tokens(src), body_offset, sent_start, mentions, body)
                if name:
                    out.append((tok, name, None))
            continue
        if tok.lower_ in word_list("credit_prep") and tok.dep_ == "prep":   # "11 died, per the Doctors Guild"
            pobj = [c for c in tok.children if c.dep_ == "pobj"]
            src = _named(_source_head(pobj[0])) if pobj else None
            if src is not None and (src.pos_ == "PROPN" or src.lower_ in vocab().figures.source_nouns
                                    or src.lower_ in vocab().figures.informant_nouns
                                    or src.lower_ in vocab().figures.source_people) and not _is_place(src):
                name = _name(_source_tokens(src), body_offset, sent_start, mentions, body)
                if name:
                    out.append((tok, name, None))
            continue
        if tok.lower_ == "by" and tok.dep_ == "prep":   # "by Amnesty's count", "by an AFP tally", 37 died
            pobj = [c for c in tok.children if c.dep_ == "pobj" and _is_document(c)]
            src = _document_source(pobj[0]) if pobj else None
            name = _name(_source_tokens(src), body_offset, sent_start, mentions, body) if src is not None else None
            if name:
                out.append((tok, name, None))
            continue
        if tok.dep_ in _SUBJ and tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_.lower() not in verbs \
                and _is_document(tok) and tok.lemma_.lower() in vocab().figures.count_nouns:
            src = _document_source(tok)    # "Iran's official toll stands at 41", "an AFP tally rose to 105"
            name = _name(_source_tokens(src), body_offset, sent_start, mentions, body) if src is not None else None
            if name:
                out.append((tok.head, name, None))
            continue
        role = verbs.get(tok.lemma_.lower()) or ("agent" if tok.lemma_.lower() in vocab().figures.agent_verbs else None)
        if not role or tok.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue                           # "did not say how many were hurt": no statement
        if tok.lemma_.lower() in vocab().figures.triggers and any(c.dep_ in ("dobj", "obj") for c in tok.children):
            continue                           # "the hospital admitted 23 patients": the count's own event, no statement
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if len(subj) > 1 and subj[-1].pos_ == "PROPN" and subj[-2].i + 1 == subj[-1].left_edge.i:
            subj = subj[-1:]                  # "the watchdog Open Ledger said" parsed as two subjects: the name
        elif len(subj) > 1 and subj[-1].right_edge.i + 1 == tok.i and _after_comma(subj[-1], sent) \
                and tok.i + 1 <= sent[-1].i and tok.doc[tok.i + 1].text == "," \
                and not any(c.dep_ == "conj" for c in subj[-1].children):
            subj = subj[-1:]                  # "Police, state media reported, detained 40": the inserted clause's own
        subj = _past_dateline(subj, sent) or _appos_subject(tok, sent)
        if not subj and role == "source" and tok.dep_ == "advcl" and tok.tag_ == "VBG":   # "police, while reporting 20 injuries"
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        agent = [c for a in tok.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
        if not subj and agent and role != "relay":     # "the deaths were confirmed by the ministry"
            subj = agent
        elif role == "agent" and not any(_is_document(c) for c in tok.children if c.dep_ in ("dobj", "obj")):
            continue                           # "released by X" credits X, "X released 40" does not ("X gave a breakdown" does)
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if role == "relay" and passive and not agent:   # "X was quoted in local media as saying": by X, via the media
            agent = [c for a in tok.children if a.dep_ == "prep" and a.lower_ in word_list("relay_place_prep") for c in a.children
                     if c.dep_ == "pobj" and is_medium(" ".join(t.text for t in _phrase(c)))]
        if role == "relay" and passive and not agent:   # "X was quoted as saying by Y": the agent under "as saying"
            agent = [c for a in tok.children if a.dep_ == "prep" and a.lower_ == "as" for p in a.children
                     if p.dep_ == "pcomp" for b in p.children if b.lower_ == "by" and b.dep_ in ("prep", "agent")
                     for c in b.children if c.dep_ == "pobj"]
        if role == "relay" and agent and passive:   # "X was quoted by Y as saying": by X, via Y
            by = _name(_phrase(_named(passive[0])), body_offset, sent_start, mentions, body) \
                or (passive[0].lower_ if passive[0].lower_ in vocab().figures.speaker_pronouns else None)   # "He was quoted by Y": carry names him
            via = _name(_phrase(_named(agent[0])), body_offset, sent_start, mentions, body)
            if by and via:
                out.append((tok, by, via))
            continue
        src = _named(_source_head(subj[0])) if subj else None
        if src is None or _is_place(src) or _takes_trigger(tok) or _bare_number(src):
            continue
        if _own_staff(src) and _reported_within(tok):
            continue                           # "The ombudsman said her office had recorded 60": the ombudsman's word
        if src.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
            src = _source_head(tok.head)      # "the commission, which said ...": the commission
            if src is None:
                continue
            relay = tok.head.head             # "X cited the group Y, which said ...": by Y, via X
            if tok.head.dep_ in ("dobj", "obj") and verbs.get(relay.lemma_.lower()) == "relay":
                via = [c for c in relay.children if c.dep_ == "nsubj"]
                by = _name(_source_tokens(src), body_offset, sent_start, mentions, body)
                via = _name(_phrase(_named(via[0])), body_offset, sent_start, mentions, body) if via else None
                if by and via:
                    out.append((tok, by, via))
                    continue
        elif src.tag_ == "PRP" and src.lower_ in vocab().figures.pronouns and role != "relay":
            out.append((tok, src.lower_, None))   # "she said": relay.carry names her (the last source before)
            continue
        source = _name(_source_tokens(src), body_offset, sent_start, mentions, body)
        if role == "relay":                   # "X quoted Y as saying"
            obj = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            if obj:
                quoted = _name(_phrase(obj[0]), body_offset, sent_start, mentions, body)
                if quoted:                    # "quoted it as saying": no name (the sentence's other source stands)
                    out.append((tok, quoted, source))
                continue
        if source:
            out.append((tok, source, None))
    return out


def _own_staff(src) -> bool:
    """A common noun owned by a pronoun ("her office", "its monitors", "their teams"): the people or unit of
    a source named in the clause above, not a source of its own."""
    return src.pos_ == "NOUN" and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in src.children)


def _reported_within(verb) -> bool:
    """The verb's clause is what an attribution verb above it, with a subject of its own, reports."""
    verbs = vocab().figures.attribution_verbs
    tok = verb
    while tok.dep_ in ("ccomp", "xcomp", "conj") and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in verbs and any(c.dep_ == "nsubj" for c in tok.children):
            return True
    return False


def _takes_trigger(verb) -> bool:
    """'the violence claimed 16 lives': the verb is the trigger its object needs (triggers.csv), no attribution."""
    lemma = verb.lemma_.lower()
    return any(lemma in tr.needs for c in verb.children if c.dep_ in ("dobj", "obj")
               for tr in vocab().figures.triggers.get(c.lower_, ()))


def attribute_to(found: list[tuple], anchor) -> tuple[str | None, str | None]:
    """(reported_by, reported_via) for the number at token `anchor`: the attribution whose verb
    governs it, else the nearest one in the sentence."""
    if not found:
        return None, None
    depth = {t.i: d for d, t in enumerate(anchor.ancestors)}   # nearest governing verb first
    governing = sorted((f for f in found if f[0].i in depth), key=lambda f: depth[f[0].i])
    best = governing[0] if governing else min(found, key=lambda f: abs(f[0].i - anchor.i))
    pronouns = vocab().figures.pronouns
    named = [f for f in found if f[1].lower() not in pronouns]
    if best[1].lower() in pronouns and named:   # '"We recorded 40 deaths," said Jane Roe': the one named
        best = min(named, key=lambda f: abs(f[0].i - anchor.i))
    return best[1], best[2]


def attribute(sent, body_offset: int, body: str, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """(reported_by, reported_via) for the sentence as a whole: its first attribution."""
    found = sources(sent, body_offset, body, mentions)
    return (found[0][1], found[0][2]) if found else (None, None)
