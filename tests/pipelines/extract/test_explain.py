"""The figure trace: each number's path through the stages, and the stage and rule that dropped it."""
from dataclasses import asdict

import pytest

from pipelines.extract import extract_doc
from pipelines.extract.explain import dropped_by, explain_article, format_rows
from pipelines.extract.stages import ARTICLE_STAGES, FINAL_STAGES, SENTENCE_STAGES
from pipelines.extract.trace import Trace
from pipelines.extract.types import ArticleText

# written for this test: an age, a population and a toll in one short report
BODY = ("Clashes in Almaty leave 14 dead\n\n"
        "Former president Nazarbayev, 81, has not been seen in public since the clashes began. "
        "Kazakhstan, a country of 19 million people, remained under a curfew on Friday. "
        "The health ministry said 14 people were killed in the clashes in Almaty.")


@pytest.fixture(scope="module")
def rows(nlp):
    return {r["text"]: r for r in explain_article(ArticleText("own", BODY), nlp)}


def _stages(row):
    return [s["stage"] for s in row["stages"]]


def test_the_toll_goes_through_every_stage(rows):
    body_toll = next(r for r in rows.values() if r["text"] == "14" and r["figure"] is not None)
    every = ["find_numbers"] + [name for name, *_ in SENTENCE_STAGES] + [name for name, _ in ARTICLE_STAGES] \
        + [name for name, _ in FINAL_STAGES]
    assert _stages(body_toll) == every
    fig = body_toll["figure"]
    assert (fig["category"], fig["value"], fig["reported_by"]) == ("killed", 14, "health ministry")
    assert BODY[fig["char_start"]:fig["char_end"]] == fig["quote"] == "14 people were killed"
    attach = next(s for s in body_toll["stages"] if s["stage"] == "attach_category")
    assert attach["decision"] == "changed" and attach["rule"].endswith("->killed")


def test_the_age_is_dropped_as_an_age(rows):
    assert rows["81"]["figure"] is None
    assert dropped_by(rows["81"]) == {"stage": "drop_non_counts", "decision": "dropped", "rule": "age_after_name"}
    assert _stages(rows["81"]) == ["find_numbers", "drop_non_counts"]


def test_the_population_is_dropped_for_want_of_a_category(rows):
    pop = rows["19 million"]
    assert pop["figure"] is None and pop["char_start"] == BODY.index("19 million")
    assert dropped_by(pop) == {"stage": "require_category", "decision": "dropped", "rule": "no_category"}
    attach = next(s for s in pop["stages"] if s["stage"] == "attach_category")
    assert attach == {"stage": "attach_category", "decision": "kept", "rule": "no_trigger"}


def test_the_headline_toll_is_folded_into_the_body_one(nlp):
    rows = explain_article(ArticleText("own", BODY), nlp)
    headline = rows[0]
    assert (headline["text"], headline["char_start"]) == ("14", BODY.index("14"))
    assert dropped_by(headline)["stage"] == "fold_headline"


def test_one_row_per_number_in_text_order(nlp):
    rows = explain_article(ArticleText("own", BODY), nlp)
    assert [r["text"] for r in rows] == ["14", "81", "19 million", "14"]
    assert [r["char_start"] for r in rows] == sorted(r["char_start"] for r in rows)


def test_text_format_names_the_dropping_stage(rows):
    text = format_rows(list(rows.values()))
    assert "-> no figure: dropped at drop_non_counts (age_after_name)" in text
    assert '-> figure: killed 14 (exact) who="people" quote="14 people were killed"' in text


def test_a_trace_changes_no_row(nlp):
    # the same Doc with and without a trace: the same figures
    article = ArticleText("own", BODY)
    doc = nlp(BODY)
    plain = extract_doc(doc, article)
    traced = extract_doc(doc, article, Trace())
    assert [asdict(f) for f in plain.figures] == [asdict(f) for f in traced.figures]
