"""Figure classes of session 8 on invented sentences: crowds that storm a building, people hit by
rounds or suffering burns (injured), troops brought in (deployed). The model is loaded once."""
import pytest

from tests.pipelines.extract.helpers import pairs, run


@pytest.mark.parametrize("text, value", [
    ("Thousands stormed the governor's palace in Varnosk, chanting slogans.", 2000),
    ("Hundreds of students stormed the parliament building on Monday.", 200),
])
def test_a_crowd_that_storms_a_building_is_protesters(nlp, text, value):
    assert pairs(run(nlp, text)) == [("protesters", value)]


def test_security_forces_storming_a_camp_are_not_protesters(nlp):
    assert pairs(run(nlp, "About 200 riot police stormed the camp at dawn.")) == []


@pytest.mark.parametrize("text, value", [
    ("Three protesters were hit by live rounds near the Dorvan bridge.", 3),
    ("Two journalists were hit by rubber bullets outside the court.", 2),
    ("Seven demonstrators suffered burns when a car exploded.", 7),
    ("At least four people sustained severe burns in the fire at the depot.", 4),
])
def test_hit_by_rounds_or_suffering_burns_is_injured(nlp, text, value):
    assert pairs(run(nlp, text)) == [("injured", value)]


def test_towns_hit_by_unrest_are_no_figure(nlp):
    assert pairs(run(nlp, "Fourteen towns were hit by the unrest.")) == []


@pytest.mark.parametrize("text, value", [
    ("Flights could bring in some 3,000 troops from the alliance.", 3000),
    ("The government will bring in 500 soldiers to restore order in Kelmar.", 500),
])
def test_troops_brought_in_are_deployed(nlp, text, value):
    assert pairs(run(nlp, text)) == [("deployed", value)]


@pytest.mark.parametrize("text", [
    "His death, filmed by a passer-by, angered the public and brought thousands of mourners to his funeral.",
    "The killing of the student brought hundreds of people to the square in Kelmar.",
])
def test_a_death_that_brings_a_crowd_is_a_cause_not_a_toll(nlp, text):
    assert [p for p in pairs(run(nlp, text)) if p[0] == "killed"] == []


@pytest.mark.parametrize("text, who", [
    ("At least 40 law enforcement officials were injured in the clashes.", "law enforcement officials"),
    ("One school-age child was killed by a stray bullet.", "school-age child"),
    ("About 30 human rights activists were arrested.", "human rights activists"),
    ("Twelve riot police officers were hurt.", "riot police officers"),
])
def test_who_keeps_the_words_inside_a_modifier_phrase(nlp, text, who):
    assert [f.who for f in run(nlp, text)] == [who]
