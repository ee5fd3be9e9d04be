"""placing, session 11: a place in a later clause that has a count of its own (", while ... five were missing in X")
is that count's, not the place of the numbers before the comma (invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body", [
    "Unrest in Kenya\n\nProtests continued for a third day across the country.\n\nAround 40 civilians and 12 officers "
    "have been injured, while the minister said 5 officers were missing after an attack on a police post in the town "
    "of Molo.",
    "Unrest in Kenya\n\nProtests went on for a week.\n\nSome 40 protesters were injured, whereas seven officers were "
    "treated in hospital in Eldoret.",
])
def test_a_place_in_a_later_clause_with_its_own_count_does_not_place_the_first(nlp, body):
    got = placed(nlp, body)
    assert got[40] == "Kenya"
