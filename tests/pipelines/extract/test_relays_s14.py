"""Relays of session 14: an outlet no list knows after "told" ("told state-run VRTK that ..."), the owner words
before an outlet's name ("state-run", "Kremlin-controlled"), a medium's name going on with "of" ("News Agency of
Varnia"), coordinated speakers of a closing "told X" ("..., witnesses and medics told AFP"), an attribution inserted
between commas ("Security forces, the Varnia Times reported, killed ..."), a headline number that is no source, and
a place after "from" that the NER takes for a person. Sentences invented for these tests."""
import pytest

from pipelines.extract import extract_articles
from pipelines.extract.relay import is_medium, medium_prefix, relayed
from pipelines.extract.types import ArticleText

from .test_relays_s10 import one


@pytest.mark.parametrize("sentence, by, via", [
    ("The junta's spokesman told state-run VRTK that 4 police officers were killed.", "junta's spokesman", "VRTK"),
    ("Police told Kanal Zeta that 40 people were arrested.", "Police", "Kanal Zeta"),
    ("A doctor told Nova Zora 9 people had died.", "doctor", "Nova Zora"),
    ("The spokesman told the state-run Global New Light of Varnia that 4 officers were killed.",
     "spokesman", "Global New Light of Varnia"),
    ("A resident told the independent Dorsk Today on Monday that 7 people were shot dead.", "resident", "Dorsk Today"),
])
def test_an_outlet_no_list_knows_after_told(sentence, by, via):
    assert relayed(sentence, by, None) == (by, via)


@pytest.mark.parametrize("sentence, by, persons", [
    ("The governor told Kenyans that 12 people had died.", "governor", ()),      # a people
    ("The minister told Parliament that 12 people had died.", "minister", ()),   # a body
    ("The minister told the National Assembly that 44 people were killed.", "minister", ()),
    ("The mayor told Jane Roe that 14 people had died.", "mayor", ("Jane Roe",)),   # a person the NER names
    ("The mayor told Kanal Zeta, a local activist, that 14 people had died.", "mayor", ()),   # an apposition follows
    ("The envoy told Nairobi that 14 people had died.", "envoy", ()),            # a large place
    ("The officer told Monday's briefing that 14 people had died.", "officer", ()),
])
def test_no_outlet_after_told(sentence, by, persons):
    assert relayed(sentence, by, None, persons=persons) == (by, None)


@pytest.mark.parametrize("sentence, by, via", [
    ("A police source told the Kremlin-controlled RIA Novosti that 90 people were arrested.", "police source",
     "RIA Novosti"),
    ("A military spokesman said on state-run VRTK that 4 police officers were killed.", "military spokesman", "VRTK"),
    ("The junta said in a statement broadcast on state-run VRTK that 4 officers were killed.", "junta", "VRTK"),
    ("The military said 4 police officers were killed, according to state-run VRTK.", "military", "VRTK"),
    ("The army told the pro-junta Eleven Media that 14 insurgents were killed.", "army", "Eleven Media"),
])
def test_owner_words_before_an_outlet(sentence, by, via):
    assert relayed(sentence, by, None, (by, via)) == (by, via)


def test_a_closing_report_of_an_owned_outlet():
    sentence = "The junta said 4 police officers were killed, state-run VRTK reported."
    assert relayed(sentence, "state-run VRTK", None, ("junta", "state-run VRTK")) == ("junta", "VRTK")


def test_an_owned_outlet_is_a_medium():
    assert is_medium("state-run VRTK") and is_medium("Kremlin-controlled Zvezda")
    assert not is_medium("opposition Civic Front") and not is_medium("state-run Interior Ministry")


@pytest.mark.parametrize("phrase, medium", [
    ("the News Agency of Varnia", "News Agency of Varnia"),
    ("the state-run Herald newspaper", "Herald newspaper"),
    ("Reuters of Monday's raid", "Reuters"),          # no name after "of"
    ("AFP of Varnia", "AFP"),                         # an agency's name, no media noun, does not go on
])
def test_a_medium_name_going_on_with_of(phrase, medium):
    assert medium_prefix(phrase) == medium


def test_told_a_news_agency_of_a_country():
    sentence = "A spokesman told the News Agency of Varnia (NAV) that 22 suspects were arrested."
    assert relayed(sentence, "spokesman", None) == ("spokesman", "News Agency of Varnia")


@pytest.mark.parametrize("body, by, via", [
    ("Unrest went on in Varnholm. At least 12 protesters were killed in Dorsk, witnesses and medics told AFP.",
     "witnesses", "AFP"),
    ("Unrest went on in Varnholm. At least 30 people were detained in Dorsk, Varna and Tulsk, activists and lawyers "
     "told AFP.", "activists", "AFP"),
    ("Unrest went on in Varnholm. Security forces, the Varnia Times reported, killed at least 9 people in Dorsk.",
     "Varnia Times", None),
    ("Unrest went on in Varnholm. Police, state media reported, detained 40 people in Dorsk.", "state media", None),
    ("Unrest went on in Varnholm. Police, the ministry said, detained 40 people in Dorsk.", "ministry", None),
])
def test_speakers_the_parse_hangs_elsewhere(nlp, body, by, via):
    assert one(nlp, body) == (by, via)


def test_a_headline_number_is_no_source(nlp):
    assert one(nlp, "Twelve killed in Dorsk clashes: report") == (None, None)


