"""Numbers in raw text: numerals, number words, vague quantifiers, their bound modifiers and ranges.

This layer knows nothing about people or casualties; it only answers "which substrings of this
sentence state a count, what value, and how precise". The figure rules decide what is counted.

Forms understood (value as stated):
  numerals        "8", "1,000", "2 554" (space as thousands separator), "1.2 million", "19 million"
  number words    "eight", "twenty-five", "one hundred and twenty", "a hundred", "two dozen", "a dozen",
                  "half a million"
  vague plurals   "dozens", "hundreds of thousands", "several hundred", ... from seeds/quantifiers.csv
  parenthesised repeats "four (4)" are one number.
Bounds come from modifiers in seeds/bound_modifiers.csv ("at least", "nearly", "up to", "or more", "N+").
Ranges "between 10 and 20", "10 to 20", "10-20" become two numbers: low at_least, high at_most.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import MONTH_RE
from .number_words import NUMBER_WORDS, NUMERAL_RE, SCALES, parse_number, words_to_int
from .vocab import alternation, phrase_pattern, phrase_re, vocab, word_list

__all__ = ["NumberMention", "find_numbers", "has_number", "parse_number", "words_to_int"]

_WORD = r"(?:" + alternation(sorted(NUMBER_WORDS, key=len, reverse=True), ignore_case=True) + r")"
# "one hundred and twenty-five", "a dozen", "a hundred"; "and" joins number words only after a
# scale word: "one hundred and twenty" is one number, "between five and ten" two
_AFTER_SCALE = "(?:" + "|".join(f"(?<={w})" for w in sorted(SCALES)) + ")"
_WORD_NUMBER_RE = re.compile(
    rf"\b(?:an?\s+(?=(?:dozen|hundred|thousand|million)\b))?{_WORD}(?:(?:{_AFTER_SCALE}\s+and\s+|[\s-]+){_WORD})*\b",
    re.IGNORECASE)
_HALF_RE = re.compile(r"\bhalf\s+an?\s+(million|thousand|billion|dozen)\b", re.IGNORECASE)
# "one and a half million", "2 and a half thousand", "a million and a half": 1.5 x the scale
_AND_A_HALF_RE = re.compile(
    rf"\b(?:(\d+|{_WORD}|an?)\s+and\s+a\s+half\s+(million|thousand|billion)"
    r"|an?\s+(million|thousand|billion)\s+and\s+a\s+half)\b", re.IGNORECASE)
_PAREN_REPEAT_RE = re.compile(r"\s*\(\s*([\d,]+|[a-z]+)\s*\)", re.IGNORECASE)


@dataclass
class NumberMention:
    start: int          # the number itself, char offsets in the scanned text
    end: int
    value: int
    bound: str = "exact"
    mod_start: int = -1  # start/end including bound modifiers ("more than 400", "10 or more")
    mod_end: int = -1
    vague: bool = False
    range_role: str = ""  # "low" / "high" for the two ends of a range
    partner: int = -1     # index of the other end of a range in the returned list

    def text(self, source: str) -> str:
        return source[self.mod_start:self.mod_end]


@lru_cache(maxsize=None)
def _quantifiers() -> tuple[tuple[re.Pattern, int, str], ...]:
    rows = sorted(vocab().figures.quantifiers, key=lambda r: len(r[0]), reverse=True)
    out = []
    events = phrase_pattern(sorted(w for w, trs in vocab().figures.triggers.items()
                                   if any(t.strength == "strong" and t.pos != "NOUN" for t in trs)))
    # "scores of people", and "scores (were) wounded": an event word right after it (a "be" between)
    # makes it a count too ("test scores were high" stays none)
    event_tail = r"(?=\s+of\b|\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:" + events + r")\b)"
    for phrase, value, bound, needs_of in rows:
        tail = event_tail if needs_of else ""
        out.append((phrase_re([phrase], tail), value, bound))
    return tuple(out)


@lru_cache(maxsize=None)
def _modifiers(position: str) -> tuple[tuple[re.Pattern, str], ...]:
    rows = [(phrase, bound) for phrase, bound, pos in vocab().figures.bound_modifiers if pos == position]
    rows.sort(key=lambda r: len(r[0]), reverse=True)
    out = []
    for phrase, bound in rows:
        words = phrase_pattern([phrase])
        if position == "before":
            pat = re.compile(r"(?:^|(?<=[^\w]))" + words + r"\s*$", re.IGNORECASE)
        else:
            sep = r"\s*" if not phrase[0].isalnum() else r"[\s-]+"
            pat = re.compile(r"^" + sep + words + r"(?!\w)", re.IGNORECASE)
        out.append((pat, bound))
    return tuple(out)


@lru_cache(maxsize=None)
def _any_quantifier() -> re.Pattern:
    """The quantifiers' last words as whole words: every quantifier match ends with one."""
    last = sorted({q[0].split()[-1] for q in vocab().figures.quantifiers}, key=len, reverse=True)
    return re.compile(r"\b(?:" + alternation(last, ignore_case=True) + r")\b", re.IGNORECASE)


