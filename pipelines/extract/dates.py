"""Event dates of figures: the date expression of the sentence nearest to the number, resolved
against the article's publication date.

  "on Thursday"            -> the most recent Thursday on or before publication
  "on Tuesday and Wednesday", "March 12 and 13" -> no date: two days named together are a span
                              (GOLD_SPEC_V2: a span of days gives ""); among several days named apart,
                              the nearest to the number wins
  "yesterday", "last night", "overnight" -> the day before publication (the night the events began);
                              with another day in the sentence ("on Friday said ... overnight",
                              "on Friday after a night of riots"), the day before that one
  "the night from Sunday to Monday" -> Sunday
  "last Friday"            -> the same, save in a Friday's paper: the Friday a week before
  "on the 5th"             -> the 5th of the publication's month, or of the month before when later
  "today", "this morning"  -> the publication day
  "July 1", "1 July", "October 20, 2020", "20 Oct 2020" -> that day; without a year, the latest
                              such day on or before publication
Without a publication date only explicit dates that carry a year resolve; otherwise None.
"so far" / "as of" with a day ("as of Tuesday") resolve through that day; with none, no date: dating
such counts to publication was tried and lost (the day a count was given is often not publication's).
A dateline's date ("LA PAZ, Aug 9 (Wire) -") is the day the report was filed: it dates the first
sentence's figures only when that sentence names no day of its own ("... killed on Wednesday"). (Never
dating by the dateline was tried: it lost 0.02 of date accuracy on held-out events.)
Dates that open or close a period ("since March 7", "since the October 25 coup", "until Friday") are
not event dates.
  "the previous day", "a day earlier" (seeds/entity_words.csv previous_day) -> the day before the
                              sentence's other named day (that one dates the report), else before publication
(Dropping the report's day, "X said on Thursday", from sentences that count over a span, "last week",
"over five days", was tried: it lost 0.05 of date accuracy on held-out events.)
A running total that names no day ("the toll has risen to 40", "bringing the number to 862", "to date";
seeds/entity_words.csv running_total) is a count as of the day it was given: the day of the briefing
or statement next to it ("Briefing reporters on Friday, the minister said ...": a day close to a
report_day_cue word), the nearest such sentence among the six before it or the two after it within one
paragraph break, unless a sentence naming another day comes first (report_day, annotate.date_running_totals).
Increments beside the total ("six more deaths, bringing the number to 32") are not dated so.
A running total's day does not come from a later clause giving a part of it ("the toll has risen to
300, with 94 killed on Sunday": Sunday is the 94's; part_after).
A toll in a relative clause ("the unrest that has left 18 dead"; background_toll) is no day's count.
A figure still naming no day takes the one day of the nearest sentence before it in its paragraph
that names a day ("On Friday, police fired tear gas. Two were killed."), unless that day is a report's
or a dispatch's (filed_day) or either sentence counts over a span (over_span; annotate.carry_paragraph_day).
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from .vocab import phrase_pattern, phrase_re, vocab, word_list
from ..ingest.textdates import is_stamp_line

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                            "august", "september", "october", "november", "december"))}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MON = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
MONTH_RE = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"


@lru_cache(maxsize=None)
def _date_re() -> re.Pattern:
    relative = vocab().figures.relative_days    # seeds/relative_days.csv
    return re.compile(
        rf"\b(?:(?P<wd>{'|'.join(_WEEKDAYS)})"
        rf"|(?P<rel>{'|'.join(map(re.escape, relative))})"
        rf"|(?P<md>{_MON}\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<md_y>\d{{4}}))?)"
        rf"|(?P<dm>(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+(?P<dm_y>\d{{4}}))?)"
        rf"|(?<=\bon the )(?P<nth>(?P<nth_d>\d{{1,2}})(?:st|nd|rd|th)(?=\s*(?:[,.;)]|$)|\s+(?:and|when|that|as|after|before|at|in)\b)))\b",
        re.IGNORECASE)


_LAST_BEFORE = re.compile(r"\blast\s+$", re.IGNORECASE)


_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|scheduled|expected\s+to)\b[^,;.!?\n]{0,40}$", re.IGNORECASE)


def _future(m: re.Match) -> bool:
    """A day in a clause of the future ("metro stations will remain closed on 29 April", "a vote
    scheduled Wednesday"): a plan's day, no counted event's."""
    return _FUTURE_BEFORE.search(m.string, max(0, m.start() - 60), m.start()) is not None


@lru_cache(maxsize=None)
def _timetable_re() -> re.Pattern:
    return re.compile(r"\s+(?:" + phrase_pattern(word_list("timetable_noun")) + r")\b", re.IGNORECASE)


def _not_a_day(m: re.Match) -> bool:
    """A date expression that names no day of an event: a quoted "today", a day in the future, or
    "overnight" naming a kind of thing ("overnight curfews"; seeds/entity_words.csv timetable_noun)."""
    return _quoted_relative(m) or _future(m) \
        or (m.group(0).lower() == "overnight" and _timetable_re().match(m.string, m.end()) is not None)


def _quoted_relative(m: re.Match) -> bool:
    """A day relative to its speaker ("today", "yesterday") inside a direct quotation ("“We have
    confirmed 12 dead today,” an official told the agency"): the speaker's day, not the paper's; the
    quote was often given the day before publication. It names no day the publication date resolves."""
    if not m.group("rel"):
        return False
    text = m.string
    line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def _resolve(m: re.Match, pub: date | None) -> date | None:
    try:
        return _resolve_at(m, pub)
    except OverflowError:   # a day before 0001-01-01 or after 9999-12-31: no date
        return None


def _resolve_at(m: re.Match, pub: date | None) -> date | None:
    if m.group("wd"):
        if pub is None:
            return None
        back = (pub.weekday() - _WEEKDAYS.index(m.group("wd").lower())) % 7
        if back == 0 and _LAST_BEFORE.search(m.string, max(0, m.start() - 6), m.start()):
            back = 7                       # "last Friday" in a Friday's paper: the week before
        return pub - timedelta(days=back)
    if m.group("nth"):
        if pub is None:
            return None
        try:
            d = pub.replace(day=int(m.group("nth_d")))
            return d if d <= pub else (pub.replace(day=1) - timedelta(days=1)).replace(day=int(m.group("nth_d")))
        except ValueError:                 # "the 31st" of a shorter month
            return None
    if m.group("rel"):
        return pub + timedelta(days=vocab().figures.relative_days[m.group("rel").lower()]) if pub else None
    if m.group("md"):
        mon, day, year = m.group(0).split()[0], m.group("md_d"), m.group("md_y")
    else:
        mon, day, year = re.search(_MON, m.group(0), re.IGNORECASE).group(0), m.group("dm_d"), m.group("dm_y")
    try:
        month = _MONTHS[mon.lower().rstrip(".")]
        if year:
            return date(int(year), month, int(day))
        if pub is None:
            return None
        d = date(pub.year, month, int(day))
        return d if d <= pub else date(pub.year - 1, month, int(day))
    except (KeyError, ValueError):
        return None


def find_dates(text: str, published: datetime | date | None, filed_days: bool = True) -> list[tuple[int, int, date]]:
    """(start, end, date) for each resolvable date expression in text. filed_days=False leaves out the
    days a report was filed or stamped ("LA PAZ, Aug 9 (Wire) -", "Outlet, Friday 29 Nov 2024 - 12:42"), even
    when the text names no other day: they are no event's day."""
    pub = published.date() if isinstance(published, datetime) else published
    out, filed = [], []
    found = list(_date_re().finditer(text))
    stamps = {m.start() for m in found if not filed_days and (m.group("md") or m.group("dm"))
              and _STAMP_AFTER.match(text, m.end())}
    pair = _pairs(text, found)
    for m in found:
        if m.start() in pair or _not_a_day(m):
            continue                       # "on Tuesday and Wednesday", "March 12 and 13": two days, no one day
        if m.start() in stamps or stamps and m.group("wd") and _NEXT.match(text, m.end()).end() in stamps:
            continue                       # "(Monday) 29 Nov 2024 - 12:42": the time the page was stamped
        if not filed_days and is_stamp_line(_line_of(text, m.start())):
            continue                       # "Published 6 January 2022" on a line of its own: the page's day
        if _PERIOD_BEFORE.search(text, max(0, m.start() - 80), m.start()) \
                or _movement_start_re().search(text, max(0, m.start() - 60), m.start()):
            continue                       # "since March 7", "protests that began on Tuesday": a period's start
        d = _resolve(m, pub)
        if d is None:
            continue
        if _DATELINE_BEFORE.match(text[:m.start()]) and _DATELINE_AFTER.match(text, m.end()):
            filed.append((m.start(), m.end(), d))   # "LA PAZ, Aug 9 (Wire) -": the day the report was filed
        else:
            out.append((m.start(), m.end(), d))
    out = out or (filed if filed_days else [])
    out = _previous_day(text, out, pub)
    return _nights(text, out, pub)


def _line_of(text: str, pos: int) -> str:
    """The line of `text` that holds position `pos`."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:len(text) if end < 0 else end]


# a date that bounds a period, not the day of an event: "since March 7", "since the October 25 coup",
# "between April 28 and May 5" (both ends), "since protests broke out on December 7"
_PERIOD_BEFORE = re.compile(r"(?:\b(?:since|from|until|till|before|between)\s+(?:the\s+)?(?:last\s+)?"
                            r"|\bbetween\s+[^,.;]{1,30}?\s+and\s+(?:the\s+)?"
                            r"|\bsince\s+[^,.;]{1,40}?\s+(?:on|in)\s+(?:the\s+)?)$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _movement_start_re() -> re.Pattern:
    """"(protests) that began on Tuesday", "which erupted last week", "the riots unleashed last Tuesday"
    (a movement noun, seeds movement_noun, and a participle, movement_start_participle): a clause dating a movement's start,
    so the movement's toll spans from it (seeds/entity_words.csv movement_start)."""
    return re.compile(r"(?:\b(?:that|which)\s+(?:have\s+|had\s+)?(?:" + phrase_pattern(word_list("movement_start"))
                      + r")|\b(?:" + phrase_pattern(word_list("movement_noun")) + r")\s+(?:"
                      + phrase_pattern(word_list("movement_start_participle")) + r"))"
                      + r"\s+(?:on\s+|in\s+)?(?:the\s+)?(?:last\s+)?$", re.IGNORECASE)


_NEXT = re.compile(r",?\s*")
_AND_DAY = re.compile(r"(?:\s+(?:night\s+)?(?:and|or|to|through|-|–)\s+|\s*[-–]\s*(?=\d))(?:on\s+)?(?:the\s+)?(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\b)?")
_DAY_AND = re.compile(r"(?:^|\bon\s+|\bfrom\s+|,\s*)(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:and|to|through)\s+|\s*[-–]\s*)(?:the\s+)?$",
                      re.IGNORECASE)   # "on 12 and", "12-": the first of two days before one month ("12 and 13 March")


def _pairs(text: str, found: list[re.Match]) -> set[int]:
    """Starts of the day expressions that name two days together ("on Tuesday and Wednesday", "March 12
    and 13", "12 and 13 March"): a span of days, which pins no one day (GOLD_SPEC_V2 date)."""
    out = set()
    for a, b in zip(found, found[1:]):
        j = _AND_DAY.match(text, a.end())
        if j and not j.group("d") and j.end() == b.start() and (a.group("wd") and b.group("wd") or not a.group("rel") and not b.group("rel")):
            out |= {a.start(), b.start()}
    for m in found:
        j = _AND_DAY.match(text, m.end())
        if j and j.group("d") and m.group("md") and not m.group("md_y") \
                and int(m.group("md_d")) < int(j.group("d")) <= 31 \
                and (not re.match(r"\s+[a-z]", text[j.end():]) or text[m.end():j.start("d")].strip() in ("-", "–")):
            out.add(m.start())             # "March 12 and 13"
        if m.group("dm"):
            k = _DAY_AND.search(text, max(0, m.start() - 20), m.start())
            if k and int(k.group("d")) < int(m.group("dm_d")):
                out.add(m.start())         # "12 and 13 March", "on 12-13 March"
    return out


_STAMP_AFTER = re.compile(r"\s*[-—–|,]?\s*\d{1,2}:\d{2}\b")                             # " - 12:42"
_DATELINE_BEFORE = re.compile(r"\s*[A-Z][A-Z.'’\- ]+(?:,\s*[A-Z][\w.'’\- ]+)?,\s*$")   # "CITY, " / "CITY, Country, "
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]*\))?\s*[-—–:]")                                 # " (Agency) -"


