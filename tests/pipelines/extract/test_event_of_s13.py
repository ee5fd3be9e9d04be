"""A protest event noun whose "of" takes the counted group names them its crowd, as "a crowd of N" does
("a rally of 10,000 supporters", "a demonstration of 2,000 students", "a gathering of about 500 farmers"), and
"the massacre of N civilians" counts the killed (seeds/triggers.csv; invented sentences)."""
import pytest

from tests.pipelines.extract.helpers import run


def figs(nlp, body):
    return sorted((f.category, f.value, f.who) for f in run(nlp, body))


@pytest.mark.parametrize("body, expected", [
    ("Police broke up a rally of 10,000 supporters in Besk on Sunday.", ("protesters", 10000, "supporters")),
    ("Police dispersed a demonstration of 2,000 students outside the ministry.", ("protesters", 2000, "students")),
    ("Police dispersed a gathering of about 500 farmers near Tolmar.", ("protesters", 500, "farmers")),
    ("Rights groups condemned the massacre of 40 civilians in Besk.", ("killed", 40, "civilians")),
])
def test_an_event_of_the_counted_group(nlp, body, expected):
    assert expected in figs(nlp, body)


@pytest.mark.parametrize("body", [
    "A gathering of 200 mourners attended the funeral of the slain student in Besk.",   # a rite, no protest
    "The rally was organised by 12 students from Tolmar.",                               # no "of" the group
])
def test_no_crowd_without_the_event_of_the_group(nlp, body):
    assert not any(c == "protesters" for c, _, _ in figs(nlp, body))