def test_a_place_after_from_is_no_speaker_a_pronoun_recalls():
    body = ("Dr Ana Reyes told AFP by phone from Dorsk that the hospital was overwhelmed.\n"
            "\"We have received 14 bodies,\" she said.")
    (ex,) = extract_articles([ArticleText(article_id="t", body=body, title="Clashes in Varnia")])
    assert [(f.value, f.reported_by, f.reported_via) for f in ex.figures] == [(14, "Ana Reyes", "AFP")]


def test_a_one_word_outlet_the_ner_calls_a_person():
    sentence = "A human rights activist told Zelsat that 200 people were detained."
    assert relayed(sentence, "activist", None, persons=("Zelsat",), people=("Zelsat",)) == ("activist", "Zelsat")
    # the surname of a person the article names is a person; the article's persons unknown: the NER's word stands
    sentence = "The mayor told Roe that 14 people had died."
    assert relayed(sentence, "mayor", None, persons=("Roe",), people=("Jane Roe", "Roe")) == ("mayor", None)
    assert relayed(sentence, "mayor", None, persons=("Roe",)) == ("mayor", None)


@pytest.mark.parametrize("sentence, via", [
    ("Officials told Varnia's L'Express that 22 people had died.", None),   # no country: the possessive stays
    ("Officials told Madagascar's L'Express that 22 people had died.", "L'Express"),
    ("A rescuer told the Democratic Voice of Varnia (DVV) that 8 protesters were killed.", "Democratic Voice of Varnia"),
    ("A spokesman told the German news agency dpa that 30 people were detained.", "German news agency dpa"),
])
def test_an_outlet_after_a_country_before_an_acronym_or_a_lower_case_agency(sentence, via):
    assert relayed(sentence, "Officials", None) == ("Officials", via)


@pytest.mark.parametrize("sentence, via", [
    ("A medic, speaking on condition of anonymity to the Dorsk Courier, said 17 people had died.", "Dorsk Courier"),
    ("Speaking by phone with Radio Sol, a medic said 17 people had died.", "Radio Sol"),
    ("A medic, speaking on condition of anonymity to protect his job, said 17 people had died.", None),
])
def test_an_aside_between_an_interview_verb_and_its_medium(sentence, via):
    assert relayed(sentence, "medic", None) == ("medic", via)


@pytest.mark.parametrize("sentence, via", [
    ("A doctor reached by AFP said 20 people were killed.", "AFP"),
    ("A doctor contacted by Reuters said 20 people were killed.", "Reuters"),
    ("A doctor interviewed by the Dorsk Courier said 20 people were killed.", "Dorsk Courier"),
    ("Twenty people were killed, a doctor reached by phone by AFP said.", "AFP"),
    ("A doctor contacted by police said 20 people were killed.", None),
])
def test_a_source_reached_by_a_medium(sentence, via):
    assert relayed(sentence, "doctor", None) == ("doctor", via)


def test_a_named_medium_ends_before_a_lower_case_word():
    sentence = "Forty people were arrested, police told the Interfax news agency late on Monday."
    assert relayed(sentence, "police", None) == ("police", "Interfax news agency")
    assert medium_prefix("a news conference late on Monday") is None


def test_a_relay_that_quotes_a_pronoun(nlp):
    body = "Unrest went on in Varnholm. The ministry said 40 people were arrested, the TASS news agency quoted it as saying."
    assert one(nlp, body) == ("ministry", "TASS news agency")


def test_told_an_outlet_written_as_an_upper_case_domain():
    assert relayed("A doctor told TUT.BY that 30 people had been admitted.", "doctor", None) == ("doctor", "TUT.BY")
    assert relayed("A doctor told AFP. Thirty people had been admitted.", "doctor", None) == ("doctor", "AFP")


@pytest.mark.parametrize("body, by", [
    ("Unrest went on in Varnholm. An official at the hospital, who declined to be named, told AFP by phone that "
     "12 people had died.", "official at the hospital"),
    ("Unrest went on in Varnholm. A source at the ministry, speaking on condition of anonymity, told AFP that "
     "12 people had died.", "source at the ministry"),
])
def test_an_informant_body_without_its_clause(nlp, body, by):
    assert one(nlp, body) == (by, "AFP")


@pytest.mark.parametrize("headline, by", [
    ("Twelve killed in Dorsk clashes - report", None),     # the count is kept; a report names no source
    ("Twelve dead in Dorsk protests - state media", "state media"),
    ("Five killed as police fire on protesters - witnesses", "witnesses"),
    ("Twelve killed in Dorsk - Reuters", None),             # an agency's credit line
])
def test_a_headline_credit_after_a_spaced_dash(nlp, headline, by):
    assert one(nlp, headline) == (by, None)


def test_a_spaced_dash_in_a_body_sentence_is_no_credit(nlp):
    assert one(nlp, "Unrest went on in Varnholm. Police detained 40 people in Dorsk - a move the opposition "
                    "condemned.") == (None, None)


@pytest.mark.parametrize("sentence, via", [
    ("In written answers to questions from AFP, the ministry said 250 people were detained.", "AFP"),
    ("The ministry, responding to questions from Reuters, said 250 people were detained.", "Reuters"),
    ("The ministry said 250 people were detained, in response to a query from the Dorsk Herald.", "Dorsk Herald"),
    ("Asked by AFP, the ministry said 250 people were detained.", "AFP"),
    ("Asked by reporters, the ministry said 250 people were detained.", None),
    ("In answers to questions from Senator Ana Reyes, the ministry said 250 people were detained.", None),
])
def test_a_source_answering_a_medium(sentence, via):
    assert relayed(sentence, "ministry", None) == ("ministry", via)
