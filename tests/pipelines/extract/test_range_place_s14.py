"""Places of ranges (invented articles): both ends of a range take the place
named before it ("In X, between 5,000 and 10,000 people marched": the high end too, although the low end's digits
stand between it and the place)."""
import pytest

from .test_placing_articles import placed

HEAD = ("Kenya protests: death toll rises to 39, rights body says\n\n"
        "NAIROBI, July 2 (Wire) - At least 39 people have been killed and 361 injured in two weeks of protests "
        "against tax increases in Kenya, the Kenya National Commission on Human Rights said on Monday.\n\n"
        "The commission said 32 people had been subjected to enforced disappearances and 627 protesters had been "
        "arrested since the demonstrations began on June 18.\n\n")


@pytest.mark.parametrize("range_text", ["between 5,000 and 10,000", "5,000 to 10,000"])
def test_both_ends_of_a_range_take_the_place_before_it(nlp, range_text):
    body = HEAD + (f"In Nairobi, {range_text} people marched on parliament on Tuesday, witnesses said. Police fired "
                   "tear gas and live rounds.")
    got = placed(nlp, body)
    assert got[5000] == "Nairobi" and got[10000] == "Nairobi", got

