"""placing, session 10: many places named by their kind, "elsewhere", "the rest of the country" give a figure the
country, not the city named before it (invented text, mentions built by hand)."""
import pytest

from .test_placing import where

LEAD = "Riots broke out in Northtown on Sunday. "


@pytest.mark.parametrize("sentence", [
    "Elsewhere, police arrested 120 people.",
    "Police arrested 120 people elsewhere.",
    "Elsewhere in the country, 120 people were arrested.",
    "In the rest of the country, police arrested 120 people.",
    "Police arrested 120 people in other parts of the country.",
    "Protests were held in several cities, and police arrested 300 people.",
    "In other cities, 45 people were injured.",
    "Clashes in dozens of towns left 45 people injured.",
    "In many cities, 45 people were injured.",
    "Some 45 people were injured in various cities.",
    "Some 45 people were injured in at least 12 provinces.",
    "Some 45 people were injured in other regions.",
    "Some 45 people were injured in 20 cities.",
    "Some 45 people were injured in other towns and cities.",
    "Some 45 people were injured in twelve provinces.",
    "In the provinces, 45 people were injured.",
    "Nationally, 45 people were injured.",
])
def test_many_places_or_the_rest_is_the_country(sentence):
    body = "Unrest\n" + LEAD + sentence
    number = next(w for w in ("120", "300", "45") if w in sentence)
    assert where(body, sentence, number) == ("ru", False)


@pytest.mark.parametrize("body, sentence, number, expected", [
    # "other towns" after the place named before the number: the rest, not that place
    ("Unrest\nPolice fired tear gas in Northtown, and 40 were arrested in other towns.",
     "Police fired tear gas in Northtown, and 40 were arrested in other towns.", "40", ("ru", False)),
    # the kind's places are parts of a place named after them: that place
    ("Unrest\nPolice arrested 40 people in three districts of Northtown.",
     "Police arrested 40 people in three districts of Northtown.", "40", ("n", True)),
    ("Unrest\nFive people were killed in two villages in the Southville region.",
     "Five people were killed in two villages in the Southville region.", "Five", ("s", True)),
    # ... or named before them, with no "other": they may be that place's own
    ("Unrest\nIn Northtown, police arrested 40 people in several districts.",
     "In Northtown, police arrested 40 people in several districts.", "40", ("n", True)),
    ("Unrest\nIn the Southville region, five people were killed in several towns.",
     "In the Southville region, five people were killed in several towns.", "five", ("s", True)),
    # a place named after "elsewhere" is the figure's
    ("Unrest\n" + LEAD + "Elsewhere, in Southville, 3 died.", "Elsewhere, in Southville, 3 died.", "3", ("s", True)),
    # a place's own clause with a plural noun that is no place kind
    ("Unrest\nFive people died in Northtown, where marchers blocked several roads.",
     "Five people died in Northtown, where marchers blocked several roads.", "Five", ("n", True)),
    # a national cue after the place still outranks it, with many places named before the place
    ("Unrest\nCurfews now cover six provinces, with a curfew in Northtown, after marches countrywide left 24 hurt.",
     "Curfews now cover six provinces, with a curfew in Northtown, after marches countrywide left 24 hurt.", "24",
     ("ru", False)),
])
def test_kind_plurals_that_keep_a_place(body, sentence, number, expected):
    # guards of the rule's edges: all but the first pass before it too, and fail with a rule that lets any
    # plural kind outrank the place before it, ignores "X's districts"-like parts, or reads only the first cue
    assert where(body, sentence, number) == expected
