"""Who a sentence attributes its figures to: "..., the interior ministry said", "according to X",
"The TASS news agency quoted the Ministry of Health as saying ..." (source Ministry of Health,
relayed via TASS). A pronoun subject ("she said") is kept as the pronoun, for relay.carry to
resolve to the source credited before it. Works on one parsed sentence; names are taken from entity mentions when one
covers the source phrase, else from the phrase itself (without leading determiners)."""
from __future__ import annotations

from .vocab import vocab
from .types import Mention

_SUBJ = ("nsubj", "nsubjpass")


def _phrase(tok) -> list:
    """The source noun phrase: the head noun with its modifiers and an "of" complement, without
    appositions, relative clauses, coordination or other prepositional phrases."""
    skip = set()
    for c in tok.children:
        if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl") or (c.dep_ == "prep" and c.lower_ != "of"):
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


def _source_head(tok):
    """'a report by Dawn' -> Dawn; a bare 'figures' / 'the report' names no source (None)."""
    seen, preps = 0, vocab().figures.source_prepositions
    while tok is not None and tok.lemma_.lower() in vocab().figures.document_nouns | {t.rstrip("s") for t in vocab().figures.document_nouns} and seen < 3:
        nxt = [c for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
               for c in p.children if c.dep_ == "pobj"]
        tok, seen = (nxt[0] if nxt else None), seen + 1
    return tok


def _past_dateline(subj: list, sent) -> list:
    """A dateline parsed as the subject ("QUITO, June 28 — Ecuador's Ombudsman's Office said",
    "DAKAR, Feb 10 — Senegalese media reported"): the subject after the dash, else none."""
    if not subj or not (len(sent[0].text) > 1 and sent[0].text.isupper()):    # a dateline opens with its city in capitals
        return subj
    dash = next((t.i for t in sent[:15] if t.is_punct and t.text in ("—", "–", "--")), None)
    if dash is None or subj[0].i > dash:
        return subj
    after = [c for c in subj[1:] if c.i > dash] or [c for c in subj[0].children if c.dep_ == "appos" and c.i > dash]
    return after[:1]


def _named(tok):
    """A generic noun followed by its name, "the rights group Civic Watch", "the NGO X": the name."""
    if tok is None or tok.pos_ != "NOUN":
        return tok
    names = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 1]
    return names[0] if names else tok


def _name(toks, body_offset: int, sent_start: int, mentions: list[Mention], body: str) -> str | None:
    if not toks or toks[-1].lower_ in vocab().figures.pronouns:
        return None
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
            if src is not None:
                name = _name(_phrase(src), body_offset, sent_start, mentions, body)
                if name:
                    out.append((tok, name, None))
            continue
        role = verbs.get(tok.lemma_.lower()) or ("agent" if tok.lemma_.lower() in vocab().figures.agent_verbs else None)
        if not role or tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if len(subj) > 1 and subj[-1].pos_ == "PROPN" and subj[-2].i + 1 == subj[-1].left_edge.i:
            subj = subj[-1:]                  # "the watchdog Open Ledger said" parsed as two subjects: the name
        subj = _past_dateline(subj, sent)
        agent = [c for a in tok.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
        if not subj and agent and role != "relay":     # "the deaths were confirmed by the ministry"
            subj = agent
        elif role == "agent":                  # "released by X" credits X, "X released 40" does not
            continue
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if role == "relay" and agent and passive:   # "X was quoted by Y as saying": by X, via Y
            by = _name(_phrase(_named(passive[0])), body_offset, sent_start, mentions, body)
            via = _name(_phrase(_named(agent[0])), body_offset, sent_start, mentions, body)
            if by and via:
                out.append((tok, by, via))
            continue
        src = _named(_source_head(subj[0])) if subj else None
        if src is None:
            continue
        if src.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
            src = _source_head(tok.head)      # "the commission, which said ...": the commission
            if src is None:
                continue
        elif src.tag_ == "PRP" and src.lower_ in vocab().figures.pronouns and role != "relay":
            out.append((tok, src.lower_, None))   # "she said": relay.carry names her (the last source before)
            continue
        source = _name(_phrase(src), body_offset, sent_start, mentions, body)
        if role == "relay":                   # "X quoted Y as saying"
            obj = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            if obj:
                out.append((tok, _name(_phrase(obj[0]), body_offset, sent_start, mentions, body), source))
                continue
        if source:
            out.append((tok, source, None))
    return out


def attribute_to(found: list[tuple], anchor) -> tuple[str | None, str | None]:
    """(reported_by, reported_via) for the number at token `anchor`: the attribution whose verb
    governs it, else the nearest one in the sentence."""
    if not found:
        return None, None
    depth = {t.i: d for d, t in enumerate(anchor.ancestors)}   # nearest governing verb first
    governing = sorted((f for f in found if f[0].i in depth), key=lambda f: depth[f[0].i])
    best = governing[0] if governing else min(found, key=lambda f: abs(f[0].i - anchor.i))
    return best[1], best[2]


def attribute(sent, body_offset: int, body: str, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """(reported_by, reported_via) for the sentence as a whole: its first attribution."""
    found = sources(sent, body_offset, body, mentions)
    return (found[0][1], found[0][2]) if found else (None, None)
