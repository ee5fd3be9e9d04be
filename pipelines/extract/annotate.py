"""Stages that annotate a settled figure: `settle_bound`, `carry_bounds`, `attribute`, `place`, `date`."""
from __future__ import annotations

import re
from bisect import bisect_left

from .attribution import attribute_to
from .relay import colon_source, dash_source, relayed
from .candidate import Candidate, Sentence, change, keep
from .dedupe import is_increment
from .dates import (any_day, background_toll, breakdown, closed_span, filed_day, find_dates, nearest_date, other_time, over_span,
                    part_after, report_day, reported_before, reports_day, running_total, series_day, since_before,
                    standing_count, unresolved_day)
from .vocab import vocab
from .places import place_of
from .who import event_noun


def settle_bound(c: Candidate, s: Sentence) -> Candidate:
    """The bound the number's modifiers gave, except 'the toll rose up to 30' / 'Death toll up to
    30': a running total (exact), not an upper bound. After a verb of level ("police estimated up to
    30,000", "the crowd numbered up to 30,000") it stays an upper bound."""
    n = c.number
    if n.bound == "at_most" and re.match(r"up\s+to\b", s.text[n.mod_start:n.start], re.IGNORECASE):
        words = vocab().figures
        prev = [t for t in s.span if t.idx - s.base < n.mod_start][-6:]
        if any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in words.level_verbs for t in prev):
            return keep(c, "modifier:at_most_after_level_verb", bound=n.bound)
        if any(t.lemma_.lower() in words.count_nouns | words.rise_verbs or event_noun(t) for t in prev):
            return change(c, "running_total_up_to", bound="exact")
    return keep(c, f"modifier:{n.bound}", bound=n.bound)


def carry_bounds(cands: list[Candidate], s: Sentence) -> list[Candidate]:
    """An approximation or a ceiling before the first of coordinated counts covers the list: "around 90
    civilians and 100 security personnel were injured" -> both approx, "up to 300 protesters and 20
    officers" -> both at_most. Only a plain numeral with no modifier of its own takes it, from the count
    right before it, of the same category, in the same coordination. A floor binds its own number only:
    "More than 30 protesters and three policemen were killed" -> the three are exact (GOLD convention:
    "at least" binds only the number it precedes)."""
    out = list(cands)
    prev = None
    for i, c in enumerate(out):
        if not c.active:
            continue
        n = c.number
        if prev is not None and c.bound == "exact" and not n.vague and n.partner < 0 and n.mod_start == n.start \
                and prev.bound in ("approx", "at_most") and prev.number.partner < 0 and prev.category == c.category \
                and _coordinated(prev.node, c.node):
            out[i] = c = change(c, f"bound_carried:{prev.number_text}", bound=prev.bound)
        prev = c
    return out


def share_list_sources(cands: list[Candidate], s: Sentence) -> list[Candidate]:
    """A sub-count right after "including" (function_words list_word_before) is part of the count just
    before it in the sentence, and is told by the same source, even when the parser hung the list on
    another clause's verb ("the governor said the toll was lower than the group's, which recorded 416
    deaths, including 51 children": both the group's)."""
    out = list(cands)
    words = vocab().figures.list_words_before
    prev = None
    for i, c in enumerate(out):
        if not c.active:
            continue
        if prev is not None and prev.reported_by and (c.reported_by, c.reported_via) != (prev.reported_by, prev.reported_via):
            between = s.text[prev.number.end:c.number.start]
            tail = between.rstrip().rsplit(None, 1)
            if len(between) <= _LIST_GAP and tail and tail[-1].lower() in words \
                    and not any(prev.number.end <= tok.idx - s.base < c.number.start for tok, *_ in s.sources):
                out[i] = c = change(c, f"source_of_list:{prev.number_text}", reported_by=prev.reported_by,
                                    reported_via=prev.reported_via)
        prev = c
    return out


_LIST_GAP = 60   # characters between the count and its listed sub-count


