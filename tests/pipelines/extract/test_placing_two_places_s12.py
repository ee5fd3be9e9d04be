"""placing, session 12: a figure tied to two sub-national places listed together ("in X and Y", "X, Y riots: ... 900
arrested") has no one place: it is the country's. Not when each place has its own number, and not when one only says
where the other lies (invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body, value, where", [
    ("South Africa unrest\n\nPolice held 300 people in Durban and Johannesburg on Monday.", 300, "South Africa"),
    ("South Africa unrest\n\nPolice held 300 people in Durban, Johannesburg and Pretoria on Monday.", 300,
     "South Africa"),
    ("KwaZulu-Natal, Gauteng riots: toll rises to 40, over 900 arrested\n\nLooting went on.", 900, "South Africa"),
    ("South Africa unrest\n\nIn Durban and Johannesburg, 300 people were held on Monday.", 300, "South Africa"),
    ("South Africa unrest\n\nPolice held 300 people in Durban and 20 in Johannesburg on Monday.", 300, "Durban"),
    ("South Africa unrest\n\nPolice held 300 people in Durban on Monday.", 300, "Durban"),
])
def test_two_places_listed_together_give_no_one_place(nlp, body, value, where):
    assert placed(nlp, body)[value] == where
