"""dates.find_dates on invented sentences, published on Friday 2024-11-29."""
from datetime import date, datetime

import pytest

from pipelines.extract.dates import find_dates, nearest_date

PUB = datetime(2024, 11, 29, 18, 30)


def day(text, published=PUB, near=None):
    found = find_dates(text, published)
    return nearest_date(found, text.index(near) if near else 0)


@pytest.mark.parametrize("text, near, expected", [
    ("Police said on Tuesday that 40 were held.", "40", date(2024, 11, 26)),     # most recent Tuesday
    ("On Friday 12 were hurt.", "12", date(2024, 11, 29)),                       # the publication day itself
    ("Overnight, 12 were hurt.", "12", date(2024, 11, 28)),                      # the night before publication
    ("Yesterday 7 died.", "7", date(2024, 11, 28)),
    # a night before a named day: the report day is Friday, the arrests were on Thursday night
    ("The ministry on Friday said police had arrested 43 people overnight.", "43", date(2024, 11, 28)),
    ("The leader met aides on Friday after a third night of riots left 650 detained.", "650", date(2024, 11, 28)),
    # "the night from Sunday to Monday" is Sunday's night (and "from" opens no period here)
    ("There were 150 arrests in the night from Sunday to Monday.", "150", date(2024, 11, 24)),
    ("As of Wednesday, 300 were held.", "300", date(2024, 11, 27)),              # "as of" a day
    ("On 3 November, 20 were hurt.", "20", date(2024, 11, 3)),
    ("On December 3, 20 were hurt.", "20", date(2023, 12, 3)),                   # no year: the latest on or before
    ("Since March 7, 90 have been held.", "90", None),                           # a period's start, not a day
    # "since the ... coup": the period's start even with an article before the date
    ("Some 90 have died since the October 2 vote, the commission said.", "90", None),
    # "the previous day": the day before the sentence's named day, which only dates the report
    ("Doctors said on Wednesday that 9 were hurt when crowds marched the previous day.", "9", date(2024, 11, 26)),
    ("Some 300 rallied outside the court a day earlier.", "300", date(2024, 11, 28)),   # before publication
    # a dateline's date is the filing day: it yields to the sentence's own day, and dates it only without one
    ("LIMA, Nov 29 (Wire) - Four people died and 30 were hurt on Wednesday in clashes.", "Four", date(2024, 11, 27)),
    ("LIMA, Nov 29 (Wire) - Four people died in clashes, police said.", "Four", date(2024, 11, 29)),
    # "the day before" followed by a noun phrase names another event's eve: no date from it
    ("Some 300 rallied the day before the vote.", "300", None),
    ("So far 90 have been held.", "90", None),                                   # no day named: no date
    ("In October, 90 were held.", "90", None),                                   # a month is no day
])
def test_dates(text, near, expected):
    assert day(text, near=near) == expected


def test_relative_days_need_a_publication_date():
    assert day("On Tuesday 40 were held.", published=None, near="40") is None
    assert day("Overnight, 12 were hurt.", published=None, near="12") is None
    assert day("On 3 November 2023, 20 were hurt.", published=None, near="20") == date(2023, 11, 3)
