"""`who` of session 11 on invented sentences: a collective noun counted with "N-strong" names its
members after "of" ("a 2,000-strong force of riot police" -> "riot police"), and such a collective
counts as people even when the collective word itself is no people noun ("contingent", "group")."""
import pytest

from tests.pipelines.extract.helpers import run


def rows(figs):
    return sorted((f.category, f.value, f.who) for f in figs)


@pytest.mark.parametrize("text, want", [
    ("A 2,000-strong force of riot police was sent to Varnholm.", [("deployed", 2000, "riot police")]),
    ("A 600-strong contingent of soldiers was deployed in Besk.", [("deployed", 600, "soldiers")]),
    ("A 300-strong group of students marched to the ministry in Tolmar.", [("protesters", 300, "students")]),
    ("A 5,000-strong crowd of farmers marched on Varnholm.", [("protesters", 5000, "farmers")]),
])
def test_strong_collective_counts_its_members(nlp, text, want):
    assert rows(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("The clashes in Besk left at least 40 deaths, including 6 soldiers, and numerous injuries.",
     [("killed", 6, "soldiers"), ("killed", 40, "")]),
    ("The raid caused 30 deaths, including 5 students, and many arrests in Tolmar.",
     [("killed", 5, "students"), ("killed", 30, "")]),
])
def test_event_noun_conjunct_is_no_part_of_the_group(nlp, text, want):
    """An event noun conjoined to a listed sub-count ("6 soldiers, and numerous injuries") is another
    item of the list: neither the sub-count's group nor its trigger."""
    assert rows(run(nlp, text)) == want


def test_repeat_with_one_modifier_less_is_one_figure(nlp):
    """"14 police officers were missing" ... "14 officers were missing": the same group, named once with
    one modifier less, is one figure (GOLD_SPEC: the same fact repeated is ONE figure)."""
    body = ("Unrest in Besk\n\nThe ministry said 14 police officers were missing after the attack in Besk. "
            "Protesters blocked roads across the province. The minister later said that 14 officers were "
            "missing after the raid on the station.")
    assert rows(run(nlp, body)) == [("missing", 14, "police officers")]
