"""Classes of source the attribution rules must find or refuse, on invented wire-style sentences:
an informant inside a body, a body citing the people who counted, a document noun naming its
source, a running total that names whose toll it is, a misparsed trailing attribution, and
subjects that are no source (a place, an event that "claimed" lives)."""
import pytest

from .helpers import run


def provenance(figs):
    return {f.value: (f.reported_by, f.reported_via) for f in figs}


@pytest.mark.parametrize("body, expected", [
    # an informant noun with the body it speaks for
    ("An official at the transport ministry said 300 people had been arrested.",
     {300: ("official at the transport ministry", None)}),
    ("A spokeswoman for the fire brigade said 23 firefighters were wounded.",
     {23: ("spokeswoman for the fire brigade", None)}),
    # a place after the informant noun is no body: the informant stays alone
    ("Officials in Mombasa said 5 people were shot dead.", {5: ("Officials", None)}),
    # the trailing "X told <agency>" the parser hung on the place before it as an apposition
    ("At least nine people died in clashes in Arequipa, a source from the ombudsman's office told AFP.",
     {9: ("source from the ombudsman's office", "AFP")}),
    # a body citing the people who counted relays their figure
    ("Amnesty International, citing local activists, said 63 protesters had been detained.",
     {63: ("local activists", "Amnesty International")}),
    ("Opposition activists, quoting hospital staff, said 30 people were wounded.",
     {30: ("hospital staff", "Opposition activists")}),
    # a body cited or quoted, whose own words are in a relative clause: by the body, via who cited it
    ("The broadcaster quoted the regional governor, who said 17 people had been detained overnight.",
     {17: ("regional governor", "broadcaster")}),
    # ... but a verb that is no relay leaves the speaker alone
    ("Police detained the organiser, who said 300 people had marched.", {300: ("organiser", None)}),
    # a reporting participle with no subject of its own reports for its clause's subject
    ("The army, while first reporting 20 injuries, has not commented since.", {20: ("army", None)}),
    ("Reporting 31 arrests, the interior ministry said the situation was calm.", {31: ("interior ministry", None)}),
    # ... and a participle that does not report gives nobody
    ("Marchers crossed the bridge, chanting slogans, and 40 were detained.", {40: (None, None)}),
    # "told <medium>" followed by how it was told
    ("An opposition deputy told AFP by phone that 12 people had been killed.", {12: ("opposition deputy", "AFP")}),
    ("A nurse told Reuters over the phone that 30 people were wounded.", {30: ("nurse", "Reuters")}),
    ("A police officer told reporters by the gate that 40 people were held.", {40: ("police officer", None)}),
    # citing a reason is no relay
    ("Police banned the march, citing security risks, and detained 12 people.", {12: (None, None)}),
    # a document noun names its source in a modifier, or is one ("official figures"), or is none
    ("The death toll rose to 105, according to an AFP tally based on hospital records.", {105: ("AFP", None)}),
    ("According to official figures, 44 people were killed.", {44: ("official figures", None)}),
    ("Local reports said 200 people were injured in the town.", {200: ("Local reports", None)}),
    ("According to the figures, 44 people were killed.", {44: (None, None)}),
    ("Data released by the electoral commission showed 39 deaths.", {39: ("electoral commission", None)}),
    # a running total whose subject says whose toll it is
    ("Chile's official toll stands at 41 dead.", {41: ("official toll", None)}),
    ("The death toll has risen to 12.", {12: (None, None)}),
    # a body that "gave a breakdown" is the source of the list in it
    ("The commission gave a breakdown: 17 died in the capital and 3 in the port city.",
     {17: ("commission", None), 3: ("commission", None)}),
    # no source: a city that "recorded" deaths, an event that "claimed" lives
    ("Kisumu recorded 17 deaths, the highest of any county.", {17: (None, None)}),
    # ... nor a list of places, nor a region the gazetteer knows without a population
    ("Kisii, Narok and Laikipia reported one death each.", {1: (None, None)}),
    ("Laikipia recorded 3 deaths.", {3: (None, None)}),
    ("The clashes claimed 11 lives on Sunday.", {11: (None, None)}),
    # a first-person subject inside a quotation: the speaker the sentence names
    ('"We have logged 40 deaths since Friday," said Ana Ferreira, a spokeswoman for the Red Cross.',
     {40: ("Ana Ferreira", None)}),
    # the sentence after the figure credits it: a noun that recalls the figure, active or passive
    ("Troops detained 45 people on Sunday. The defence ministry announced the arrests in a statement.",
     {45: ("defence ministry", None)}),
    ("Some 45 people were detained on Sunday. The arrests were confirmed by the defence ministry.",
     {45: ("defence ministry", None)}),
    # ... but not a sentence with a figure of its own
    ("Troops detained 45 people on Sunday. The defence ministry reported 12 more arrests in the north.",
     {45: (None, None), 12: ("defence ministry", None)}),
    # a medium that carried or broadcast the statement
    ("The ministry said in a statement carried by the state news agency Agexa that 19 people were hurt.",
     {19: ("ministry", "state news agency Agexa")}),
    ("Twenty-two people were injured, the governor said on state television.",
     {22: ("governor", "state television")}),
    ("The cabinet said in a statement read on state radio that 60 people had been arrested.",
     {60: ("cabinet", "state radio")}),
    ("The cabinet said in a statement read on Monday that 60 people had been arrested.", {60: ("cabinet", None)}),
    # a relay the sentence opens with, and a document noun owned by its source
    ("Citing police sources, the Interfax news agency said 40 people were detained.",
     {40: ("police sources", "Interfax news agency")}),
    ("The ministry's figures, reported by state media, showed 33 deaths.", {33: ("ministry", "state media")}),
    # pictures name no source, unless an outlet's
    ("Television footage showed 2,000 protesters marching on the palace.", {2000: (None, None)}),
])
def test_source_classes(nlp, body, expected):
    assert provenance(run(nlp, body)) == expected


