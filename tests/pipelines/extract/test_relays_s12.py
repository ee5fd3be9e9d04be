"""Relay constructions of session 12 (issue 14): a relay the parse hid behind the cited source, relative
"which cited", "as reported by", outlets no list knows in an opening or closing report clause, "quoted by"
a name the NER takes for a person, a headline's "Source: N killed", and a descriptive source ("a leading
rights group", "the monitoring group") named by the article's one body of that kind. Sentences and names
invented for these tests."""
import pytest

from pipelines.extract.relay import colon_source, relayed, resolve_descriptors
from pipelines.extract.types import Figure

from .test_relays_s10 import figures, one


@pytest.mark.parametrize("body, by, via", [
    # the sayer before "citing" relays what the cited people alleged (the parse credited them)
    ("Troops cracked down in Varnholm last month, Civic Rights Watch said Tuesday, citing local activists who "
     "alleged that more than 40 people were killed.", "local activists", "Civic Rights Watch"),
    # "according to Y, which cited / quoted X"
    ("Nine people were killed in Varnholm, according to Kanal Zeta, which cited hospital officials.",
     "hospital officials", "Kanal Zeta"),
    ("Nine people were killed in Varnholm, according to the Daily Meridian, which quoted hospital officials.",
     "hospital officials", "Daily Meridian"),
    # "According to X, as reported by Y, ..."
    ("According to the health ministry, as reported by Kanal Zeta, 19 people died in Varnholm.",
     "health ministry", "Kanal Zeta"),
    # an outlet no list knows, closing or opening the sentence with "according to" / "reported"
    ("The mayor said 12 people were killed in Varnholm, according to Kanal Zeta.", "mayor", "Kanal Zeta"),
    ("The ministry said 19 people had died in Varnholm, according to a report by Kanal Zeta.", "ministry",
     "Kanal Zeta"),
    ("Nineteen people had died in Varnholm, the ministry said, Kanal Zeta reported on Monday.", "ministry",
     "Kanal Zeta"),
    ("According to Kanal Zeta, police said 12 people died in Varnholm.", "police", "Kanal Zeta"),
    ("Kanal Zeta reported on Monday that the ministry had confirmed 19 deaths in Varnholm.", "ministry", "Kanal Zeta"),
    # "quoted by" / "in a statement to" a name the NER may take for a person
    ("Twelve people died in Varnholm, police said in a statement quoted by Nova Zora.", "police", "Nova Zora"),
    ("In a statement to Nova Zora, police said twelve people died in Varnholm.", "police", "Nova Zora"),
])
def test_relays_of_s12(nlp, body, by, via):
    assert one(nlp, body) == (by, via)


@pytest.mark.parametrize("body, by", [
    # a body or a person closing the sentence is no outlet: no relay
    ("Police said 12 people died in Varnholm, according to the Interior Ministry.", "Police"),
    ("The mayor said 12 people died in Varnholm, according to Jane Roe, a local lawyer.", "mayor"),
    # "as reported by" someone who is no medium or outlet
    ("The mayor said 12 people died in Varnholm, as reported by the governor.", "mayor"),
    # an outlet alone is the source, with nobody to relay
    ("Twelve people died in Varnholm, according to Kanal Zeta.", "Kanal Zeta"),
    # a cited document is no source people: the one who cites it stays the source
    ("Twelve people died in Varnholm, according to the mayor, who cited hospital records.", "mayor"),
])
def test_no_relay_s12(nlp, body, by):
    assert one(nlp, body) == (by, None)


def test_relayed_closing_outlet_needs_a_source_before_it():
    sentence = "Police said 19 people were arrested, Kanal Zeta reported."
    assert relayed(sentence, "Police", None, ("Police", "Kanal Zeta")) == ("Police", "Kanal Zeta")
    assert relayed("Nineteen people were arrested, Kanal Zeta reported.", "Kanal Zeta", None, ("Kanal Zeta",)) \
        == ("Kanal Zeta", None)


def test_a_hyphened_outlet_name_is_kept_whole(nlp):
    body = "Unrest went on in Varnholm. Eight people were injured, the state news channel Karvan-TV reported."
    assert one(nlp, body) == ("Karvan-TV", None)


def test_an_appositive_name_the_tagger_calls_a_noun(nlp):
    body = "Unrest went on in Varnholm. At least 700 people were arrested, according to the independent news site Zetanews."
    assert one(nlp, body) == ("Zetanews", None)


