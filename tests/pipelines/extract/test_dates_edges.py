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
