"""Figures: counts of people killed, injured, hospitalized, arrested, missing, protesting or deployed.

Pipeline, one sentence at a time (see `extract_sentence_figures`):
  1. numbers.find_numbers scans the raw sentence text for counts (numerals, number words, vague
     quantifiers) with their bound modifiers and ranges;
  2. each number is mapped to its tokens and its "counted node" (the noun it counts, or itself);
     numbers that count no people (ages, money, dates, percentages, "14 provinces") are dropped;
  3. triggers.attach picks the category from the dependency parse (running totals and a short
     linear look-ahead are fallbacks for fragments the parser gets wrong);
  4. who / quote / reported_by / event_date / location are filled in.
Then `dedupe` merges the same fact stated twice (headline and body).

Intervals (value_low, value_high) by bound:
  exact (v, v); at_least (v, None); at_most (None, v);
  approx (None, None): "about 200" states no hard limit, and inventing a band (+-10%?) would put
  numbers in the warehouse that no source gave.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from .attribution import attribute_to, sources
from .dates import find_dates, nearest_date
from .lexicon import count_words, nonperson_nouns, triggers, who_drop_words
from .numbers import NumberMention, find_numbers, has_number
from .dates import MONTH_RE
from .triggers import attach, group_nouns, is_agent, noun_kind, relay_node, sentence_triggers
from .types import ArticleText, Entity, Figure, Mention

_NON_COUNT_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₦₹]|\b(?:rs|usd|us\$|eur|gbp|inr|ngn|lkr)\.?)\s*$", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"^\s*(?:%|per\s*cent\b|percent\b|-?\s*(?:year|month|week|day)s?\s*-?\s*old\b|[-\s]?(?:km|kg|mm|cm|m)\b)",
                         re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?|age\s+group\s+of|(?:were|was|are|is)\s+under)\s*(?:between\s+)?(?:\d+\s*(?:and|to|-|–)\s*)?$",
                         re.IGNORECASE)
_YEAR = range(1800, 2101)
_SMALL = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_RATIO_AFTER = re.compile(rf"\s*(?:in|out\s+of)\s+(?:every\s+)?{_SMALL}\b", re.IGNORECASE)
_RATIO_BEFORE = re.compile(r"\b(?:1|one)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
_DATE_WORDS = re.compile(rf"{MONTH_RE}|\b(?:day|week|month|year|decade|century|ago|am|pm)s?\b", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b{MONTH_RE}\s+$", re.IGNORECASE)


def is_candidate_sentence(text: str) -> bool:
    """Cheap pre-filter on raw text: may this sentence hold a figure? (a numeral, number word or
    vague quantifier). Sentences failing it need no dependency parse."""
    return has_number(text)


@dataclass
class ArticleContext:
    """What the per-sentence routine needs to know about the whole article."""
    article: ArticleText
    mentions: list[Mention]
    entities: dict[str, Entity]
    location_mentions: list[Mention] = field(default_factory=list)
    main_location: str | None = None
    headline_end: int = 0
    location_starts: list[int] = field(default_factory=list)   # char_start of location_mentions, for bisect
    local_location: set = field(default_factory=set)   # (char_start, char_end) of figures placed by their own sentence


def build_context(article: ArticleText, entities: list[Entity], mentions: list[Mention]) -> ArticleContext:
    by_id = {e.entity_id: e for e in entities}
    locs = sorted((m for m in mentions if (e := by_id.get(m.entity_id)) and e.entity_type == "location"),
                  key=lambda m: m.char_start)
    counts = Counter(m.entity_id for m in locs)
    non_country = [eid for eid, _ in counts.most_common() if by_id[eid].location_kind != "country"]
    main = non_country[0] if non_country else (counts.most_common(1)[0][0] if counts else None)
    return ArticleContext(article, mentions, by_id, locs, main, _headline_end(article.body),
                          [m.char_start for m in locs])


def _headline_end(body: str) -> int:
    """End of the headline zone: the first line, plus following short lines that do not end like
    sentences (subheads, standfirsts without a full stop)."""
    end = body.find("\n")
    if end < 0:
        return len(body)
    pos, seen = end, 0
    while seen < 2:
        nxt = body.find("\n", pos + 1)
        line = body[pos + 1: nxt if nxt >= 0 else len(body)]
        if not line.strip():
            if nxt < 0:
                break
            pos = nxt
            continue
        seen += 1
        if len(line) > 250 or re.search(r"[.!?\"”’:]\s*$", line):
            break
        end = pos = nxt if nxt >= 0 else len(body)
        if nxt < 0:
            break
    return end


def _spacy_sents(doc):
    """doc.sents, with a piece glued back to its predecessor when the parser cut mid-sentence
    (the piece starts in lower case or with a bracket/comma, on the same line)."""
    prev = None
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        glued = prev is not None and first is not None and (first.is_lower or first.text in ",;:)][") \
            and "\n" not in doc[prev.end - 1].whitespace_ and not doc[prev.end - 1].is_space
        if glued:
            prev = doc[prev.start:sent.end]
            continue
        if prev is not None:
            yield prev
        prev = sent
    if prev is not None:
        yield prev


def sentences(doc):
    """doc.sents, additionally cut at line breaks (headline, datelines and paragraphs are separate)."""
    for sent in _spacy_sents(doc):
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or "\n" in tok.whitespace_:
                end = tok.i if tok.is_space else tok.i + 1
                if end > start:
                    yield doc[start:end]
                start = tok.i + 1
        if start < sent.end:
            span = doc[start:sent.end]
            if not all(t.is_space for t in span):
                yield span


def extract_figures(doc, article: ArticleText, entities: list[Entity], mentions: list[Mention]) -> list[Figure]:
    ctx = build_context(article, entities, mentions)
    figures: list[Figure] = []
    for sent in sentences(doc):
        if is_candidate_sentence(sent.text):
            figures.extend(extract_sentence_figures(_standalone(sent), sent.start_char, ctx))
    return dedupe(figures, ctx)


def _standalone(sent):
    """A line the parser glued to its neighbour (a headline without a full stop) has heads outside
    the span; such spans are parsed again on their own, which is cheap for one line."""
    if all(sent.start <= t.head.i < sent.end for t in sent):
        return sent
    from .model import load_nlp

    return load_nlp()(sent.text)


# ---------------------------------------------------------------------------------------------
# one sentence

def extract_sentence_figures(sent, offset: int, ctx: ArticleContext) -> list[Figure]:
    """Figures of one sentence. `sent` is a spaCy Span (or a Doc holding only this sentence);
    `offset` is where its text starts in article.body. Only this sentence's tokens are used."""
    text = sent.text
    base = sent[0].idx                     # token.idx - base = position within `text`
    if getattr(sent, "start_char", 0) != base:   # a Doc with leading whitespace
        text = text[base - getattr(sent, "start_char", 0):]
    nums = find_numbers(text)
    if not nums:
        return []
    cands = sentence_triggers(sent)
    body = ctx.article.body
    dates = find_dates(text, ctx.article.published_at)
    found_sources = sources(sent, offset, body, ctx.mentions) if cands else []
    resolved: list[tuple[NumberMention, dict] | None] = []
    for n in nums:
        resolved.append(_resolve(sent, text, base, n, cands))
    _inherit(resolved)
    resolved = [_finish(r, n, base) for r, n in zip(resolved, nums)]
    # the two ends of a range share category and group (the noun usually attaches to the high end)
    for i, n in enumerate(nums):
        other = resolved[n.partner] if n.partner >= 0 else None
        if other is not None and resolved[i] is None:
            r = dict(other)
            r["quote_start"], r["quote_end"] = min(n.mod_start, r["quote_start"]), max(n.end, r["quote_end"])
            resolved[i] = r
        elif other is not None and not resolved[i]["who"]:
            resolved[i] = {**resolved[i], "who": other["who"]}   # "40-50 activists": both ends count activists
    out = []
    for n, r in zip(nums, resolved):
        if r is None:
            continue
        bound = _running_total_bound(sent, text, base, n)
        reported_by, reported_via = attribute_to(found_sources, r["node"])
        qs, qe = offset + r["quote_start"], offset + r["quote_end"]
        fig = Figure(
            category=r["category"], value=n.value, bound=bound, quote=body[qs:qe], char_start=qs, char_end=qe,
            value_low=n.value if bound in ("exact", "at_least") else None,
            value_high=n.value if bound in ("exact", "at_most") else None,
            who=r["who"], sentence=text, reported_by=reported_by, reported_via=reported_via,
            event_date=nearest_date(dates, n.start),
            location_entity_id=_location(ctx, offset, offset + len(text), qs),
            trigger=r["trigger"], number_text=text[n.mod_start:n.mod_end])
        out.append(fig)
    return out


