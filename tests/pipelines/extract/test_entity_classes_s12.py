"""Entity classes of session 12 on invented sentences: acronyms set off by dashes or written in Title Case,
one body named with and without its country, a possessive body inside a body, head words of organizations
("Legal Aid", "Squadron"), and names that are no organization (an event, a generic government, an identity
acronym)."""
from __future__ import annotations

import pytest

from pipelines.extract.entities import extract_entities
from pipelines.extract.types import ArticleText


def entities(nlp, text, entity_type):
    ents, _ = extract_entities(nlp(text), ArticleText(article_id="t", body=text))
    return {e.canonical_name: set(e.aliases) for e in ents if e.entity_type == entity_type}


def orgs(nlp, text):
    return entities(nlp, text, "organization")


@pytest.mark.parametrize("text, name, acronym", [
    # an acronym of the name in another language, set off by dashes: its letters need not match
    ("All the cases implicate the Civil Guard and the Mobile Crowd Control Squadron -ESCOR- in Tarvia.",
     "Mobile Crowd Control Squadron", "ESCOR"),
    ("The Working Group on Forced Absences in Tarvia – MGTFA, warned that 40 people were missing.",
     "Working Group on Forced Absences in Tarvia", "MGTFA"),
    # a Title Case acronym in parentheses, when the long name is plainly an organization
    ("The Federation of Highland Peoples of Ecuador (Fehpe) called a strike on Monday.",
     "Federation of Highland Peoples of Ecuador", "Fehpe"),
])
def test_an_acronym_after_a_name_is_that_organization(nlp, text, name, acronym):
    got = orgs(nlp, text)
    assert acronym in got.get(name, set()), got
    assert acronym not in got   # not a second organization


def test_a_dash_acronym_after_two_joined_names_is_the_second(nlp):
    got = orgs(nlp, "The reports implicate the Border Guard and the Rapid Patrol Unit -URPA- in Tarvia.")
    assert "URPA" in got.get("Rapid Patrol Unit", set()), got


@pytest.mark.parametrize("text", [
    "The march ended in Lorvan (Velmora) on Tuesday.",           # a place in parentheses: no acronym
    "Hundreds of residents of Velmora - KTV reported - fled on Monday.",   # a plain hyphen joins no acronym
])
def test_no_acronym_without_an_organization_name(nlp, text):
    got = orgs(nlp, text)
    assert not any(a in {"Velmora", "KTV"} for aliases in got.values() for a in aliases), got


def test_a_body_named_with_its_country_is_one_organization(nlp):
    text = ("The Network of Rural Teachers of Ecuador (NRTE) said 12 were held. The Network of Rural Teachers "
            "said 3 more were detained on Friday.")
    got = orgs(nlp, text)
    assert "Network of Rural Teachers of Ecuador" in got and "Network of Rural Teachers" not in got, got


def test_a_body_of_a_body_after_a_possessive_is_one_organization(nlp):
    got = orgs(nlp, "While the Department of Zelora's Health Directorate reported that seven people died in "
                    "Ayacucho, two more died elsewhere.")
    assert "Department of Zelora's Health Directorate" in got and "Health Directorate" not in got, got


@pytest.mark.parametrize("text, org", [
    ("Kisumu Legal Aid, in a post on Instagram, urged the police to release 60 people.", "Kisumu Legal Aid"),
    ("Witnesses blamed the Night Riot Squadron for the deaths in Tarvia.", "Night Riot Squadron"),
])
def test_a_name_with_an_organization_head_is_an_organization(nlp, text, org):
    assert org in orgs(nlp, text)
    assert org not in entities(nlp, text, "person")


@pytest.mark.parametrize("text, not_an_org", [
    ("Students have marched since April 28 within the framework of the National Strike.", "National Strike"),
    ("We demand that the National Government give the order to stop the repression.", "National Government"),
    ("Members of the LGBTI population were also beaten, the report said.", "LGBTI"),
])
def test_an_event_a_generic_government_or_an_identity_is_no_organization(nlp, text, not_an_org):
    assert not_an_org not in orgs(nlp, text)


@pytest.mark.parametrize("text, org", [
    # a ministry named with its country: the country is part of the name
    ("Police detained 107 people, the Ministry of Internal Affairs of Georgia reported on Sunday.",
     "Ministry of Internal Affairs of Georgia"),
    # an office of the UN after a possessive
    ('"We are alarmed," the UN\'s human rights office said in a post on Friday.', "UN's human rights office"),
    # a name before a lower-case unit noun and its modifiers
    ("Hundreds gathered in Jakarta, accusing the Kormob paramilitary police unit of using excessive force.", "Kormob"),
    # a name in quotes after an organization noun
    ('The office of the ruling party "Kartvel Dream" was pelted with eggs.', "Kartvel Dream"),
])
def test_more_organization_names(nlp, text, org):
    assert org in orgs(nlp, text)