def unresolved_day(text: str, published: datetime | date | None) -> bool:
    """A day expression in text that does not resolve ("on Friday" with no publication date)."""
    pub = published.date() if isinstance(published, datetime) else published
    return any(_resolve(m, pub) is None for m in _date_re().finditer(text) if not _not_a_day(m))


def any_day(text: str, start: int, end: int) -> bool:
    """A date expression (resolvable or not) somewhere in text[start:end]."""
    return start < end and any(not _not_a_day(m) for m in _date_re().finditer(text, start, end))


def filed_day(text: str) -> bool:
    """The text has a dispatch's filing date: a date right before "(Agency) -" ("Oct. 24 (Wire) --",
    "LA PAZ, Aug 9 (Wire) -")."""
    return any(_DATELINE_AFTER.match(text, m.end()) and (m.group("md") or m.group("dm"))
               for m in _date_re().finditer(text))


@lru_cache(maxsize=None)
def _previous_re() -> re.Pattern:
    return phrase_re(word_list("previous_day"), tail=r"(?!\s+(?:(?:the|a|an|his|her|its|their)\b|(?-i:[A-Z0-9])))")


def _previous_day(text: str, found: list[tuple[int, int, date]], pub: date | None) -> list[tuple[int, int, date]]:
    """"the previous day": the day before the sentence's first named day (which then only dates the
    report: every date of the sentence becomes the previous day, as with "overnight"), else the day
    before publication."""
    m = _previous_re().search(text)
    if m is None:
        return found
    ref = found[0][2] if found else pub
    if ref is None:
        return found
    day = ref - timedelta(days=1)
    return sorted([(st, e, day) for st, e, _ in found] + [(m.start(), m.end(), day)])


