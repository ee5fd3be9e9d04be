"""placing: a figure's location on invented text, with mentions built by hand (no model needed)."""
import re

import pytest

from pipelines.extract.placing import article_places, place
from pipelines.extract.types import Entity, Mention

ENTS = {
    "ru": Entity("ru", "location", "Ruritania", "RU", "country"),
    "cap": Entity("cap", "location", "Strelsau", "RU", "city"),
    "n": Entity("n", "location", "Northtown", "RU", "city"),
    "s": Entity("s", "location", "Southville", "RU", "region"),
    "far": Entity("far", "location", "Farport", "FR", "city"),
}
NAMES = {"Ruritania": "ru", "Strelsau": "cap", "Northtown": "n", "Southville": "s", "Farport": "far"}


def mentions(body, dateline=()):
    out = []
    for name, eid in NAMES.items():
        for m in re.finditer(rf"\b{name}\b", body, flags=re.I):
            label = "dateline" if m.group(0).isupper() else "GPE"
            out.append(Mention(eid, m.group(0), m.start(), m.end(), label))
    for m in re.finditer(r"\bRuritanian\b", body):
        out.append(Mention("ru", m.group(0), m.start(), m.end(), "demonym"))
    return sorted(out, key=lambda m: m.char_start)


def where(body, sentence, number):
    places, made = article_places(body, ENTS, mentions(body), None)
    assert made is None
    s = body.index(sentence)
    return place(places, body, s, s + len(sentence), body.index(number, s))


