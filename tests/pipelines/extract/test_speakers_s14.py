"""The people who report a toll are not counted by it (invented sentences): a group that is the subject of
"said"/"told" whose reported clause has a subject of its own ("Two residents said 12 protesters were killed"),
and care staff at a hospital ("Three doctors at the hospital said ...") are sources, not casualties."""
import pytest

from tests.pipelines.extract.helpers import pairs, run


@pytest.mark.parametrize("body, expected", [
    ("Two residents told Reuters by phone that 12 protesters were killed in Besk.", [("killed", 12)]),
    ("Two residents said 12 protesters were killed in Besk.", [("killed", 12)]),
    ("Four lawmakers said 30 people were detained in Besk.", [("arrested", 30)]),
    # the group is itself the subject of the event clause ("said to have"): no reported clause of its own
    ("Three students were said to have been killed in Besk.", [("killed", 3)]),
    # no reporting verb: the group is what the clause counts
    ("Two residents were killed and 12 protesters were hurt in Besk.", [("killed", 2), ("injured", 12)]),
])
def test_reporting_group_is_no_count(nlp, body, expected):
    assert sorted(pairs(run(nlp, body))) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    ("Three doctors at the hospital in Besk said they had treated 40 wounded people.", [("injured", 40)]),
    ("Two nurses from the city hospital said 9 protesters had died.", [("killed", 9)]),
    # staff who are themselves taken to hospital are counted
    ("Three doctors were taken to hospital in Besk after police beat them.", [("hospitalized", 3)]),
    ("Police beat 3 doctors, who were later admitted to the hospital.", [("hospitalized", 3)]),
])
def test_staff_at_a_hospital_are_not_admitted(nlp, body, expected):
    assert sorted(pairs(run(nlp, body))) == sorted(expected)
