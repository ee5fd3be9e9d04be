"""Crowds and detentions of session 14 on invented sentences: a named group that stages a protest action
("staged a sit-in", "launched a strike", "walked off the job in protest") takes part in it; people that police
haul, drag, whisk or take away (or bundle into police vans) are detained, and only when police or troops act;
burying people counts the dead; a turnout is the size of an event, no group."""
import pytest

from tests.pipelines.extract.helpers import run


def stated(figs):
    return sorted((f.category, f.value, f.who) for f in figs)


@pytest.mark.parametrize("text, want", [
    ("About 500 students staged a sit-in at the university in Varnholm.", [("protesters", 500, "students")]),
    ("About 500 students held a rally at the university in Varnholm.", [("protesters", 500, "students")]),
    ("About 500 students staged a protest outside parliament in Tolmar.", [("protesters", 500, "students")]),
    ("About 3,000 workers launched a strike at the port of Besk.", [("protesters", 3000, "workers")]),
    ("Some 1,000 women formed a human chain along the main road in Dorsk.", [("protesters", 1000, "women")]),
    ("Nearly 2,000 workers walked off the job in protest in Tolmar.", [("protesters", 2000, "workers")]),
    ("More than 1,200 teachers went on strike on Monday over unpaid wages.", [("protesters", 1200, "teachers")]),
    ("Some 2,500 miners have been on strike for three weeks.", [("protesters", 2500, "miners")]),
    ("Some 300 nurses staged a walkout at the Orvell General Hospital.", [("protesters", 300, "nurses")]),
])
def test_a_named_group_staging_a_protest_takes_part(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text", [
    "About 500 students staged a play at the university in Varnholm.",
    "About 300 workers held a meeting at the factory in Besk.",
    "About 400 students held a meeting to plan the next march.",
])
def test_staging_something_else_is_no_protest(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text, want", [
    ("Security forces hauled away dozens of protesters in Varnholm.", [("arrested", 24, "protesters")]),
    ("Police dragged away 30 demonstrators in Tolmar.", [("arrested", 30, "demonstrators")]),
    ("Around 40 protesters were bundled into police vans in Besk.", [("arrested", 40, "protesters")]),
    ("Police whisked away 12 activists in Dorsk.", [("arrested", 12, "activists")]),
    ("Some 25 protesters were taken away by police in Tolmar.", [("arrested", 25, "protesters")]),
    ("Security forces took away 18 young men from the village, residents said.", [("arrested", 18, "young men")]),
])
def test_taken_away_by_police_is_detained(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text", [
    "Police hauled away 20 tonnes of debris in Varnholm.",
    "Ambulances took away 30 people, a doctor said.",
    "Protesters dragged away two police officers and beat them.",
])
def test_removal_without_police_acting_is_no_detention(nlp, text):
    assert [f for f in run(nlp, text) if f.category == "arrested"] == []


def test_burying_counts_the_dead(nlp):
    assert stated(run(nlp, '"We have buried 14 people this week," a community elder in Besk said.')) == \
        [("killed", 14, "people")]


@pytest.mark.parametrize("text, value", [
    ("Organisers put the turnout at 80,000 in Varnholm.", 80000),
    ("Organisers said attendance topped 40,000 in Tolmar.", 40000),
])
def test_a_turnout_names_no_group(nlp, text, value):
    assert stated(run(nlp, text)) == [("protesters", value, "")]


@pytest.mark.parametrize("text, want", [
    ("Some 60 protesters remain behind bars in Varnholm, their lawyers said.", [("arrested", 60, "protesters")]),
    ("More than 100 people were hauled off to police stations in Tolmar overnight.", [("arrested", 100, "people")]),
    ("About 90 people were herded into buses by police in Besk.", [("arrested", 90, "people")]),
])
def test_more_detention_phrasings(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("An estimated 8,000 people converged on Freedom Square in Varnholm.", [("protesters", 8000, "people")]),
    ("Hundreds of taxi drivers blockaded the airport road in Tolmar.", [("protesters", 200, "taxi drivers")]),
    ("Some 600 students boycotted classes and marched to the ministry in Besk.", [("protesters", 600, "students")]),
    ("About 700 dockworkers downed tools in protest at the new contracts.", [("protesters", 700, "dockworkers")]),
])
def test_more_crowd_phrasings(nlp, text, want):
    assert stated(run(nlp, text)) == want


def test_kin_of_detained_people_are_not_detained(nlp):
    assert stated(run(nlp, "Dozens of mothers of detained protesters held a sit-in outside the prison in Dorsk.")) == \
        [("protesters", 24, "mothers")]


def test_a_conjoined_verb_with_its_own_subject_is_not_the_groups(nlp):
    assert stated(run(nlp, "Some 600 students boycotted classes and the teachers marched to the ministry in Besk.")) == []


@pytest.mark.parametrize("text, want", [
    ("About 500 students staged a protest against the killing of a classmate in Varnholm.",
     [("protesters", 500, "students")]),
    ("About 300 women held a rally in Tolmar to denounce the arrests.", [("protesters", 300, "women")]),
    ("About 700 dockworkers downed tools in protest at the killing of three colleagues.",
     [("killed", 3, "colleagues"), ("protesters", 700, "dockworkers")]),
])
def test_the_event_a_group_protests_is_not_its_own(nlp, text, want):
    assert stated(run(nlp, text)) == want


def test_a_group_staging_a_protest_and_arrested_is_arrested(nlp):
    assert stated(run(nlp, "About 500 students staged a sit-in in Besk and were arrested.")) == \
        [("arrested", 500, "students")]


def test_office_holders_resigning_in_protest_are_no_crowd(nlp):
    assert run(nlp, "Three ministers resigned in protest at the killings in Dorsk.") == []


@pytest.mark.parametrize("text, want", [
    ("The 300 people who were taken away by soldiers in Varnholm have not been seen since.", [("arrested", 300, "people")]),
    ("The 40 students who were executed in Tolmar had been tried in secret.", [("killed", 40, "students")]),
])
def test_a_passive_relative_clause_reaches_a_direct_trigger(nlp, text, want):
    assert stated(run(nlp, text)) == want


def test_an_active_relative_clause_is_what_the_group_did(nlp):
    assert stated(run(nlp, "About 300 people who held banners marched to the square in Besk.")) == \
        [("protesters", 300, "people")]


@pytest.mark.parametrize("text, want", [
    ("Police led away about 35 protesters in handcuffs in Varnholm.", [("arrested", 35, "protesters")]),
    ("Around 120 students were carried away by police in Tolmar.", [("arrested", 120, "students")]),
    ("About 900 farmers mounted a blockade of the motorway near Besk.", [("protesters", 900, "farmers")]),
    ("Some 400 relatives of the missing held a march in Tolmar.", [("protesters", 400, "relatives")]),
])
def test_led_away_blockades_and_kin(nlp, text, want):
    assert stated(run(nlp, text)) == want


def test_medics_carrying_people_away_detain_nobody(nlp):
    assert [f.category for f in run(nlp, "Medics carried away 12 injured protesters in Dorsk.")] == ["injured"]
