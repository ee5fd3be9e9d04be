"""placing, session 11: the toll of a relative clause on the movement ("the unrest that has led to 18 deaths") is
national, not the place of the sentence's main clause; the clause's own place, or the movement's ("the clashes in X,
which have left"), still places it (invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body, value", [
    ("Unrest in Kenya\n\nTens of thousands of protesters swarmed Kenya's capital on Wednesday, clashing with riot police "
     "as promises of reform failed to calm the unrest that has led to at least 18 deaths.", 18),
    ("Unrest in Kenya\n\nThousands marched in Nakuru on Wednesday.\n\nPolice fired tear gas at crowds in Nakuru, as the "
     "protests that have killed 23 people showed no sign of ending.", 23),
])
def test_a_movement_toll_in_a_relative_clause_is_national(nlp, body, value):
    assert placed(nlp, body)[value] == "Kenya"

