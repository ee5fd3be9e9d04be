"""Entity classes of session 9 on invented sentences: an acronym that spells a small town's name, and a bare
direction word, are no places."""
from __future__ import annotations

import pytest

from pipelines.extract.entities import extract_entities
from pipelines.extract.types import ArticleText


def names(nlp, text, entity_type):
    """The canonical names of the entities of one type found in an invented text."""
    ents, _ = extract_entities(nlp(text), ArticleText(article_id="t", body=text))
    return {e.canonical_name for e in ents if e.entity_type == entity_type}


def places(nlp, text):
    return {n.lower() for n in names(nlp, text, "location")}


@pytest.mark.parametrize("text, not_a_place", [
    ("Indian police detained 300 farmers in Delhi, and the UN urged restraint. The UN said 20 were hurt.", "un"),
    ("Cameroon: unrest spreads\nSeparatists in the South clashed with soldiers in Buea, and 12 people died.", "south"),
    ("Protests spread to the North after 30 students were detained in Kano, Nigeria.", "north"),
])
def test_an_acronym_or_a_direction_is_no_place(nlp, text, not_a_place):
    got = places(nlp, text)
    assert not_a_place not in got and got   # the real places are still found


def orgs(nlp, text):
    return names(nlp, text, "organization")


@pytest.mark.parametrize("text, org", [
    # a body's noun with a determiner, then a name the NER missed: "the NGO X", "the rights group X"
    ("The NGO Temblores, which tracks police violence, counted 1,100 cases of abuse.", "Temblores"),
    ("The rights group Kavuma said 12 people were held in Kisumu.", "Kavuma"),
])
def test_a_name_after_a_body_noun_is_an_organization(nlp, text, org):
    assert org in orgs(nlp, text)


@pytest.mark.parametrize("text", [
    "A group Kenyans admire marched through Nairobi.",   # a demonym plural is no name of the group
    "The group Nairobi residents formed last year disbanded.",   # a place is no name of the group
])
def test_a_demonym_or_place_after_a_body_noun_is_no_organization(nlp, text):
    assert orgs(nlp, text) == set()


def persons(nlp, text):
    return names(nlp, text, "person")


@pytest.mark.parametrize("text, group", [
    # a name-shaped ORG after "the" is a named group: a person's name takes no article
    ("Witnesses said the Iron Fist Brigade had blocked the road to Kisumu.", "Iron Fist Brigade"),
    ("Police said the Black Hand Gang was behind the attacks.", "Black Hand Gang"),
])
def test_a_name_after_the_is_a_group_not_a_person(nlp, text, group):
    assert group in orgs(nlp, text) and group not in persons(nlp, text)


def test_another_name_of_a_town_abroad_is_no_match(nlp):
    # "Mirpur" is only an alternate name of a town in Pakistan: in a Bangladesh report it is no Pakistani place
    text = "Bangladesh: students clash with police\nIn Dhaka's Mirpur district, police arrested 45 students."
    ents, _ = extract_entities(nlp(text), ArticleText(article_id="t", body=text))
    assert "PK" not in {e.country_code for e in ents if e.entity_type == "location"}
    assert "Dhaka" in names(nlp, text, "location")