def quantifier_word(word: str) -> bool:
    """`word` is a vague quantifier's last word ("hundreds", "dozens", "scores"): a number of its own."""
    return _any_quantifier().fullmatch(word) is not None


@lru_cache(maxsize=None)
def _any_after_modifier() -> re.Pattern:
    """The "after" modifiers in one pattern: a number followed by none of them skips the scan
    phrase by phrase (which decides which one wins when some match)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p, _ in _modifiers("after")), re.IGNORECASE)


@lru_cache(maxsize=None)
def _before_modifier_ends() -> tuple[re.Pattern, int]:
    """The last words of the "before" modifiers, anchored at the end, and the longest one's length.
    A "before" modifier ends its text up to trailing whitespace, so a text whose stripped end is
    none of these words has none: one short match instead of a search per modifier."""
    last = {m[0].split()[-1] for m in vocab().figures.bound_modifiers if m[2] == "before"}
    return (re.compile("(?:" + "|".join(map(re.escape, sorted(last))) + r")\Z", re.IGNORECASE),
            max(map(len, last)))


def _may_end_with_modifier(before: str) -> bool:
    ends, longest = _before_modifier_ends()
    return ends.search(before.rstrip()[-longest:]) is not None


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < b and a < e for a, b in spans)


def _raw_numbers(text: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    taken: list[tuple[int, int]] = []
    for m in _AND_A_HALF_RE.finditer(text) if "half" in text.lower() else ():
        head = m.group(1)
        whole = 1 if head is None or head[0] in "aA" else parse_number(head)   # "a", "an": one
        scale = NUMBER_WORDS[(m.group(2) or m.group(3)).lower()]
        if whole:
            found.append(NumberMention(m.start(), m.end(), whole * scale + scale // 2))
            taken.append((m.start(), m.end()))
    for m in _HALF_RE.finditer(text):      # "half a million", "half a dozen" (before "a dozen")
        if _overlaps(taken, m.start(), m.end()):
            continue
        found.append(NumberMention(m.start(), m.end(), NUMBER_WORDS[m.group(1).lower()] // 2))
        taken.append((m.start(), m.end()))
    quantifiers = _quantifiers() if _any_quantifier().search(text) else ()
    for pat, value, bound in quantifiers:   # longest phrases first: "tens of thousands" before "thousands"
        for m in pat.finditer(text):
            if not _overlaps(taken, m.start(), m.end()):
                found.append(NumberMention(m.start(), m.end(), value, bound, vague=bound != "exact"))
                taken.append((m.start(), m.end()))
    for m in NUMERAL_RE.finditer(text):
        s, e = m.start(), m.end()
        # "2 dozen"
        dz = re.match(r"\s+dozen\b", text[e:], re.IGNORECASE)
        if dz:
            e += dz.end()
        if _overlaps(taken, s, e):
            continue
        value = parse_number(text[s:e])
        if value is not None:
            found.append(NumberMention(s, e, value))
            taken.append((s, e))
    for m in _WORD_NUMBER_RE.finditer(text):
        s, e = m.start(), m.end()
        if _overlaps(taken, s, e):
            continue
        if re.search(r"\bno\s+$", text[max(0, s - 4):s], re.IGNORECASE) and m.group(0).lower() == "one":
            continue                       # "no one"
        value = words_to_int(m.group(0))
        if value is not None:
            found.append(NumberMention(s, e, value))
            taken.append((s, e))
    found.sort(key=lambda n: n.start)
    return found


def _merge_paren_repeats(text: str, nums: list[NumberMention]) -> list[NumberMention]:
    """'four (4) bodies': one number spanning both forms."""
    out: list[NumberMention] = []
    for n in nums:
        if out:
            prev = out[-1]
            m = _PAREN_REPEAT_RE.match(text, prev.end)
            if m and m.end() >= n.end and n.start >= prev.end and n.value == prev.value:
                prev.end = m.end()
                continue
        out.append(n)
    return out


def _apply_modifiers(text: str, n: NumberMention) -> None:
    n.mod_start, n.mod_end = n.start, n.end
    before = text[max(0, n.start - 40):n.start]
    for pat, bound in _modifiers("before") if _may_end_with_modifier(before) else ():
        m = pat.search(before)
        if m:
            n.mod_start = n.start - (len(before) - m.start())
            if not n.vague or bound != "approx":   # "some hundreds" stays at_least
                n.bound = bound
            break
    after = text[n.end:n.end + 20]
    for pat, bound in _modifiers("after") if _any_after_modifier().match(after) else ():
        m = pat.match(after)
        if m:
            n.mod_end = n.end + m.end()
            n.bound = bound
            break


_AFTER_MONTH = re.compile(rf"\b{MONTH_RE}\s*$", re.IGNORECASE)
_RANGE_JOIN_RE = re.compile(r"^\s*(?:to|-|–|—|and)\s*$", re.IGNORECASE)


def _mark_ranges(text: str, nums: list[NumberMention]) -> None:
    """'between 10 and 20', '10 to 20', '10-20': low end at_least, high end at_most.
    Not a range: 'from 10 to 20' (a change over time) or a falling pair."""
    for i in range(len(nums) - 1):
        a, b = nums[i], nums[i + 1]
        if a.range_role or a.vague or b.vague:
            continue
        gap = text[a.end:b.start]
        if not _RANGE_JOIN_RE.match(gap) or a.value >= b.value:
            continue
        lead = text[max(0, a.mod_start - 12):a.mod_start].lower()
        if gap.strip().lower() == "and" and not lead.rstrip().endswith("between"):
            continue
        if b.mod_start != b.start or re.search(r"\bfrom\s*$", lead) and not _range_lead(text, a.mod_start):
            continue
        if _AFTER_MONTH.search(text, 0, a.start):
            continue                       # "NAIROBI, July 3 - Nine people died": a dateline's day, no range
        _share_scale(text, a, b)
        a.bound, b.bound = "at_least", "at_most"
        a.range_role, b.range_role = "low", "high"
        a.partner, b.partner = i + 1, i
        if lead.rstrip().endswith("between"):
            a.mod_start = text.lower().rfind("between", 0, a.start)
        b.mod_start = a.mod_start


@lru_cache(maxsize=None)
def _range_lead_re() -> re.Pattern:
    words = sorted(word_list("range_lead"), key=len, reverse=True)
    return re.compile(r"\b(?:" + alternation(words, ignore_case=True) + r")\s+from\s*\Z", re.IGNORECASE)


def _range_lead(text: str, start: int) -> bool:
    """"ranging from 200 to 500", "anywhere from 2 to 5": a span of estimates, not a change over time."""
    return _range_lead_re().search(text[max(0, start - 30):start]) is not None


_SCALE_END = re.compile(r"(?:\d|\b[a-z]+)[\s-]*(" + "|".join(sorted(SCALES) + ["dozen"]) + r"|mn|bn|m|k)\Z",
                        re.IGNORECASE)


def _share_scale(text: str, a: NumberMention, b: NumberMention) -> None:
    """"between 1 and 2 million", "two to three thousand": the high end's scale word counts the low
    end too, when the low end has none and is smaller than that scale."""
    m = _SCALE_END.search(text, b.start, b.end)
    if not m or _SCALE_END.search(text, a.start, a.end):
        return
    scale = parse_number("1 " + m.group(1)) or 1
    if 1 < scale and a.value < scale and a.value * scale < b.value:
        a.value *= scale


def find_numbers(text: str) -> list[NumberMention]:
    """Every count stated in `text`, in order, with value, bound and modifier span."""
    nums = _merge_paren_repeats(text, _raw_numbers(text))
    for n in nums:
        _apply_modifiers(text, n)
    _mark_ranges(text, nums)
    return nums


_DIGIT_RE = re.compile(r"\d")


@lru_cache(maxsize=None)
def _candidate_words_re() -> re.Pattern:
    """Number words and the last words of the vague quantifiers, grouped by first letter (a
    handful of tries per position instead of one per word)."""
    words = sorted(NUMBER_WORDS, key=len, reverse=True) + [q[0].split()[-1] for q in vocab().figures.quantifiers]
    return re.compile(r"\b(?:" + alternation(words, ignore_case=True) + r")\b", re.IGNORECASE)


def has_number(text: str) -> bool:
    """Cheap test: does the text contain a numeral, number word or vague quantifier?"""
    return bool(_DIGIT_RE.search(text) or _candidate_words_re().search(text))
