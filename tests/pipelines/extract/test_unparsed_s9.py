"""Attributions in sentences with no number (never parsed), on invented text: quotations' speakers,
line-final intros ("X said:"), "X told <medium>" and "<medium> quoted X as saying", and the
figures after them that credit a pronoun ("he said") or nobody."""
from __future__ import annotations

import pytest

from pipelines.extract.relay import carry
from pipelines.extract.types import Figure
from pipelines.extract.unparsed import credits

from .helpers import run


def names(body, parsed=()):
    return [(by, via) for _, by, via in credits(body, list(parsed), [])]


@pytest.mark.parametrize("body, expected", [
    ('"The campus has become a battlefield," a police spokesman said.', [("police spokesman", None)]),
    ('"We will not leave," said Jane Roe, a teachers\' union leader.', [("Jane Roe", None)]),
    ('"The roads are shut," the Vellmar Interior Ministry said on Monday.', [("Vellmar Interior Ministry", None)]),
    ('"It was calm," he told Reuters.', [("he", "Reuters")]),
    ('"It was calm," she told the Example Herald newspaper by phone.', [("she", "Example Herald newspaper")]),
    ('"It was calm," she told reporters.', [("she", None)]),
])
def test_a_quotations_speaker_is_credited(body, expected):
    assert names(body) == expected


@pytest.mark.parametrize("body", [
    '"We are not afraid," protesters said.',          # the counted crowd is no source
    '"We stay," the crowd chanted.',
    '"It was a quiet day," Friday said.',              # a weekday is no speaker
    '"Go home," the march went on.',                   # no reporting verb
])
def test_no_source_from_a_crowd_a_weekday_or_no_speech_verb(body):
    assert names(body) == []


def test_a_line_final_intro_speaks_for_the_next_line_and_its_list_items():
    body = ("In a statement, the Rivan Human Rights Commission said:\n"
            "- 12 people died in Tolmar.\n- 30 were hurt in Besk.\nThe city was calm.")
    got = credits(body, [], [])
    assert [by for _, by, _ in got] == ["Rivan Human Rights Commission"] * 3
    assert [body[p:p + 4] for p, _, _ in got[1:]] == ["- 12", "- 30"]


def test_according_to_as_an_intro():
    body = "According to the health ministry:\nNine people were admitted to hospital in Dorsk."
    assert [by for _, by, _ in credits(body, [], [])] == ["health ministry", "health ministry"]


@pytest.mark.parametrize("body, expected", [
    ("Jane Okafor told Reuters the march had been peaceful.", [("Jane Okafor", "Reuters")]),
    ("A police official told the state broadcaster that the city was calm.", [("police official", "state broadcaster")]),
    ("TASS quoted the Interior Ministry as saying the city was calm.", [("Interior Ministry", "TASS")]),
    ("Jane Okafor told reporters the march had been peaceful.", []),      # reporters are no medium
])
def test_told_a_medium_and_quoted_as_saying(body, expected):
    assert names(body) == expected


def test_parsed_sentences_are_not_scanned_again():
    body = '"The campus is calm," a police spokesman said.'
    assert names(body, [(0, len(body))]) == []


def fig(start, by=None, via=None):
    return Figure(category="arrested", value=10, bound="exact", who="people", sentence="", quote="",
                  char_start=start, char_end=start + 2, reported_by=by, reported_via=via)


def test_it_said_recalls_the_body_not_the_person_quoted():
    body = 'Rivan Watch said 40 died. "Stop it," said director Jane Roe. It said 12 died in Besk.'
    credited = [(0, "Rivan Watch", None), (body.index("Jane"), "Jane Roe", None)]
    out = carry([fig(body.index("12"), by="it")], body, credited)
    assert out[0].reported_by == "Rivan Watch"


def test_he_said_takes_the_relay_of_the_speaker_named_before():
    body = 'Jane Roe told the Example Times the city was calm. Police held 12 people overnight, she said.'
    credited = [(0, "Jane Roe", "Example Times")]
    out = carry([fig(body.index("12"), by="she")], body, credited)
    assert (out[0].reported_by, out[0].reported_via) == ("Jane Roe", "Example Times")


