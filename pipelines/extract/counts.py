"""Numbers that count no people: money, percentages, ages, dates, years, units, labels
("Article 19"), ratios ("1 in 5"), reference markers ("[3]"), numbers inside quoted titles, and nouns that are never people
("14 provinces", seeds/nonperson_nouns.csv). Cheap checks on the raw sentence text and the tokens
around the number; the figure rules drop any number these tests flag."""
from __future__ import annotations

import re

from .dates import MONTH_RE
from .vocab import vocab
from .numbers import NumberMention
from .triggers import noun_kind

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
_NAME_HYPHEN_BEFORE = re.compile(r"\b[A-Z][\w]*-$")   # a capitalised word glued to the number by a hyphen
_AGE_HINT = re.compile(r"age|under", re.IGNORECASE)    # every _AGE_BEFORE match holds one of these
# "twelve protesters, all under 25, were killed": a bounded number set off after "all" is the group's age
_OLDEST = 120                                           # no age above this: a larger number after a bound word counts
_AGE_APPOSED = re.compile(r"[,(]\s*all\s+(?:of\s+them\s+)?$", re.IGNORECASE)
_ZONE = r"(?:gmt|utc|cet|cest|eat|wat|ist|local\s+time)\b"
_CLOCK = re.compile(r"(?<![\d.,:])\d{1,2}:\d{2}(?![\d:])"                                     # "10:42", "1:00 p.m."
                    rf"|(?<![\d.,:])\d{{1,2}}(?:\.\d{{2}})?\s*(?:[ap]\.?\s?m\b\.?|o['’]clock\b|{_ZONE})"  # "10.42 am", "9 pm"
                    rf"|(?<![\d.,:])\d{{4}}\s*(?:hrs\b|hours\s+{_ZONE}|{_ZONE})", re.IGNORECASE)  # "1100 GMT", "0900 hrs"


def _ends_with(rx: re.Pattern, text: str, end: int, reach: int) -> bool:
    r"""`rx.search(text[:end])` for a pattern anchored at the end (`\s*$`) whose match, trailing
    whitespace aside, holds at most `reach` characters without whitespace: only the last few
    characters are tried (`search` from `pos` still sees the text before it, for `\b`)."""
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return rx.search(text, max(0, j - reach), end) is not None


def _age_before(text: str, end: int) -> bool:
    return _AGE_HINT.search(text, 0, end) is not None and _AGE_BEFORE.search(text[:end]) is not None


def not_a_count(text: str, n: NumberMention, anchor) -> bool:
    """Money, percentages, ages, dates, years, units: numbers that are not counts of people."""
    return non_count_rule(text, n, anchor) is not None


