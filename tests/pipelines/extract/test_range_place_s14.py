"""Places of ranges and of figures after a list of places (invented articles): both ends of a range take the place
the high end too, although the low end's digits stand between it and the place). Invented articles."""
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


def test_two_places_listed_in_the_paragraph_give_no_one_place_to_a_figure_after_them(nlp):
    body = ("Bolivia: miners block roads\n\n"
            "Miners have blocked highways for a week, a union said.\n\n"
            "The union said miners had joined the blockades across the departments of Oruro and Potosi. The "
            "government deployed 2,500 police and soldiers to clear the roads.")
    assert placed(nlp, body)[2500] == "Bolivia"


def test_one_place_in_the_paragraph_still_places_a_figure_after_it(nlp):
    body = ("Bolivia: miners block roads\n\n"
            "Miners have blocked highways for a week, a union said.\n\n"
            "The union said miners had joined the blockades in the department of Potosi. The "
            "government deployed 2,500 police and soldiers to clear the roads.")
    assert placed(nlp, body)[2500] == "Potosí"
