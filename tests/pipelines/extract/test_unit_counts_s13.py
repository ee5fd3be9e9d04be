"""A number that counts units of people ("Two battalions of soldiers", "three truckloads of riot police") counts
no people: seeds/nonperson_nouns.csv lists the plural unit nouns (invented sentences)."""
import pytest

from tests.pipelines.extract.helpers import pairs, run


@pytest.mark.parametrize("body, expected", [
    ("Two battalions of soldiers were deployed to Besk.", []),
    ("Three truckloads of riot police arrived in the square in Besk.", []),
    ("Two units of riot police and 300 soldiers were deployed in Besk.", [("deployed", 300)]),
    ("A battalion of 500 soldiers was deployed in Besk.", [("deployed", 500)]),   # the people a unit holds count
])
def test_units_of_people_are_no_count(nlp, body, expected):
    assert pairs(run(nlp, body)) == expected
