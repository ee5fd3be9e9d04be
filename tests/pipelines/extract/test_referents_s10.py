"""Sources named by a pronoun, and relays with a bare clause after them, on invented text.

"He said 14 died" recalls who was named last before it: a person ("Jane Roe"), a role noun after an
article ("the governor"), or for "it said" an organization that opens a sentence, even when that
sentence reports nothing; "Police told Reuters 34 people were held" relays through Reuters though no
"that" opens the clause."""
from __future__ import annotations

import pytest

from pipelines.extract import extract_doc
from pipelines.extract.types import ArticleText


def figures(nlp, body):
    art = ArticleText(article_id="t", body=body)
    return [(f.category, f.value, f.reported_by, f.reported_via) for f in extract_doc(nlp(body), art).figures]


@pytest.mark.parametrize("body, by", [
    ("Unrest went on in Varnholm. Health Minister Jane Roe visited the main hospital on Monday. "
     "She said 20 people were injured.", "Jane Roe"),
    ("Unrest went on in Varnholm. The governor toured the burnt market. He said 14 people died in the fire.",
     "governor"),
    ("Unrest went on in Varnholm. The governor toured the burnt market.\n"
     "He told reporters that 14 people died in the fire.", "governor"),
    ("Unrest went on in Varnholm. The Tesk Rights League condemned the crackdown. "
     "It said at least 40 people had been killed.", "Tesk Rights League"),
])
def test_a_pronoun_source_recalls_who_was_named_last(nlp, body, by):
    (fig,) = figures(nlp, body)
    assert fig[2] == by


def test_a_source_named_since_outranks_an_earlier_one(nlp):
    body = ("Police chief Amos Dale said 10 people were arrested in Varnholm.\n"
            "Later the mayor visited the wards. She said 25 people were being treated.")
    got = {v: by for _, v, by, _ in figures(nlp, body)}
    assert got == {10: "Amos Dale", 25: "mayor"}


def test_a_pronoun_with_nothing_named_since_keeps_the_last_source(nlp):
    body = ('"We had no choice," a police spokesman said in Varnholm. He added that 30 officers were hurt.')
    assert figures(nlp, body)[0][2] == "police spokesman"


def test_a_pronoun_does_not_reach_back_two_paragraphs(nlp):
    body = ("The governor toured the burnt market in Varnholm.\n\nThe night was quiet.\n\n"
            "He said 14 people died in the fire.")
    assert figures(nlp, body)[0][2] is None


@pytest.mark.parametrize("body, via", [
    ("Police told Reuters 34 people were arrested overnight in Varnholm.", "Reuters"),
    ("The Red Cross told the Associated Press it had treated 150 people in Varnholm.", "Associated Press"),
])
def test_told_a_medium_with_a_bare_clause_relays(nlp, body, via):
    assert figures(nlp, body)[0][3] == via


@pytest.mark.parametrize("phrase, medium", [
    ("Reuters 34 people were held", "Reuters"),
    ("the Associated Press it had treated 150", "Associated Press"),
    ("state news agency Ria", "state news agency Ria"),
    ("state media 20 people", "state media"),
    ("a news conference", None),              # a media noun inside a phrase is no medium
    ("reporters", None),
])
def test_medium_prefix(phrase, medium):
    from pipelines.extract.relay import medium_prefix

    assert medium_prefix(phrase) == medium
