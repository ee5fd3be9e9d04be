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
