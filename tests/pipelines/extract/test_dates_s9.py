"""Days of figures, session 9 (invented text): a fact told twice keeps the day its other telling
names (dedupe.drop_repeats), unless that day only dates the report or the kept telling counts over
a span of days."""
from datetime import date

from .helpers import run

SAT = date(2025, 3, 15)
FRIDAY = date(2025, 3, 14)
HEAD = "Unrest in the provinces\n\n"


def days(nlp, body, published=SAT):
    return {(f.category, f.value): f.event_date for f in run(nlp, HEAD + body, published=published)}


def test_a_repeat_lends_its_day_to_the_first_telling(nlp):
    got = days(nlp, "Six people were killed in clashes in Lumara, the governor said. "
                    "Medics said the 6 people were killed by gunfire on Friday.")
    assert got == {("killed", 6): FRIDAY}


def test_an_anaphoric_repeat_lends_its_day(nlp):
    got = days(nlp, "Police detained 48 demonstrators in Orvana. "
                    "Of the 48 arrested on Thursday, most were students.")
    assert got == {("arrested", 48): date(2025, 3, 13)}


def test_a_repeat_whose_day_dates_only_the_report_lends_none(nlp):
    got = days(nlp, "Six people were killed in clashes in Lumara. "
                    "Police said on Friday that the 6 people were killed by gunfire.")
    assert got == {("killed", 6): None}


def test_a_count_over_a_span_takes_no_day_from_its_repeat(nlp):
    got = days(nlp, "Some 300 people have been arrested since the protests began. "
                    "Officials confirmed that the 300 people arrested on Friday were still held.")
    assert got[("arrested", 300)] is None


def test_two_tellings_with_different_days_stay_two_figures(nlp):
    figs = run(nlp, HEAD + "Six people were killed in Lumara on Thursday. "
                           "Medics said 6 people were killed by gunfire on Friday.", published=SAT)
    assert sorted(f.event_date for f in figs) == [date(2025, 3, 13), FRIDAY]
