"""A headline of two statements the parser joins with a bare dep link ("Thousands rally in X; 50 arrested") keeps
each count on its own verb: the other statement's verb, which has a count of its own as subject, does not name
the first count (invented headlines)."""
import pytest

from tests.pipelines.extract.helpers import pairs, run


@pytest.mark.parametrize("body, expected", [
    ("Thousands rally in Besk; 50 arrested", [("protesters", 2000), ("arrested", 50)]),
    ("Hundreds protest in Besk, 30 detained", [("protesters", 200), ("arrested", 30)]),
    ("Thousands march in Besk as police arrest 50", [("protesters", 2000), ("arrested", 50)]),
    # one count, one verb: the verb still names it
    ("50 arrested in Besk rally", [("arrested", 50)]),
])
def test_two_statements_of_a_headline(nlp, body, expected):
    assert sorted(pairs(run(nlp, body))) == sorted(expected)
