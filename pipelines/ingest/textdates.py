"""The publication date a plain-text article states about itself, for inputs that carry no metadata.

Only the top of the article is read (the headline and the few lines under it), and only three
shapes count, because a date elsewhere in a story is usually the date of an event, not of the page:

- a dateline opening a line: "RIVERTON, March 3, 2023 (Example Wire) -" or "RIVERTON, 3 March 2023 -";
- a line saying so: "Published 3 March 2023", "Posted: Mar 3, 2023 10:15 GMT";
- a line that is only a date: "Friday 3 March 2023", "2023-03-03".

The day must be unambiguous: a month written as a word or an ISO date, with a year. A dateline
without a year ("RIVERTON, March 3 (Example Wire) -"), numeric day/month dates ("03/04/2023") and
impossible days ("30 February 2023") give None. The result is midnight UTC of that day.
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

TOP_LINES = 4   # the headline and the three non-empty lines after it


def _to_datetime(match: re.Match) -> datetime | None:
    g = match.groupdict()
    try:
        if g.get("iso"):
            return datetime(int(g["year"]), int(g["imonth"]), int(g["iday"]), tzinfo=timezone.utc)
        return datetime(int(g["year"]), _MONTHS[g["month"].lower()], int(g["day"]), tzinfo=timezone.utc)
    except (ValueError, KeyError):   # 30 February, month 13: impossible, so no date
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
    return None