_NIGHT_SPAN = re.compile(rf"\bnight\s+(?:from|of)\s+(?P<wd>{'|'.join(_WEEKDAYS)})\s+(?:to|into)\s+(?:{'|'.join(_WEEKDAYS)})\b", re.I)
_NIGHT_BEFORE = re.compile(r"\bovernight\b|\bafter\s+(?:a|an|the)\s+(?:\w+\s+)?night\b", re.I)


def _nights(text: str, found: list[tuple[int, int, date]], pub: date | None) -> list[tuple[int, int, date]]:
    """A night before a named day: every date of the sentence is that night's day."""
    span = _NIGHT_SPAN.search(text)
    if span and pub is not None:
        night = pub - timedelta(days=(pub.weekday() - _WEEKDAYS.index(span.group("wd").lower())) % 7)
        return [(s, e, night) for s, e, _ in found] or [(span.start(), span.end(), night)]
    days = [d for d in found if text[d[0]:d[1]].lower() != "overnight"]
    if _NIGHT_BEFORE.search(text) and days:
        night = days[0][2] - timedelta(days=1)
        return [(s, e, night) for s, e, _ in found]
    return found


@lru_cache(maxsize=None)
def _cue_re(name: str) -> re.Pattern:
    return phrase_re(word_list(name))     # "bringing * to": up to five words between


