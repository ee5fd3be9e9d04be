"""Days of figures, session 9 (invented text): a fact told twice keeps the day its other telling
names (dedupe.drop_repeats), unless that day only dates the report or the kept telling counts over
a span of days."""
from datetime import date

import pytest

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


# a day stated for a paragraph carries to its later figures (annotate.carry_paragraph_day)

THURSDAY = date(2025, 3, 13)


def test_a_paragraphs_day_carries_to_its_later_figures(nlp):
    got = days(nlp, "On Friday, riot police fired tear gas at marchers in Dorvik. "
                    "Two people were killed and 30 were injured.")
    assert got == {("killed", 2): FRIDAY, ("injured", 30): FRIDAY}


def test_the_nearest_sentence_naming_a_day_gives_it(nlp):
    got = days(nlp, "Riot police fired tear gas in Dorvik on Thursday. Marchers returned to the square "
                    "on Friday. Four people were killed in the crush.")
    assert got == {("killed", 4): FRIDAY}


def test_a_paragraphs_day_does_not_cross_a_paragraph_break(nlp):
    # (past the lead: the lead's one day would carry, annotate.carry_story_day)
    got = days(nlp, "Police detained 30 people in Dorvik.\n\n"
                    "On Friday, riot police fired tear gas at marchers in Dorvik.\n\n"
                    "Two people were killed in the capital.")
    assert got == {("arrested", 30): None, ("killed", 2): None}


def test_a_count_over_a_span_takes_no_day_from_the_paragraph(nlp):
    got = days(nlp, "On Friday, riot police fired tear gas at marchers in Dorvik. "
                    "Over the past week, 40 people have been arrested.")
    assert got == {("arrested", 40): None}


def test_a_sentence_over_a_span_gives_no_day(nlp):
    got = days(nlp, "Marchers have filled the squares since Friday. Four people were killed in Dorvik.")
    assert got == {("killed", 4): None}


def test_a_figure_naming_its_own_day_keeps_it(nlp):
    got = days(nlp, "Marchers filled the main square of Dorvik on Friday. On Thursday, 12 people were detained.")
    assert got == {("arrested", 12): THURSDAY}


def test_a_reports_day_is_not_carried(nlp):
    got = days(nlp, "The ministry said on Friday that the marches would be met with force. "
                    "Four people were killed in Dorvik.")
    assert got == {("killed", 4): None}
    got = days(nlp, "Eight people died, according to a report by the Lumen Daily on Thursday. "
                    "Police also detained some 1,900 demonstrators.")
    assert got == {("killed", 8): THURSDAY, ("arrested", 1900): None}


def test_a_sentence_naming_two_days_gives_none(nlp):
    got = days(nlp, "Marchers filled the squares of Dorvik on Thursday and Friday. Four people were killed.")
    assert got == {("killed", 4): None}


def test_a_dispatchs_filing_day_is_not_carried(nlp):
    got = days(nlp, "DORVIK, March 14 (Wire) - Riot police fired tear gas at marchers in the old town. "
                    "Four people were killed, medics said.")
    assert got == {("killed", 4): None}


# "the previous day" followed by a lower-case word is still the day before ("the previous day in the
# old town"); "the day before the vote" / "the day before Friday" name another day's eve

def test_the_previous_day_before_a_lower_case_word(nlp):
    got = days(nlp, "Police said on Friday that 40 people had been detained the previous day in the old town.")
    assert got == {("arrested", 40): THURSDAY}
    got = days(nlp, "Medics said on Friday that 3 marchers were killed the day before against the barricades.")
    assert got == {("killed", 3): THURSDAY}


def test_the_day_before_a_named_thing_is_no_previous_day():
    from pipelines.extract.dates import find_dates
    text = "Police said on Friday that 40 people had been detained the day before the vote."
    assert [d for _, _, d in find_dates(text, SAT)] == [FRIDAY]


def test_without_a_publication_date_an_unresolved_day_still_ends_the_search(nlp):
    got = days(nlp, "Marchers gathered in Dorvik on 12 March 2025. Police fired tear gas on Friday. "
                    "Four people were killed.", published=None)
    assert got == {("killed", 4): None}
    got = days(nlp, "Marchers gathered in Dorvik on 12 March 2025. Four people were killed.", published=None)
    assert got == {("killed", 4): date(2025, 3, 12)}


# a running total and a later clause giving a part of it with its own day (dates.part_after)

@pytest.mark.parametrize("text, total, part", [
    ("The death toll from the unrest has risen to 300, with 94 people killed on Friday alone.", 300, 94),
    ("The number of dead has climbed to 52, including nine killed in Dorvik on Friday.", 52, 9),
])
def test_the_day_of_a_part_after_a_running_total_is_not_the_totals(nlp, text, total, part):
    got = days(nlp, text)
    assert got == {("killed", total): None, ("killed", part): FRIDAY}


def test_a_running_totals_own_day_before_the_part_stays(nlp):
    got = days(nlp, "The death toll rose to 30 on Friday, with five killed in Dorvik.")
    assert got[("killed", 30)] == FRIDAY


# a background toll in a relative clause takes no day from the main clause (dates.background_toll)

@pytest.mark.parametrize("text, value", [
    ("Thousands marched through Dorvik on Friday as curfews failed to calm the unrest that has left "
     "at least 18 people dead.", 18),
    ("Riot police cleared the squares of Dorvik on Friday in a crackdown which has killed 40 protesters.", 40),
])
def test_a_background_toll_takes_no_day_from_the_main_clause(nlp, text, value):
    assert days(nlp, text)[("killed", value)] is None


def test_a_background_toll_takes_no_day_from_the_paragraph(nlp):
    got = days(nlp, "Riot police fired tear gas in Dorvik on Friday. The revolt, which has killed 40 "
                    "people, shows no sign of ending.")
    assert got == {("killed", 40): None}


def test_a_count_of_the_main_clause_keeps_its_day(nlp):
    got = days(nlp, "Police killed 3 marchers in Dorvik on Friday in a crackdown that has drawn wide anger.")
    assert got == {("killed", 3): FRIDAY}


@pytest.mark.parametrize("body, expected", [
    # a relative clause dating a movement's start ("protests that began on Tuesday") dates a span, not the toll
    ("At least 40 people have been killed in protests that began on Tuesday, the rights commission said.",
     {("killed", 40): None}),
    ("The demonstrations, which erupted on March 2 over fuel prices, have left 25 dead.", {("killed", 25): None}),
    # ... while "when protests erupted on Wednesday" is the day of the deaths
    ("Police said 7 people were killed when protests erupted on Wednesday.", {("killed", 7): date(2025, 3, 12)}),
])
def test_a_movement_start_dates_no_toll(nlp, body, expected):
    assert days(nlp, body) == expected


@pytest.mark.parametrize("body, expected", [
    # "two/three days ago" counts back from the publication day (seeds/relative_days.csv)
    ("Two days ago, 12 people were injured in Dorvik.", {("injured", 12): date(2025, 3, 13)}),
    ("Police said 30 people were detained three days ago.", {("arrested", 30): date(2025, 3, 12)}),
])
def test_days_ago(nlp, body, expected):
    assert days(nlp, body) == expected