def _tokens_of(sent, base: int, start: int, end: int) -> list:
    return [t for t in sent if t.idx - base < end and start < t.idx - base + len(t.text)]


def _resolve(sent, text: str, base: int, n: NumberMention, cands) -> dict | None:
    """Category, who and quote span for one number, or None when it counts no people."""
    toks = _tokens_of(sent, base, n.start, n.end)
    if not toks:
        return None
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    anchor = heads[-1] if heads else toks[-1]
    if _not_a_count(text, n, anchor):
        return None
    if anchor.dep_ in ("nummod", "compound") and anchor.head.i < anchor.i and anchor.head.is_title \
            and anchor.head.pos_ in ("NOUN", "PROPN") and anchor.i - anchor.head.i == 1:
        return None                        # a label, not a count: "Article 19", "Gate 5", "Section 144"
    if (n.value == 1 and _RATIO_AFTER.match(text[n.end:])) or _RATIO_BEFORE.search(text[:n.start]):
        return None                        # a ratio: "1 in 5", "two out of three"
    node = anchor
    strong = re.match(r"\s*-\s*strong\b", text[n.end:])
    if strong:                             # "a 5,000-strong crowd": the number counts the noun after
        st = next((t for t in sent if t.idx - base >= n.end and t.lower_ == "strong"), None)
        if st is not None and st.head.pos_ in ("NOUN", "PROPN") and _in_sent(sent, st.head):
            anchor = node = st.head
    if anchor.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "nsubj", "npadvmod") \
            and anchor.head.pos_ in ("NOUN", "PROPN") and anchor.head.i not in ids and anchor.head.i > anchor.i \
            and _in_sent(sent, anchor.head):
        node = anchor.head
    counted = node if node is not anchor or strong else _partitive(toks, ids)
    if counted is not None and _is_nonperson(counted):
        return None
    if n.value == 1 and re.match(r"\s*of\b", text[n.end:]):
        return None                        # "one of the protesters": an individual, not a count
    group = group_nouns(counted) if counted is not None and counted.pos_ in ("NOUN", "PROPN") else []
    kinds = {noun_kind(g) for g in group}
    if counted is not None and counted.pos_ in ("NOUN", "PROPN") and not kinds - {None} \
            and not _is_trigger_noun(counted) and counted.tag_ not in ("NNS", "NNPS"):
        return None                        # a singular noun we do not know as people: "5 km", "1 statement"
    unknown = counted is not None and counted.pos_ in ("NOUN", "PROPN") and not kinds - {None} \
        and not _is_trigger_noun(counted)
    security = "security" in kinds
    generic = counted is None or counted.pos_ == "PRON" or bool(kinds & {"generic"}) or counted.pos_ == "NUM"
    superset = counted is not None and counted is not node and counted.dep_ == "pobj" and _is_trigger_noun(counted) \
        and not noun_kind(counted)
    if superset:
        # "40 of the wounded were taken to hospital": "the wounded" names the superset; the subset's
        # own predicate decides, and the superset's word only when there is none
        others = [(t, tr) for t, tr in cands if t.i != counted.i]
        att = attach(sent, node, others, security, generic, ())
        if att is None:
            att = attach(sent, node, cands, security, generic, (counted,))
    else:
        att = attach(sent, _through_total(node), cands, security, generic, tuple(group) + (node,))
    if counted is not None and counted.pos_ in ("PRON", "DET") and counted.dep_ == "pobj":
        # "more than 90 of those taken to hospital": the pronoun's own clause describes the subset
        own = [(t, tr) for t, tr in cands if t.i in {x.i for x in counted.subtree} and t.i != counted.i]
        sub = attach(sent, counted, own, security, generic, ()) if own else None
        if sub is not None:
            att = sub
    total = _count_noun_category(sent, node, cands)
    if total is not None and (att is None or att.cost >= 3):
        att = total                        # "the number of people killed has reached 30"
    if att is not None and unknown and att.cost > 1:
        att = None                         # "10,000 bins set on fire ... injured": unknown nouns must be the trigger's argument
    cost = att.cost if att else 9
    category, trig = (att.category, att.trigger) if att else (None, None)
    nxt = sent.doc[toks[-1].i + 1] if toks[-1].i + 1 <= sent[-1].i else None
    if att is not None and att.cost > 0 and nxt is not None and nxt.pos_ == "NOUN" \
            and any(t.i == nxt.i and tr.strength == "strong" for t, tr in cands):
        att = None                         # "12 injuries": a number right before an event noun counts it
    if att is None or att.cost >= 2:
        # parser fallbacks on fragments: "nearly 290 injured", "arrests to 2554"
        near_cat, near_trig = _look_ahead(sent, toks, cands, node)
        if near_cat is None and not unknown:
            near_cat, near_trig = _look_behind(sent, toks, cands)
        if near_cat is not None and (att is None or near_trig.i != att.trigger.i):
            category, trig = near_cat, near_trig
    if category is None and not unknown:
        category, trig = _relay(sent, node, cands)
    who = _who(sent, counted, group, {t.i for t in _tokens_of(sent, base, n.mod_start, n.mod_end)}) \
        if counted is not None else ""
    out = {"category": category, "who": who, "trigger": trig, "cost": cost if category else 9, "node": node,
           "first": (_tokens_of(sent, base, n.mod_start, n.end) or toks)[0], "last": toks[-1],
           "counted": counted, "value": n.value}
    if category is None:
        out["trigger"] = None
    return out


