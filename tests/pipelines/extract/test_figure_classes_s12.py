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