def running_total(text: str, start: int = 0, end: int | None = None) -> bool:
    """The number at text[start:end] is stated as a running total: a running_total phrase within a
    clause's reach of it ("has risen to 40", "26 deaths cumulatively"), and it is no increment
    ("six more deaths", "additional arrests totalled 214"; seeds/entity_words.csv increment).
    Without a number (end None): whether the sentence has a running_total phrase at all."""
    if end is None:
        return _cue_re("running_total").search(text) is not None
    if not any(start - _REACH < m.end() <= start and _one_clause(text, m.end(), start)
               or end <= m.start() < end + _REACH_AFTER and _one_clause(text, end, m.start())
               for m in _cue_re("running_total").finditer(text)):
        return False
    inc = _cue_re("increment")
    gap = text.find(" ", end + 1)          # the word right after the number, or the one after that
    after = inc.match(text, end + 1) or (gap > 0 and inc.match(text, gap + 1))
    return not (after or inc.search(text[max(0, start - 30):start]))


def _one_clause(text: str, a: int, b: int) -> bool:
    """No comma or semicolon between a and b ("26 deaths cumulatively, however six ..." is another
    clause), save the one closing a fronted phrase ("To date, police counted 26")."""
    gap = text[a:b]
    if gap.startswith(","):
        gap = gap[1:]
    return "," not in gap and ";" not in gap