def non_count_rule(text: str, n: NumberMention, anchor) -> str | None:
    """The name of the rule that finds the number counts no people, or None."""
    if n.value <= 0:
        return "zero"                      # "zero deaths" states no figure
    if _ends_with(_CURRENCY_BEFORE, text, n.mod_start, 4) or _ends_with(_CURRENCY_BEFORE, text, n.start, 4):
        return "money"                     # "$", "us$" or "usd." before the number (4 characters at most)
    if _UNIT_AFTER.match(text[n.end:]):
        return "unit_after"                # "12%", "5 km", "23-year-old"
    if _age_before(text, n.start) or _age_before(text, n.mod_start):
        return "age_before"                # "aged 12"
    if n.mod_start < n.start and _AGE_APPOSED.search(text, max(0, n.mod_start - 20), n.mod_start) \
            and re.match(r"\s*[,);]", text[n.end:]):
        return "age_apposed"               # "protesters, all under 25, were ...": an age, not a count
    if not n.vague and n.value <= _OLDEST and n.mod_start < n.start and anchor.i >= 2 and anchor.doc[anchor.i - 1].idx - anchor.idx == n.mod_start - n.start \
            and anchor.doc[anchor.i - 2].tag_ == "NNS" and noun_kind(anchor.doc[anchor.i - 2]):
        return "age_after_people"          # "people above 60", "children under 5": the group's age
    if not n.vague and re.search(r"[A-Z][\w'’.-]*\s*[,(]\s*$", text[:n.start]) and re.match(r"\s*[,);]|\s*\.?\s*$", text[n.end:]):
        prev = anchor.doc[anchor.i - 2] if anchor.i >= 2 else None
        if prev is not None and (prev.ent_type_ == "PERSON" or prev.pos_ == "PROPN") \
                and not name_is_place(prev):
            return "age_after_name"        # "Jane Doe, 31, was ..." : an age ("Lagos (4)" is a tally)
    if not n.vague and re.search(r"\w\s*,\s*$", text[:n.start]) and re.match(r"\s*,", text[n.end:]):
        prev = anchor.doc[anchor.i - 2] if anchor.i >= 2 else None
        if prev is not None and prev.tag_ in ("NN", "NNP") and prev.lemma_.lower() not in vocab().figures.count_nouns:
            return "age_after_noun"        # "the protester, 23, was ..." : an age after a singular noun
    if not n.vague and _NAME_HYPHEN_BEFORE.search(text, max(0, n.start - 40), n.start):
        return "name_with_number"          # part of a name: "Channel-5", "Rossiya-24", "COVID-19"
    if not n.vague and text[:n.start].endswith("[") and text[n.end:n.end + 1] == "]":
        return "citation"                  # a reference marker: "... the protests.[3]", "[12]"
    if not n.vague and _in_clock_time(text, n):
        return "clock_time"                # "10:42 GMT", "at 10.30 pm", "(1100 GMT)": a time of day
    raw = text[n.start:n.end]
    if not n.vague and n.value in _YEAR and re.fullmatch(r"\d{4}", raw):
        return "year"
    if not n.vague and (_MONTH_AFTER.match(text[n.end:]) or _ends_with(_MONTH_BEFORE, text, n.start, 10)):
        return "day_of_month"              # "3 March", "July 1"
    if anchor.ent_type_ in _NON_COUNT_ENTS and not n.vague and anchor.ent_type_ != "DATE":
        nxt = anchor.nbor(1) if anchor.i + 1 < len(anchor.doc) else None
        if nxt is None or not (noun_kind(nxt) or is_trigger_noun(nxt)):
            return f"entity_{anchor.ent_type_.lower()}"   # NER says TIME, MONEY, PERCENT, QUANTITY, ORDINAL
    if anchor.ent_type_ == "DATE" and not n.vague:
        if _DATE_WORDS.search(_ent_text(anchor)):
            return "date_entity"           # "three days", "two weeks ago" (a bare "3100" may be tagged DATE)
    if anchor.dep_ in ("nummod", "compound") and anchor.head.i < anchor.i and anchor.head.is_title \
            and anchor.head.pos_ in ("NOUN", "PROPN") and anchor.i - anchor.head.i == 1 \
            and not _place_then_verb(anchor):
        return "label"                     # a label, not a count: "Article 19", "Gate 5", "Section 144"
    if (n.value == 1 and _RATIO_AFTER.match(text[n.end:])) or _RATIO_BEFORE.search(text[:n.start]):
        return "ratio"                     # a ratio: "1 in 5", "one in three"
    return "quoted_title" if _in_quoted_title(text, n.start) else None


def _in_clock_time(text: str, n: NumberMention) -> bool:
    """The number is (part of) a time of day: H:MM, or H / H.MM / HHMM before am/pm, o'clock, hrs or
    a time zone ("GMT", "local time"). Only the few characters around the number are searched."""
    lo = max(0, n.start - 6)
    return any(m.start() <= n.start and n.end <= m.end() for m in _CLOCK.finditer(text, lo, min(len(text), n.end + 18)))


def _place_then_verb(anchor) -> bool:
    """"while in Kut 5 were arrested": a known place, then the number, then its verb (a count the
    parser hung on the place's name, not a label)."""
    doc, j = anchor.doc, anchor.i + 1
    return j < len(doc) and doc[j].pos_ in ("AUX", "VERB") and name_is_place(anchor.head)


def name_is_place(last) -> bool:
    """The capitalised name ending at token `last` (up to three words) is a place the gazetteer
    knows and not a person's full name: "Nakuru (3)" is a per-place tally, "Jane Doe (31)" an age."""
    doc, i = last.doc, last.i
    if not last.is_title and not last.is_upper:
        return False
    start = i
    while start > 0 and i - start < 2 and (doc[start - 1].is_title or doc[start - 1].is_upper) \
            and doc[start - 1].pos_ in ("PROPN", "NOUN"):
        start -= 1
    name = doc[start:i + 1].text
    if i > start and all(t.ent_type_ == "PERSON" for t in doc[start:i + 1]):
        return False
    from .gazetteer import is_blocked, lookup_place
    return lookup_place(name) is not None and not is_blocked(name)   # NER tags unknown names GPE or PERSON


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


def is_nonperson(tok) -> bool:
    bad = vocab().figures.nonperson_nouns
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in bad or tok.lemma_.lower() in bad) \
        and not noun_kind(tok)


def is_trigger_noun(tok) -> bool:
    return any(t.pos in ("NOUN", "any") for key in (tok.lower_, tok.lemma_.lower()) for t in vocab().figures.triggers.get(key, ()))