def _conj_root(tok):
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _coordinated(a, b) -> bool:
    """Two counted nodes in one coordination of noun phrases ("90 civilians and 100 police"), also when the
    parser made both the verb's subjects (or objects), the conjunction left on the first: "about 60
    demonstrators and 12 police officers were hurt"."""
    if a is None or b is None or a.i >= b.i:
        return False
    if b.dep_ == "conj":
        return _conj_root(a).i == _conj_root(b).i
    return a.dep_ == b.dep_ and a.dep_ in _SHARED_ROLES and a.head.i == b.head.i \
        and any(ch.dep_ == "cc" and a.i < ch.i < b.i for ch in a.children)


_SHARED_ROLES = ("nsubj", "nsubjpass", "dobj")


def attribute(c: Candidate, s: Sentence) -> Candidate:
    """reported_by / reported_via: the attribution whose verb governs the figure, else the nearest,
    refined by the relay cues (relay.relayed: "X told Reuters", "TV reported, citing police")."""
    ents = getattr(s.span, "ents", ())
    persons = tuple(e.text for e in ents if e.label_ == "PERSON")
    orgs = tuple(e.text for e in ents if e.label_ == "ORG")
    doc = getattr(s.span, "doc", None)
    people = tuple(e.text for e in doc.ents if e.label_ == "PERSON") if doc is not None else None
    by, via = relayed(s.text, *attribute_to(list(s.sources), c.node), tuple(f[1] for f in s.sources), persons, orgs,
                      people)
    if by is None and via is None:
        by = colon_source(s.text, c.number.start, persons) \
            or dash_source(s.text, c.number.end, persons)      # "Police: 12 killed in X", "12 killed in X - police"
    if by is None and via is None:
        return c
    return keep(c, f"source:{by}" + (f" via {via}" if via else ""), reported_by=by, reported_via=via)


def place(c: Candidate, s: Sentence, article) -> Candidate:
    loc, local = place_of(article, s, c.key)
    if loc is None:
        return c
    return keep(c, "place_in_sentence" if local else "paragraph_or_setting", location_entity_id=loc,
                local_place=local)


def date(c: Candidate, s: Sentence) -> Candidate:
    dates = [d for d in s.dates if not since_before(s.text, c.number.end, d[0])]
    if dates and any(d[0] > c.number.end for d in dates) and running_total(s.text, c.number.mod_start, c.number.mod_end):
        dates = [d for d in dates if not part_after(s.text, c.number.end, d[0])]
    if dates and _background(c):
        return c                           # "the unrest that has left 18 dead": no one day's count
    if dates and _total_since(c, s, dates):
        return c
    when = nearest_date(dates, c.number.start)
    if when and (_told_before_report(c, s, dates, when) or _report_object(c, s, dates)
                 or _standing_apart(c, s, dates)):
        return c
    return keep(c, f"date:{when.isoformat()}", event_date=when) if when else c


def _told_before_report(c: Candidate, s: Sentence, dates, when) -> bool:
    """"Amnesty said on Tuesday that 21 people had been abducted over five days": the only day is the
    report's, the count is told in the past perfect (before the report) and over a span of days
    (dates.closed_span): no day is the count's (GOLD_SPEC_V2 date: a span gives ""). A count as it
    stands ("have been killed", "had been detained since the march", "so far") keeps the report's day."""
    return all(d == when for _, _, d in dates) and closed_span(s.text) \
        and reported_before(s.text, c.number.start, c.number.end) \
        and not running_total(s.text, c.number.mod_start, c.number.mod_end) \
        and all(reports_day(s.text, a, b) for a, b, d in dates)


_SINCE_AFTER = re.compile(r"[^,;]{0,30}?\bsince\b", re.IGNORECASE)


def _total_since(c: Candidate, s: Sentence, dates) -> bool:
    """"On Thursday, the crackdown left nine dead, increasing the toll to 18 since the protests
    began": a running total counted since a start, in a sentence whose days date no report (the
    day is the increment's event): the total is no day's count (GOLD_SPEC_V2 date: a span gives "").
    Said on a day ("the ministry said on Thursday the toll had risen to 18 since ...") it keeps that day."""
    return _SINCE_AFTER.match(s.text, c.number.end) is not None \
        and running_total(s.text, c.number.mod_start, c.number.mod_end) \
        and not any(reports_day(s.text, a, b) for a, b, _ in dates)