def _finish(r: dict | None, n: NumberMention, base: int) -> dict | None:
    """Drop unresolved numbers, fill the quote span and trigger text."""
    if r is None or r["category"] is None:
        return None
    if not r["who"] and r["category"] == "protesters" and noun_kind(r["trigger"]) == "crowd":
        r = {**r, "who": r["trigger"].lower_}   # "police estimated the crowd at 40,000" -> who "crowd"
    if r["category"] == "protesters" and n.value == 1:
        return None                        # one protester is a person in a story, not a crowd count
    trig = r["trigger"]
    ts, te = trig.idx - base, trig.idx - base + len(trig.text)
    return {**r, "trigger": trig.text,
            "quote_start": min(n.mod_start, ts), "quote_end": max(n.mod_end if ts < n.start else n.end, te)}


def _list_parent(node):
    """'416 killed, including 51 children', '30 people, including eight in X, nine in Y': the noun a
    listed sub-count hangs from (through 'including'/'among' and list coordination), else None."""
    tok, steps = node, 0
    while tok.dep_ in ("conj", "appos") and steps < 12:
        tok, steps = tok.head, steps + 1
    if tok.dep_ == "pobj" and tok.head.lower_ in ("including", "among", "includes", "include"):
        return tok.head.head
    return None


def _list_continues(prev_last, first) -> bool:
    """Only a list separator and place/prepositional phrases between two numbers, no verb."""
    between = prev_last.doc[prev_last.i + 1:first.i]
    if not 0 < len(between) <= 12 or not any(t.text in (",", ";") or t.lower_ == "and" for t in between):
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.like_num for t in between) and between[-1].text in (",", ";", "and")