_REACH = 60          # characters from a running-total phrase to its number ("has risen to 40")
_REACH_AFTER = 40    # ... and from the number to a phrase after it ("40 deaths so far")


@lru_cache(maxsize=None)
def _other_time_re() -> re.Pattern:
    return re.compile(r"\b(?:" + phrase_pattern(word_list("other_time")) + r")\b"
                      r"(?!\s+(?:in\s+the\s+day|today|on\b|this\s+(?:morning|afternoon|evening)))"   # "earlier in the day"
                      r"|\b(?:in|of|since|during)\s+(?:(?:early|late|mid)[- ])?(?:" + MONTH_RE
                      + r"\s+)?(?:19|20)\d\d\b(?!\s*(?:-|—|–|:))", re.IGNORECASE)


def other_time(text: str) -> bool:
    """The text marks a time other than the story's day: another year or month, an earlier spell
    ("last year", "in 2019", "earlier this month", "previous", "a week ago"; seeds/entity_words.csv
    other_time): the story's day is not lent to its figures (annotate.carry_story_day)."""
    return _other_time_re().search(text) is not None


def standing_count(text: str) -> bool:
    """The text states a count as it stands, in the present or present perfect ("200 have been
    arrested", "9,000 soldiers are deployed"; seeds/entity_words.csv standing_count), not as the event
    of a day."""
    return _cue_re("standing_count").search(text) is not None


def over_span(text: str) -> bool:
    """The text counts over a span of days ("since the protests began", "over the past week",
    "during three days of clashes"; seeds/entity_words.csv span_cue): no single day."""
    return _cue_re("span_cue").search(text) is not None


def series_day(text: str) -> bool:
    """The text names a day as the latest of a series ("after a third night of riots", "on the fifth
    consecutive day of protests"; seeds/entity_words.csv series_cue)."""
    return _cue_re("series_cue").search(text) is not None


def closed_span(text: str) -> bool:
    """over_span, save a count "since" a start ("since the march began"): that one runs up to the report,
    a count as it stands on the report's day."""
    return any(not m.group(0).lower().startswith("since") for m in _cue_re("span_cue").finditer(text))


def breakdown(text: str) -> bool:
    """The text splits a total into parts ("of those", "including"; seeds/entity_words.csv breakdown_cue)."""
    return _cue_re("breakdown_cue").search(text) is not None


def report_day(text: str, published: datetime | date | None) -> tuple[bool, date | None]:
    """(whether the sentence names a day, the day of its report): the day a sentence of reporting names
    ("the minister said on Friday", "Briefing the media on Friday", "on Friday said"): a day close to
    a report word (report_day_cue) with no number between them, when there is one such day only.
    ("Police said 38 were hurt on Thursday" dates the injuries, not the report; so does a day before a
    trailing attribution, "38 were hurt on Thursday, police said".) "Overnight" beside it
    is the night before the report, not the report's day: it is left out."""
    pub = published.date() if isinstance(published, datetime) else published
    cues = None
    named, days, last = False, set(), -1     # last: where the previous date near a report word ended
    for m in _date_re().finditer(text):
        if m.group(0).lower() == "overnight" or _PERIOD_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue
        cues = list(_cue_re("report_day_cue").finditer(text)) if cues is None else cues
        near = (last >= 0 and _report_gap(text[last:m.start()], _APPOSED)     # "on Thursday afternoon, 15 July 2021"
                or any(c.end() <= m.start() and _report_gap(text[c.end():m.start()], _AFTER_CUE)
                       or m.end() <= c.start() and _report_gap(text[m.end():c.start()], _BEFORE_CUE)
                       and "," not in text[m.end():c.start()] for c in cues))
        last = m.end() if near else -1
        d = _resolve(m, pub)
        if d is None:
            continue
        named = True
        if near:
            days.add(d)
    return named, (days.pop() if len(days) == 1 else None)


