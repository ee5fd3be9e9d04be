"""Dates at the calendar's edges resolve or stay null; they never raise."""
from __future__ import annotations

from datetime import date

import pytest

from pipelines.extract.dates import find_dates


@pytest.mark.parametrize("text, published, expected", [
    ("It happened on Sunday.", date(1, 1, 1), []),                  # 0001-01-01 is a Monday: no Sunday before it
    ("It happened yesterday.", date(1, 1, 1), []),                  # the day before the calendar starts
    ("It happened on Monday.", date(1, 1, 1), [date(1, 1, 1)]),     # the publication day itself
    ("It happened on March 3.", date(1, 1, 1), []),                 # no year 0
    ("It happened on Friday.", date(9999, 12, 31), [date(9999, 12, 31)]),
    ("It happened today.", date(9999, 12, 31), [date(9999, 12, 31)]),
])
def test_edge_dates(text, published, expected):
    assert [d for _, _, d in find_dates(text, published)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Some 90 people went missing between March 2 and March 9, the monitors said.", []),   # both ends of a span
    ("That takes the toll to 31 since the marches began on March 2.", []),                # a since-clause's day
    ("Since the strike began in March, 31 have died; on Friday 4 died.", [date(2021, 5, 7)]),
    ("Between them, the two forces detained 30 people on Tuesday.", [date(2021, 5, 4)]),  # "between" with no span
    ("Police detained 30 people on March 3.", [date(2021, 3, 3)]),
])
def test_dates_that_bound_a_period_date_no_event(text, expected):
    assert [d for _, _, d in find_dates(text, date(2021, 5, 10))] == expected
