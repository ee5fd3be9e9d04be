"""Relay constructions of session 12, round 2 (issue 14): a medium's unit written with its owner's possessive
("the Y's Z service"), "according to a report on Y", "X was quoted as saying by Y", "media reports said, citing
X". Sentences and names invented for these tests."""
import pytest

from pipelines.extract.relay import is_medium

from .test_relays_s10 import one


@pytest.mark.parametrize("body, by, via", [
    ("A resident told the BBC's Varnian service that five people were shot dead in Varnholm.", "resident", "BBC"),
    ("The mayor told Kanal Zeta's Varnholm bureau that five people were killed in Varnholm.", "mayor", "Kanal Zeta"),
    ("Police said 18 people were arrested in Varnholm, according to a report on state television.", "Police",
     "state television"),
    ("Five people were killed in Varnholm, the mayor was quoted as saying by Kanal Zeta.", "mayor", "Kanal Zeta"),
    ("The mayor was quoted as saying by Kanal Zeta that five people were killed in Varnholm.", "mayor", "Kanal Zeta"),
    ("Five people were killed in Varnholm, media reports said, citing the mayor.", "mayor", "media reports"),
    # a closing "told" an outlet-like name no list knows
    ("Five people were killed in Varnholm, the mayor told the Northern Courier.", "mayor", "Northern Courier"),
])
def test_relays_of_s12_round_two(nlp, body, by, via):
    assert one(nlp, body) == (by, via)


@pytest.mark.parametrize("body, by", [
    # a unit with no possessive owner is no medium's: no relay
    ("The mayor told the Varnian Security Service that five people were killed in Varnholm.", "mayor"),
    # a report on something that is no medium
    ("Police said 18 people were arrested in Varnholm, according to a report on the clashes.", "Police"),
    # a source's own post on a platform is no relay (the gold names no platform as reported_via)
    ("The mayor wrote on Telegram that five people were killed in Varnholm.", "mayor"),
    ("The mayor said in a tweet that five people were killed in Varnholm.", "mayor"),
    # a closing "told" a body, a titled person or a country is no outlet
    ("Five people were killed in Varnholm, the mayor told Parliament.", "mayor"),
    ("Five people were killed in Varnholm, the mayor told President Roe.", "mayor"),
    ("Five people were killed in Varnholm, the mayor told France.", "mayor"),
    ("Forty people were arrested in Varnholm, the mayor told the Security Council.", "mayor"),
    ("Forty people were arrested in Varnholm, the mayor told Varnholm University.", "mayor"),
    # a body's own unit is no medium's
    ("Forty people were arrested in Varnholm, the mayor told the Interior Ministry's press service.", "mayor"),
    ("The ministry said 40 people were arrested in Varnholm, according to a report on the unrest.", "ministry"),
    # "told" an outlet-like name that the sentence goes on after is left to the other rules
    ("The mayor told Northern Courier residents that five people were killed in Varnholm.", "mayor"),
])
def test_no_relay_s12_round_two(nlp, body, by):
    assert one(nlp, body) == (by, None)


@pytest.mark.parametrize("name, medium", [
    ("media reports", True), ("news reports", True), ("police reports", False), ("reports", False),
])
def test_a_media_noun_before_reports_is_a_medium(name, medium):
    assert is_medium(name) is medium


from .test_relays_s10 import figures  # noqa: E402


def test_a_speaker_owns_the_paragraph_between_two_of_theirs(nlp):
    body = ("Unrest went on in Varnholm.\n\nThe mayor, Jane Roe, also said six people died, bringing the toll to 32.\n\n"
            "There were 137 more arrests, bringing the number to 862.\n\n"
            "Roe said there were 1488 incidents overnight in Varnholm.\n")
    assert [f[2] for f in figures(nlp, body) if f[0] == "arrested"] == ["Jane Roe", "Jane Roe"]


def test_a_paragraph_between_two_sources_is_owned_by_neither(nlp):
    body = ("Unrest went on in Varnholm.\n\nThe mayor, Jane Roe, also said six people died, bringing the toll to 32.\n\n"
            "There were 137 more arrests, bringing the number to 862.\n\n"
            "Police said there were 1488 incidents overnight in Varnholm.\n")
    assert [f[2] for f in figures(nlp, body) if f[0] == "arrested"] == [None, None]


def test_the_same_speaker_too_far_below_owns_nothing(nlp):
    body = ("Unrest went on in Varnholm.\n\nThe mayor, Jane Roe, also said six people died, bringing the toll to 32.\n\n"
            "There were 137 more arrests, bringing the number to 862.\n\nShops stayed shut.\n\nSchools stayed shut.\n\n"
            "Roe said there were 1488 incidents overnight in Varnholm.\n")
    assert [f[2] for f in figures(nlp, body) if f[0] == "arrested"] == [None, None]


@pytest.mark.parametrize("body, by", [
    ("The governor, Jane Roe, offered an assessment of the unrest in Varnholm, which left 48 police officers injured.",
     "Jane Roe"),
    ("The mayor gave an update on the clashes in Varnholm, in which 12 people were injured.", "mayor"),
])
def test_an_assessment_or_update_given_credits_its_giver(nlp, body, by):
    assert one(nlp, body) == (by, None)


def test_a_count_restated_exactly_takes_the_source_of_its_round_bound(nlp):
    body = ("More than 2,300 people were injured in Varnholm, the Varnia Rights Commission said.\n\n"
            "Shops stayed shut on Monday.\n\n"
            "The number of people injured in the unrest has climbed to 2,312.\n\n"
            "Most of those injured, 1,493 people, were treated in Varnholm, while 90 were hurt in Ostrava.\n")
    got = {f[1]: f[2] for f in figures(nlp, body)}
    assert got[2312] == got[1493] == got[90] == "Varnia Rights Commission"


@pytest.mark.parametrize("lede, later", [
    ("More than 100 people were killed in Varnholm, the health ministry said.", 103),   # 100 pins no count
    ("More than 2,300 people were killed in Varnholm, the health ministry said.", 2500),   # too far above it
])
def test_a_loose_bound_is_no_restatement(nlp, lede, later):
    body = f"{lede}\n\nShops stayed shut on Monday.\n\nThe number of people killed in the unrest has climbed to {later:,}.\n"
    assert {f[1]: f[2] for f in figures(nlp, body)}[later] is None


def test_restated_picks_the_last_credited_figure_of_the_category():
    from pipelines.extract.relay import _restated
    from pipelines.extract.types import Figure

    def fig(cat, value, bound="exact", by=None):
        return Figure(cat, value, bound, str(value), 0, 2, reported_by=by)

    before = [fig("killed", 40, by="police"), fig("arrested", 40, by="ministry"), fig("killed", 40)]
    assert _restated(before, fig("arrested", 40)).reported_by == "ministry"
    assert _restated(before, fig("injured", 40)) is None
    assert _restated([fig("injured", 150, "at_least", "she")], fig("injured", 152)) is None   # a pronoun: carry's job
    assert _restated([fig("injured", 150, "at_least", "medics")], fig("injured", 152)).reported_by == "medics"
