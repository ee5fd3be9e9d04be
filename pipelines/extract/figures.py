"""Figures: counts of people killed, injured, hospitalized, arrested, missing, protesting or deployed.

Pipeline, one sentence at a time (see `extract_sentence_figures`):
  1. numbers.find_numbers scans the raw sentence text for counts (numerals, number words, vague
     quantifiers) with their bound modifiers and ranges;
  2. counts.not_a_count drops numbers that count no people (ages, money, dates, percentages);
  3. resolve.resolve_number finds the counted node and, through triggers.attach on the dependency
     parse, the category and `who`; lists.inherit gives listed sub-counts their parent's category;
  4. quote / reported_by (attribution) / event_date (dates) / location are filled in.
Then dedupe.dedupe merges the same fact stated twice (headline and body) and settles running
totals whose sentence names no category ("That took the tally to 310"): the per-sentence
routine parks them in `ArticleContext.pending`, so callers must pass the same context to
`extract_sentence_figures` for every sentence and then to `dedupe`.
Modules: numbers (text -> values), counts (non-counts), triggers (category on the parse), resolve
(one number), lists (sub-counts), attribution, dates, dedupe, lexicon (seeds/*.csv vocabularies).

Intervals (value_low, value_high) by bound:
  exact (v, v); at_least (v, None); at_most (None, v);
  approx (None, None): "about 200" states no hard limit, and inventing a band (+-10%?) would put
  numbers in the warehouse that no source gave.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from .attribution import attribute_to, sources
from .dates import find_dates, nearest_date
from .dedupe import dedupe, headline_end
from .lists import inherit
from .numbers import NumberMention, find_numbers, has_number
from .resolve import finish, resolve_number, running_total_bound, speculative
from .triggers import sentence_triggers
from .types import ArticleText, Entity, Figure, Mention

__all__ = ["ArticleContext", "build_context", "dedupe", "extract_figures", "extract_sentence_figures",
           "is_candidate_sentence", "sentences"]


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
    local_location: set = field(default_factory=set)
    pending: list[Figure] = field(default_factory=list)        # running totals waiting for the previous sentence   # (char_start, char_end) of figures placed by their own sentence


def build_context(article: ArticleText, entities: list[Entity], mentions: list[Mention]) -> ArticleContext:
    by_id = {e.entity_id: e for e in entities}
    # a nationality adjective ("Russian-led", label demonym/NORP) says nothing about where it happened
    locs = sorted((m for m in mentions if (e := by_id.get(m.entity_id)) and e.entity_type == "location"
                   and m.label.lower() not in ("demonym", "norp")), key=lambda m: m.char_start)
    counts = Counter(m.entity_id for m in locs)
    non_country = [eid for eid, _ in counts.most_common() if by_id[eid].location_kind != "country"]
    main = non_country[0] if non_country else (counts.most_common(1)[0][0] if counts else None)
    return ArticleContext(article, mentions, by_id, locs, main, headline_end(article.body),
                          [m.char_start for m in locs])


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


def line_spans(doc, start: int, end: int):
    """doc[start:end] cut at line breaks; the break's own whitespace token belongs to no span."""
    for tok in doc[start:end]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            stop = tok.i if tok.is_space else tok.i + 1
            if stop > start:
                yield doc[start:stop]
            start = tok.i + 1
    if start < end:
        yield doc[start:end]


def sentences(doc):
    """doc.sents, additionally cut at line breaks (headline, datelines and paragraphs are separate)."""
    for sent in _spacy_sents(doc):
        for span in line_spans(doc, sent.start, sent.end):
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
    the span; such spans are parsed again on their own (`parse_alone`)."""
    if is_glued(sent):
        from .model import load_nlp

        return parse_alone(load_nlp(), [sent])[0]
    return sent


def is_glued(sent) -> bool:
    return not all(sent.start <= t.head.i < sent.end for t in sent)


REPARSE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def parse_alone(nlp, spans) -> list:
    """Each span as its own Doc, tagged and parsed again on its own text. Its entities are kept
    from the whole text (`Span.as_doc` copies them): ner is the costliest component and it reads
    a line better in context; the dev-set scores are the same as with a second ner pass. The
    two-phase path calls this for all of a chunk's glued lines at once."""
    from spacy.attrs import ENT_IOB, ENT_TYPE

    # only the entities: the parser must start from nothing (given heads and sentence starts it
    # can loop), and tags, POS, morphology and lemmas are set anew
    docs = [span.as_doc(array_head=(ENT_IOB, ENT_TYPE)) for span in spans]
    for name in REPARSE:
        docs = list(nlp.get_pipe(name).pipe(docs, batch_size=64))
    return docs


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
        resolved.append(resolve_number(sent, text, base, n, cands))
    inherit(resolved)
    for r, n in zip(resolved, nums):
        if r is not None and r["category"] is None and r["relay"] is not None and n.partner < 0 \
                and not any(t.i < r["node"].i for t, _ in cands):
            ctx.pending.append(_pending(r, n, text, base, offset, ctx))
    resolved = [finish(r, n, base) for r, n in zip(resolved, nums)]
    if not found_sources:
        resolved = [None if r is not None and speculative(r["node"], r["trigger_tok"]) else r for r in resolved]
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
        bound = running_total_bound(sent, text, base, n)
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


def _pending(r: dict, n: NumberMention, text: str, base: int, offset: int, ctx: ArticleContext) -> Figure:
    """'That took the tally to 310.': a running total whose category is in the previous
    sentence; dedupe() gives it the category of the figure just before it (category "" until then)."""
    rel = r["relay"]
    rs, re_ = rel.idx - base, rel.idx - base + len(rel.text)
    qs, qe = offset + min(rs, n.mod_start), offset + max(re_, n.end)
    body = ctx.article.body
    return Figure(category="", value=n.value, bound=n.bound, quote=body[qs:qe], char_start=qs, char_end=qe,
                  value_low=n.value if n.bound in ("exact", "at_least") else None,
                  value_high=n.value if n.bound in ("exact", "at_most") else None,
                  who=r["who"], sentence=text, location_entity_id=_location(ctx, offset, offset + len(text), qs),
                  trigger="", number_text=text[n.mod_start:n.mod_end])


def _location(ctx: ArticleContext, s_start: int, s_end: int, pos: int) -> str | None:
    """Nearest location mention in the sentence, else the article's main location."""
    lo = bisect_left(ctx.location_starts, s_start)
    hi = bisect_left(ctx.location_starts, s_end)
    inside = ctx.location_mentions[lo:hi]
    if inside:
        ctx.local_location.add(pos)
        return min(inside, key=lambda m: abs(m.char_start - pos)).entity_id
    return ctx.main_location
