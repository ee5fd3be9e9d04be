"""Security personnel seen moving into, arriving at, surrounding or guarding a place are deployed (GOLD_SPEC:
"security personnel / troops / police officers sent or deployed"), seeds/triggers.csv with the deploy strength:
only for security nouns, so a crowd doing the same is no deployment, and "stormed" stays a protest word
(invented sentences)."""
import pytest

from tests.pipelines.extract.helpers import run


def stated(figs):
    return sorted((f.category, f.value, f.bound, f.who) for f in figs)


@pytest.mark.parametrize("text, want", [
    ("Dozens of troops moving on foot were seen entering the main square in Besk early on Thursday.",
     [("deployed", 24, "at_least", "troops")]),
    ("About 300 police officers surrounded the parliament building in Varnholm.",
     [("deployed", 300, "approx", "police officers")]),
    ("Some 200 soldiers arrived in Tolmar overnight.", [("deployed", 200, "approx", "soldiers")]),
    ("Around 40 riot police guarded the ministry in Besk.", [("deployed", 40, "approx", "riot police")]),
])
def test_security_forces_present_at_a_place_are_deployed(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Thousands of people stormed the parliament in Besk.", [("protesters", 2000, "at_least", "people")]),
    ("Dozens of protesters entered the parliament building in Besk.", [("protesters", 24, "at_least", "protesters")]),
    ("Two soldiers were killed as troops entered the town of Tolmar.", [("killed", 2, "exact", "soldiers")]),
])
def test_a_crowd_or_a_toll_is_not_a_deployment(nlp, text, want):
    assert stated(run(nlp, text)) == want
