"""The figure pipeline: the stages in order, and the one loop that runs them.

Per sentence, over its numbers (`Candidate`, see candidate.py):
  find_numbers        numbers.find_numbers on the raw text: numerals, number words, quantifiers
  drop_non_counts     money, ages, dates, units, labels (counts.non_count_rule)
  find_counted        the counted node and noun; things that are not people (counted.py)
  attach_category     the category trigger on the dependency parse (resolve.py, triggers.py)
  inherit_lists       listed sub-counts take their parent's category (lists.py)
  settle_who          the counted group as text (who.py)
  split_coordinated   "injured and arrested": one count, a figure per coordinated participle (settle.py)
  park_running_totals a running total naming no category waits for the article stage (settle.py)
  require_category    numbers no trigger reached are dropped; quote span (settle.py)
  drop_speculative    the writer's inference ("may mean four more deaths") (settle.py)
  drop_other_events   tolls of a war, epidemic, disaster or accident (settle.py)
  share_ranges        the two ends of a range share category and group (settle.py)
  settle_bound, carry_bounds (a bound before the first of coordinated counts covers the list),
  attribute, place, date                                             (annotate.py)
Per article, over all its candidates (dedupe.py):
  settle_running_totals, fold_headline, drop_repeats, continue_places (a figure that goes on from the one
  before it, "52 others", takes its place), then date_running_totals (annotate.py: a
  running total naming no day takes the day of the briefing next to it) and carry_paragraph_day
  (annotate.py: a figure naming no day takes the one day of the sentence before it in its paragraph) and
  carry_story_day (annotate.py: a figure still naming no day takes the one day the article's lead states)
then, on the figure rows: relay.carry (a source carried over its paragraph or a quotation) and
source_entities.link_sources (reported_by / reported_via joined to their person or organization entity)

A stage takes candidates (one at a time, or the sentence's list, or the article's list) and
returns new ones; dropped candidates stay in the list, marked, so `trace` can show them and
`share_ranges` can revive a range end from its partner. `article_figures` is the only loop:
the reference path (figures.extract_figures) and the two-phase path (phases) differ only in how
they parse and cut the sentences they hand it."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .annotate import (attribute, carry_bounds, share_list_sources, carry_paragraph_day, carry_story_day, continue_places, date,
                       date_running_totals, place, settle_bound)
from .attribution import sources
from .candidate import Article, Candidate, Sentence, new_candidate, to_figure
from .counted import drop_non_counts, find_counted
from .dates import find_dates
from .dedupe import drop_repeats, fold_headline, settle_running_totals
from .lists import inherit_lists
from .numbers import find_numbers
from .relay import carry, referents, resolve_descriptors
from .source_entities import link_sources
from .resolve import attach_category
from .settle import (drop_other_events, drop_speculative, park_running_totals, require_category, share_ranges,
                     split_coordinated)
from .triggers import sentence_triggers
from .unparsed import credits as unparsed_credits
from .types import Figure
from .who import settle_who

EACH, SENTENCE, EACH_WITH_ARTICLE = "each", "sentence", "each+article"

SENTENCE_STAGES = (
    ("drop_non_counts", EACH, drop_non_counts),
    ("find_counted", EACH, find_counted),
    ("attach_category", EACH, attach_category),
    ("inherit_lists", SENTENCE, inherit_lists),
    ("settle_who", EACH, settle_who),
    ("split_coordinated", SENTENCE, split_coordinated),
    ("park_running_totals", EACH_WITH_ARTICLE, park_running_totals),
    ("require_category", EACH, require_category),
    ("drop_speculative", EACH, drop_speculative),
    ("drop_other_events", EACH, drop_other_events),
    ("share_ranges", SENTENCE, share_ranges),
    ("settle_bound", EACH, settle_bound),
    ("carry_bounds", SENTENCE, carry_bounds),
    ("attribute", EACH, attribute),
    ("share_list_sources", SENTENCE, share_list_sources),
    ("place", EACH_WITH_ARTICLE, place),
    ("date", EACH, date),
)
ARTICLE_STAGES = (
    ("settle_running_totals", settle_running_totals),
    ("fold_headline", fold_headline),
    ("drop_repeats", drop_repeats),
    ("continue_places", continue_places),
)
FINAL_STAGES = (           # (cands, body, every sentence as (offset, text), published_at): after the article stages
    ("date_running_totals", date_running_totals),
    ("carry_paragraph_day", carry_paragraph_day),
    ("carry_story_day", carry_story_day),
)


def read_sentence(span, offset: int) -> Sentence:
    """`span` is a spaCy Span (or a Doc holding only this sentence); `offset` is where its text
    starts in article.body. Only this sentence's tokens are used."""
    text = span.text
    base = span[0].idx                     # token.idx - base = position within `text`
    if getattr(span, "start_char", 0) != base:   # a Doc with leading whitespace
        text = text[base - getattr(span, "start_char", 0):]
    return Sentence(span, text, base, offset)