def test_an_acronym_is_no_short_form_of_its_own_office(nlp):
    got = orgs(nlp, "The UN human rights office said 4 died. The UN said more would follow.")
    assert "UN human rights office" in got and "UN" not in got["UN human rights office"], got


def persons(nlp, text):
    return set(entities(nlp, text, "person"))


def test_a_name_before_a_person_noun_in_apposition_is_a_person(nlp):
    text = '"Too much pain is being felt," tweeted Marela Quispo Tarrant, a woman who posted images.'
    assert "Marela Quispo Tarrant" in persons(nlp, text)


def test_a_credited_team_is_no_person(nlp):
    text = "Photos: Jana Velk, Amy Roe, Isaac Dorn, KESTREL Team\n\nProtesters marched in Lima."
    got = persons(nlp, text)
    assert "KESTREL Team" not in got and "Jana Velk" in got, got


def test_a_photographer_slash_a_site_is_a_person_and_a_site(nlp):
    text = "Unrest in Almaty\n\nProtesters gathered in Almaty on Thursday. Darya Volkova/VESTNIK.KZ via AP"
    assert "Darya Volkova" in persons(nlp, text)
    assert "VESTNIK.KZ" in orgs(nlp, text)


def test_a_credit_naming_only_an_agency_acronym(nlp):
    text = "Clashes in Tbilisi\n\nThere were confrontations with law enforcement. Photo: KVN\n\nMore text follows."
    assert "KVN" in orgs(nlp, text)


def test_a_credit_of_social_media_is_no_organization(nlp):
    text = "Rally in Khartoum\n\nDemonstrations in the Sudan capital on Sunday (Photo: Social media)"
    assert orgs(nlp, text) == {}


@pytest.mark.parametrize("text, org", [
    ("March in Dhaka\n\nThe ‘Pupils Against Hunger’ group, which led the march, called a strike.", "Pupils Against Hunger"),
    ('March in Dhaka\n\nThe "Free Velmor Now" movement also joined the march.', "Free Velmor Now"),
])
def test_a_quoted_name_before_an_organization_noun(nlp, text, org):
    assert org in orgs(nlp, text)


def test_a_quoted_phrase_before_a_compound_noun_is_no_organization(nlp):
    assert orgs(nlp, 'March in Dhaka\n\nHe said the "Go Home" group chats were full of anger.') == {}


def test_an_outlet_named_by_a_word_after_according_to_the(nlp):
    text = "Youth in Dhaka\n\nAccording to the Independent, around 18 million young people are jobless."
    assert "The Independent" in orgs(nlp, text)


def test_an_acronym_after_a_list_of_names_with_a_conjunction_is_one_organization(nlp):
    text = ("Vote in Caracas\n\nTwo of them were minors, said Foro Velmo, Justicia, Encuentro y Perdón (JEP), "
            "and Provea at a press conference.")
    got = orgs(nlp, text)
    assert "JEP" in got.get("Justicia, Encuentro y Perdón", set()), got
    assert "Justicia" not in persons(nlp, text)


def test_an_acronym_after_two_names_without_a_conjunction_joins_nothing(nlp):
    got = orgs(nlp, "Vote in Caracas\n\nPolice, Army (PA) units came to the square on Monday.")
    assert "Police, Army" not in got, got


def test_a_city_business_district_is_no_organization(nlp):
    text = "Riot in Nairobi\n\nPolice fired tear gas to disperse a group of protesters within Nairobi CBD."
    assert "Nairobi CBD" not in orgs(nlp, text)


@pytest.mark.parametrize("text", [
    "At least 14 people were killed in clashes between Varno and Besk, Lumen Watch said.",
    "At least 14 people were killed in clashes in Besk, Lumen Watch said.",
])
def test_place_and_body_the_model_ran_together_across_a_comma(nlp, text):
    # the model tags "Besk, Lumen Watch" as one ORG: the place after the preposition is no part of the body
    assert "Lumen Watch" in orgs(nlp, text)
    assert not any("," in name for name in orgs(nlp, text))


def test_place_before_a_comma_gives_the_source_the_body_alone(nlp):
    from .test_relays_s10 import one
    assert one(nlp, "At least 14 people were killed in clashes in Besk, Lumen Watch said.") == ("Lumen Watch", None)