def test_a_breakdown_paragraph_keeps_the_source_of_the_total_before_it(nlp):
    body = ("Clashes spread to five provinces on Sunday.\n\n"
            "At least 14 people have died since Friday, according to the rights group Civic Watch.\n\n"
            "Of the total, six were killed in the capital and eight in the port city.\n\n"
            "Police said 30 officers were hurt.\n\n"
            "Most of those hurt were treated on site. Another 12 people were detained.")
    assert provenance(run(nlp, body)) == {14: ("Civic Watch", None), 6: ("Civic Watch", None),
                                          8: ("Civic Watch", None), 30: ("Police", None), 12: (None, None)}


def test_a_paragraph_that_breaks_down_nothing_takes_no_source_from_the_one_before(nlp):
    body = ("At least 14 people have died since Friday, according to the rights group Civic Watch.\n\n"
            "In the capital, six were killed on Saturday.")
    assert provenance(run(nlp, body)) == {14: ("Civic Watch", None), 6: (None, None)}


def test_a_cited_body_speaking_in_a_relative_clause_is_the_source_and_who_cited_it_the_relay(nlp):
    # the parse gives the name alone or with its descriptive noun phrase; either names the body
    body = "Human Rights Watch cited the local monitoring group Vigilia, which said 42 people were killed."
    (by, via), = provenance(run(nlp, body)).values()
    assert by.endswith("Vigilia") and via == "Human Rights Watch"


@pytest.mark.parametrize("body, expected", [
    # "admit" with a direct object is the count's own event (hospitalized), not "admitted that": no statement
    ("Ana Mwangi, who runs the county hospital, said in a statement that the hospital had admitted 23 patients.",
     {23: ("Ana Mwangi", None)}),
    ("Doctors said the main hospital had admitted 17 wounded protesters.", {17: ("Doctors", None)}),
    ("The ministry admitted that 40 people had been detained.", {40: ("ministry", None)}),
])
def test_a_trigger_verb_with_its_object_is_no_statement(nlp, body, expected):
    assert provenance(run(nlp, body)) == expected


@pytest.mark.parametrize("body, expected", [
    # a role noun with the person's name in apposition after a comma: the name
    ("The group's Kenya director, Jane Wairimu, said at least 22 people had been killed.",
     {22: ("Jane Wairimu", None)}),
    # a negated speech verb is no statement ("did not say how many"): the figure is the outlet's own
    ("President Ana Roe, who visited the hospital, did not say how many were hurt; 40 people were treated there.",
     {40: (None, None)}),
    ("Police did not confirm the toll, but doctors said 12 died.", {12: ("doctors", None)}),
])
def test_a_named_apposition_and_a_negated_statement(nlp, body, expected):
    assert provenance(run(nlp, body)) == expected