def reports_day(text: str, start: int, end: int) -> bool:
    """The day expression at text[start:end] dates a report: close to a report word (report_day_cue)
    with no number between them, as in report_day ("said on Thursday", "on Thursday said")."""
    return any(c.end() <= start and _report_gap(text[c.end():start], _AFTER_CUE)
               or end <= c.start() and _report_gap(text[end:c.start()], _BEFORE_CUE) and "," not in text[end:c.start()]
               for c in _cue_re("report_day_cue").finditer(text))


_PAST_PERFECT = re.compile(r"\bhad\s+(?:[a-z]+ly\s+)?(?:been\b|[a-z]{2,}(?:ed|en|wn|lt|ht)\b|died\b|held\b|hurt\b|left\b|lost\b)",
                           re.IGNORECASE)
_PERFECT_REACH = 40


def reported_before(text: str, start: int, end: int) -> bool:
    """The count at text[start:end] is told in the past perfect ("said on Thursday it had counted 23
    dead", "21 had been abducted"): it happened before the report, on no day the sentence names."""
    return _PAST_PERFECT.search(text, max(0, start - _PERFECT_REACH), min(len(text), end + _PERFECT_REACH)) is not None


def _report_gap(gap: str, reach: int) -> bool:
    return len(gap) <= reach and not any(ch.isdigit() for ch in gap)


_AFTER_CUE = 30    # "said on Friday", "Briefing the media on Friday", "wrote on Facebook late on Friday"
_BEFORE_CUE = 15   # "on Friday said", "Friday's statement"
_APPOSED = 20      # a date right after one near a report word: "on Thursday afternoon, 15 July 2021"


_SINCE_CLAUSE = re.compile(r"\bsince\b[^;]*?(?:;|,\s*(?:and|while|but|whereas)\b)", re.IGNORECASE)


def since_before(text: str, end: int, day_start: int) -> bool:
    """A count over a period ("312 were held since the protests began") and, in a later clause, a
    day ("..., and 54 were hurt on Sunday"): that day is the later clause's, not the count's."""
    return day_start > end and _SINCE_CLAUSE.search(text, end, day_start) is not None


@lru_cache(maxsize=None)
def _part_clause_re() -> re.Pattern:
    return re.compile(r",\s*\b(?:" + phrase_pattern(word_list("part_clause")) + r")\b", re.IGNORECASE)


def part_after(text: str, end: int, day_start: int) -> bool:
    """A running total and, after it, a clause giving a part of it with its own day ("the toll has
    risen to 300, with 94 killed on Sunday"): that day is the part's, not the total's."""
    return day_start > end and _part_clause_re().search(text, end, day_start) is not None


def background_toll(text: str, start: int) -> bool:
    """The number at `start` is the toll of a relative clause ("... clashed with police, as the unrest
    that has left at least 18 dead went on"; seeds/entity_words.csv background_toll): a count over the
    movement's span, not of the main clause's day."""
    return any(start - _REACH < m.end() <= start and _one_clause(text, m.end(), start)
               for m in _cue_re("background_toll").finditer(text, max(0, start - _REACH - 30), start))


def nearest_date(dates: list[tuple[int, int, date]], pos: int) -> date | None:
    if not dates:
        return None
    return min(dates, key=lambda d: min(abs(d[0] - pos), abs(d[1] - pos)))[2]
