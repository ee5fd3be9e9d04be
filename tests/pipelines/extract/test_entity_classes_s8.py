"""Entity classes of session 8 on invented sentences: news sites whose domain name starts with a
digit ("24.kg"-type), and numbers that only look like domains."""
from __future__ import annotations

import pytest

from pipelines.extract.entities import extract_entities
from pipelines.extract.types import ArticleText


def orgs(nlp, text):
    ents, _ = extract_entities(nlp(text), ArticleText(article_id="t", body=text))
    return {e.canonical_name for e in ents if e.entity_type == "organization"}


@pytest.mark.parametrize("text, site", [
    ("Footage published by 24ore.md showed police charging the crowd.", "24ore.md"),
    ("The news site 24.kg reported that 30 people were killed in Osh.", "24.kg"),
    ("According to 7news.az, police detained 12 activists.", "7news.az"),
])
def test_a_domain_starting_with_a_digit_is_a_site(nlp, text, site):
    assert site in orgs(nlp, text)


@pytest.mark.parametrize("text", [
    "The turnout was 3.5 million.",
    "He was paid 5.md for nothing.",
])
def test_a_decimal_or_a_single_digit_is_no_site(nlp, text):
    assert orgs(nlp, text) == set()
