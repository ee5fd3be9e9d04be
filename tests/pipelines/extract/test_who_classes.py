"""`who` classes of issue 13 on invented sentences: occupations and other people nouns as the counted
group, named beside the number or as the predicate of a partitive ("12 of those held were lawyers")."""
import pytest

from tests.pipelines.extract.helpers import run


def who_of(figs, value):
    return next(f.who for f in figs if f.value == value)


@pytest.mark.parametrize("text, value, who", [
    ("The bar association said 12 of those arrested were lawyers and medics.", 12, "lawyers"),
    ("Police said 40 people were hurt, among them nine teachers and two nurses.", 9, "teachers"),
    ("Seven clerics were detained at the mosque on Friday, the ministry said.", 7, "clerics"),
    ("At least 15 militants were killed in the raid, the army said.", 15, "militants"),
])
def test_occupations_are_the_counted_group(nlp, text, value, who):
    assert who_of(run(nlp, text), value) == who
