"""Figure classes on invented text: protesters named as the object of a court's, a prosecutor's or a
jailer's act (sentenced, charged, tried, released, freed) are no crowd."""
from __future__ import annotations

import pytest

from .helpers import pairs, run


@pytest.mark.parametrize("body", [
    "A court in Varnholm sentenced 14 protesters to two years in prison.",
    "Prosecutors charged 25 demonstrators with rioting in Tolmar.",
    "Police released 40 protesters on bail in Besk.",
    "The 12 marchers were freed on Monday in Varnholm.",
])
def test_protesters_before_a_court_are_no_crowd(nlp, body):
    assert pairs(run(nlp, body)) == []


def test_a_crowd_is_still_a_crowd(nlp):
    assert pairs(run(nlp, "About 5,000 protesters marched to parliament in Varnholm.")) == [("protesters", 5000)]


@pytest.mark.parametrize("body, who", [
    ("Security forces shot dead 8 demonstrators in Varnholm.", "demonstrators"),
    ("Soldiers shot dead at least 8 young men in Tolmar.", "young men"),
])
def test_a_word_before_the_number_is_no_part_of_the_group(nlp, body, who):
    (fig,) = run(nlp, body)
    assert fig.who == who


@pytest.mark.parametrize("body, who", [
    ("The number of people injured in Varnholm rose to 96.", "people"),
    ("The number of injured protesters in Tolmar rose to 96.", "injured protesters"),
    ("The ministry put the number of injured police in Besk at 96.", "injured police"),
    ("The number of arrested journalists in Varnholm reached 14.", "arrested journalists"),
])
def test_a_running_totals_group_is_the_count_nouns_people(nlp, body, who):
    (fig,) = run(nlp, body)
    assert fig.who == who


def test_a_number_of_is_a_quantifier_not_a_total(nlp):
    figs = run(nlp, "Nearly 6,000 people - including a number of foreigners - were detained in Varnholm.")
    assert [f.who for f in figs] == ["people"]
