"""Article stages: `settle_running_totals`, then one figure per fact (`fold_headline`,
`drop_repeats`). A headline (or subhead) figure repeated in the body is dropped in favour of
the body's statement; a body figure repeated later is dropped when the group is the same (or the
number is anaphoric: "of the 700 arrested"), unless the two name different places or dates."""
from __future__ import annotations

import re
from bisect import bisect_left

from .candidate import Candidate, change, drop
from .dates import over_span, report_day
from .organizations import initials
from .placing import national_cue
from .vocab import vocab, word_list

def headline_end(body: str) -> int:
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


def _who_compatible(a: str, b: str) -> bool:
    return not a or not b or a == b or a in b or b in a or (_generic(a) and _generic(b))


def _generic(who: str) -> bool:
    """`who` is a generic people noun (seeds/people_nouns.csv kind generic: people, persons...)."""
    return vocab().figures.people_nouns.get(who.lower()) == "generic"


def _no_group(f: Candidate) -> bool:
    """The figure names no group of its own: no noun, or only a generic people noun."""
    return not f.who or _generic(f.who)


def settle_running_totals(cands: list[Candidate], article) -> list[Candidate]:
    """A running total with no trigger in its sentence ("That took the tally to 310") takes
    the category of the figure stated just before it, within the same passage; a partitive
    sub-count ("Three of them were children.") that of the nearest larger figure before it."""
    figures = [c for c in cands if not c.pending]
    pending = [c for c in cands if c.pending]
    if not pending:
        return cands
    ordered = sorted(figures, key=lambda f: f.char_start)
    starts = [f.char_start for f in ordered]
    out = list(figures)
    for p in pending:
        i = bisect_left(starts, p.char_start) - 1
        near = [ordered[j] for j in range(i, max(i - 3, -1), -1) if p.char_start - ordered[j].char_end < _PASSAGE]
        # a total that rose to N counts the same thing as a smaller figure before it, not a larger one
        if p.relay is None:                # a partitive sub-count ("three of them were children") belongs to a larger one
            # over the whole passage: a list of smaller sub-counts ("five in A, two in B, one in C") may
            # stand between the total and the partitive
            passage = (ordered[j] for j in range(i, -1, -1) if p.char_start - ordered[j].char_end < _PASSAGE)
            prev = next((f for f in passage if f.value > p.value), None)
        else:
            prev = next((f for f in near if f.value < p.value), near[0] if near else None)
        if prev is None:
            out.append(drop(p, "no_figure_before"))
        else:
            out.append(change(p, f"category_of_figure_before:{prev.number_text}", pending=False,
                              category=prev.category, trigger=prev.trigger))
    return sorted(out, key=lambda f: f.char_start)


_PASSAGE = 400   # characters: "the previous sentence", not the previous section


def fold_headline(cands: list[Candidate], article) -> list[Candidate]:
    """A headline figure repeated in the body (same category and value, compatible group) is
    dropped in favour of the body's statement; so is every later copy of the headline's sentence.
    A body statement naming no group takes the group the headline named, and one whose sentence names
    no place the headline's one place (`_lends_place`)."""
    heads = {f.sentence for f in cands if f.char_start < article.headline_end}

    def in_headline(f: Candidate) -> bool:
        # a copy of the headline further down (the headline-and-lead block repeated) is the headline too
        return f.char_start < article.headline_end or f.sentence in heads

    body_figs: dict[tuple, list[Candidate]] = {}
    for f in cands:
        if not in_headline(f):
            body_figs.setdefault((f.category, f.value), []).append(f)
    lent: dict[int, Candidate] = {}        # id of a body figure -> it, with what the headline's telling lends it
    placed, grouped = set(), set()
    out = []
    for f in cands:
        told = [b for b in body_figs.get((f.category, f.value), ()) if _who_compatible(b.who, f.who)]
        if not (in_headline(f) and told):
            out.append(f)
            continue
        out.append(drop(f, "headline_repeated_in_body"))
        b = told[0]
        new = lent.get(id(b), b)
        if id(b) not in placed and _lends_place(f, b, article):
            # the body's telling stays one its own sentence did not place: a later telling that names a place
            # of its own is still its repeat (drop_repeats)
            new = change(new, "place_of_headline", location_entity_id=f.location_entity_id)
            placed.add(id(b))
        if _names_group(f) and not b.who and id(b) not in grouped:
            # "26 people killed in X" (headline) ... "26 deaths in X": the group stays
            new = change(new, f"who_of_headline:{f.number_text}", who=f.who)
            grouped.add(id(b))
        if (f.reported_by or f.reported_via) and not any(t.reported_by or t.reported_via for t in told) \
                and not (new.reported_by or new.reported_via):
            # "X clashes kill 12, health ministry says" ... "At least 12 people were killed": the fact's source,
            # unless a body telling names one (drop_repeats gives the fact that one)
            # and no source carried over its paragraph or quotation (stages.article_figures gives it after carry)
            new = change(new, f"source_of_headline:{f.number_text}", headline_source=(f.reported_by, f.reported_via))
        lent[id(b)] = new
    return [lent.get(id(f), f) for f in out]


