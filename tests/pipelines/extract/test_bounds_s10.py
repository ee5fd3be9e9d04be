"""Values and bounds of session 10 on invented sentences: "half a dozen", "a couple of dozen",
"tens of people", number words joined by "and" only after a scale word ("between five and ten" is a
range, "one hundred and twenty" one number), and a range whose high end carries the scale word for both ends
("between 1 and 2 million", "two to three thousand")."""
import pytest

from pipelines.extract.numbers import find_numbers
from tests.pipelines.extract.helpers import run


def stated(figs):
    return sorted((f.category, f.value, f.bound) for f in figs)


@pytest.mark.parametrize("text, want", [
    ("Half a dozen protesters were injured in Besk.", [("injured", 6, "exact")]),
    ("Police said half a dozen people were detained in Varnholm.", [("arrested", 6, "exact")]),
    ("A couple of dozen demonstrators were detained in Varnholm.", [("arrested", 24, "exact")]),
    ("A couple dozen students were hurt when police charged in Tolmar.", [("injured", 24, "exact")]),
    ("Tens of people were killed in Besk on Sunday.", [("killed", 20, "at_least")]),
    ("Police arrested tens of protesters outside the court in Tolmar.", [("arrested", 20, "at_least")]),
])
def test_dozen_and_tens_phrases(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Between 1 and 2 million people marched in Varnholm.",
     [("protesters", 1000000, "at_least"), ("protesters", 2000000, "at_most")]),
    ("Two to three thousand protesters rallied in Tolmar.",
     [("protesters", 2000, "at_least"), ("protesters", 3000, "at_most")]),
    ("Organisers said between 10 and 20 thousand protesters marched in Besk.",
     [("protesters", 10000, "at_least"), ("protesters", 20000, "at_most")]),
    ("Police said 3-4 million people took to the streets in Varnholm.",
     [("protesters", 3000000, "at_least"), ("protesters", 4000000, "at_most")]),
    ("Two to three dozen men were detained in Tolmar.",
     [("arrested", 24, "at_least"), ("arrested", 36, "at_most")]),
    ("Between five and ten people were killed in Besk.", [("killed", 5, "at_least"), ("killed", 10, "at_most")]),
    ("Police said between twenty and thirty protesters were detained in Varnholm.",
     [("arrested", 20, "at_least"), ("arrested", 30, "at_most")]),
    ("Between fifteen and twenty students were arrested in Tolmar.",
     [("arrested", 15, "at_least"), ("arrested", 20, "at_most")]),
    ("Between ten and fifteen thousand people rallied in Tolmar.",
     [("protesters", 10000, "at_least"), ("protesters", 15000, "at_most")]),
])
def test_a_range_shares_the_high_ends_scale(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("5 to 10k people", [5000, 10000]),
    ("between one and two hundred people", [100, 200]),
    ("between five and ten people", [5, 10]),
])
def test_scale_sharing_in_the_number_layer(text, want):
    assert [n.value for n in find_numbers(text)] == want
