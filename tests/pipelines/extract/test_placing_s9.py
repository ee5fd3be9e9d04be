"""placing, session 9: a country that names an owner, a body or an origin is not where a figure happened (invented text)."""
import pytest

from .test_placing import where


@pytest.mark.parametrize("body, sentence, number, expected", [
    # "Ruritania's bid" after the city: the possessive country says whose, not where; the city before it places
    ("Riots\nIn Northtown, on the second night of protests over Ruritania's trade deal, police held 107 people.",
     "In Northtown, on the second night of protests over Ruritania's trade deal, police held 107 people.", "107",
     ("n", True)),
    # ... and a body's name "of Ruritania" in the paragraph does not override the paragraph's city
    ("Riots\nIn Southville, police held 90 people. This was reported by the Ministry of the Interior of Ruritania. "
     "Ten officers were hurt.", "Ten officers were hurt.", "Ten", ("s", False)),
    # with no city before it, the owner country still gives the country (a national body's toll)
    ("Riots\nRuritania's ombudsman said 40 people died.", "Ruritania's ombudsman said 40 people died.", "40",
     ("ru", True)),
    # a city that is another number's place ("103 died in X") is not taken past the owner country
    ("Toll\nThe ministry said 103 of the dead were in Northtown, and Ruritania's ombudsman said three were minors.",
     "The ministry said 103 of the dead were in Northtown, and Ruritania's ombudsman said three were minors.", "three",
     ("ru", True)),
    # "people from all over Ruritania" says where they came from: the article's one place is still the setting
    ("Siege of Northtown\nThe square in Northtown filled again. People from all over Ruritania met there on Saturday.\n"
     "Medics said 220 protesters were hurt.", "Medics said 220 protesters were hurt.", "220", ("n", False)),
    ("Siege of Northtown\nThe square in Northtown filled again. Protesters across Ruritania marched on Saturday.\n"
     "Medics said 220 protesters were hurt.", "Medics said 220 protesters were hurt.", "220", ("ru", False)),
])
def test_owner_and_origin_countries(body, sentence, number, expected):
    assert where(body, sentence, number) == expected


@pytest.mark.parametrize("body, sentence, number, expected", [
    # "N each" shares a count out over the places named with it: no one of them is its place
    ("Toll\nNorthtown, Southville and Strelsau reported one death each.",
     "Northtown, Southville and Strelsau reported one death each.", "one", ("ru", False)),
    ("Toll\nIn Northtown and Southville, police held two students apiece.",
     "In Northtown and Southville, police held two students apiece.", "two", ("ru", False)),
    # one place, or "each" that is not distributive ("each day"), still places
    ("Toll\nNorthtown reported one death each day.", "Northtown reported one death each day.", "one", ("n", True)),
    ("Toll\nStrelsau reported two deaths each.", "Strelsau reported two deaths each.", "two", ("cap", True)),
    # "between X and Y" gives the ends of a span: neither is the figure's place, in its sentence or after it
    ("Toll\n\"Some 23 dead were recorded between Northtown and Southville,\" the group said. Three were minors.",
     "\"Some 23 dead were recorded between Northtown and Southville,\" the group said.", "23", ("ru", False)),
    ("Toll\n\"Some 23 dead were recorded between Northtown and Southville,\" the group said. Three were minors.",
     "Three were minors.", "Three", ("ru", False)),
    # ... while "in X and Y" names two places, and the list's first is still the nearest
    ("Toll\nMarches were held in Northtown and Southville. Police said 40 were held.",
     "Police said 40 were held.", "40", ("s", False)),
])
def test_shared_counts_and_spans(body, sentence, number, expected):
    assert where(body, sentence, number) == expected


def test_a_headline_cut_by_the_parser_is_one_sentence(nlp):
    # the parser cuts a title-case headline after a quoted name; the line goes on, and its place is the number's
    from pipelines.extract.figures import sentences
    from .test_placing_articles import placed

    body = ("Kenya’s Police Killed More Than 40 On ‘Black Monday’ In Kisumu\n\n"
            "At least 5 people died in Nairobi, Kenya, on Tuesday.")
    first = next(sentences(nlp(body)))
    assert first.text == body.splitlines()[0]
    assert placed(nlp, body)[40] == "Kisumu"


