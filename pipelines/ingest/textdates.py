"""The publication date a plain-text article states about itself, for inputs that carry no metadata.

Only the top of the article is read (the headline and the few lines under it), and only three
shapes count, because a date elsewhere in a story is usually the date of an event, not of the page:

- a dateline opening a line: "RIVERTON, March 3, 2023 (Example Wire) -" or "RIVERTON, 3 March 2023 -";
- a line saying so: "Published 3 March 2023", "Posted: Mar 3, 2023 10:15 GMT";
- a line that is only a date: "Friday 3 March 2023", "2023-03-03".

The day must be unambiguous: a month written as a word or an ISO date, with a year. Numeric
day/month dates ("03/04/2023") and impossible days ("30 February 2023") give None. A wire dateline
without a year ("RIVERTON, March 3 (Example Wire) -", the usual agency form) takes its year from the
dates the text itself writes with a month and a year ("the vote in February 2023", "on 28 February
2023"): each such date votes for the year that puts the dateline on or after it (a December date
before a March dateline votes for the next year), the most votes win and a tie goes to the later
year; a text that writes no such date gives None, since nothing says which March 3. The result is
midnight UTC of that day.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone

_MONTHS = {m: i for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), start=1) for m in names}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY, _YEAR = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?", r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATES = (rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}",                  # 3 March 2023
          rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",                  # March 3, 2023
          rf"(?P<iso>{_YEAR}-(?P<imonth>\d\d)-(?P<iday>\d\d))")        # 2023-03-03
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}|\s+UTC[+-]\d+)?)?"
_SHAPES = {  # line shape -> template around one of _DATES (re has no repeated group names, so one regex each)
    "dateline": r"^(?-i:[A-Z])[A-Za-z .'\-]{1,40}(?:,\s*[A-Za-z .'\-]{2,30})?,\s+DATE\s*(?:\([^()\n]{1,40}\)\s*)?[-\u2013\u2014:]",
    "labelled": r"^(?:first\s+)?(?:published|posted|date)\s*(?:on\s*)?:?\s+DATETIME\s*$",
    "bare": r"^DATETIME\s*$",
}
_PATTERNS = {shape: [re.compile(t.replace("DATETIME", d + _TIME).replace("DATE", d), re.IGNORECASE) for d in _DATES]
             for shape, t in _SHAPES.items()}
# the wire dateline with no year: its year comes from the text's own month-and-year dates
_YEARLESS = [re.compile(_SHAPES["dateline"].replace("DATE", d), re.IGNORECASE)
             for d in (rf"{_WEEKDAY}{_DAY}\s+{_MONTH}", rf"{_WEEKDAY}{_MONTH}\s+{_DAY}")]
_MONTH_YEAR = [re.compile(rf"\b{d}\b", re.IGNORECASE) for d in (
    rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}", rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}", rf"{_MONTH},?\s+{_YEAR}")]

TOP_LINES = 4   # the headline and the three non-empty lines after it


def _to_datetime(match: re.Match) -> datetime | None:
    g = match.groupdict()
    try:
        if g.get("iso"):
            return datetime(int(g["year"]), int(g["imonth"]), int(g["iday"]), tzinfo=timezone.utc)
        return datetime(int(g["year"]), _MONTHS[g["month"].lower()], int(g["day"]), tzinfo=timezone.utc)
    except (ValueError, KeyError):   # 30 February, month 13: impossible, so no date
        return None


def _year_for(text: str, month: int, day: int) -> int | None:
    """The year the text's own month-and-year dates put a (month, day) dateline in (module docstring)."""
    votes: dict[int, int] = {}
    taken: list[tuple[int, int]] = []
    for pattern in _MONTH_YEAR:   # full dates first, so "3 March 2023" is not counted again as "March 2023"
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            g = m.groupdict()
            year, mentioned = int(g["year"]), (_MONTHS[g["month"].lower()], int(g.get("day") or 1))
            year += mentioned > (month, day)   # later in the year than the dateline: the year before it
            votes[year] = votes.get(year, 0) + 1
    return max(votes, key=lambda y: (votes[y], y)) if votes else None


def _yearless(line: str, text: str) -> datetime | None:
    for pattern in _YEARLESS:
        match = pattern.match(line)
        if match:
            month, day = _MONTHS[match["month"].lower()], int(match["day"])
            year = _year_for(text, month, day)
            try:
                return datetime(year, month, day, tzinfo=timezone.utc) if year else None
            except ValueError:   # 29 February of a year that has none
                return None
    return None


def is_stamp_line(line: str) -> bool:
    """The line states when its page was published, not when anything happened: "Published 3 March
    2023", "Posted: Mar 3, 2023 10:15 GMT", or a line that is only a date ("Friday 3 March 2023")."""
    line = line.strip()
    return any(p.match(line) for shape in ("labelled", "bare") for p in _PATTERNS[shape])


def stated_date(text: str) -> datetime | None:
    """The publication day the top of `text` states (see the module docstring), else None."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:TOP_LINES]
    for n, line in enumerate(lines):
        for shape in ("labelled", "bare", "dateline") if n else ("dateline",):  # the headline is no date line
            for pattern in _PATTERNS[shape]:
                match = pattern.match(line)
                if match:
                    return _to_datetime(match)
        dated = _yearless(line, text)
        if dated:
            return dated
    return None
