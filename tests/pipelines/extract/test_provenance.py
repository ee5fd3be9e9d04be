"""Provenance of figures end to end (reported_by across sentences, place anaphora, dates), on
invented articles."""
import pytest

from pipelines.extract.figures import extract_figures
from pipelines.extract.model import load_nlp
from pipelines.extract.relay import carry
from pipelines.extract.types import ArticleText, Figure


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def run(nlp, body, published=None, entities=(), mentions=()):
    art = ArticleText(article_id="t", body=body, published_at=published)
    return extract_figures(nlp(body), art, list(entities), list(mentions))


def by_value(figs):
    return {f.value: f.reported_by for f in figs}


def test_pronoun_source_names_the_speaker_before_it(nlp):
    body = ("Riots spread in the east.\n\n"
            "Minister Adaeze Okafor said 2 roads were closed.\n\n"
            "She said 14 people were killed in the clashes.")
    assert by_value(run(nlp, body)) == {14: "Minister Adaeze Okafor"}   # no entity mentions given


def test_pronoun_source_with_nobody_named_before_is_nobody(nlp):
    figs = run(nlp, "She said 14 people were killed in the clashes.")
    assert by_value(figs) == {14: None}


def test_relative_pronoun_source_is_its_antecedent(nlp):
    figs = run(nlp, "The rights commission, which said 22 people were injured, asked for calm.")
    assert by_value(figs) == {22: "rights commission"}


def test_demonstrative_subject_is_no_source(nlp):
    figs = run(nlp, "Police said they held 12 people.\n\nThis adds up to 40 arrests in a week, officials added.")
    assert by_value(figs) == {12: "Police", 40: "officials"}


def fig(body, number, by=None, via=None):
    s = body.index(number)
    return Figure("killed", 1, "exact", number, s, s + len(number), reported_by=by, reported_via=via)


def test_carry_from_a_sentence_without_figures_in_the_same_paragraph():
    body = "Head\n\nThe governor said the town was calm. Another 9 were hurt.\n\nThere were 120 arrests."
    credits = [(body.index("said"), "governor", None)]
    got = carry([fig(body, "9"), fig(body, "120")], body, credits)
    assert [f.reported_by for f in got] == ["governor", None]


def test_pronoun_credit_moves_the_speaker_to_its_paragraph():
    body = "Head\n\nOkafor spoke at noon.\n\nShe also said the roads were shut. Another 9 were hurt."
    credits = [(body.index("spoke"), "Okafor", None), (body.index("said"), "she", None)]
    got = carry([fig(body, "9")], body, credits)
    assert [f.reported_by for f in got] == ["Okafor"]
