"""reported_via on invented text: which intermediary relayed a source's figure (GOLD_SPEC_V2).

A platform or the source's own channel is no intermediary ("said on Facebook", "on its website")."""
from __future__ import annotations

import pytest

from pipelines.extract import extract_doc
from pipelines.extract.types import ArticleText


def figures(nlp, body):
    art = ArticleText(article_id="t", body=body)
    return [(f.category, f.value, f.reported_by, f.reported_via) for f in extract_doc(nlp(body), art).figures]


def one(nlp, body):
    (fig,) = figures(nlp, body)
    return fig[2], fig[3]


@pytest.mark.parametrize("body, by", [
    ("Unrest went on in Varnholm. Jane Roe said on Facebook that 60 people had been detained.", "Jane Roe"),
    ("Unrest went on in Varnholm. The opposition said on Telegram that 60 people had been detained.", "opposition"),
    ("Unrest went on in Varnholm. The health ministry said on its website that 60 people had been injured.",
     "health ministry"),
    ("Unrest went on in Varnholm. The Besk Rights Centre said on its Telegram channel that 35 people were held.",
     "Besk Rights Centre"),
    ("Unrest went on in Varnholm. Jane Roe said on social media that 12 people had been killed.", "Jane Roe"),
    ("Unrest went on in Varnholm. The governor said on YouTube that 40 people were wounded.", "governor"),
])
def test_a_platform_or_own_channel_is_no_via(nlp, body, by):
    assert one(nlp, body) == (by, None)



# A relay named in a sentence with no figure goes on to the figures of the same source after it, in its
# paragraph or the next: by a pronoun, the same name written again, or a shorter form of it.
@pytest.mark.parametrize("body, by, via", [
    ("Unrest went on in Varnholm. Jane Roe, the city's mayor, spoke to the BBC on Monday. "
     "She said 8 people had been killed.", "Jane Roe", "BBC"),
    ("Unrest went on in Varnholm. In an interview with CNN, the mayor described the violence. "
     "At least 8 people were killed, she said.", "mayor", "CNN"),
    ("Unrest went on in Varnholm. Speaking to the BBC, the mayor said the city was calm.\n"
     "She said 8 people had died.", "mayor", "BBC"),
    ("Unrest went on in Varnholm. In comments to Reuters, Jane Roe criticised the police. "
     "She said 31 protesters had been detained.", "Jane Roe", "Reuters"),
    ("Unrest went on in Varnholm. The state news agency Tesk Press quoted the health ministry as saying the "
     "situation was calm. The ministry said 56 people had been injured.", "ministry", "Tesk Press"),
    ("Unrest went on in Varnholm. Interfax, the news agency, quoted the interior ministry. "
     "According to the ministry, 75 people were arrested.", "ministry", "Interfax"),
    ("Unrest went on in Varnholm. Jane Roe, the city's mayor, told the BBC that the city was calm. "
     "Roe said 8 people had died.", "Roe", "BBC"),
    ("Unrest went on in Varnholm. The health ministry told Xinhua that the city was calm.\n"
     "Doctors treated 200 people, the ministry said.", "ministry", "Xinhua"),
    ("Unrest went on in Varnholm. Jane Roe, a nurse at the Besk hospital, told the Associated Press about the "
     "night. \"We received 40 wounded,\" she said.", "Jane Roe", "Associated Press"),
])
def test_a_relay_goes_on_to_the_same_source(nlp, body, by, via):
    assert one(nlp, body) == (by, via)


@pytest.mark.parametrize("first, carried, own", [
    # the same source again takes the relay, unless its sentence names its own occasion
    ("The health ministry told Xinhua that the city was calm.", "Doctors treated 200 people, the ministry said.",
     "The ministry later said in a statement that 200 people were treated."),
    ("The governor told Reuters that the city was calm.", "The governor said 12 people were killed.",
     "The governor told reporters on Friday that 12 people were killed."),
])
def test_an_own_occasion_takes_no_carried_relay(nlp, first, carried, own):
    head = "Unrest went on in Varnholm. " + first + "\n"
    assert one(nlp, head + carried)[1] is not None
    assert one(nlp, head + own)[1] is None