def test_a_dateline_dash_still_ends_its_piece(nlp):
    from pipelines.extract.figures import sentences

    doc = nlp("Riots go on\n\nOct. 24 (Wire) -- Police fired tear gas at 3,000 marchers in Kisumu.")
    # a dateline's dash ends it: its date is no date of the sentence after it
    assert "Oct. 24 (Wire) --" in [s.text for s in sentences(doc)]


@pytest.mark.parametrize("body, sentence, number, expected", [
    # a total after a per-place list (number words too) is the list's sum: national, not the last item's place
    ("Toll\nEight died in Northtown, six in Southville and three in Strelsau. That makes a total of 17.",
     "That makes a total of 17.", "17", ("ru", False)),
    ("Toll\nIn Northtown 8 died, 6 in Southville and 3 in Strelsau. The dead numbered 17.",
     "The dead numbered 17.", "17", ("ru", False)),
    # one place tied to one number still sets the paragraph
    ("Toll\nFive were killed in Northtown. Another 20 were hurt.", "Another 20 were hurt.", "20", ("n", False)),
    # a number word's list item does not place the sentence's other numbers
    ("Toll\nPolice held 40 people, including three in Southville.",
     "Police held 40 people, including three in Southville.", "40", ("ru", False)),
])
def test_a_total_after_a_per_place_list(body, sentence, number, expected):
    assert where(body, sentence, number) == expected


@pytest.mark.parametrize("body, sentence, number, expected", [
    # "especially in X" gives an example of a wider scope: X places no number after it
    ("Riots\nMany cities in Ruritania, especially in the Northtown region, saw riots despite 40,000 police deployed.",
     "Many cities in Ruritania, especially in the Northtown region, saw riots despite 40,000 police deployed.", "40,000",
     ("ru", True)),
    ("Riots\nUnrest spread across Ruritania, notably in Southville. Police said 300 were held.",
     "Police said 300 were held.", "300", ("ru", False)),
    # ... unless the number is in X's own clause
    ("Riots\nUnrest spread across Ruritania, particularly in Southville, where 300 were held.",
     "Unrest spread across Ruritania, particularly in Southville, where 300 were held.", "300", ("s", True)),
    # without the cue, the place before the number places it
    ("Riots\nUnrest spread across Ruritania and in Southville. Police said 300 were held.",
     "Police said 300 were held.", "300", ("s", False)),
])
def test_a_place_given_as_an_example(body, sentence, number, expected):
    assert where(body, sentence, number) == expected


def test_a_figure_that_goes_on_from_the_one_before_takes_its_place(nlp):
    from .test_placing_articles import placed

    body = ("Kenya: clashes at the port\n\n"
            "Seven people were killed on Thursday in clashes at the port of Mombasa, the rights commission said.\n"
            "At least 52 others were injured, the health ministry said.\n"
            "Another nine officers were hurt and 14 more protesters were detained, police said.\n"
            "Elsewhere, in Kisumu, 300 people marched. Police detained 30 of them.\n"
            "The interior ministry said 120 people had been arrested in the country since the protests began.")
    got = placed(nlp, body)
    assert got[7] == "Mombasa" and got[52] == "Mombasa"
    assert got[9] == "Mombasa" and got[14] == "Mombasa"   # a chain of continuations
    assert got[300] == "Kisumu" and got[30] == "Kisumu"
    assert got[120] == "Kenya"   # no continuation: national


def test_a_continuation_after_a_national_toll_stays_national(nlp):
    from .test_placing_articles import placed

    body = ("Kenya: protests\n\n"
            "Police fired tear gas in Nakuru on Monday.\n\n"
            "Nationwide, 40 people were killed, the commission said.\n"
            "Another 200 were injured.")
    got = placed(nlp, body)
    assert got[40] == "Kenya" and got[200] == "Kenya"
