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
