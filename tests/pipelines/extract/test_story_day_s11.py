"""Days of figures, session 11 (invented text): the day the article's lead states carries to later
figures that name none (annotate.carry_story_day), unless their sentence or paragraph marks another
time (dates.other_time), counts over a span, or states a count as it stands; a lead naming two days
lends none; filed or stamped days are no story day (dates.find_dates(filed_days=False))."""
from datetime import date

from pipelines.extract.dates import find_dates, other_time

from .helpers import run

THU = date(2025, 3, 13)        # published on Thursday
TUE = date(2025, 3, 11)


def days(nlp, body, published=THU):
    return {(f.category, f.value): f.event_date for f in run(nlp, body, published=published)}


def test_the_lead_day_carries_to_a_later_paragraph(nlp):
    got = days(nlp, "Clashes in the port city of Dorvel\n\n"
                    "DORVEL — Soldiers shot dead 9 demonstrators in Dorvel on Tuesday, witnesses said.\n\n"
                    "Doctors at the main hospital treated 35 people for gunshot wounds.")
    assert got == {("killed", 9): TUE, ("injured", 35): TUE}


def test_a_lead_sentence_without_a_figure_gives_the_day(nlp):
    got = days(nlp, "Marchers stormed the assembly in Kesta\n\n"
                    "Marchers on Tuesday stormed the assembly in Kesta as deputies voted.\n\n"
                    "Police fired live rounds, and at least four people were killed.")
    assert got == {("killed", 4): TUE}


def test_another_time_blocks_the_carry(nlp):
    got = days(nlp, "Clashes in Dorvel\n\n"
                    "Soldiers shot dead 9 demonstrators in Dorvel on Tuesday.\n\n"
                    "Medics treated 35 people for wounds.\n\n"
                    "Last year, 60 people died in similar unrest in the region.")
    assert got[("injured", 35)] == TUE and got[("killed", 60)] is None


def test_an_earlier_spell_blocks_the_carry_but_earlier_in_the_day_does_not(nlp):
    got = days(nlp, "Clashes in Dorvel\n\n"
                    "Soldiers shot dead 9 demonstrators in Dorvel on Tuesday.\n\n"
                    "Earlier, at least 14 people were reported hurt in a fire at a depot.\n\n"
                    "During the first wave of protests, 80 people were killed.\n\n"
                    "Earlier in the day, medics treated 35 people for wounds.")
    assert got[("injured", 14)] is None and got[("killed", 80)] is None
    assert got[("injured", 35)] == TUE


def test_a_lead_with_two_days_lends_none(nlp):
    got = days(nlp, "Clashes in Dorvel\n\n"
                    "Soldiers shot dead 9 demonstrators in Dorvel on Tuesday and police held students on Wednesday.\n\n"
                    "Doctors treated 35 people for gunshot wounds.")
    assert got[("injured", 35)] is None
    # the same with one day: the lead's day carries
    got = days(nlp, "Clashes in Dorvel\n\n"
                    "Soldiers shot dead 9 demonstrators in Dorvel on Tuesday and police held students.\n\n"
                    "Doctors treated 35 people for gunshot wounds.")
    assert got[("injured", 35)] == TUE


def test_a_standing_count_past_the_lead_takes_no_day(nlp):
    got = days(nlp, "Clashes in Dorvel\n\n"
                    "Soldiers shot dead 9 demonstrators in Dorvel on Tuesday.\n\n"
                    "More than 700 people have been arrested across the province.\n\n"
                    "Police detained 80 students at the campus.")
    assert got[("arrested", 700)] is None and got[("arrested", 80)] == TUE


def test_a_report_day_is_no_story_day(nlp):
    got = days(nlp, "Arrests in Dorvel\n\n"
                    "The ministry said on Wednesday that 50 people were detained in Dorvel on Tuesday.\n\n"
                    "Doctors treated 35 people for gunshot wounds.")
    assert got[("injured", 35)] == TUE       # Wednesday only dates the report
    got = days(nlp, "Arrests in Dorvel\n\n"
                    "The ministry said on Wednesday that 50 people were detained in Dorvel.\n\n"
                    "Doctors treated 35 people for gunshot wounds.")
    assert got[("injured", 35)] is None


def test_a_weekend_is_a_span(nlp):
    got = days(nlp, "Clashes in Dorvel\n\n"
                    "Soldiers shot dead 9 demonstrators in Dorvel on Tuesday.\n\n"
                    "At the weekend 35 people were injured in the suburbs.\n\n"
                    "Police detained 80 students at the campus.")
    assert got[("injured", 35)] is None and got[("arrested", 80)] == TUE


def test_a_page_stamp_is_no_event_day():
    text = "Dorvel Times, 12 Mar 2025 - 10:42, Dorvel"
    assert find_dates(text, THU) != []
    assert find_dates(text, THU, filed_days=False) == []
    text = "Wednesday 12 March 2025 10:42 GMT. Soldiers shot dead 9 demonstrators on Tuesday."
    assert {d for _, _, d in find_dates(text, THU, filed_days=False)} == {TUE}


def test_other_time_cues():
    assert other_time("Some 40 people were killed in 2019 in the same square.")
    assert other_time("Earlier this month, 12 were hurt.")
    assert other_time("A week ago 12 were hurt.")
    assert not other_time("On Tuesday 12 were hurt.")
    assert not other_time("Dorvel, 12 Mar 2025 - 10:42")


def test_a_publication_line_is_no_story_day(nlp):
    # "Published 13 March 2025" under the headline is the page's day; the lead's only event day is the
    # report's, so nothing carries to the later count
    got = days(nlp, "Unrest spreads in Kesta\n\nPublished 13 March 2025\n\n"
                    "Police said on Thursday they had detained 40 people in Kesta.\n\n"
                    "Doctors said more than 200 people had been treated for tear gas across the country.")
    assert got[("injured", 200)] is None


def test_a_publication_line_does_not_hide_the_leads_day(nlp):
    got = days(nlp, "Unrest spreads in Kesta\n\nPublished 13 March 2025\n\n"
                    "Riot police detained 40 people in Kesta on Tuesday.\n\n"
                    "Doctors treated 35 people for tear gas.")
    assert got == {("arrested", 40): TUE, ("injured", 35): TUE}


def test_stamp_lines_are_told_from_sentences():
    assert find_dates("Published 13 March 2025", THU, filed_days=False) == []
    assert find_dates("Posted: Mar 13, 2025 10:15 GMT", THU, filed_days=False) == []
    assert [d for *_, d in find_dates("Published 13 March 2025", THU)] == [THU]
    assert [d for *_, d in find_dates("Police held 40 people on 13 March 2025.", THU, filed_days=False)] == [THU]


def test_a_lead_sentence_about_something_else_gives_no_day(nlp):
    # the reopened road is no part of the unrest: its day is no story day, so the later count keeps none
    got = days(nlp, "Calm returns to Kesta\n\n"
                    "The main highway into Kesta reopened on Tuesday after a week of closures.\n\n"
                    "The toll of the unrest has risen to 40 dead, the ministry said.\n\n"
                    "Doctors treated 35 people for tear gas.")
    assert got[("injured", 35)] is None
