"""Values and bounds of session 11 on invented sentences: "one and a half million" / "a million and a
half" (1.5 x the scale), "ranging from N to M" (a span of estimates is a range, unlike "rose from N to
M"), and "exceed(ed) N" (more than N: at_least)."""
import pytest

from tests.pipelines.extract.helpers import run


def stated(figs):
    return sorted((f.category, f.value, f.bound) for f in figs)


@pytest.mark.parametrize("text, want", [
    ("One and a half million people marched through Varnholm on Sunday.", [("protesters", 1500000, "exact")]),
    ("Organisers said a million and a half people marched in Tolmar.", [("protesters", 1500000, "exact")]),
    ("Some two and a half thousand police officers were deployed in Besk.", [("deployed", 2500, "approx")]),
])
def test_and_a_half_scales(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Police said crowds ranging from 300 to 700 people gathered in Varnholm.",
     [("protesters", 300, "at_least"), ("protesters", 700, "at_most")]),
    ("Witnesses said anywhere from 20 to 40 demonstrators were detained in Tolmar.",
     [("arrested", 20, "at_least"), ("arrested", 40, "at_most")]),
])
def test_ranging_from_is_a_range(nlp, text, want):
    assert stated(run(nlp, text)) == want


def test_ranging_from_shares_the_counted_group(nlp):
    figs = run(nlp, "Crowds ranging from 300 to 700 people gathered in Varnholm.")
    assert sorted(f.who for f in figs) == ["people", "people"]


@pytest.mark.parametrize("text, want", [
    ("Officials said the death toll in Besk could exceed 30.", [("killed", 30, "at_least")]),
    ("The death toll in Tolmar surpassed 45 on Monday.", [("killed", 45, "at_least")]),
])
def test_exceed_is_at_least(nlp, text, want):
    assert stated(run(nlp, text)) == want