def _after_including(first) -> bool:
    """Is the number phrase (starting at token `first`) introduced by 'including'?"""
    i = first.i - 1
    return i >= 0 and first.doc[i].lower_ in ("including", "includes")


def _inherit(resolved: list[dict | None]) -> None:
    """A sub-count whose own trigger is weak or missing takes the category of the count it is listed under."""
    by_node = {}
    for r in resolved:
        if r is not None and r["category"]:
            by_node[r["node"].i] = r
            if r["counted"] is not None:
                by_node[r["counted"].i] = r
    done = [r for r in resolved if r is not None and r["category"]]
    for r in resolved:
        if r is None or r["cost"] <= 1:
            continue
        parent = _list_parent(r["node"])
        p = by_node.get(parent.i) if parent is not None else None
        if p is None and _after_including(r["first"]):
            # the parser hung "including" elsewhere: take the closest count before it in the sentence
            before = [q for q in done if q["node"].i < r["node"].i]
            p = before[-1] if before else None
        if p is not None and p is not r and p["value"] >= r["value"]:
            r["category"], r["trigger"], r["cost"] = p["category"], p["trigger"], p["cost"]
            continue
        prev = [q for q in done if q["last"].i < r["first"].i]
        if r["category"] is None and prev and r["counted"] is not None and r["counted"].pos_ == "PRON" \
                and r["counted"].dep_ == "pobj" and prev[-1]["value"] > r["value"]:
            q = prev[-1]                   # "40 people were injured, six of them critically"
            r["category"], r["trigger"], r["cost"] = q["category"], q["trigger"], q["cost"]
            done.append(r)
            done.sort(key=lambda x: x["first"].i)
            continue
        if r["category"] is None and prev and _list_continues(prev[-1]["last"], r["first"]):
            q = prev[-1]                   # "eight in A, nine in B and one in C": a per-place breakdown
            r["category"], r["trigger"], r["cost"] = q["category"], q["trigger"], q["cost"]
            done.append(r)
            done.sort(key=lambda x: x["first"].i)


