"""`who` classes of session 10 on invented sentences: the people noun the parser split from a number
governed by its modifier ("over a dozen people"), the noun after "N-strong" without the hyphen, and
a body statement naming no group that takes the group its headline named."""
import pytest

from tests.pipelines.extract.helpers import run


def whos(figs):
    return sorted((f.category, f.value, f.who) for f in figs)


@pytest.mark.parametrize("text, want", [
    ("Over a dozen people were hurt in Tolmar.", [("injured", 12, "people")]),
    ("Over a dozen people were killed in Varnholm on Friday.", [("killed", 12, "people")]),
    ("Over a dozen police officers were injured in Besk.", [("injured", 12, "police officers")]),
    ("Over a dozen young men were detained in Tolmar.", [("arrested", 12, "young men")]),
    ("Over a dozen riot police were hurt in Varnholm.", [("injured", 12, "riot police")]),
    ("Over a dozen opposition activists were arrested in Besk.", [("arrested", 12, "opposition activists")]),
])
def test_people_noun_after_a_modified_dozen(nlp, text, want):
    assert whos(run(nlp, text)) == want


@pytest.mark.parametrize("text, value, who", [
    ("A 5,000-strong crowd gathered in Besk.", 5000, "crowd"),
    ("Police said a 2,000-strong crowd marched on the town hall in Varnholm.", 2000, "crowd"),
])
def test_strong_compound_keeps_no_hyphen(nlp, text, value, who):
    assert next(f.who for f in run(nlp, text) if f.value == value) == who


@pytest.mark.parametrize("text, value, who", [
    ("Police arrest 40 students in Varnholm\n\nPolice said 40 were arrested on Monday after the march.", 40, "students"),
    ("Varnholm unrest: 12 protesters killed\n\nOfficials said 12 died in the clashes on Sunday.", 12, "protesters"),
    ("Clashes in Tolmar leave 30 police officers injured\n\nThe interior ministry said 30 were hurt in the violence.",
     30, "police officers"),
    ("Eight journalists detained in Besk\n\nEight were detained while covering the rally, their union said.",
     8, "journalists"),
    ("Troops kill 9 villagers in Varnholm\n\nThe army said nine died in the operation.", 9, "villagers"),
    ("Nine people killed in Tolmar\n\nOfficials said nine deaths were recorded on Friday.", 9, "people"),
])
def test_body_statement_takes_the_headlines_group(nlp, text, value, who):
    figs = [f for f in run(nlp, text) if f.value == value]
    assert [f.who for f in figs] == [who]
