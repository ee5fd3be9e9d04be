"""Number words and numerals as values: "one hundred and twenty-five" -> 125, "1.2 million",
"2 554", "a dozen". Grammar, not reviewed vocabulary, so the words live here (numbers.py finds
them in text)."""
from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER_WORDS = {**_UNITS, **_TENS, **SCALES, "dozen": 12}

# numerals: 1,234,567 | 2 554 (groups of exactly three after a space) | 12 | 1.2 ; optional scale word
NUMERAL_RE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+(?:\.\d+)?)(?![\d])"
    r"(?:\s*(million|billion|thousand|mn|bn|m|k)\b)?",
    re.IGNORECASE)
_SCALE_ABBR = {"mn": 1_000_000, "m": 1_000_000, "bn": 1_000_000_000, "k": 1000}


def words_to_int(text: str) -> int | None:
    """'one hundred and twenty-five' -> 125, 'a dozen' -> 12, 'two dozen' -> 24; None if not a number."""
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s-]+", text.lower().strip()):
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current = max(current, 1)
            continue
        if w in _UNITS or w in _TENS:
            current += _UNITS.get(w, 0) + _TENS.get(w, 0)
        elif w == "dozen":
            current = max(current, 1) * 12
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in SCALES:
            total += max(current, 1) * SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> int | None:
    """The integer a number expression states: '1,000', '2 554', '1.2 million', 'eight', 'a dozen'."""
    t = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    m = NUMERAL_RE.fullmatch(t)
    if m:
        digits = re.sub(r"[ ,]", "", m.group(1))
        scale = m.group(2)
        mult = SCALES.get(scale, _SCALE_ABBR.get(scale, 1)) if scale else 1
        try:
            return int(round(float(digits) * mult))
        except OverflowError:   # more digits than a float holds: no count of people
            return None
    m = re.fullmatch(r"([\d.,]+)\s+(.+)", t)     # "2 dozen", "3 hundred"
    if m:
        head, rest = parse_number(m.group(1)), words_to_int(m.group(2))
        if head is not None and rest is not None:
            return head * rest
    return words_to_int(t)