def _count_noun_category(sent, node, cands):
    """'the number of people killed has reached 30': a number hanging from a running-total verb whose
    subject is a count noun takes the category of the nearest trigger inside that noun phrase."""
    from .triggers import Attachment, path_cost

    rel = relay_node(sent, node)
    if rel is None or rel.pos_ not in ("VERB", "AUX"):
        return None
    subj = [c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in count_words("count_noun")]
    if not subj:
        return None
    inside = {t.i for t in subj[0].subtree}
    best = None
    for tok, trig in cands:
        if tok.i in inside and trig.strength == "strong":
            c = path_cost(sent, subj[0], tok)
            if c is not None and (best is None or c < best.cost):
                best = Attachment(trig.category, tok, c)
    return Attachment(best.category, best.trigger, 3) if best else None


def _through_total(node):
    """'a total of 31 people were admitted': the clause role belongs to 'total', not to 'people'."""
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in count_words("count_noun"):
        return node.head.head
    return node


def _in_sent(sent, tok) -> bool:
    return sent[0].i <= tok.i <= sent[-1].i


def _not_a_count(text: str, n: NumberMention, anchor) -> bool:
    """Money, percentages, ages, dates, years, units: numbers that are not counts of people."""
    if _CURRENCY_BEFORE.search(text[:n.mod_start]) or _CURRENCY_BEFORE.search(text[:n.start]):
        return True
    if _UNIT_AFTER.match(text[n.end:]) or _AGE_BEFORE.search(text[:n.start]) or _AGE_BEFORE.search(text[:n.mod_start]):
        return True
    if not n.vague and re.search(r"[A-Z][\w'’.-]*\s*[,(]\s*$", text[:n.start]) and re.match(r"\s*[,);]|\s*\.?\s*$", text[n.end:]):
        prev = anchor.doc[anchor.i - 2] if anchor.i >= 2 else None
        if prev is not None and (prev.ent_type_ == "PERSON" or prev.pos_ == "PROPN"):
            return True                    # "Jane Doe, 31, was ..." : an age
    if not n.vague and re.search(r"\w\s*,\s*$", text[:n.start]) and re.match(r"\s*,", text[n.end:]):
        prev = anchor.doc[anchor.i - 2] if anchor.i >= 2 else None
        if prev is not None and prev.tag_ in ("NN", "NNP") and prev.lemma_.lower() not in count_words("count_noun"):
            return True                    # "the protester, 23, was ..." : an age after a singular noun
    raw = text[n.start:n.end]
    if not n.vague and n.value in _YEAR and re.fullmatch(r"\d{4}", raw):
        return True
    if not n.vague and (_MONTH_AFTER.match(text[n.end:]) or _MONTH_BEFORE.search(text[:n.start])):
        return True                        # "3 March", "July 1"
    if anchor.ent_type_ in _NON_COUNT_ENTS and not n.vague and anchor.ent_type_ != "DATE":
        nxt = anchor.nbor(1) if anchor.i + 1 < len(anchor.doc) else None
        if nxt is None or not (noun_kind(nxt) or _is_trigger_noun(nxt)):
            return True
    if anchor.ent_type_ == "DATE" and not n.vague:
        if _DATE_WORDS.search(_ent_text(anchor)):
            return True                    # "three days", "two weeks ago" (a bare "2554" may be tagged DATE)
    return _in_quoted_title(text, n.start)


def _ent_text(tok) -> str:
    """Text of the named-entity span around tok, found by walking its IOB tags (no scan of doc.ents)."""
    doc, start, end = tok.doc, tok.i, tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[start:end + 1].text


