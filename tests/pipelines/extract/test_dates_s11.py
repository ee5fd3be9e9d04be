"""dates.find_dates, session 11 (invented sentences): "last Friday" in a Friday's paper is the week
before; "on the 5th" is a day of the publication's month (or the month before); a day before a
trailing attribution (", police said") dates the event, not the report; two days named together
("on Tuesday and Wednesday", "March 10 and 11") are a span: no date."""
from datetime import date

import pytest

from pipelines.extract.dates import find_dates, nearest_date, report_day

FRI = date(2025, 3, 14)


def day(text, published=FRI):
    return nearest_date(find_dates(text, published), 0)


@pytest.mark.parametrize("text, expected", [
    ("Police detained 40 marchers in Orvik last Friday.", date(2025, 3, 7)),
    ("Police detained 40 marchers in Orvik on Friday.", FRI),
    ("Police detained 40 marchers in Orvik last Tuesday.", date(2025, 3, 11)),
    ("Police said on the 5th that 40 marchers were held.", date(2025, 3, 5)),
    ("On the 20th, 40 marchers were held in Orvik.", date(2025, 2, 20)),      # later than the 14th: February's
    ("Forty marchers were held on the 5th floor of the ministry.", None),      # an ordinal, no day
])
def test_relative_days(text, expected):
    assert day(text) == expected


def test_a_day_before_a_trailing_attribution_is_the_events():
    assert report_day("Nine were killed in Orvik on Thursday, witnesses said.", FRI) == (True, None)
    assert report_day("The governor on Thursday said nine were killed.", FRI) == (True, date(2025, 3, 13))


@pytest.mark.parametrize("text, expected", [
    ("Police held 40 marchers in Orvik on Tuesday and Wednesday.", None),     # two days: a span
    ("On March 10 and 11, 40 marchers were held in Orvik.", None),
    ("On Tuesday 40 were held in Orvik and on Wednesday 9 died.", date(2025, 3, 11)),   # days named apart
    ("On March 10 and 11 people died in Orvik.", date(2025, 3, 10)),           # "11 people": a count
])
def test_two_days_named_together_are_a_span(text, expected):
    assert day(text) == expected
