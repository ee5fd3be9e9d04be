"""Figure recall of session 11 on invented sentences: one count with two coordinated participles of
different categories ("were injured and arrested") is a figure for each; casualty pairs ("killed and
injured") and a second participle with a count of its own stay one figure."""
import pytest

from tests.pipelines.extract.helpers import run


def rows(figs):
    return sorted((f.category, f.value, f.who) for f in figs)


@pytest.mark.parametrize("text, want", [
    ("Thousands of people were injured and arrested in Besk.",
     [("arrested", 2000, "people"), ("injured", 2000, "people")]),
    ("Hundreds of students were wounded and detained during the clashes in Tolmar.",
     [("arrested", 200, "students"), ("injured", 200, "students")]),
])
def test_coordinated_participles_split(nlp, text, want):
    assert rows(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Forty people were injured and hospitalized in Varnholm.", [("hospitalized", 40, "people")]),
    ("Sixty protesters were wounded and hospitalised after the march in Besk.", [("hospitalized", 60, "protesters")]),
])
def test_injured_and_hospitalized_is_hospitalized(nlp, text, want):
    """dev README: "hospitalized after being injured" is hospitalized only: one figure, the more
    specific category of the two."""
    assert rows(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("At least 25 people died in Tolmar, including 3 police officers, and dozens of injuries were reported.",
     [("injured", 24, ""), ("killed", 3, "police officers"), ("killed", 25, "people")]),
    ("Medics counted 30 deaths, including 4 students, and scores of injuries in Besk.",
     [("injured", 40, ""), ("killed", 4, "students"), ("killed", 30, "")]),
])
def test_vague_quantifier_counts_a_bare_event_noun(nlp, text, want):
    """"dozens of injuries" counts the injuries (no superset like "40 of the wounded")."""
    assert rows(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Thousands of students defied a government ban in Besk on Sunday.", [("protesters", 2000, "students")]),
    ("Hundreds defy Tolmar curfew", [("protesters", 200, "")]),
])
def test_defying_a_ban_or_curfew_is_protesting(nlp, text, want):
    assert rows(run(nlp, text)) == want

