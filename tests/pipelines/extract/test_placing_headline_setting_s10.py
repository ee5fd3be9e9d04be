"""placing, session 10: the headline's one place places the body's figures until the body names another place, a
national cue, the country or its demonym (invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body, value, expected", [
    ("Deadly clashes in Juliaca\n\nProtesters tried to take the airport on Monday. At least 17 people were killed, "
     "the ombudsman said. Protests also hit Cusco and Arequipa.", 17, "Juliaca"),
    ("Curfew imposed in Eldoret after night of riots\n\nPolice said 9 people died overnight and 60 were arrested.\n"
     "Officials in Nairobi said the army would be deployed to Nakuru.", 9, "Eldoret"),
    ("Curfew imposed in Eldoret after night of riots\n\nPolice said 9 people died overnight and 60 were arrested.\n"
     "Officials in Nairobi said the army would be deployed to Nakuru.", 60, "Eldoret"),
    ("Tear gas fired at students in Bandung\n\nPolice fired tear gas at students outside the regional parliament on "
     "Monday.\nMedics said 25 students were treated for breathing problems.\n"
     "In Jakarta, hundreds marched on the palace, and 12 were arrested.", 25, "Bandung"),
])
def test_the_headline_place_sets_the_opening(nlp, body, value, expected):
    assert placed(nlp, body)[value] == expected


@pytest.mark.parametrize("body, value, expected", [
    # guards (they pass without the rule too; a rule taking the headline's place for every figure fails them):
    # another place named first
    ("Deadly clashes in Juliaca\n\nProtesters tried to take the airport on Monday. Protests also hit Cusco and "
     "Arequipa.\nAt least 17 people were killed, the ombudsman said.", 17, "Peru"),
    # two places in the headline, or a national one
    ("Protests in Nairobi and Mombasa\n\nPolice fired tear gas on Tuesday. At least 30 people were arrested. Marches "
     "also reached Kisumu.", 30, "Kenya"),
    ("Nationwide protests: tear gas in Kisumu\n\nPolice fired tear gas on Tuesday. At least 30 people were arrested. "
     "Marches also reached Nakuru.", 30, "Kenya"),
    # the country's demonym named since
    ("Bandung riots\n\nIndonesian police said 25 students were treated for breathing problems. Protests also hit "
     "Jakarta.", 25, "Indonesia"),
])
def test_the_headline_place_gives_way(nlp, body, value, expected):
    assert placed(nlp, body)[value] == expected
