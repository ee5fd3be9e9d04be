"""Relay shapes of wire copy (issue 14): who relayed a source's figure (reported_via) when the source spoke to,
or was quoted by, a medium, and the closing report clauses whose outlet name holds a country word
(GOLD_SPEC_V2: "X told Reuters": by X, via Reuters; an outlet's own report names no relay). Invented sentences,
run through the whole pipeline (NER included), once per module."""
import pytest

from pipelines.extract import extract_articles
from pipelines.extract.types import ArticleText

LEAD = "Protests spread in Valdoria. "

# (text, value, reported_by, reported_via, place)
CASES = [
    # a quotation continued in the next sentence keeps the relay of its speaker
    ('"We are collecting bodies all night," Dr Lin Aung told Reuters. "At least 30 people have died in this district."',
     30, "Dr Lin Aung", "Reuters", None),
    # ... but not when the speaker spoke for himself
    ('"We are collecting bodies all night," Dr Lin Aung said. "At least 30 people have died in this district."',
     30, "Dr Lin Aung", None, None),
    # a pronoun's referent is never the place after "in" (even one the NER takes for a person)
    ("A rescue worker in Marenta told Reuters the clashes had been fierce. He said at least 30 people had been killed.",
     30, "rescue worker", "Reuters", None),
    # a medium source relayed by the medium whose report closes the sentence
    ("The rights group Viasna said more than 1,000 people had been detained, the Reuters news agency reported.",
     1000, "Viasna", "Reuters news agency", None),
    # a closing outlet name with a country word in it is the outlet: no country source, no country place
    ("Police detained 23 people, RFE/RL's Belarus Service reported.", 23, "RFE/RL's Belarus Service", None, "Valdoria"),
    ("Police detained 23 people, The Rising Nepal reported.", 23, "Rising Nepal", None, "Valdoria"),
    ("A police officer told The Rising Nepal that 17 people were detained.", 17, "police officer", "Rising Nepal",
     None),
    # "confirmed to", "explained to" a medium
    ("An army spokesman confirmed to AFP that 5 soldiers had been killed.", 5, "army spokesman", "AFP", None),
    ("The governor explained to the BBC that 30 people had died.", 30, "governor", "BBC", None),
    ("The governor explained to journalists that 30 people had died.", 30, "governor", None, None),   # no medium
    # a closing "quoted them as saying": via the medium, its country's possessive no place
    ("Police said 7,000 people were detained, Russia's TASS news agency quoted them as saying.",
     7000, "Police", "TASS news agency", "Valdoria"),
    # a told cue inside the phrase of the one before it
    ("The police chief told a news conference broadcast by Channels TV that 31 suspects had been arrested.",
     31, "police chief", "Channels TV", None),
    ("The police chief told a news conference that 31 suspects had been arrested.", 31, "police chief", None, None),
    # a domain's dot is no stop ("Tut.by")
    ('"Twelve people were arrested," police spokeswoman Olga Chemodanova told the Tut.by news portal.',
     12, "Olga Chemodanova", "Tut.by news portal", None),
    # a place's "-based" before a closing outlet
    ("Police said 13 people were arrested, Kathmandu-based Setopati reported.", 13, "Police", "Setopati", None),
    # a medium's programme: the medium relays
    ("The opposition leader told the BBC's Newsnight programme that 300 people had been arrested.",
     300, "opposition leader", "BBC", None),
    # no relay: a source's own report, reporters, an outlet that could not confirm
    ("A police spokesman told reporters that 18 people had been arrested.", 18, "police spokesman", None, None),
    ("Police said 5 people were killed. The figure could not be independently confirmed by AFP.", 5, "Police", None,
     None),
    ("Police arrested 120 demonstrators, the news website Tut.by reported.", 120, "Tut.by", None, None),
    # a media noun after the NER's name of an outlet ("... of Myanmar newspaper")
    ("The army said 45 people were killed, according to the state-run Global New Light of Myanmar newspaper.",
     45, "army", "Global New Light of Myanmar newspaper", "Valdoria"),
    # a medium's unit named after a country places nothing
    ("A local leader told the Myanmar service of Radio Free Asia that 8 people were killed.", 8, "local leader",
     "Myanmar service of Radio Free Asia", "Valdoria"),
    # the next sentence says whom the speaker spoke to
    ('"At least 30 people have been killed since Monday," said Dr Lin Aung. He spoke to Reuters by phone from Marenta.',
     30, "Lin Aung", "Reuters", None),
    ('At least 30 people have been killed in Marenta, a rescue worker said. "We buried them ourselves," he told Reuters.',
     30, "rescue worker", "Reuters", None),
    ('At least 30 people have been killed in Marenta, a rescue worker said. "We buried them ourselves," he told reporters.',
     30, "rescue worker", None, None),
    ("At least 30 people have been killed in Marenta, a rescue worker said. Another rescuer told Reuters the road was shut.",
     30, "rescue worker", None, None),
    # a closing "according to Y, a ... TV channel": Y relays; a person explained so does not
    ("Police said 20 people had been detained, according to Belsat, a Poland-based TV channel.", 20, "Police",
     "Belsat", None),
    ("Police said 20 people had been detained, according to Jane Roe, a lawyer for the detainees.", 20, "Police",
     None, None),
    # "in a statement sent to" a medium
    ('"Twenty people were killed," opposition spokesman Ko Min said in a statement sent to Reuters.', 20, "Ko Min",
     "Reuters", None),
    # a briefing carried live on a medium; on the source's own page it is none
    ("The ministry told a briefing carried live on state television that 20 people died.", 20, "ministry",
     "state television", None),
    ("The ministry told a briefing carried live on its Facebook page that 20 people died.", 20, "ministry", None, None),
    # the pronoun recalls the whole name of the source, with its relay ("Ana" is no other person; since s14 the
    # model's one-word ORG "Reyes" after the title is the surname of "Ana Reyes")
    ('Dr Ana Reyes told AFP the hospital was full.\n\n"We have treated 45 injured people since the morning," she said.',
     45, "Ana Reyes", "AFP", None),
    # a rights body the witnesses spoke to relays them (relay_cues body_relay), like a medium
    ("Witnesses told Amnesty International that soldiers killed at least 12 people at the toll gate.",
     12, "Witnesses", "Amnesty International", None),
    ("At least 14 people were killed, according to relatives interviewed by Civic Rights Watch.",
     14, "relatives", "Civic Rights Watch", None),
    # ... but a count the body recorded itself is its own, and a body no rights body relays nothing
    ("At least 40 people were killed, according to figures collected by Civic Rights Watch.",
     40, "Civic Rights Watch", None, None),
    ("Relatives told the Valdorian Bar Association that 20 people had been detained.", 20, "Relatives", None, None),
]


@pytest.fixture(scope="module")
def rows():
    arts = [ArticleText(article_id=f"r{i}", body=LEAD + c[0], title="Protests", published_at=None)
            for i, c in enumerate(CASES)]
    out = []
    for ex in extract_articles(arts):
        names = {e.entity_id: e.canonical_name for e in ex.entities}
        out.append({f.value: (f.reported_by, f.reported_via, names.get(f.location_entity_id)) for f in ex.figures})
    return out


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:50] for c in CASES])
def test_relay_shapes(rows, i):
    text, value, by, via, place = CASES[i]
    got = rows[i].get(value)
    assert got is not None, rows[i]
    assert got[:2] == (by, via)
    if place is not None:
        assert got[2] == place