def _report_object(c: Candidate, s: Sentence, dates) -> bool:
    """"The party reported Thursday 26 deaths", "saying on Wednesday that there were 12 confirmed
    deaths": the counted noun is what a report verb gives (its object, or the complement of a "there
    were" it reports) and every day of the sentence hangs from that verb: the day is the report's, and
    the count, not framed as one "so far" (running_total), names no day of its own (GOLD_SPEC_V2 date)."""
    noun = _counted_noun(c)
    if noun is None or running_total(s.text, c.number.mod_start, c.number.mod_end):
        return False
    verbs = vocab().figures.attribution_verbs
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be" and any(t.dep_ == "expl" for t in head.children) \
            and head.dep_ == "ccomp":
        head = head.head                   # "said that there were 12 deaths"
    elif noun.dep_ != "dobj":
        return False
    if verbs.get(head.lemma_) != "source" and verbs.get(head.lower_) != "source":
        return False
    for a, b, _ in dates:
        toks = _tokens_of(s, a, b)
        if not toks or not any(t.head == head or (t.head.dep_ == "prep" and t.head.head == head) for t in toks):
            return False
    return True


def _counted_noun(c: Candidate):
    """The noun the number counts, else its trigger word."""
    return c.counted if c.counted is not None else c.trigger_tok


def _tokens_of(s: Sentence, a: int, b: int) -> list:
    """The tokens of s.text[a:b] (a date expression's span)."""
    return [t for t in s.span if a <= t.idx - s.base < b]