@pytest.mark.parametrize("sentence, at, source", [
    ("Police: 12 killed in Varnholm clashes", 8, "Police"),
    ("Rights group: 40 dead in Varnholm crackdown", 14, "Rights group"),
    ("Varnia: 12 killed in clashes", 8, None),
    ("Update: 12 killed in clashes", 8, None),
    ("Varnholm clashes: 12 killed", 18, None),
])
def test_a_headline_source_before_a_colon(sentence, at, source):
    assert colon_source(sentence, at) == source


def test_a_headline_source_in_an_article(nlp):
    body = "Police: 12 killed in Varnholm clashes\n\nClashes broke out in Varnholm on Monday."
    assert [f[2] for f in figures(nlp, body)] == ["Police"]


def _fig(by, via=None):
    return Figure("killed", 40, "exact", "40", 0, 2, reported_by=by, reported_via=via)


def test_a_rights_descriptor_names_the_one_rights_body():
    figs = [_fig("local activists", "leading international rights group"), _fig("rights group")]
    out = resolve_descriptors(figs, ["Civic Rights Watch", "Interior Ministry", "Kanal Zeta"])
    assert [(f.reported_by, f.reported_via) for f in out] == [("local activists", "Civic Rights Watch"),
                                                           ("Civic Rights Watch", None)]


def test_a_rights_descriptor_with_two_rights_bodies_stays():
    figs = [_fig("leading rights group")]
    out = resolve_descriptors(figs, ["Civic Rights Watch", "Varnholm Rights Centre"])
    assert out[0].reported_by == "leading rights group"


def test_a_descriptor_the_article_defines():
    body = "The Varnia Prisoners Aid Society, a monitoring group, said 12 were killed. It tracks the Civic League too."
    figs = [_fig("monitoring group"), _fig("local monitoring group"), _fig("activist group")]
    out = resolve_descriptors(figs, ["Varnia Prisoners Aid Society", "Civic League"], body)
    assert [f.reported_by for f in out] == ["Varnia Prisoners Aid Society", "Varnia Prisoners Aid Society",
                                            "activist group"]


def test_a_descriptor_carried_in_an_article(nlp):
    body = ("Unrest went on in Varnholm. The Varnia Prisoners Aid Society, a monitoring group, said 12 people were "
            "killed on Monday. The monitoring group also said 40 were arrested.")
    assert [f[2] for f in figures(nlp, body)] == ["Varnia Prisoners Aid Society", "Varnia Prisoners Aid Society"]


@pytest.mark.parametrize("body, by, via", [
    ("Unrest went on in Varnholm. Kanal Zeta's correspondent quoted the mayor as saying 14 people were killed.",
     "mayor", "Kanal Zeta"),
    ("Unrest went on in Varnholm. The mayor told Kanal Zeta's correspondent that 14 people were killed.",
     "mayor", "Kanal Zeta"),
    ("Unrest went on in Varnholm. A Kanal Zeta correspondent quoted the mayor as saying 14 people were killed.",
     "mayor", "Kanal Zeta"),
])
def test_a_journalist_relays_for_the_medium_named_with_them(nlp, body, by, via):
    assert one(nlp, body) == (by, via)


def test_a_journalist_of_no_named_medium_is_no_relay(nlp):
    body = "Unrest went on in Varnholm. The mayor told a reporter that 14 people were killed."
    assert one(nlp, body) == ("mayor", None)


def test_a_pronoun_quoted_by_a_medium_is_named_and_keeps_the_relay(nlp):
    body = "The governor visited the market. He was quoted by Kanal Zeta as saying that 30 people were killed."
    assert one(nlp, body) == ("governor", "Kanal Zeta")


@pytest.mark.parametrize("sentence, by", [
    ("Kanal Zeta, citing data from the health ministry, said 19 people died.", "data from the health ministry"),
    ("Nineteen people died, Kanal Zeta said, citing the health ministry.", "health ministry"),
])
def test_citing_a_body_written_in_lower_case_or_its_figures(sentence, by):
    assert relayed(sentence, "Kanal Zeta", None, ("Kanal Zeta",)) == (by, "Kanal Zeta")


def test_citing_a_reason_stays_no_source():
    sentence = "Kanal Zeta, citing security risks, said 19 people were held."
    assert relayed(sentence, "Kanal Zeta", None, ("Kanal Zeta",)) == ("Kanal Zeta", None)