def _lends_place(head: Candidate, body: Candidate, article) -> bool:
    """"Clashes in X leave 5 dead" ... "At least 5 people were killed, a medic said.": the body's telling names no
    place of its own sentence, and the headline's names one sub-national place, so the fact's place is the
    headline's (not when the headline names two: "X, Y unrest: toll rises to 117" is both's, nor one that is no
    place of its number: "212 dead: X counts the cost"; nor when the body's
    sentence makes it national: "5 were killed across the country")."""
    if not head.local_place or body.local_place or head.location_entity_id == body.location_entity_id:
        return False
    e = article.entities.get(head.location_entity_id)
    if e is None or e.location_kind == "country" or national_cue(body.sentence):
        return False
    ms = article.places.mentions if article.places is not None else ()
    named = [m for m in ms if head.offset <= m.char_start < head.offset + len(head.sentence)
             and (x := article.entities.get(m.entity_id)) is not None and x.location_kind != "country"]
    if {m.entity_id for m in named} != {head.location_entity_id}:
        return False
    # the place is tied to the number: named before it ("X riot leaves 12 hurt"), or "in/at X" after it, not a
    # subject after it ("212 dead: X and Y count the cost")
    return any(m.char_end <= head.key or _LOCATIVE.search(article.body, head.key, m.char_start) for m in named)


_LOCATIVE = re.compile(r"\b(?:in|at|near|around)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$", re.I)


def drop_repeats(cands: list[Candidate], article) -> list[Candidate]:
    """A body figure repeated in a later sentence with the same group is dropped unless the two
    name different places or dates, or are the two ends of a bound."""
    out: list[Candidate] = []
    seen: dict[tuple, list[Candidate]] = {}
    for f in cands:
        if f.char_start >= article.headline_end:
            prev = seen.get((f.category, f.value), [])
            same = [p for p in prev if p.sentence != f.sentence and not _different_places(p, f, article)
                    and {p.bound, f.bound} != {"at_least", "at_most"}
                    and not (p.event_date and f.event_date and p.event_date != f.event_date)]
            if same and is_increment(f):
                same = []                  # "another 7", "7 more": a second group, not the first restated
            rep = next((p for p in same if _same_group(p, f) or _anaphoric(f) or _bare_restatement(p, f)), None)
            if rep is not None:
                # the first telling keeps the source the repeat names ("N died. ... N died, the ministry said"),
                # and the day it names, unless that day only dates the report
                k = next(j for j, o in enumerate(out) if o is rep)
                out[k] = _merge_telling(rep, f, article)
                seen[(f.category, f.value)] = [out[k] if p is rep else p for p in prev]
                out.append(drop(f, "repeats_earlier_sentence"))
                continue
            toll = next((p for p in same if _restates(p, f)), None)
            if toll is not None:
                k = next(j for j, o in enumerate(out) if o is toll)
                if _names_group(f) and not _names_group(toll):
                    # "the toll has risen to 39" ... "39 people have died": the figure naming the group stays
                    out[k] = drop(toll, "restated_later_with_its_group")
                    seen[(f.category, f.value)] = [p for p in prev if p is not toll]
                    f = _merge_telling(f, toll, article)
                else:
                    out[k] = _merge_telling(toll, f, article)
                    seen[(f.category, f.value)] = [out[k] if p is toll else p for p in prev]
                    out.append(drop(f, "restates_earlier_figure"))
                    continue
        seen.setdefault((f.category, f.value), []).append(f)
        out.append(f)
    return out