def _clause_verb(tok):
    """The verb of the clause `tok` is in: its first verb ancestor (itself if a verb)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok:
        tok = tok.head
    return tok


def _standing_apart(c: Candidate, s: Sentence, dates) -> bool:
    """"More than 100 protesters are still holed up ... after many surrendered overnight": the count
    is the subject of a clause in the simple present (a count as it stands) and every day of the
    sentence belongs to another clause ("after many surrendered", "where police fired tear gas on
    Thursday"): that day is the other clause's event, not the count's."""
    noun = _counted_noun(c)
    if noun is None or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    tenses = [verb.tag_] + [t.tag_ for t in verb.children if t.dep_ in ("aux", "auxpass")]
    if not any(t in ("VBP", "VBZ") for t in tenses) or any(t.lemma_ == "have" for t in verb.children if t.dep_ == "aux"):
        return False
    for a, b, _ in dates:
        toks = _tokens_of(s, a, b)
        if not toks or any(_clause_verb(t) == verb for t in toks):
            return False
    return True


_BREAK = re.compile(r"\n\s*")
_PIECE = re.compile(r"[^\n.!?]*[A-Za-z][^\n.!?]*[.!?]*")   # a sentence, roughly, of text nobody parsed


def _with_gaps(body: str, sentences: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The parsed sentences (those with a number) and, cut roughly, the sentences between them: a
    briefing's day is often in a sentence with no number ("She briefed reporters on Friday.")."""
    out, end = [], 0
    for offset, text in sorted(sentences):
        out.extend((m.start(), m.group(0)) for m in _PIECE.finditer(body, end, offset) if m.group(0).strip())
        out.append((offset, text))
        end = max(end, offset + len(text))
    out.extend((m.start(), m.group(0)) for m in _PIECE.finditer(body, end) if m.group(0).strip())
    return out


def date_running_totals(cands: list[Candidate], body: str, sentences: list[tuple[int, str]], published) -> list[Candidate]:
    """A running total that names no day ("the toll has risen to 40") takes the day of the sentence of
    reporting that names one next to it ("Briefing the media on Friday, she said ..."; dates.report_day):
    the nearest such sentence among the six before it (the briefing's later paragraphs go on reporting
    it) or the two after it within one paragraph break. A sentence that names another day in between
    ends the search on its side. (Asking the briefing to name the total's own source lost three
    dev dates: "Government has announced" beside the minister's update.)"""
    if not any(c.event_date is None and running_total(c.sentence) for c in cands):   # the cheap test first
        return cands
    sentences = _with_gaps(body, sentences)
    starts = [o for o, _ in sentences]
    index: dict[int, int] = {}             # sentence offset -> its index (the first, as list.index gave)
    for j, o in enumerate(starts):
        index.setdefault(o, j)
    days: dict[int, tuple] = {}            # sentence index -> report_day

    def day_of(j: int) -> tuple:
        if j not in days:
            days[j] = report_day(sentences[j][1], published)
        return days[j]

    def side(i: int, js) -> tuple[int, object] | None:
        for j in js:
            if not 0 <= j < len(sentences):
                return None
            named, when = day_of(j)
            if when is not None:
                return abs(j - i), when
            if named:
                return None
        return None

    out = []
    for c in cands:
        if c.event_date is not None or c.dropped or c.offset not in index \
                or not running_total(c.sentence, c.number.mod_start, c.number.mod_end):
            out.append(c)
            continue
        i = index[c.offset]
        ahead = [j for j in (i + 1, i + 2) if j < len(sentences) and len(_BREAK.findall(body, starts[i], starts[j])) <= 1]
        found = [f for f in (side(i, range(i - 1, i - 7, -1)), side(i, ahead)) if f is not None]
        when = min(found, key=lambda f: f[0])[1] if found else None
        out.append(keep(c, f"date_of_report:{when.isoformat()}", event_date=when) if when else c)
    totals = [c for c in out if c.rule.startswith("date_of_report:")]
    return [_breakdown_day(c, totals, starts, index, body) for c in out] if totals else out


def _breakdown_day(c: Candidate, totals: list[Candidate], starts: list[int], index: dict[int, int],
                   body: str) -> Candidate:
    """A total's breakdown shares its day: a smaller figure of its category naming no day, after it in
    its sentence or in the two sentences after it within one paragraph break, that a breakdown_cue
    marks as part of it ("... has climbed to 2,312." "Of those, 1,493 were treated in the capital, 90
    in the port"; "... risen to 30, including eight in the capital")."""
    if c.event_date is not None or c.dropped or c.offset not in index:
        return c
    i = index[c.offset]
    for t in totals:
        if t.category != c.category or c.value >= t.value:
            continue
        k = index[t.offset]
        if (k == i and c.key > t.key and breakdown(body[t.key:c.key])) \
                or (k < i <= k + 2 and len(_BREAK.findall(body, starts[k], starts[i])) <= 1 and breakdown(c.sentence)):
            return keep(c, f"date_of_total:{t.number_text}", event_date=t.event_date)
    return c


def _background(c: Candidate) -> bool:
    """The figure is the toll of a relative clause on a movement ("the unrest that has left 18 dead")."""
    return background_toll(c.sentence, c.number.mod_start if c.number.mod_start >= 0 else c.number.start)


def carry_paragraph_day(cands: list[Candidate], body: str, sentences: list[tuple[int, str]], published) -> list[Candidate]:
    """A day stated for a paragraph carries to its later figures: "On Friday, police fired tear gas
    in X. Two people were killed and 30 were hurt." -> both Friday. A figure naming no day takes the
    one day of the nearest sentence before it, in its paragraph, that names any day, when that
    sentence names exactly one and that day is no report's ("the ministry said on Friday": giving a
    report's day to counts lost on held-out events), nor the day a dispatch was filed ("Oct. 24
    (Wire) --"). Not into a figure whose own sentence names a day (it has its own, or chose none: "312
    since the protests began, and 54 on Sunday") or counts over a span ("over the past week";
    dates.over_span), nor from a sentence that counts over a span. A day that does not resolve (a
    weekday with no publication date) still ends the search."""
    dated: dict[int, bool] = {}            # sentence offset -> a day-like word before it in its paragraph
    for c in cands:
        if c.event_date is None and not c.dropped and c.offset not in dated:
            dated[c.offset] = any_day(body, _paragraph_start(body, c.offset), c.offset)
    todo = {id(c) for c in cands if c.event_date is None and not c.dropped and dated[c.offset]}
    if not todo:                           # the cheap test first: most paragraphs name no day before a figure
        return cands
    sentences = _with_gaps(body, sentences)
    starts = [o for o, _ in sentences]
    own: dict[int, bool] = {}              # sentence offset -> whether it names a day or a span
    found: dict[int, object] = {}          # sentence offset -> the day it carries (None: none, stop)
    out = []
    for c in cands:
        if id(c) not in todo:
            out.append(c)
            continue
        if c.offset not in own:
            own[c.offset] = any_day(c.sentence, 0, len(c.sentence)) or over_span(c.sentence)
        if own[c.offset] or _background(c):
            out.append(c)
            continue
        if c.offset not in found:
            found[c.offset] = _paragraph_day(body, sentences, starts, c.offset, published)
        when = found[c.offset]
        out.append(keep(c, f"day_of_paragraph:{when.isoformat()}", event_date=when) if when else c)
    return out


_CAPTION = re.compile(r"\([^()\n]{0,80}/[^()\n]{0,80}\)\s*\.?\s*$"                       # "... (Jane Roe/AFP/Getty Images)"
                      r"|\b(?:Photo|Picture|Image|Photograph)s?\s*(?:by\b|:|credit\b)", re.IGNORECASE)   # "Photo by ...", "Photo: ..."


def _caption(body: str, offset: int) -> bool:
    """The paragraph at `offset` is a photo's caption: it ends in a parenthesised credit with a slash
    ("(Jane Roe/AFP)") or carries "Photo by" / "Photo:". A caption's day is the picture's, not the
    story's (annotate.carry_story_day)."""
    end = body.find("\n", offset)
    return _CAPTION.search(body, _paragraph_start(body, offset), len(body) if end < 0 else end) is not None


def _paragraph_start(body: str, offset: int) -> int:
    return body.rfind("\n", 0, offset) + 1


def _paragraph_day(body: str, sentences, starts, offset: int, published):
    """The one day of the nearest sentence before `offset` in its paragraph that names a day."""
    top = _paragraph_start(body, offset)
    for j in range(bisect_left(starts, offset) - 1, -1, -1):
        o, text = sentences[j]
        if o < top:
            return None
        if not any_day(text, 0, len(text)):
            continue
        if report_day(text, published)[1] is not None or over_span(text) or filed_day(text):
            return None
        days = {d for _, _, d in find_dates(text, published)}
        return days.pop() if len(days) == 1 else None
    return None


def carry_story_day(cands: list[Candidate], body: str, sentences: list[tuple[int, str]], published) -> list[Candidate]:
    """The day the article's lead states carries to its figures that name none: "Security forces killed
    12 protesters in X on Tuesday. ... Hospitals treated 40 people." -> the 40 on Tuesday too. The lead:
    the text from the start through the paragraph of the first figure after the headline's line. Its
    story day: the one event day its sentences name (find_dates without filed or stamped days; a
    report's day, "the ministry said on Wednesday", a page's time stamp, "Monday 20 January 2025 00:33
    GMT", and a sentence marking another time are left out);
    a lead naming more than one day, or none, lends none. Past the lead, not into a sentence that states
    a count as it stands ("200 have been arrested", "9,000 soldiers are deployed"; dates.standing_count:
    lending the day to those lost 14 dev dates). Not into a figure whose sentence names a day
    or counts over a span (dates.over_span), nor one whose sentence or paragraph before it marks
    another time ("last year", "in 2019", "earlier this month"; dates.other_time), nor a background
    toll ("the unrest that has left 18 dead"), nor a figure of the headline ("Hundreds defy curfew", "18
    dead and thousands arrested": a headline sums up the story, its counts no one day's)."""
    todo = [c for c in cands if c.event_date is None and not c.dropped]
    if not todo:
        return cands
    head_end = body.find("\n", len(body) - len(body.lstrip()))    # the end of the headline's line
    first = min((c.offset for c in cands if not c.dropped and c.offset > head_end >= 0), default=None)
    if first is None:
        return cands
    lead_end = body.find("\n", first)
    lead_end = len(body) if lead_end < 0 else lead_end
    days = set()
    counted = [c.offset for c in cands if not c.dropped]
    for o, text in _with_gaps(body, sentences):
        if o >= lead_end:
            break
        if not any_day(text, 0, len(text)) or other_time(text) or over_span(text) or _caption(body, o):
            continue
        if unresolved_day(text, published) or series_day(text):
            return cands                   # a day the lead names but nobody can resolve, or the last of a series
        if not (any(o <= p < o + len(text) for p in counted) or _names_unrest(text)):
            continue                       # a sentence with no figure gives a day only when it tells of the unrest
        said = report_day(text, published)[1]
        days |= {d for _, _, d in find_dates(text, published, filed_days=False) if d != said}
    if len(days) != 1:
        return cands
    story = days.pop()
    out = []
    for c in cands:
        if c.event_date is not None or c.dropped or (c.offset >= lead_end and standing_count(c.sentence)) \
                or c.offset < head_end \
                or any_day(c.sentence, 0, len(c.sentence)) \
                or over_span(c.sentence) or _background(c) \
                or other_time(body[_paragraph_start(body, c.offset):c.offset + len(c.sentence)]):
            out.append(c)
            continue
        out.append(keep(c, f"day_of_story:{story.isoformat()}", event_date=story))
    return out


def _names_unrest(text: str) -> bool:
    """A sentence with no figure that tells of the unrest itself: it holds a figure's trigger word
    ("Marchers on Tuesday stormed the assembly"; not "the highways were reopened yesterday")."""
    triggers = vocab().figures.triggers
    return any(w in triggers for w in re.findall(r"[a-z]+", text.lower()))


_PARTITIVE = re.compile(r"\s+of\s+(?:them|those|these)\b", re.I)
_ADJACENT = re.compile(r"\s*\n?\s*")   # the next sentence, in the same paragraph or the next one


def continue_places(cands: list[Candidate], article) -> list[Candidate]:
    """A figure that goes on from the one before it ("Seven were killed in X. At least 52 others were hurt.";
    "another 14", "30 of them") and names no place of its own takes the place the figure before it named
    in its own sentence, when that figure is in the sentence right before (a wire report's one-sentence
    paragraphs included). A national toll stays national: a national cue gives no own-sentence place. A figure
    after a per-place list ("four died in X, two in Y and one in Z. Two of them were children") goes on from the
    list's total, not from its last item: it takes no place from it; nor does one whose sentence names places after
    its number ("while 300 more were held in X and Y")."""
    out: list[Candidate] = []
    prev, prev_place = None, None   # the figure before, and the place its own sentence (or the chain) gave it
    listed: dict[int, set[str]] = {}   # sentence offset -> the places its own figures named
    for c in cands:
        if not c.dropped and c.local_place and c.location_entity_id:
            listed.setdefault(c.offset, set()).add(c.location_entity_id)
    for c in cands:
        if c.dropped:
            out.append(c)
            continue
        own = c.location_entity_id if c.local_place else None
        if own is None and prev_place is not None and prev_place != c.location_entity_id and _continues(c) \
                and (c.offset == prev.offset or len(listed.get(prev.offset, ())) < 2) and not _places_after(c, article) \
                and (c.offset == prev.offset or _ADJACENT.fullmatch(article.body, prev.offset + len(prev.sentence), c.offset)):
            c = keep(c, "continues_previous_place", location_entity_id=prev_place)
            own = prev_place
        e = article.entities.get(own) if own else None
        prev, prev_place = c, (own if e is not None and e.location_kind != "country" else None)
        out.append(c)
    return out


def _places_after(c: Candidate, article) -> bool:
    """The figure's sentence names places after its number ("while 300 more were held in X and Y"): they are its
    own, even when no one of them places it."""
    places = article.places
    lo = bisect_left(places.starts, c.offset + c.number.end)
    return lo < len(places.starts) and places.starts[lo] < c.offset + len(c.sentence)


def _continues(c: Candidate) -> bool:
    """The count refers back to the figure before it: "others", "another 14", "14 more", "30 of them"."""
    end = c.number.end
    return (c.who or "").lower().startswith("other") or is_increment(c) or bool(_PARTITIVE.match(c.sentence, end))
