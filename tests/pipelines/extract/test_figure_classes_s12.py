"""Figure classes of session 12 on invented sentences: an event noun whose count "exceeded", "topped" or
"surpassed" N (a running total with no count noun: at_least); "N of whom ..." counts the group the
relative pronoun stands for; "N (of them) were <people noun>" after a count is a subset of it."""
import pytest

from tests.pipelines.extract.helpers import run


def stated(figs):
    return sorted((f.category, f.value, f.bound) for f in figs)


@pytest.mark.parametrize("text, want", [
    ("Arrests exceeded 1,000 in Varnholm by Sunday.", [("arrested", 1000, "at_least")]),
    ("Deaths in Tolmar topped 100 on Friday.", [("killed", 100, "at_least")]),
    ("Injuries surpassed 300 after the second night of clashes in Besk.", [("injured", 300, "at_least")]),
    ("Police said arrests across the province had exceeded 2,000.", [("arrested", 2000, "at_least")]),
])
def test_event_noun_exceeding_a_number(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text", [
    "The price of bread in Varnholm topped 100 dinars.",
    "Damage in Tolmar exceeded 500 homes.",
])
def test_exceeding_a_number_needs_an_event_noun(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text, want", [
    ("Rioters attacked police officers in Besk, two of whom died.", [("killed", 2, "police officers")]),
    ("Police detained 40 students in Varnholm, 12 of whom were later charged.",
     [("arrested", 12, "students"), ("arrested", 40, "students")]),
])
def test_of_whom_takes_the_antecedent_group(nlp, text, want):
    assert sorted((f.category, f.value, f.who) for f in run(nlp, text)) == want


def test_of_whom_after_a_bare_number_names_no_group(nlp):
    figs = run(nlp, "Medics said nine were hit by canisters in Tolmar, one of whom is in intensive care.")
    assert sorted((f.category, f.value, f.who) for f in figs) == [("hospitalized", 1, ""), ("injured", 9, "")]


@pytest.mark.parametrize("text", [
    "Twelve were wounded in Besk, two of whom remain in critical condition in hospital.",
    "Twelve were wounded in Besk, two of whom are still in serious condition in intensive care.",
])
def test_partitive_in_a_condition_in_hospital(nlp, text):
    assert sorted((f.category, f.value) for f in run(nlp, text)) == [("hospitalized", 2), ("injured", 12)]


def test_partitive_elsewhere_stays_in_its_parent_category(nlp):
    figs = run(nlp, "Twelve were wounded in Besk, two of whom were shot in the village.")
    assert sorted((f.category, f.value) for f in figs) == [("injured", 2), ("injured", 12)]


@pytest.mark.parametrize("text, want", [
    # the parser made both noun phrases subjects of "hurt": the bound still covers the list
    ("About 60 demonstrators and 12 police officers were hurt in Varnholm.",
     [("injured", 12, "approx"), ("injured", 60, "approx")]),
    ("About 60 demonstrators were hurt and 12 police officers were arrested in Varnholm.",
     [("arrested", 12, "exact"), ("injured", 60, "approx")]),
])
def test_bound_over_subjects_of_one_verb(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Hundreds defy curfew in Tolmar", [("protesters", 200, "at_least")]),
    ("Thousands defy lockdown order in Besk", [("protesters", 2000, "at_least")]),
])
def test_quantifier_hung_on_a_singular_noun_stands_alone(nlp, text, want):
    assert stated(run(nlp, text)) == want


def test_quantifier_of_things_is_still_no_count(nlp):
    assert run(nlp, "Dozens of homes were burned in Varnholm.") == []


@pytest.mark.parametrize("text, want", [
    ("Police arrested 14 people in Varnholm on Monday. Three were minors.",
     [("arrested", 3, "minors"), ("arrested", 14, "people")]),
    ("At least 23 people died in Tolmar, the Besk Rights Union said. Four were students, the group said.",
     [("killed", 4, "students"), ("killed", 23, "people")]),
])
def test_bare_number_naming_its_members_is_a_subcount(nlp, text, want):
    assert sorted((f.category, f.value, f.who) for f in run(nlp, text)) == want


def test_bare_number_naming_its_members_needs_a_figure_before(nlp):
    assert run(nlp, "The Varnholm council met on Monday. Three were lawyers.") == []


@pytest.mark.parametrize("text, want", [
    ("Authorities deployed 3,000 cops to Varnholm.", [("deployed", 3000, "cops")]),
    ("Some 500 constables were deployed in Besk.", [("deployed", 500, "constables")]),
    ("The dead in Tolmar included 12 kids.", [("killed", 12, "kids")]),
    ("At least 30 of the injured in Besk were cops.", [("injured", 30, "cops")]),
    ("Hundreds of students protested the arrest of 20 classmates in Varnholm.",
     [("arrested", 20, "classmates"), ("protesters", 200, "students")]),
])
def test_people_nouns_of_session_12(nlp, text, want):
    assert sorted((f.category, f.value, f.who) for f in run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("The killings of 40 protesters in Besk sparked outrage.", [("killed", 40, "protesters")]),
    ("Rights groups documented the killing of at least 72 people in Tolmar.", [("killed", 72, "people")]),
])
def test_killing_as_an_event_noun(nlp, text, want):
    assert sorted((f.category, f.value, f.who) for f in run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Thousands protested the killing of a student in Varnholm.", [("protesters", 2000)]),
    ("About 5,000 people protested the deaths of 3 miners in Besk.", [("killed", 3), ("protesters", 5000)]),
])
def test_a_crowd_protesting_an_event_is_no_toll(nlp, text, want):
    assert sorted((f.category, f.value) for f in run(nlp, text)) == want


def test_going_to_be_is_no_running_total(nlp):
    body = ("Police detained 40 people in Tolmar on Sunday.\n"
            '"We are going to be more than 20,000 farmers," Ana Brel of the Besk Growers Union said on Monday.')
    assert sorted((f.category, f.value) for f in run(nlp, body)) == [("arrested", 40)]


def test_up_from_after_a_reporting_clause_counts_the_same(nlp):
    figs = run(nlp, "At least 72 people have died in Besk, the health ministry said, up from 51 on Friday.")
    assert stated(figs) == [("killed", 51, "exact"), ("killed", 72, "at_least")]


def test_from_without_a_change_adverb_takes_nothing(nlp):
    figs = run(nlp, "At least 72 people have died in Besk, the health ministry said, quoting a report from 51 clinics.")
    assert stated(figs) == [("killed", 72, "at_least")]


@pytest.mark.parametrize("text, want", [
    ("Police said at least 8 were killed in Besk and scores wounded.", [("injured", 40, "at_least"), ("killed", 8, "at_least")]),
    ("Scores were wounded in Tolmar.", [("injured", 40, "at_least")]),
])
def test_scores_before_an_event_word(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text", [
    "The exam scores were announced in Varnholm.",
    "Test scores were high in Besk this year.",
])
def test_scores_of_a_test_are_no_count(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text, want", [
    ("Police killed two protesters in Besk and wounded 30 more.", [("injured", 30), ("killed", 2)]),
    ("Troops killed 5 villagers and detained 12 more in Tolmar.", [("arrested", 12), ("killed", 5)]),
])
def test_n_more_parsed_as_the_object(nlp, text, want):
    assert sorted((f.category, f.value) for f in run(nlp, text)) == want