def _in_quoted_title(text: str, pos: int) -> bool:
    """A number inside a quoted title ("“Top 10 …”"): an open quote before it on the same
    sentence with mostly Capitalised Words between."""
    m = re.search(r"[“\"]([^”\"]*)$", text[:pos])
    if not m:
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", m.group(1) + text[pos:pos + 40].split("”")[0].split('"')[0])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _partitive(toks, ids) -> object | None:
    """'hundreds of people' -> people; '400 of them' -> them; None when the number stands alone."""
    for t in toks:
        for c in t.children:
            if c.lower_ == "of" and c.i not in ids and c.dep_ == "prep":
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
    return None


def _is_nonperson(tok) -> bool:
    bad = nonperson_nouns()
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in bad or tok.lemma_.lower() in bad) \
        and not noun_kind(tok)


def _is_trigger_noun(tok) -> bool:
    return any(t.pos in ("NOUN", "any") for key in (tok.lower_, tok.lemma_.lower()) for t in triggers().get(key, ()))


def _event_noun(tok) -> bool:
    """deaths, arrests, toll, injuries: nouns naming the event, not the people (no `who`)."""
    for key in (tok.lower_, tok.lemma_.lower()):
        for t in triggers().get(key, ()):
            if t.pos == "NOUN" and t.strength == "strong" and t.reach == "clause":
                return True
    return tok.lemma_.lower() in count_words("count_noun")


def _relay(sent, node, cands):
    """'..., bringing the number to 32': a number hanging from a running-total word takes the
    category of the nearest strong trigger before it in the sentence."""
    rel = relay_node(sent, node)
    if rel is None:
        return None, None
    before = [(t, tr) for t, tr in cands if tr.strength == "strong" and t.i < node.i] \
        or [(t, tr) for t, tr in cands if tr.strength == "weak" and t.i < node.i]
    if not before:
        return None, None
    tok, trig = before[-1]
    return trig.category, tok


def _look_ahead(sent, toks, cands, node):
    """Parser fallback for headlines: a strong trigger within a few words after the number
    ("Nearly 200 wounded", "2 554 arrested"), skipping adverbs, auxiliaries and a people noun."""
    by_i = {t.i: tr for t, tr in cands if tr.strength == "strong"}
    i, steps, end = toks[-1].i + 1, 0, sent[-1].i
    while i <= end and steps < 4:
        tok = sent.doc[i]
        if i in by_i:
            if tok.pos_ in ("VERB", "AUX") and is_agent(node, tok):
                break                      # "30 rioters injured five officers": the group did it
            return by_i[i].category, tok
        if not (tok.pos_ in ("ADV", "AUX", "PART", "DET", "ADJ") or noun_kind(tok)):
            break
        i += 1
        steps += 1
    return None, None


def _look_behind(sent, toks, cands):
    """'arrests to 2554', 'injured - 1,493': an event noun right before the number, with only a
    preposition, a form of "be" or punctuation between."""
    by_i = {t.i: tr for t, tr in cands if tr.strength == "strong"}
    i, steps = toks[0].i - 1, 0
    while i >= sent[0].i and steps < 3:
        tok = sent.doc[i]
        if i in by_i and (tok.pos_ in ("NOUN", "ADJ") or tok.tag_ == "VBN"):
            return by_i[i].category, tok
        if not (tok.pos_ in ("ADP", "AUX", "PUNCT") or tok.lower_ in ("at", "to", "of")) or tok.text in (",", ";"):
            break
        i -= 1
        steps += 1
    return None, None


def _who(sent, counted, group, number_ids=frozenset()) -> str:
    """The counted group as lower-case text: modifiers kept, evaluative adjectives dropped."""
    if not noun_kind(counted) and any(t.reach == "clause" for key in (counted.lower_, counted.lemma_.lower())
                                      for t in triggers().get(key, ())):
        return ""                          # "40 hurt", "12 deaths": the noun is the event, not the group
    if counted.pos_ not in ("NOUN", "PROPN") or _event_noun(counted):
        if counted.pos_ == "PRON" or counted.pos_ == "NUM":
            return ""
        if counted.pos_ not in ("NOUN", "PROPN") or _event_noun(counted):
            return ""
    drop = who_drop_words()
    first, last = counted, group[-1] if group else counted
    for c in sorted(counted.children, key=lambda c: -c.i):
        if sent[0].i <= c.i < counted.i and c.dep_ in ("compound", "amod", "nmod", "npadvmod") and not c.like_num:
            first = c if c.i < first.i else first
    words = [t for t in counted.doc[first.i:last.i + 1]
             if t.i not in number_ids and (not t.like_num and t.lower_ not in drop and not t.is_punct or t.text == "-")]
    text = " ".join(t.text for t in words).replace(" - ", "-").lower()
    return re.sub(r"\s+", " ", text).strip(" ,")


