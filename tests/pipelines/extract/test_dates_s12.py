"""Days of figures, session 12 (invented text)."""
from datetime import date

from .helpers import run

SAT = date(2025, 3, 15)
THURSDAY = date(2025, 3, 13)
HEAD = "Unrest in the provinces\n\n"


def days(nlp, body, published=SAT):
    return {(f.category, f.value): f.event_date for f in run(nlp, HEAD + body, published=published)}


# a count that is a report verb's object, the day hanging from that verb: the report's day, not the count's
# (annotate._report_object)

def test_a_count_a_report_gives_on_its_day_names_no_day(nlp):
    got = days(nlp, "For its part, the Lantern party reported Thursday 26 deaths through its spokesman.")
    assert got == {("killed", 26): None}


def test_a_reported_there_were_count_names_no_day(nlp):
    got = days(nlp, 'The governor disputed the toll, saying on Wednesday that there were "12 confirmed deaths".')
    assert got == {("killed", 12): None}


def test_a_reported_event_keeps_the_reports_day(nlp):
    got = days(nlp, "Police said on Thursday that 12 people were killed in Velmora.")
    assert got == {("killed", 12): THURSDAY}


def test_a_count_with_its_own_event_day_keeps_it(nlp):
    got = days(nlp, "The Lantern party reported 26 deaths on Thursday in clashes in Orvana.")
    assert got == {("killed", 26): THURSDAY}


# a count as it stands, in the simple present, takes no day from another clause (annotate._standing_apart)

def test_a_standing_count_takes_no_day_from_another_clause(nlp):
    got = days(nlp, "More than 100 protesters are still holed up in a Dorvik college after many surrendered overnight.")
    assert got == {("protesters", 100): None}


def test_a_standing_count_takes_no_day_from_a_relative_clause(nlp):
    got = days(nlp, "About 300 protesters are camped outside the assembly, where police fired tear gas on Thursday.")
    assert got == {("protesters", 300): None}


def test_a_standing_count_keeps_a_day_of_its_own_clause(nlp):
    got = days(nlp, "About 300 protesters are camped outside the assembly on Thursday.")
    assert got == {("protesters", 300): THURSDAY}


# a lead whose day closes a series of nights lends no story day (dates.series_day, annotate.carry_story_day)

FRIDAY = date(2025, 3, 14)


def test_a_lead_closing_a_series_of_nights_lends_no_story_day(nlp):
    got = days(nlp, "The president called a crisis meeting on Friday after a third night of riots in Velmora, "
                    "which left 80 people injured.\n\n"
                    "Police made 312 arrests, the interior minister wrote.")
    assert got[("arrested", 312)] is None


def test_a_lead_naming_one_night_lends_its_story_day(nlp):
    got = days(nlp, "The president called a crisis meeting on Friday after a night of riots in Velmora, "
                    "which left 80 people injured.\n\n"
                    "Police made 312 arrests, the interior minister wrote.")
    assert got[("arrested", 312)] == THURSDAY


# "today" in a direct quotation is the speaker's day, not the paper's (dates._quoted_relative)

def test_a_quoted_today_does_not_resolve_to_publication():
    from pipelines.extract.dates import any_day, find_dates
    text = "“We have confirmed 12 dead today in Orvana,” an official told the Dorvak Wire."
    assert find_dates(text, SAT) == [] and not any_day(text, 0, len(text))


def test_an_unquoted_today_resolves_to_publication():
    from pipelines.extract.dates import find_dates
    assert [d for _, _, d in find_dates("Officials confirmed 12 dead today in Orvana.", SAT)] == [SAT]


def test_a_quoted_today_takes_the_story_day(nlp):
    got = days(nlp, "Clashes in Orvana left at least 12 dead on Thursday, the ombudsman announced.\n\n"
                    "“We have confirmed 12 dead today near the airport,” an official told the Dorvak Wire. "
                    "Earlier, a coroner had counted “nine dead in the morgue”.")
    assert got[("killed", 12)] == THURSDAY


# a running total since a start, beside an increment's day (annotate._total_since)

def test_a_total_since_the_start_takes_no_day_from_its_increment(nlp):
    got = days(nlp, "On Thursday, the police crackdown left nine people dead in Orvana, "
                    "thus increasing the death toll to 18 since the protests began.")
    assert got == {("killed", 9): THURSDAY, ("killed", 18): None}


def test_a_total_since_the_start_said_on_a_day_keeps_it(nlp):
    got = days(nlp, "The ministry said on Thursday that the toll had risen to 18 since the protests began.")
    assert got == {("killed", 18): THURSDAY}


# days that are no event's: a plan's day, "overnight" naming a curfew; "throughout the country" is no span

def test_a_day_in_the_future_is_no_event_day():
    from pipelines.extract.dates import find_dates
    assert find_dates("Eight metro stations will remain closed on 29 April in Orvana.", SAT) == []
    assert find_dates("A vote is scheduled Wednesday in the assembly.", SAT) == []


def test_a_past_day_beside_a_future_clause_stays():
    from pipelines.extract.dates import find_dates
    got = find_dates("Police arrested 30 people on Thursday; the court will hear them later.", SAT)
    assert [d for _, _, d in got] == [THURSDAY]


def test_an_overnight_curfew_names_no_night():
    from pipelines.extract.dates import any_day, find_dates
    text = "The mayors of Orvana and Dorvik imposed overnight curfews."
    assert find_dates(text, SAT) == [] and not any_day(text, 0, len(text))
    assert [d for _, _, d in find_dates("Police detained 40 people overnight.", SAT)] == [FRIDAY]


def test_throughout_the_country_is_no_span_of_days():
    from pipelines.extract.dates import over_span
    assert not over_span("Thousands staged demonstrations throughout the country.")
    assert over_span("Protesters clashed with police throughout the night.")


def test_a_paragraphs_full_date_carries_past_a_plan_and_a_curfew(nlp):
    got = days(nlp, "On 28 April 2021, thousands of people staged demonstrations throughout the country. "
                    "The mayors of Orvana and Dorvik imposed overnight curfews. "
                    "At least 107 people were injured, while eight metro stations will remain closed on 29 April.",
               published=None)
    assert got[("injured", 107)] == date(2021, 4, 28)


# the headline's figures take no story day (annotate.carry_story_day)

def test_a_headline_figure_takes_no_story_day(nlp):
    figs = run(nlp, "Hundreds of protesters defy curfew in Orvana\n\n"
                    "Police killed four protesters in Orvana on Thursday, medics said. "
                    "Some 30 others were injured.", published=SAT)
    got = {(f.category, f.value): f.event_date for f in figs}
    assert got[("protesters", 200)] is None and got[("injured", 30)] == THURSDAY
