"""Relays written in ways the lists do not know (session 11): an outlet recognised from its shape,
an inverted closing report, interview phrases, a passive relay verb with "in"/"on" a medium.
Sentences invented for these tests."""
import pytest

from pipelines.extract.relay import is_medium, relayed

from .test_relays_s10 import one


@pytest.mark.parametrize("name", ["Interfax-Ukraine", "Zeta-TV", "dhakanews.com", "Example.kz",
                                  "Prothom Alo", "Kazinform"])
def test_an_outlet_by_its_shape_or_the_widened_list(name):
    assert is_medium(name)


@pytest.mark.parametrize("name", ["Jane Roe", "Interior Ministry", "Varnholm", "Covid-19", "example"])
def test_no_outlet_shape(name):
    assert not is_medium(name)


def test_an_outlet_by_its_shape_after_according_to():
    sentence = "The ministry said 20 people were injured, according to Interfax-Ukraine."
    assert relayed(sentence, "ministry", None, ("ministry", "Interfax-Ukraine")) == ("ministry", "Interfax-Ukraine")


@pytest.mark.parametrize("sentence, by, via", [
    ("Hospital officials told dhakanews.com that 15 people were killed.", "Hospital officials", "dhakanews.com"),
    ("Police said 30 people had been arrested, reported the newspaper Diario Sur.", "Police", "Diario Sur"),
    ("The party reported 12 deaths on Friday, reported the news site Koraline.", "party", "Koraline"),
])
def test_relay_of_a_sentence(sentence, by, via):
    assert relayed(sentence, by, None) == (by, via)


def test_an_inverted_report_by_the_source_itself_is_no_relay():
    assert relayed("Twelve people were injured, said the broadcaster Kanal Zed.", "Kanal Zed", None) == ("Kanal Zed", None)


@pytest.mark.parametrize("body, by, via", [
    ("Unrest went on in Varnholm. The mayor gave an interview to Radio Sol, saying 9 people were killed.", "mayor", "Radio Sol"),
    ("Unrest went on in Varnholm. The police chief was quoted in local media as saying 12 people had died.",
     "police chief", "local media"),
    ("Unrest went on in Varnholm. Hospital officials told Prothom Alo that 15 people were killed.",
     "Hospital officials", "Prothom Alo"),
])
def test_relays_in_articles(nlp, body, by, via):
    assert one(nlp, body) == (by, via)


@pytest.mark.parametrize("body, by", [
    ("Unrest went on in Varnholm. Speaking to President Roe, the governor said 17 people were injured.", "governor"),
    ("Unrest went on in Varnholm. Speaking to the Interior Ministry, the governor said 17 people were injured.", "governor"),
    ("Unrest went on in Varnholm. The ministry said on its Telegram channel that 20 people were arrested.", "ministry"),
])
def test_no_relay_for_a_person_a_body_or_an_own_channel(nlp, body, by):
    assert one(nlp, body) == (by, None)


def test_told_an_organization_the_ner_names():
    sentence = "Police told Kanal Zeta that 40 people were arrested."
    assert relayed(sentence, "Police", None, orgs=("Kanal Zeta",)) == ("Police", "Kanal Zeta")
    # s14: a capitalized name after "told" that nothing marks as a person or place is the medium told
    # (test_relays_s14); one the NER names a person is none
    assert relayed(sentence, "Police", None, persons=("Kanal Zeta",)) == ("Police", None)


@pytest.mark.parametrize("sentence, org", [
    ("The minister told Parliament that 40 people were arrested.", "Parliament"),
    ("The minister told the Interior Ministry that 40 people were arrested.", "Interior Ministry"),
])
def test_told_a_body_is_no_relay(sentence, org):
    assert relayed(sentence, "minister", None, orgs=(org,)) == ("minister", None)


def test_wrote_in_a_newspaper():
    assert relayed("The minister wrote in the Zeta Times that 40 people were arrested.", "minister", None) \
        == ("minister", "Zeta Times")


def test_a_platform_the_ner_names_an_organization_is_no_relay():
    sentence = "The opposition said on Telegram that 60 people had been detained."
    assert relayed(sentence, "opposition", None, orgs=("Telegram",)) == ("opposition", None)


@pytest.mark.parametrize("sentence, by, via", [
    ("The ministry announced 164 deaths on state television.", "ministry", "state television"),
    ("Police said on Monday, in remarks aired on national radio, that 40 people were arrested.", "Police", "national radio"),
    ("The governor said 40 people were injured in an attack on a television station.", "governor", None),
    ("The ministry announced 164 deaths on its website.", "ministry", None),
])
def test_a_count_given_on_a_medium(sentence, by, via):
    assert relayed(sentence, by, None) == (by, via)
