"""A day or time word is never a person's name: "early on Thursday, a day after ..." looks like "Amaru, a student"
to the role-after rule, and the small model sometimes tags a weekday as PERSON (entity_words time_word;
invented sentences)."""
import pytest

from pipelines.extract.entities import extract_entities
from pipelines.extract.types import ArticleText


def persons(nlp, text):
    ents, _ = extract_entities(nlp(text), ArticleText(article_id="t", body=text))
    return {e.canonical_name for e in ents if e.entity_type == "person"}


@pytest.mark.parametrize("text", [
    "Troops entered the square in Besk early on Thursday, a day after the president appealed for help.",
    "Marchers reached Tolmar on Friday, a week after the vote.",
])
def test_a_day_before_an_apposition_is_no_person(nlp, text):
    assert persons(nlp, text) == set()


def test_a_name_before_its_role_is_still_a_person(nlp):
    assert persons(nlp, "The march was led by Amaru Quispe, a student, on Friday.") == {"Amaru Quispe"}
