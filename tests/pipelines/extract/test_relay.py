"""relay: reported_via and carried sources, on invented sentences."""
import pytest

from pipelines.extract.relay import carry, is_medium, relayed
from pipelines.extract.types import Figure


@pytest.mark.parametrize("sentence, by, via, others, expected", [
    # "X told <medium>": the medium relays
    ("A spokesman told Reuters that 30 protesters were held.", "spokesman", None, (), ("spokesman", "Reuters")),
    ("An aide told the Example Herald that 12 were hurt.", "aide", None, (), ("aide", "Example Herald")),
    # "told reporters" names no medium
    ("The governor told reporters that 12 were hurt.", "governor", None, (), ("governor", None)),
    # "<medium> reported, citing X": X is the source, the medium relays
    ("State television reported, citing the Health Ministry, that 22 died.", "State television", None, (),
     ("Health Ministry", "State television")),
    ("Local media said, citing hospital staff, that nine were admitted.", "Local media", None, (),
     ("hospital staff", "Local media")),
    # "citing" a reason, not a source: the subject is no medium, nothing changes
    ("Police banned the rally, citing security risks, and held 12 people.", "Police", None, (), ("Police", None)),
    # a passive "reported by <medium> and citing X"
    ("The toll of 52, reported by the state channel Example-24 and citing the Interior Ministry, rose.", None, None, (),
     ("Interior Ministry", "state channel Example-24")),
    # a second attribution in the sentence that is a medium relays the first
    ("The ministry said 41 were killed, the Example Times reports.", "ministry", None, ("ministry", "Example Times"),
     ("ministry", "Example Times")),
    # a relay the parse already found stays as it is
    ("The Interfax agency quoted the regional health department as saying 35 were hurt.",
     "regional health department", "Interfax agency", (), ("regional health department", "Interfax agency")),
    # the medium the source spoke to: "speaking to", "in an interview with", "in comments to", "quoted by"
    ("Interior Minister Ana Reyes, speaking to the Daily Example, said 48 officers were hurt.", "Ana Reyes", None, (),
     ("Ana Reyes", "Daily Example")),
    ("In an interview with Radio Example, the governor said 87 people were treated.", "governor", None, (),
     ("governor", "Radio Example")),
    ("Hospital officials confirmed three deaths, quoted by the Example Standard newspaper.", "Hospital officials",
     None, (), ("Hospital officials", "Example Standard newspaper")),
    ("The police command put the toll at 10, in comments to the Example news agency.", "police command", None, (),
     ("police command", "Example news agency")),
    ("The mayor, speaking to reporters, said 20 were hurt.", "mayor", None, (), ("mayor", None)),
    # a medium the sentence names by its media noun ("state news agency Exagencia"), quoting a source
    ("A further 300 were arrested, state news agency Exagencia said, quoting police sources.", "Exagencia", None, (),
     ("police sources", "Exagencia")),
    # the relaying medium just before "citing" when the parse credited something else (a dateline)
    ("RUTAVA, Feb 10 — Local media reported, citing the Interior Ministry, that 214 were held.", "RUTAVA", None, (),
     ("Interior Ministry", "Local media")),
    # "cited by <medium>" ends at the source's verb
    ("A hospital source cited by Radio Example said 3 had died.", "hospital source", None, (),
     ("hospital source", "Radio Example")),
    # the outlet's own voice: nobody
    ("Some 40 people were injured.", None, None, (), (None, None)),
    # a medium named by its media noun relays the sentence's source ("state broadcaster XBC reported")
    ("The health ministry said 45 people were injured, state broadcaster XBC reported.", "health ministry", None,
     ("health ministry", "XBC"), ("health ministry", "XBC")),
    # the parse hung "X said N died" under the closing "<medium> reported": X is the source, the medium relays
    ("Amnesty Example said 30 people had been killed, AFP reported.", "AFP", None, ("Amnesty Example", "AFP"),
     ("Amnesty Example", "AFP")),
    ("Doctors said 12 were hurt, the Example Times reports.", "Example Times", None, ("Doctors", "Example Times"),
     ("Doctors", "Example Times")),
    # a medium that says it on its own, with nobody else named, stays the source
    ("Some 30 people were killed, AFP reported.", "AFP", None, ("AFP",), ("AFP", None)),
    # ... and a closing verb that is no report verb changes nothing
    ("Police said 30 were held, AFP learned quickly.", "AFP", None, ("Police", "AFP"), ("AFP", None)),
])
def test_relayed(sentence, by, via, others, expected):
    assert relayed(sentence, by, via, others) == expected


@pytest.mark.parametrize("name, medium", [
    ("Reuters", True), ("state television", True), ("news agency Interfax", True), ("Associated Press", True),
    ("press secretary", False), ("Interior Ministry", False), ("police", False), (None, False),
])
def test_is_medium(name, medium):
    assert is_medium(name) is medium


def fig(body, number, by=None, via=None):
    s = body.index(number)
    value = int(number) if number.isdigit() else 1   # its own count: carry reads a restated count (_restated)
    return Figure("killed", value, "exact", number, s, s + len(number), reported_by=by, reported_via=via)


def test_carry_within_paragraph_and_into_quotes_not_across_paragraphs():
    body = ("Heading\n\nMinister Okafor said 7 died. Another 9 were hurt in the east.\n\n"
            "There were 120 arrests in the west.\n\n"
            "\"We are watching,\" she said. \"Another 15 people were wounded.\"\n\n"
            "\"At least 4 are missing,\" Dr Lee said.")
    figs = [fig(body, "7", "Okafor"), fig(body, "9"), fig(body, "120"), fig(body, "15"), fig(body, "4")]
    got = [f.reported_by for f in carry(figs, body)]
    # same paragraph: carried; next paragraph: not; a quote closed by a pronoun: the last source;
    # a quote with its speaker named: the speaker
    assert got == ["Okafor", "Okafor", None, "Okafor", "Dr Lee"]


def test_carry_keeps_the_relay_and_own_sources():
    body = "Heading\n\nState TV, citing police, said 3 died. Later 5 more died. Medics said 8 were hurt."
    figs = [fig(body, "3", "police", "State TV"), fig(body, "5"), fig(body, "8", "Medics")]
    assert [(f.reported_by, f.reported_via) for f in carry(figs, body)] == [
        ("police", "State TV"), ("police", "State TV"), ("Medics", None)]
