"""placing, session 10: a headline figure's place is the place of its telling in the body when that telling names
no place of its own sentence (invented wire reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body, value, expected", [
    ("Clashes in Kisumu leave 5 dead\n\nPolice fired live rounds as protests spread from Nairobi to Mombasa. "
     "At least 5 people were killed, a medic said.", 5, "Kisumu"),
    ("5 killed in Kisumu as protests spread\n\nPolice fired live rounds as protests spread from Nairobi to Mombasa. "
     "At least 5 people were killed, a medic said.", 5, "Kisumu"),
    ("Police arrest 200 in Bandung\n\nProtests spread from Jakarta to Surabaya and Medan on Monday. "
     "Police arrested 200 people, a spokesman said.", 200, "Bandung"),
    ("Dozens hurt as police clash with marchers in Cusco\n\nProtests also hit Lima and Arequipa on Monday. "
     "Dozens of people were hurt, the ombudsman said.", 24, "Cusco"),
    ("12 injured in Medan riots\n\nRiots hit Jakarta and Surabaya. Police said 12 people were injured.", 12, "Medan"),
    ("Twelve injured in Medan riot, police say\n\nRiots hit Jakarta and Surabaya. Police said twelve people were "
     "injured.", 12, "Medan"),
    ("Medan riot leaves 12 injured\n\nRiots hit Jakarta and Surabaya. Police said 12 people were injured.", 12, "Medan"),
    ("Peru protests: 3 dead in Ayacucho\n\nPolice clashed with marchers in Lima and Cusco. Three people died on "
     "Monday, officials said.", 3, "Ayacucho"),
    ("Curfew in Nakuru after 7 killed\n\nProtests hit Nairobi and Kisumu. Seven people were killed, police said.",
     7, "Nakuru"),
    ("Riots in Eldoret: 40 hurt\n\nProtests hit Nairobi and Kisumu. In all, 40 people were hurt.", 40, "Eldoret"),
])
def test_the_headline_places_its_figure_told_again_in_the_body(nlp, body, value, expected):
    assert placed(nlp, body)[value] == expected


@pytest.mark.parametrize("body, value, expected", [
    # guards: the body's own sentence places it, or makes it national (they pass without the rule too)
    ("Clashes in Kisumu leave 5 dead\n\nPolice fired live rounds as protests spread from Nairobi. "
     "At least 5 people were killed in Mombasa, a medic said.", 5, "Mombasa"),
    ("Kenya protests: 300 arrested in Nairobi\n\nProtests hit Nakuru and Kisumu. Police said 300 people were "
     "arrested nationwide.", 300, "Kenya"),
    # ... or the headline names two places, or one that is no place of its number (a naive rule lends them)
    ("Nakuru and Kisumu unrest: death toll rises to 40\n\nRiots hit Nairobi and Mombasa last week. Officials said "
     "40 people died.", 40, "Mombasa"),
    ("Toll rises to 40 after riots in Nakuru and Kisumu\n\nRiots hit Nairobi and Mombasa last week. Officials said "
     "40 people died.", 40, "Mombasa"),
    ("40 dead, 300 arrested: Nakuru counts the cost of riots\n\nRiots hit Nairobi and Kisumu last week. Officials "
     "said 40 people died and 300 were arrested.", 40, "Kisumu"),
])
def test_the_body_telling_keeps_its_own_place(nlp, body, value, expected):
    assert placed(nlp, body)[value] == expected
