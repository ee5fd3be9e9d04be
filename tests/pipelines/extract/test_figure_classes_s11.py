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
