"""Bounds of session 13 on invented sentences: "under N" and "as high as N" are upper bounds (like
"less than" and "as many as"), and "up to N" after a verb of level ("estimated", "numbered") stays
an upper bound, while after a verb of movement ("rose up to") it is a running total (exact)."""
import pytest

from tests.pipelines.extract.helpers import run


def stated(figs):
    return sorted((f.category, f.value, f.bound) for f in figs)


@pytest.mark.parametrize("text, want", [
    ("Under 50 people were injured in the clashes in Varnholm.", [("injured", 50, "at_most")]),
    ("Police said under 2,000 protesters joined the march in Tolmar.", [("protesters", 2000, "at_most")]),
    ("Officials said a little under 200 people were hurt in Besk.", [("injured", 200, "at_most")]),
])
def test_under_is_an_upper_bound(nlp, text, want):
    assert stated(run(nlp, text)) == want


def test_under_before_an_age_is_no_figure(nlp):
    assert stated(run(nlp, "Children under 5 were among the 20 people injured in Varnholm.")) == \
        [("injured", 20, "exact")]


@pytest.mark.parametrize("text, want", [
    ("The death toll could be as high as 30, medics in Varnholm said.", [("killed", 30, "at_most")]),
    ("Medics said as high as 40 people may have died in Tolmar.", [("killed", 40, "at_most")]),
])
def test_as_high_as_is_an_upper_bound(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Police estimated up to 30,000 people took part in the march in Varnholm.", [("protesters", 30000, "at_most")]),
    ("Organisers said the crowd numbered up to 25,000 in Tolmar.", [("protesters", 25000, "at_most")]),
])
def test_up_to_after_a_level_verb_is_an_upper_bound(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("The death toll has gone up to 41 in Varnholm.", [("killed", 41, "exact")]),
    ("Death toll up to 30 in Besk protests", [("killed", 30, "exact")]),
    ("The death toll in Tolmar has risen up to 33, officials said.", [("killed", 33, "exact")]),
])
def test_up_to_after_a_rise_stays_a_running_total(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("A couple of hundred protesters gathered outside the ministry in Varnholm.", [("protesters", 200, "exact")]),
    ("A couple hundred protesters were detained in Tolmar.", [("arrested", 200, "exact")]),
    ("A couple of thousand people marched through Besk on Sunday.", [("protesters", 2000, "exact")]),
    ("Several tens of thousands of people marched in Varnholm.", [("protesters", 30000, "at_least")]),
])
def test_couple_and_several_times_a_scale(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("A couple of protesters were arrested in Varnholm.", [("arrested", 2, "exact")]),
    ("Tens of thousands of people marched in Tolmar.", [("protesters", 20000, "at_least")]),
])
def test_plain_couple_and_tens_of_thousands_unchanged(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Twelve protesters, all under 25, were killed in Varnholm.", [("killed", 12, "exact")]),
    ("Nine marchers, all over 60, were injured in Tolmar.", [("injured", 9, "exact")]),
])
def test_bounded_age_after_all_is_no_count(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Police arrested the marchers, some 300, in Varnholm.", [("arrested", 300, "approx")]),
    ("Officials counted the dead, over 60, in Besk.", [("killed", 60, "at_least")]),
])
def test_bounded_count_apposed_without_all_stays(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Death toll in Varnholm protests tops 100", [("killed", 100, "at_least")]),
    ("The death toll in Tolmar has passed 80, medics said.", [("killed", 80, "at_least")]),
    ("The death toll in Besk crossed 1,000 on Friday.", [("killed", 1000, "at_least")]),
    ("The number of arrests in Varnholm has gone past 2,000.", [("arrested", 2000, "at_least")]),
    ("Officials said above 40 people were killed in Tolmar.", [("killed", 40, "at_least")]),
    ("Officials said below 40 people were hurt in Besk.", [("injured", 40, "at_most")]),
])
def test_verbs_and_words_of_passing_a_level(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Nine days had passed, and 14 people had been killed in Varnholm.", [("killed", 14, "exact")]),
    ("The death toll in Tolmar hit 50 on Monday.", [("killed", 50, "exact")]),
])
def test_passed_without_a_number_and_hit_stay_exact(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Hundreds of people above 60 took part in the march in Varnholm.", [("protesters", 200, "at_least")]),
    ("Police said people above 60 were among the 40 injured in Tolmar.", [("injured", 40, "exact")]),
])
def test_bounded_age_after_a_people_noun_is_no_count(nlp, text, want):
    assert stated(run(nlp, text)) == want


def test_large_bounded_number_after_a_people_noun_counts(nlp):
    assert stated(run(nlp, "Twenty people were killed and people above 300 injured in Besk.")) == \
        [("injured", 300, "at_least"), ("killed", 20, "exact")]
