"""Figure classes of issue 13 on invented sentences: per-place breakdowns, hospital wording, the same
fact stated twice, crowds, and counts of things that are not people. The model is loaded once."""
import pytest

from pipelines.extract.figures import extract_figures
from pipelines.extract.model import load_nlp
from pipelines.extract.types import ArticleText


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def run(nlp, body):
    return extract_figures(nlp(body), ArticleText(article_id="t", body=body, published_at=None), [], [])


def pairs(figs):
    return sorted((f.category, f.value) for f in figs)


def test_bracketed_per_place_tally_takes_the_category_of_the_figure_before(nlp):
    text = ("The ministry listed the dead by province: Varna recorded the most deaths at 11, "
            "followed by Ruse (4), Pleven (3) and Sliven (3).")
    assert pairs(run(nlp, text)) == [("killed", 3), ("killed", 3), ("killed", 4), ("killed", 11)]


def test_bracketed_number_after_a_person_is_an_age_not_a_tally(nlp):
    text = "Three men died in the shooting, among them Tomas Verhoeven (27) and Piet Alders (31)."
    assert pairs(run(nlp, text)) == [("killed", 3)]


def test_number_glued_to_a_name_is_part_of_the_name(nlp):
    text = "The death toll of 52, reported by the state channel Vesti-24, was a sharp rise."
    assert pairs(run(nlp, text)) == [("killed", 52)]