def _with_date(kept: Candidate, day, number_text: str) -> Candidate:
    """One fact stated twice, only one telling naming its day ("6 killed" ... "the 6 killed on
    Friday"): the kept statement takes that day. (Two tellings naming different days are two figures:
    drop_repeats keeps both.)"""
    if kept.event_date is not None or day is None or over_span(kept.sentence):
        return kept                        # "600 arrested since the protests began" is no one day's count
    return change(kept, f"date_of_restatement:{number_text}", event_date=day)


def _report_day_only(f: Candidate, article) -> bool:
    """The figure's day is the day its sentence's report names ("officials said on Sunday that 16
    had been killed"), not the day of the count's events: it is not lent to another telling."""
    return report_day(f.sentence, article.published_at)[1] == f.event_date


def _merge_telling(kept: Candidate, other: Candidate, article) -> Candidate:
    """One fact stated twice: the kept statement takes the other's source when it names none, and
    the other's relay ("..., TASS reported") when it names the same source (or none) and no relay;
    both when its own source is a vague one ("authorities") or the other's relay, and the other names a body
    and a relay;
    the other's source when it names only a relay the other shares (or the other has none);
    and its day when it names none (`_with_date`); and the sub-national place the other's own sentence names when
    its own is only the country or none ("18 were missing" ... "18 were missing after the attack in X": X)."""
    kept = _with_place(kept, other, article)
    if kept.event_date is None and other.event_date is not None and not _report_day_only(other, article):
        kept = _with_date(kept, other.event_date, other.number_text)
    if not (kept.reported_by or kept.reported_via) and (other.reported_by or other.reported_via):
        return change(kept, f"source_of_restatement:{other.number_text}", reported_by=other.reported_by,
                      reported_via=other.reported_via)
    if other.reported_via and not kept.reported_via and kept.reported_by \
            and _same_source(kept.reported_by, other.reported_by):
        return change(kept, f"relay_of_restatement:{other.number_text}", reported_via=other.reported_via)
    if other.reported_via and other.reported_by and not kept.reported_via \
            and (_vague_source(kept.reported_by) and not _vague_source(other.reported_by)
                 or _same_source(other.reported_via, kept.reported_by)):
        # "164 died, authorities say" ... "the Health Ministry told Khabar-24 that 164 died": the telling that
        # names the body and its relay gives the fact's provenance; so does "12 died, Radio X reported" ...
        # "Radio X, citing police, said 12 died": the first one's source was the relay
        return change(kept, f"source_of_restatement:{other.number_text}", reported_by=other.reported_by,
                      reported_via=other.reported_via)
    if kept.reported_via and not kept.reported_by and other.reported_by \
            and (not other.reported_via or _same_source(kept.reported_via, other.reported_via)):
        # "12 died, Radio X reported" ... "police said 12 died": the relay keeps, the source is the other's
        return change(kept, f"source_of_restatement:{other.number_text}", reported_by=other.reported_by)
    return kept


def _vague_source(source: str | None) -> bool:
    """A source phrase naming no particular body ("authorities", "officials"; entity_words vague_source)."""
    if not source:
        return False
    low = source.lower()
    low = low[4:] if low.startswith("the ") else low
    return low in word_list("vague_source")


def _same_source(a: str, b: str | None) -> bool:
    return bool(b) and (a.lower() in b.lower() or b.lower() in a.lower())


def _sources_agree(a: str | None, b: str | None) -> bool:
    """The two tellings are not credited to two different sources: one names none, or both name the
    same one, in full or as its initials ("Human Rights Watch" / "HRW")."""
    if not a or not b or _same_source(a, b):
        return True
    return initials(a) == b.lower() or initials(b) == a.lower()


def _names_group(f: Candidate) -> bool:
    """The figure names a group of its own: a `who` that is neither empty nor its trigger word."""
    return bool(f.who) and f.who.lower() != f.trigger.lower()


