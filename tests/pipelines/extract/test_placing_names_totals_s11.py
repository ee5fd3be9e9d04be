"""placing, session 11: a place inside an organization's name ("the Kenya Red Cross", "the Nigeria Police Force")
places no figure, so the town the sentence names does; a running total in a sentence that names no place ("the toll
has risen to 41") is the movement's, national, not the place of an earlier sentence or of the article's one town;
the total an increment of its own sentence adds to ("two more died, bringing the number to 23") goes with the
increment (invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body, value, where", [
    ("Unrest in Kenya\n\nPolice fired tear gas at protesters in Nakuru on Tuesday, and the Kenya Red Cross said 30 "
     "people were injured.", 30, "Nakuru"),
    ("Unrest in Kenya\n\nRiot police broke up a march in Kisumu on Friday. The Kenya Red Cross said 14 people were "
     "treated for injuries.", 14, "Kisumu"),
    ("Unrest in Nigeria\n\nDemonstrators marched through Ibadan on Monday. The Nigeria Police Force said 25 "
     "protesters were arrested.", 25, "Ibadan"),
])
def test_a_place_inside_an_organization_name_places_no_figure(nlp, body, value, where):
    assert placed(nlp, body)[value] == where


@pytest.mark.parametrize("body, value", [
    ("Unrest in Kenya\n\nPolice fired tear gas at marchers in Eldoret on Tuesday. The death toll from the protests "
     "has risen to 41, the rights commission said.", 41),
    ("Unrest in Kenya\n\nThousands rallied in Eldoret on Sunday against the new tax.\n\nThe latest death brings to 19 "
     "the toll from the crackdown on the protests, the rights commission said.", 19),
])
def test_a_running_total_naming_no_place_is_national(nlp, body, value):
    assert placed(nlp, body)[value] == "Kenya"


def test_an_increment_and_its_total_share_a_place(nlp):
    body = ("Unrest in Kenya\n\nThousands rallied in Eldoret on Sunday against the new tax. Two more people died on "
            "Monday, bringing the number of dead to 23, activists said.")
    got = placed(nlp, body)
    assert got[2] == got[23] == "Eldoret"


def test_a_running_total_in_a_named_place_keeps_it(nlp):
    body = ("Unrest in Kenya\n\nPolice fired tear gas at marchers in Eldoret on Tuesday. The death toll in the city "
            "has risen to 41, the rights commission said.")
    assert placed(nlp, body)[41] == "Eldoret"