def _running_total_bound(sent, text: str, base: int, n: NumberMention) -> str:
    """'the toll rose up to 30' / 'Death toll up to 30': a running total (exact), not an upper bound."""
    if n.bound != "at_most" or not re.match(r"up\s+to\b", text[n.mod_start:n.start], re.IGNORECASE):
        return n.bound
    words = count_words("count_noun") | count_words("rise_verb")
    prev = [t for t in sent if t.idx - base < n.mod_start][-6:]
    if any(t.lemma_.lower() in words or _event_noun(t) for t in prev):
        return "exact"
    return n.bound


def _location(ctx: ArticleContext, s_start: int, s_end: int, pos: int) -> str | None:
    """Nearest location mention in the sentence, else the article's main location."""
    lo = bisect_left(ctx.location_starts, s_start)
    hi = bisect_left(ctx.location_starts, s_end)
    inside = ctx.location_mentions[lo:hi]
    if inside:
        ctx.local_location.add(pos)
        return min(inside, key=lambda m: abs(m.char_start - pos)).entity_id
    return ctx.main_location


# ---------------------------------------------------------------------------------------------
# article level

def _who_compatible(a: str, b: str) -> bool:
    return not a or not b or a == b or a in b or b in a


def dedupe(figures: list[Figure], ctx: ArticleContext) -> list[Figure]:
    """One figure per fact. A headline figure repeated in the body (same category and value,
    compatible group) is dropped in favour of the body's statement; a body figure repeated in a
    later sentence with the same group is dropped unless the two name different places."""
    body_figs: dict[tuple, list[Figure]] = {}
    for f in figures:
        if f.char_start >= ctx.headline_end:
            body_figs.setdefault((f.category, f.value), []).append(f)
    out: list[Figure] = []
    seen: dict[tuple, list[Figure]] = {}
    for f in figures:
        if f.char_start < ctx.headline_end:
            if any(_who_compatible(b.who, f.who) for b in body_figs.get((f.category, f.value), ())):
                continue
        else:
            prev = seen.get((f.category, f.value), [])
            if any(p.sentence != f.sentence and (_same_group(p, f) or _anaphoric(f)) and not _different_places(p, f, ctx)
                   and {p.bound, f.bound} != {"at_least", "at_most"}
                   and not (p.event_date and f.event_date and p.event_date != f.event_date) for p in prev):
                continue
        seen.setdefault((f.category, f.value), []).append(f)
        out.append(f)
    return out


def _same_group(a: Figure, b: Figure) -> bool:
    """Same counted group: equal `who`; with no noun at all, the same trigger word as well
    ("23 dead" ... "almost 23 dead", but not "one [killed] in X" ... "one fatality")."""
    if a.who != b.who:
        return False
    return bool(a.who) or a.trigger.lower() == b.trigger.lower()


def _anaphoric(f: Figure) -> bool:
    """'Of the 3,200 people arrested', 'aside the 11 confirmed dead': a definite article before the
    number points back to a figure already stated."""
    before = f.sentence[:f.sentence.find(f.number_text)] if f.number_text in f.sentence else ""
    return bool(re.search(r"\b(?:the|those|these)\s+$", before, re.IGNORECASE))


def _different_places(a: Figure, b: Figure, ctx: ArticleContext) -> bool:
    """Both figures are placed by a location named in their own sentence, and the places differ."""
    if a.char_start not in ctx.local_location or b.char_start not in ctx.local_location:
        return False
    ea, eb = ctx.entities.get(a.location_entity_id), ctx.entities.get(b.location_entity_id)
    if not ea or not eb or "country" in (ea.location_kind, eb.location_kind):
        return False                       # a country and a city in it are not different places
    return a.location_entity_id != b.location_entity_id
