"""The runner's contract: suites, refs, reports, GX housekeeping, speed."""
from __future__ import annotations

import json
import time

import numpy as np
import pandas as pd
import pytest

from pipelines.validate import build_suite, data_docs, validate
from pipelines.validate.runner import get_context
from pipelines.validate.schema import TABLES

from .frames import make_articles, make_entities, make_figures


def test_figures_suite_rule_names():
    suite = build_suite("figures")
    assert suite.name == "unrest.figures"
    assert [e.meta["rule"] for e in suite.expectations] == [
        "figures.columns_present", "figures.figure_id_not_null", "figures.figure_id_unique",
        "figures.article_id_not_null", "figures.category_not_null", "figures.bound_not_null",
        "figures.value_not_null", "figures.category_in_vocabulary", "figures.bound_in_vocabulary",
        "figures.value_plausible", "figures.value_low_le_value", "figures.value_le_value_high",
        "figures.char_start_non_negative", "figures.char_end_after_start", "figures.offsets_within_body",
        "figures.quote_matches_body", "figures.article_exists", "figures.location_entity_exists",
        "figures.reported_by_entity_exists", "figures.reported_via_entity_exists",
    ]


@pytest.mark.parametrize("table", TABLES)
def test_rule_names_unique_and_levels_known(table):
    metas = [e.meta for e in build_suite(table).expectations]
    names = [m["rule"] for m in metas]
    assert len(names) == len(set(names))
    assert all(n.startswith(f"{table}.") for n in names)
    assert {m["level"] for m in metas} <= {"row", "table"}


def test_unknown_table():
    with pytest.raises(ValueError, match="unknown table"):
        validate("figurez", make_figures())


def test_missing_refs_is_an_error_not_a_silent_skip():
    with pytest.raises(ValueError, match=r"needs refs \['entities'\]"):
        validate("figures", make_figures(), refs={"articles": make_articles()})


def test_missing_column_blocks_the_load(refs):
    report = validate("figures", make_figures().drop(columns=["bound"]), refs=refs)
    assert [r.rule for r in report.blocking_failures] == ["figures.columns_present"]
    assert report.blocking_failures[0].examples == [{"missing_columns": ["bound"]}]
    bound = report.result("figures.bound_in_vocabulary")
    assert not bound.success and "does not exist" in bound.examples[0]["error"]


def test_extra_columns_are_allowed(refs):
    assert validate("figures", make_figures().assign(debug_note="x"), refs=refs).success


def test_input_frame_is_not_modified(refs):
    df = make_figures()
    before = df.copy()
    validate("figures", df, refs=refs)
    pd.testing.assert_frame_equal(df, before)


def test_report_is_json_serializable(refs):
    df = make_figures()
    df.loc[11, "value_low"] = 99  # defect: value_low > value (numpy / pandas NA values in examples)
    df.loc[10, "figure_id"] = "f2"  # defect: duplicate key
    payload = json.loads(json.dumps(validate("figures", df, refs=refs).to_dict()))
    assert payload["success"] is False
    failed = {r["rule"]: r for r in payload["results"] if not r["success"]}
    assert set(failed) == {"figures.figure_id_unique", "figures.value_low_le_value"}
    assert failed["figures.value_low_le_value"]["examples"][0]["value_low"] == 99


def test_context_is_created_once():
    assert get_context() is get_context()


def test_no_progress_bars(refs, capfd):
    df = make_figures()
    df.loc[10, "category"] = "wounded"  # defect: unknown category, so GX computes unexpected rows too
    validate("figures", df, refs=refs)
    err = capfd.readouterr().err
    assert "Calculating Metrics" not in err


def test_data_docs_site(refs, tmp_path):
    df = make_figures()
    df.loc[10, "category"] = "wounded"  # defect: unknown category
    reports = [validate("figures", df, refs=refs), validate("entities", make_entities())]
    index = data_docs(reports, tmp_path / "docs")
    assert index == (tmp_path / "docs" / "index.html").resolve()
    assert index.is_file()
    pages = {p.name: p.read_text() for p in index.parent.glob("validations/**/*.html")}
    assert set(pages) == {"000-figures.html", "001-entities.html"}
    assert "wounded" in pages["000-figures.html"]


def big_figures(n: int = 100_000, n_articles: int = 10_000):
    body = make_articles().loc[100, "body"]
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(n_articles)], "body": body})
    figures = make_figures().iloc[np.arange(n) % 2].reset_index(drop=True)
    figures["figure_id"] = [f"f{i}" for i in range(n)]
    figures["article_id"] = [f"a{i}" for i in np.arange(n) % n_articles]
    return figures, {"articles": articles, "entities": make_entities()}


def test_100k_figures_validate_in_linear_time():
    """Validation scales linearly: 100k figures cost at most ~2x per row what 10k cost, measured as
    CPU time in this same process (a ratio, not a wall-clock budget: the machine is shared)."""
    figures, refs = big_figures()
    figures.loc[4_242, "category"] = "wounded"  # defect: unknown category
    figures.loc[99_999, "quote"] = "nothing like the body"  # defect: quote not matching body
    validate("figures", figures.head(10), refs=refs)  # warm the context
    start = time.process_time()
    small = validate("figures", figures.head(10_000), refs=refs)
    base = time.process_time() - start
    start = time.process_time()
    report = validate("figures", figures, refs=refs)
    elapsed = time.process_time() - start
    assert small.rejected() == {4_242: ["figures.category_in_vocabulary"]}
    assert report.rejected() == {4_242: ["figures.category_in_vocabulary"], 99_999: ["figures.quote_matches_body"]}
    assert report.result("figures.quote_matches_body").element_count == 100_000
    ratio = elapsed / base
    assert ratio < 20, f"100k figures took {elapsed:.1f} CPU-s, {ratio:.1f}x the 10k baseline's {base:.2f} (linear: ~10x)"


def test_package_import_does_not_load_gx():
    import subprocess
    import sys

    code = "import sys, pipelines.validate; assert 'great_expectations' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
