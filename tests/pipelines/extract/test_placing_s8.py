"""placing, session 8: constructions of news prose that tie a figure to a place, or do not (invented text).

Hand-built mentions (test_placing's helpers), and a few end-to-end cases that need the model."""
import pytest

from .test_placing import where
from .test_placing_articles import placed


@pytest.mark.parametrize("body, sentence, number, expected", [
    # a place glued to a participle ("the Strelsau-based monitor") only qualifies a body: no place of the figure
    ("Riots\nCrowds marched in Northtown.\nThe Strelsau-based monitor said 40 were hurt.",
     "The Strelsau-based monitor said 40 were hurt.", "40", ("n", False)),
    ("Riots in Ruritania\nIn Ruritania, a Farport-backed militia said 12 died.",
     "In Ruritania, a Farport-backed militia said 12 died.", "12", ("ru", True)),
    # "40 km north of X", "a drive south of the capital X": X is a reference point, not where it happened
    ("Riots\nCrowds marched in Northtown, 40 km north of Strelsau, and 12 were hurt.",
     "Crowds marched in Northtown, 40 km north of Strelsau, and 12 were hurt.", "12", ("n", True)),
    ("Riots\nA fire gutted the assembly in Northtown.\nThe hall stands a two-hour drive south of the capital Strelsau. "
     "Two people died at the scene.", "Two people died at the scene.", "Two", ("n", False)),
    # ... but "the north of X" is a part of X
    ("Toll\nIn the north of Southville, 30 were hurt.", "In the north of Southville, 30 were hurt.", "30", ("s", True)),
    # "beyond X": the figure is outside X, in the rest of the country
    ("Riots\nCurfews spread to towns beyond Strelsau, and 9,000 soldiers were deployed.",
     "Curfews spread to towns beyond Strelsau, and 9,000 soldiers were deployed.", "9,000", ("ru", True)),
    ("Riots\nThe strike spread beyond Northtown; 300 were detained.",
     "The strike spread beyond Northtown; 300 were detained.", "300", ("ru", True)),
    # "in the northern X" ties X to the number before it, and so does a participle set off by a comma
    ("Toll\nAcross Ruritania, police held 40 people in the southern Northtown district.",
     "Across Ruritania, police held 40 people in the southern Northtown district.", "40", ("n", True)),
    ("Toll\nDeaths were counted in nine provinces of Ruritania, the highest number, 25, recorded in the northern "
     "Southville province.", "Deaths were counted in nine provinces of Ruritania, the highest number, 25, recorded in "
     "the northern Southville province.", "25", ("s", True)),
    # a numeral repeated in brackets ("six (6)") is the same number: the place after it is still its own
    ("Riots\nPolice counted 20 deaths in Southville, but six (6) bodies were found in a mall in Northtown.",
     "Police counted 20 deaths in Southville, but six (6) bodies were found in a mall in Northtown.", "six",
     ("n", True)),
    ("Riots\nIn Southville, police said eight (8) people were detained at a checkpoint near Northtown.",
     "In Southville, police said eight (8) people were detained at a checkpoint near Northtown.", "eight",
     ("n", True)),
])
def test_place_s8(body, sentence, number, expected):
    assert where(body, sentence, number) == expected


def test_the_capital_before_a_weekday_is_the_capital(nlp):
    # "Kenya's capital Monday": a weekday after "the capital" is no name of it; the anaphor, not the country, places
    got = placed(nlp, "Kenya: traders' protest\n\nSome 3,000 traders marched into Kenya's capital Monday as talks "
                      "stalled. Riot police in Nairobi fired tear gas at them.")
    assert got[3000] == "Nairobi"
    got = placed(nlp, "Chile: students march\n\nThousands of protesters swarmed Chile's capital Tuesday, clashing "
                      "with police. Later, crowds gathered in the parks of Santiago.")
    assert got[2000] == "Santiago"