@pytest.mark.parametrize("body, sentence, number, expected", [
    # the sentence names the place
    ("Riots\nIn Northtown, 12 people died overnight.", "In Northtown, 12 people died overnight.", "12", ("n", True)),
    # list items: each number takes the place that follows it, before any comma
    ("Toll\nEight died in Northtown, nine in Southville and two in Strelsau.",
     "Eight died in Northtown, nine in Southville and two in Strelsau.", "nine", ("s", True)),
    ("Toll\nEight died in Northtown, nine in Southville and two in Strelsau.",
     "Eight died in Northtown, nine in Southville and two in Strelsau.", "two", ("cap", True)),
    # a national body's toll: "spread from X" names no place of the dead; the country before the number does
    ("Toll\nRuritania's ministry said 40 died as riots spread from Strelsau.",
     "Ruritania's ministry said 40 died as riots spread from Strelsau.", "40", ("ru", True)),
    # a place before the number in its own clause: "in Southville, three"
    ("Toll\nIn Northtown four were hurt, and in Southville, three.",
     "In Northtown four were hurt, and in Southville, three.", "three", ("s", True)),
    # no place in the sentence: the paragraph's earlier place
    ("Riots\nMarchers filled Southville. Police said 40 were held.", "Police said 40 were held.", "40", ("s", False)),
    # no place in the paragraph, and the article names more than one place: national, at the country entity
    ("Riots in Strelsau\nThe march reached Strelsau and Northtown.\nThe ministry said 50 people died.",
     "The ministry said 50 people died.", "50", ("ru", False)),
    # the article names one place only, and named it last: it sets the place of the paragraphs after it
    ("Riots in Strelsau\nThe march reached Strelsau.\nThe ministry said 50 people died.",
     "The ministry said 50 people died.", "50", ("cap", False)),
    ("Riots\nProtesters camped outside the assembly in Northtown on Friday.\nMedics treated 18 for tear gas.\n"
     "Later, 7 were taken to hospital.", "Later, 7 were taken to hospital.", "7", ("n", False)),
    # ... until the country is named again, by its name, its demonym or "the nation": then a figure is national
    ("Riots\nThe march reached Strelsau.\nUnrest has spread across Ruritania.\nThe ministry said 50 people died.",
     "The ministry said 50 people died.", "50", ("ru", False)),
    ("Riots\nThe march reached Strelsau.\nStrikes have paralysed the nation for a week.\nOfficials said 50 died.",
     "Officials said 50 died.", "50", ("ru", False)),
    # a demonym that begins a body's name ("the Ruritanian Red Crescent") does not end the one place; "Ruritanian
    # police" (a demonym before a common noun) does
    ("Riots\nRiot police cleared a square in Strelsau.\nThe Ruritanian Red Crescent said 30 were hurt.",
     "The Ruritanian Red Crescent said 30 were hurt.", "30", ("cap", False)),
    ("Riots\nRiot police cleared a square in Strelsau.\nRuritanian police said 30 were hurt.",
     "Ruritanian police said 30 were hurt.", "30", ("ru", False)),
    # "the nation's" / "the country's" only qualifies a thing of the country ("the country's debt talks"): no reset
    ("Riots\nCrowds marched on the assembly in Strelsau against the country's debt deal.\nOfficials said 50 were hurt.",
     "Officials said 50 were hurt.", "50", ("cap", False)),
    # a region that only says where the city lies ("X, the main city of Y") is no second place of the article
    ("Riots\nCrowds filled Northtown, the main city of Southville, on Friday.\nOfficials said 50 were hurt.",
     "Officials said 50 were hurt.", "50", ("n", False)),
    # a national cue broken over two lines is still one
    ("Riots\nCrowds marched in Strelsau.\nOfficials said 40 were killed across\nthe country.",
     "Officials said 40 were killed across\nthe country.", "40", ("ru", False)),
    # ... and in hard-wrapped text, past the line break that cut its sentence
    ("Riots\nCrowds marched in Strelsau.\nOfficials said 40 were killed across\nthe country.",
     "Officials said 40 were killed across", "40", ("ru", False)),
    ("Riots\nCrowds marched in Strelsau.\nOfficials said 40 were killed\nNationwide, shops closed.",
     "Officials said 40 were killed", "40", ("cap", False)),
    # a place that was another number's list item sets nothing for the next paragraph
    ("Riots\nAt least 64 were killed, including 13 in the capital city Strelsau.\nOfficials said 500 were held.",
     "Officials said 500 were held.", "500", ("ru", False)),
    # the total of a list item with a long modifier ("in the capital city X") is not that item's place
    ("Riots\nAt least 64 were killed, including 13 in the capital city Strelsau.",
     "At least 64 were killed, including 13 in the capital city Strelsau.", "64", ("ru", False)),
    # a national cue between the number and a later "in X" keeps the number national
    ("Riots\nPolice counted 480 arrests at the national level and unrest in particular in Northtown.",
     "Police counted 480 arrests at the national level and unrest in particular in Northtown.", "480", ("ru", False)),
    # a national cue beats the paragraph's place
    ("Riots\nMarchers filled Southville. Nationwide, 300 were detained.", "Nationwide, 300 were detained.", "300",
     ("ru", False)),
    # a national cue between the sentence's place and the number: the country, not the place
    ("Riots\nAfter a night of looting in Northtown, 900 were detained across the country.",
     "After a night of looting in Northtown, 900 were detained across the country.", "900", ("ru", False)),
    ("Riots\nPolice held 1,200 people at the national level, including 300 in Strelsau.",
     "Police held 1,200 people at the national level, including 300 in Strelsau.", "1,200", ("ru", False)),
    # a place that is another number's list item places only that number; this one takes the paragraph's
    ("Riots\nCrowds marched in Southville. At least 64 were killed, including 13 in Northtown.",
     "At least 64 were killed, including 13 in Northtown.", "64", ("s", False)),
    ("Riots\nCrowds marched in Southville. At least 64 were killed, including 13 in Northtown.",
     "At least 64 were killed, including 13 in Northtown.", "13", ("n", True)),
    # "there" ending a clause is the place named last; "there were" is no place
    ("Riots\nCrowds marched in Northtown.\nPolice said 70 were held there.", "Police said 70 were held there.", "70",
     ("n", True)),
    ("Riots\nCrowds marched in Northtown and Southville.\nThere were 70 arrests, police said.",
     "There were 70 arrests, police said.", "70", ("ru", False)),
    # "the region" / "the province": the region named last
    ("Riots\nUnrest spread to Southville.\nIn the province, 25 were hurt.", "In the province, 25 were hurt.", "25",
     ("s", True)),
    # a place that says where the place before it lies ("X, the capital of Y", "X, in Y") does not place the figure
    ("Toll\nIn Northtown, the main city of Southville, 150 were detained.",
     "In Northtown, the main city of Southville, 150 were detained.", "150", ("n", True)),
    ("Toll\nIn Strelsau, the capital of Ruritania, 40 were hurt.",
     "In Strelsau, the capital of Ruritania, 40 were hurt.", "40", ("cap", True)),
    ("Toll\nIn Northtown, in northern Southville, 9 died.", "In Northtown, in northern Southville, 9 died.", "9",
     ("n", True)),
    # two places listed together: no one place (GOLD_SPEC_V2 place; session 12), not the nearer one
    ("Toll\nIn Northtown and Southville, 9 died.", "In Northtown and Southville, 9 died.", "9", ("ru", False)),
    # a dateline at home is the place of the figures after it, until the country is named again
    ("Riots\nSTRELSAU, May 2 (Wire) - Police said 40 were held overnight.\nRuritania's president spoke of a crisis. "
     "Officials said 90 were fined.", "Police said 40 were held overnight.", "40", ("cap", False)),
    ("Riots\nSTRELSAU, May 2 (Wire) - Police said 40 were held overnight.\nRuritania's president spoke of a crisis. "
     "Officials said 90 were fined.", "Officials said 90 were fined.", "90", ("ru", False)),
    # the country after a dateline ("STRELSAU, Ruritania (Wire) -") belongs to the dateline: it makes nothing national
    ("Riots\nSTRELSAU, Ruritania (Wire) - Some 4,000 people marched on Sunday.\nPolice held 12.",
     "STRELSAU, Ruritania (Wire) - Some 4,000 people marched on Sunday.", "4,000", ("cap", False)),
    ("Riots\nSTRELSAU, Ruritania (Wire) - Some 4,000 people marched on Sunday in Ruritania.",
     "STRELSAU, Ruritania (Wire) - Some 4,000 people marched on Sunday in Ruritania.", "4,000", ("ru", True)),
    # a dateline abroad never places a figure, nor votes for the country
    ("Riots\nFARPORT, May 2 (Wire) - The ministry of Ruritania said 70 died.\nIn Northtown calm returned.",
     "The ministry of Ruritania said 70 died.", "70", ("ru", True)),
])
def test_place(body, sentence, number, expected):
    assert where(body, sentence, number) == expected


def test_country_named_only_through_its_places_is_made():
    body = "Clashes in Northtown\nPolice said 12 died in Northtown. Across the country 30 were hurt."
    ents = {k: v for k, v in ENTS.items() if k != "ru"}
    ms = [m for m in mentions(body) if m.entity_id != "ru"]
    places, made = article_places(body, ents, ms, "n")
    assert made is not None and made.location_kind == "country" and made.country_code == "RU"
    s = body.index("Across")
    assert place(places, body, s, len(body), body.index("30")) == (made.entity_id, False)


def test_no_country_known_falls_back_to_main_place():
    ents = {"x": Entity("x", "location", "Nowhere", None, "city")}
    body = "Riots\nIn Nowhere it was calm.\nTen were hurt."
    ms = [Mention("x", "Nowhere", body.index("Nowhere"), body.index("Nowhere") + 7, "GPE")]
    places, made = article_places(body, ents, ms, "x")
    assert made is None and place(places, body, body.index("Ten"), len(body), body.index("Ten")) == ("x", False)
