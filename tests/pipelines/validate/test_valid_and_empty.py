"""Every table: a valid batch passes, an empty batch passes."""
from __future__ import annotations

import pandas as pd
import pytest

from pipelines.validate import validate
from pipelines.validate.schema import TABLES

from .frames import MAKERS


@pytest.mark.parametrize("table", TABLES)
def test_valid_frame_passes(table, refs):
    df = MAKERS[table]()
    report = validate(table, df, refs=refs)
    assert report.table == table
    assert report.success, [(r.rule, r.examples) for r in report.results if not r.success]
    assert report.blocking_failures == []
    assert report.rejected() == {}
    assert report.warnings == []
    assert all(r.unexpected_count == 0 and r.failing_index == [] for r in report.results)
    assert report.result(f"{table}.columns_present").element_count == len(df)


@pytest.mark.parametrize("table", TABLES)
def test_empty_frame_with_columns_passes(table):
    report = validate(table, MAKERS[table]().iloc[0:0])
    assert report.success
    assert report.rejected() == {}


@pytest.mark.parametrize("table", TABLES)
def test_bare_empty_frame_passes_without_refs(table):
    assert validate(table, pd.DataFrame()).success


def test_valid_figures_counts_every_row(refs):
    report = validate("figures", MAKERS["figures"](), refs=refs)
    vocab = report.result("figures.category_in_vocabulary")
    assert (vocab.element_count, vocab.unexpected_count, vocab.level) == (3, 0, "row")
    assert vocab.expectation == "expect_column_values_to_be_in_set"
    assert vocab.threshold == "every non-null row"
