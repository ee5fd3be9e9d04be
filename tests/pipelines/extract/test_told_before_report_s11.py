"""A count told in the past perfect under a report's day, over a span of days ("said on Tuesday that 21
had been abducted over five days"), takes no day: the report's day is not the count's (annotate.date,
dates.reported_before); session 11 (invented text)."""
from datetime import date

import pytest

from .helpers import run

FRI = date(2025, 3, 14)


def days(nlp, body):
    return {(f.category, f.value): f.event_date for f in run(nlp, "Unrest in Vantor\n\n" + body, published=FRI)}


@pytest.mark.parametrize("body, key", [
    ("Amnesty said on Tuesday that 21 activists had been abducted over five days in Vantor.", ("missing", 21)),
    ("The rights group said on Thursday it had counted 23 dead in the unrest that shook Vantor last week.",
     ("killed", 23)),
    ("The UN said on Monday that at least 40 people had been killed in the first days of protests in Vantor.",
     ("killed", 40)),
])
def test_past_perfect_over_a_span_takes_no_report_day(nlp, body, key):
    assert days(nlp, body) == {key: None}


def test_a_standing_count_keeps_the_report_day(nlp):
    assert days(nlp, "Police said on Sunday that 80 people had been detained in Vantor since the march.") \
        == {("arrested", 80): date(2025, 3, 9)}
    assert days(nlp, "The ministry said on Thursday that 82 people have been killed in Vantor since last Friday.") \
        == {("killed", 82): date(2025, 3, 13)}
