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