def _restates(a: Candidate, b: Candidate) -> bool:
    """The same fact in other words: one of the two is a toll naming no group ("the toll of 164",
    "the toll has risen to 39"), neither names a group of its own ("more than 50 injured" ... "over
    50 people sustained injuries"; not for one, "one killed in X" ... "one death" may be two, nor
    for a vague word's conventional value, "several" ... "three", nor when two sources give it), or
    one counts its trigger noun ("749 detainees") and the other generic people ("749 people have
    been arrested")."""
    nouns = vocab().figures.count_nouns
    if any(not f.who and f.trigger.lower() in nouns for f in (a, b)):
        return True
    if a.value > 1 and _no_group(a) and _no_group(b) and not (a.number.vague or b.number.vague) \
            and _sources_agree(a.reported_by, b.reported_by):
        return True                        # "at least 11 people were killed" ... "11 fatalities"
    return any(x.who and x.who.lower() == x.trigger.lower() and _generic(y.who) for x, y in ((a, b), (b, a)))


def _same_group(a: Candidate, b: Candidate) -> bool:
    """Same counted group: equal `who` (or one ending with the other); with no noun at all, the same trigger word as well
    ("40 dead" ... "nearly 40 dead", but not "one [killed] in X" ... "one death")."""
    if a.who != b.who:
        if a.who and b.who and (a.who.endswith(" " + b.who) or b.who.endswith(" " + a.who)):
            return True                    # "18 police officers" ... "18 officers": the same noun, one modifier less
        return _generic(a.who) and _generic(b.who)     # "471 persons" ... "471 people"
    return bool(a.who) or a.trigger.lower() == b.trigger.lower()


def _bare_restatement(earlier: Candidate, later: Candidate) -> bool:
    """A later bare number with the earlier figure's own trigger word ("police detained 230 people"
    ... "in all: nine dead, 230 detained"): it names no group, so it can only restate that figure."""
    return not later.who and bool(earlier.who) and later.trigger.lower() == earlier.trigger.lower()


_WORD = re.compile(r"[A-Za-z]+")


def is_increment(f: Candidate) -> bool:
    """'Another 7 died', 'a further 7', '7 more people', 'police also arrested 7': a word of
    seeds/entity_words.csv (increment_word) among the three words before the number or the word
    right after it counts a group of its own, whatever figure before it has the same value."""
    n, text = f.number, f.sentence
    start = n.mod_start if n.mod_start >= 0 else n.start
    end = n.mod_end if n.mod_end >= 0 else n.end
    near = _WORD.findall(text[max(0, start - 40):start])[-3:] + _WORD.findall(text[end:end + 20])[:1]
    return not word_list("increment_word").isdisjoint(w.lower() for w in near)


def _anaphoric(f: Candidate) -> bool:
    """'Of the 3,200 people arrested', 'aside the 11 confirmed dead': a definite article before the
    number points back to a figure already stated."""
    before = f.sentence[:f.sentence.find(f.number_text)] if f.number_text in f.sentence else ""
    return bool(re.search(r"\b(?:the|those|these)\s+$", before, re.IGNORECASE))


def _with_place(kept: Candidate, other: Candidate, article) -> Candidate:
    """The kept telling takes the other's own-sentence place when that one is sub-national and its own is not, unless
    its own sentence makes it national ("39 have died countrywide")."""
    eo = article.entities.get(other.location_entity_id) if other.local_place else None
    if eo is None or national_cue(kept.sentence) or eo.location_kind == "country" \
            or kept.location_entity_id == other.location_entity_id:
        return kept
    ek = article.entities.get(kept.location_entity_id)
    if ek is not None and (ek.location_kind != "country" or ek.country_code != eo.country_code):
        return kept
    return change(kept, f"place_of_restatement:{other.number_text}", location_entity_id=other.location_entity_id,
                  local_place=True)


def _different_places(a: Candidate, b: Candidate, article) -> bool:
    """Both figures are placed by a location named in their own sentence, and the places differ."""
    if not a.local_place or not b.local_place:
        return False
    ea, eb = article.entities.get(a.location_entity_id), article.entities.get(b.location_entity_id)
    if not ea or not eb or "country" in (ea.location_kind, eb.location_kind):
        return False                       # a country and a city in it are not different places
    return a.location_entity_id != b.location_entity_id