@pytest.mark.parametrize("body, by", [
    ('"The campus has become a battlefield," a police spokesman said.\n\n'
     '"Our message was clear," he said.\n\n'
     'Over the weekend, 154 people were arrested in Tolmar, he said.', "police spokesman"),
    ('"Nobody should march tomorrow," said Interior Minister Jane Okafor.\n\n'
     'Police detained 37 people in Besk overnight, she said.', "Jane Okafor"),
])
def test_a_pronoun_after_a_numberless_quotation_names_its_speaker(nlp, body, by):
    figs = run(nlp, body)
    assert figs and all(f.reported_by == by for f in figs)


def sources_of(body):
    from pipelines.extract import extract_text

    return [(f.value, f.reported_by) for f in extract_text(body).figures]


@pytest.mark.parametrize("body, expected", [
    ("The Rivan Human Rights Commission said on Monday that 40 people were hurt.\n\n"
     "According to the figures released, eight protesters were killed in Tolmar and six in Besk.",
     [(40, "Human Rights Commission"), (8, "Human Rights Commission"), (6, "Human Rights Commission")]),
    ("Amnesty International said it had documented 14 deaths in Dorsk.\n\n"
     "According to the report, 31 people were arrested in the capital.",
     [(14, "Amnesty International"), (31, "Amnesty International")]),
    # no body named before: the document names nobody
    ("Police fired tear gas in Tolmar.\n\nAccording to the figures released, eight protesters were killed in Tolmar.",
     [(8, None)]),
])
def test_according_to_the_figures_names_the_body_named_before(body, expected):
    assert sources_of(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("In Tolmar, police detained 107 people overnight. This was reported by the Rivan Interior Ministry. "
     "In the clashes, 10 officers were hurt.",
     [(107, "Rivan Interior Ministry"), (10, "Rivan Interior Ministry")]),
    ("Soldiers detained 45 people in Besk. The Vellmar interior ministry announced the arrests in a statement. "
     "Another 12 were hurt.",
     [(45, "Vellmar interior ministry"), (12, "Vellmar interior ministry")]),
])
def test_a_numberless_credit_of_the_figure_before_speaks_for_the_paragraph(body, expected):
    assert sources_of(body) == expected


def test_a_numberless_passive_credit_is_found_by_the_scan():
    body = "Police detained 107 people. This was reported by the Rivan Interior Ministry."
    assert names(body, [(0, 27)]) == [("Rivan Interior Ministry", None)]


@pytest.mark.parametrize("body", [
    "Clashes went on in Tolmar. Friday's toll rose to 40 dead, the worst day so far.",
    "Monday's count stood at 40 dead in Besk.",
])
def test_a_day_is_never_a_source(body):
    assert sources_of(body) == [(40, None)]


@pytest.mark.parametrize("body, expected", [
    ('"We will restore order," said Interior Minister Jane Okafor.\n\n"Nobody is above the law," she told Reuters.\n\n'
     'Police detained 37 people in Besk overnight, she said.', ("Jane Okafor", "Reuters")),
    ('"The streets are calm now," a police spokesman told AFP.\n\n'
     'Officers held 52 people in Tolmar, he said.', ("police spokesman", "AFP")),
])
def test_a_pronoun_that_told_a_medium_relays_through_it(body, expected):
    from pipelines.extract import extract_text

    assert [(f.reported_by, f.reported_via) for f in extract_text(body).figures] == [expected]


@pytest.mark.parametrize("body, expected", [
    ('"The curfew is over," the Example Herald newspaper reported, citing a police spokesman.',
     [("police spokesman", "Example Herald newspaper")]),
    ('"It is calm," Radio Example said, citing local officials.', [("local officials", "Radio Example")]),
    ('"It is calm," the mayor said, citing security risks.', [("mayor", None)]),   # no medium: no relay
])
def test_a_medium_quoting_and_citing_a_source_relays_it(body, expected):
    assert names(body) == expected
