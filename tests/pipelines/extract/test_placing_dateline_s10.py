"""placing, session 10: an in-country dateline places the figures after it until the text names another place, a
national cue or the country (invented wire reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body, value, expected", [
    ("Kenya protests turn deadly\n\nKISUMU, Kenya (Wire) - Police fired live rounds at protesters on Tuesday.\n"
     "At least 5 people were killed, a hospital official said.\n"
     "In Nairobi, protesters burned tyres. Police arrested 40 people there.", 5, "Kisumu"),
    ("Kenya protests turn deadly\n\nNAIROBI, Kenya (Wire) - Protests against the finance bill turned deadly on "
     "Tuesday.\nAt least 5 people were killed, a hospital official said.\n"
     "Demonstrations were also held in Mombasa and Kisumu.", 5, "Nairobi"),
    ("Peru unrest\n\nAYACUCHO, Peru, Dec 16 (Wire) - Soldiers fired on protesters at the airport on Thursday.\n\n"
     "Eight people were killed, the health ministry said. Lawmakers in Lima called for an inquiry.", 8, "Ayacucho"),
])
def test_an_in_country_dateline_places_what_follows_it(nlp, body, value, expected):
    assert placed(nlp, body)[value] == expected


@pytest.mark.parametrize("body, value, expected", [
    # guards (they pass without the rule too; a rule taking the dateline for every figure fails them):
    # another place named since the dateline
    ("Peru unrest\n\nJULIACA, Peru (Wire) - Protesters tried to take the airport on Monday. Protests also hit Cusco "
     "and Arequipa.\nAt least 17 people were killed, the ombudsman said.", 17, "Peru"),
    ("Indonesia unrest\n\nSURABAYA, Indonesia, March 12 (Wire) - Police fired tear gas at students on Monday, and "
     "unrest also reached Jakarta and Bandung.\n\nTwelve students were hurt, a spokesman said.", 12, "Indonesia"),
    # a dateline abroad
    ("Peru unrest\n\nLONDON (Wire) - Peruvian police clashed with protesters in Cusco and Puno on Monday.\n"
     "At least 7 people were killed, the ombudsman said.", 7, "Peru"),
    # a national cue, or the nation, since the dateline
    ("Indonesia unrest\n\nMEDAN, Indonesia (Wire) - Riots went on for a third day. Police said 300 people were "
     "arrested nationwide. Protests also hit Jakarta.", 300, "Indonesia"),
    ("Kenya unrest\n\nELDORET, Kenya (Wire) - Protests have swept the nation for weeks, and marches also reached "
     "Kisumu and Nakuru.\nPolice said 9 people were killed.", 9, "Kenya"),
])
def test_the_dateline_gives_way(nlp, body, value, expected):
    assert placed(nlp, body)[value] == expected
