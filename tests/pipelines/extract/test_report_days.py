"""A running total dated by the briefing that gave it (dates.running_total, dates.report_day,
annotate.date_running_totals), on invented sentences and wire reports."""
from datetime import date

import pytest

from pipelines.extract.dates import report_day, running_total

from .helpers import run

SAT = date(2025, 3, 15)      # a Saturday: "Friday" is 2025-03-14, "Thursday" 2025-03-13


def total(text, number):
    s = text.index(number)
    return running_total(text, s, s + len(number))


@pytest.mark.parametrize("text, number, expected", [
    ("The number of dead has climbed to 14, officials said.", "14", True),
    ("The toll has now risen to 9, the group said.", "9", True),              # an adverb inside
    ("The toll rose to 9 and arrests to 310.", "310", True),
    ("Three more deaths were recorded, bringing the total to 14.", "14", True),
    ("Three more deaths were recorded, bringing the total to 14.", "Three", False),   # the increment
    ("Extra arrests numbered 40, taking the total to 520.", "520", True),
    ("Police have counted 61 arrests so far.", "61", True),
    ("So far, medics have treated 75 people.", "75", True),                   # a fronted phrase
    ("Medics counted 12 dead to date in the port, but 4 bodies lay in a field.", "4", False),   # another clause
    ("Police said 40 people were detained in the square.", "40", False),      # no running total
])
def test_running_total(text, number, expected):
    assert total(text, number) is expected


def test_a_sentence_with_a_running_total_phrase_at_all():
    assert running_total("The toll has risen to 14.")
    assert not running_total("Police detained 14 people.")


@pytest.mark.parametrize("text, expected", [
    ("Speaking to reporters on Friday, the minister gave new figures.", (True, date(2025, 3, 14))),
    ("The ministry said on Thursday night that the roads were shut.", (True, date(2025, 3, 13))),
    ("Briefing the media on Friday, she said there were no clashes overnight.", (True, date(2025, 3, 14))),
    ("Crowds gathered on Thursday in the port.", (True, None)),              # names a day, reports nothing
    ("Officials said the roads were shut.", (False, None)),
    ("The mayor said on Thursday that shops would open on Monday.", (True, date(2025, 3, 13))),
    ("The ministry said on Thursday and again on Friday that roads were shut.", (True, None)),   # two days
    ("Police said 38 officers were hurt in the port on Thursday.", (True, None)),   # the injuries' day
])
def test_report_day(text, expected):
    assert report_day(text, SAT) == expected


BRIEFING = ("Chile unrest: toll climbs to 14\n\n"
            "The number of people killed in a week of unrest has climbed to 14, the government said.\n\n"
            "Speaking at a news conference on Friday evening, Deputy Interior Minister Rosa Vidal said three "
            "more deaths had been recorded, bringing the total to 14.\n\n"
            "She said 212 people had been detained in the capital, bringing arrests to 1,940.\n\n"
            "\u201cWe ask families to stay at home,\u201d Vidal said.\n\n"
            "Police said 38 officers were injured in Valparaiso on Thursday.\n\n"
            "Officers have now detained 2,100 people in all, police say, and the toll stood at 15.")


def test_report_day_without_publication_needs_a_year():
    text = "The minister gave an update on the unrest on Thursday afternoon, 13 March 2025."
    assert report_day(text, None) == (True, date(2025, 3, 13))
    assert report_day("The minister gave an update on Thursday.", None) == (False, None)


def test_running_totals_take_the_day_of_the_briefing_next_to_them(nlp):
    got = {(f.category, f.value): f.event_date for f in run(nlp, BRIEFING, published=SAT)}
    friday, thursday = date(2025, 3, 14), date(2025, 3, 13)
    assert got[("killed", 14)] == friday              # the briefing after it, and the one that gave it
    assert got[("arrested", 1940)] == friday          # a later paragraph of the same briefing
    assert got[("arrested", 212)] is None             # the increment beside the total is no count as of the day
    assert got[("injured", 38)] == thursday           # its own day
    # after a sentence that names another day, the briefing's day is not carried any further
    assert got[("killed", 15)] is None


def test_a_running_total_with_no_report_day_near_it_has_no_date(nlp):
    body = ("Protest toll rises\n\n"
            "The death toll from the protests in Lima has risen to 23, the ombudsman's office said.\n\n"
            "Hundreds marched again, and 30 were detained.")
    got = {f.value: f.event_date for f in run(nlp, body, published=SAT)}
    assert got[23] is None


def test_a_briefing_sentence_with_no_number_still_dates_the_totals_after_it(nlp):
    # the sentence naming the day has no number, so no figure stage parses it
    body = ("Unrest in Mozambique\n\n"
            "The rights group updated its figures on Wednesday evening. The toll has now risen to 34, "
            "and 410 people have been arrested in total.\n\n"
            "Police detained 12 people in Beira.")
    got = {f.value: f.event_date for f in run(nlp, body, published=date(2024, 11, 7))}
    assert got[34] == got[410] == date(2024, 11, 6)
    assert got[12] is None


def test_a_count_since_a_start_takes_no_day_from_a_later_clause(nlp):
    body = ("Kenya protests\n\n"
            "The commission said 312 people had been arrested since the protests began, "
            "and 54 had been injured on Sunday alone.\n\n"
            "Police said on Sunday that 80 people had been detained in Nakuru since the march.")
    got = {f.value: f.event_date for f in run(nlp, body, published=date(2024, 7, 8))}
    assert got[312] is None
    assert got[54] == date(2024, 7, 7)
    assert got[80] == date(2024, 7, 7)      # the report's day before the count: unchanged


def test_a_totals_breakdown_shares_its_day(nlp):
    body = ("Unrest in Iraq\n\n"
            "The rights commission said in a statement late on Friday that the toll had climbed to 40. "
            "The number of injured has risen to 900.\n\n"
            "Of the injured, 610 were treated in Baghdad and 75 in Basra.\n\n"
            "Police detained 12 people in Najaf.")
    got = {(f.category, f.value): f.event_date for f in run(nlp, body, published=date(2019, 10, 26))}
    friday = date(2019, 10, 25)
    assert got[("killed", 40)] == got[("injured", 900)] == friday
    assert got[("injured", 610)] == got[("injured", 75)] == friday
    assert got[("arrested", 12)] is None          # another category: no breakdown of the total