def sentence_candidates(span, offset: int, article: Article, trace=None, found_sources=None) -> list[Candidate]:
    """The surviving candidates of one sentence (pending running totals included); `found_sources`:
    the sentence's attributions when the caller has them already."""
    s = read_sentence(span, offset)
    nums = find_numbers(s.text)
    if not nums:
        return []
    cands = sentence_triggers(span)
    if found_sources is None and cands:
        found_sources = sources(span, offset, article.body, article.mentions)
    s = Sentence(span, s.text, s.base, offset, tuple(cands),
                 tuple(found_sources) if cands else (),
                 tuple(find_dates(s.text, article.published_at)))
    found = [new_candidate(offset + n.start, i, n, s.text, offset) for i, n in enumerate(nums)]
    if trace is not None:
        trace.begin(found)
    for name, shape, stage in SENTENCE_STAGES:
        if shape == SENTENCE:
            new = stage(found, s)
        elif shape == EACH:
            new = [stage(c, s) if c.active else c for c in found]
        else:
            new = [stage(c, s, article) if c.active else c for c in found]
        if trace is not None:
            trace.step(name, found, new)
        found = new
    return [c for c in found if not c.dropped]


def _headline_sources(figures: list[Figure], cands: list[Candidate]) -> list[Figure]:
    """A figure still crediting nobody after `carry` takes the source of the headline telling it folded
    (dedupe.fold_headline): "X clashes kill 12, ministry says" ... "At least 12 people were killed"."""
    lent = {c.char_start: c.headline_source for c in cands if c.headline_source}
    if not lent:
        return figures
    return [replace(f, reported_by=lent[f.char_start][0], reported_via=lent[f.char_start][1])
            if f.char_start in lent and not (f.reported_by or f.reported_via) else f for f in figures]


def article_figures(article: Article, parsed: Iterable, trace=None) -> list[Figure]:
    """Figures of one article from its parsed sentences: (span, offset in body) pairs."""
    cands: list[Candidate] = []
    credits: list[tuple[int, str, str | None]] = []    # every sentence's attributions, for relay.carry
    sentences: list[tuple[int, str]] = []              # (offset, text), for date_running_totals
    for span, offset in parsed:
        sentences.append((offset, span.text))
        found = sources(span, offset, article.body, article.mentions)
        credits.extend((offset + tok.idx - span[0].idx, by, via) for tok, by, via in found if by)
        cands.extend(sentence_candidates(span, offset, article, trace, found))
    for name, stage in ARTICLE_STAGES:
        new = stage(cands, article)
        if trace is not None:
            trace.step(name, cands, new)
        cands = [c for c in new if not c.dropped]
    for name, stage in FINAL_STAGES:
        new = stage(cands, article.body, sentences, article.published_at)
        if trace is not None:
            trace.step(name, cands, new)
        cands = new
    # attributions of the sentences never parsed (no number): '"...," a police spokesman said.'
    parsed_at = [(o, o + len(t)) for o, t in sentences]
    credits = sorted(credits + unparsed_credits(article.body, parsed_at, article.mentions), key=lambda c: c[0])
    # sources carried over a paragraph or a quotation to figures whose sentence credits nobody
    figures = carry([to_figure(c, article.body) for c in cands], article.body, credits,
                    referents(article.body, article.mentions, article.entities))
    figures = resolve_descriptors(figures, [e.canonical_name for e in article.entities.values()
                                            if e.entity_type == "organization"], article.body)   # "a rights group" -> its name
    figures = _headline_sources(figures, cands)
    figures = link_sources(figures, article.mentions, article.entities)   # reported_by/via -> entity ids
    if trace is not None:
        trace.finish(cands, figures)
    return figures


__all__ = ["ARTICLE_STAGES", "FINAL_STAGES", "SENTENCE_STAGES", "article_figures", "read_sentence", "sentence_candidates"]
