"""Every table: a valid batch passes, an empty batch passes."""
from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest

from pipelines.schemas import SCHEMAS

from pipelines.validate import validate
from pipelines.validate.schema import TABLES

from .frames import MAKERS, make_figures


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


def through_the_lake(table: str, df: pd.DataFrame) -> pd.DataFrame:
    schema = SCHEMAS[table]
    return pa.Table.from_pandas(df[schema.names], schema=schema, preserve_index=False).to_pandas()


@pytest.mark.parametrize("table", TABLES)
def test_frames_read_back_from_the_lake_pass(table, refs):
    """The lake hands validation `pa.Table.to_pandas()` frames: Arrow strings, int32 offsets,
    nullable ints as floats, list columns as arrays. The suites must accept those dtypes."""
    df = through_the_lake(table, MAKERS[table]())
    lake_refs = {name: through_the_lake(name, ref) for name, ref in refs.items()}
    report = validate(table, df, refs=lake_refs)
    assert report.success, [(r.rule, r.examples) for r in report.results if not r.success]
    assert len(df) == len(MAKERS[table]())


def test_lake_frames_still_catch_defects(refs):
    df = through_the_lake("figures", make_figures())
    df.loc[2, "quote"] = "250 were released"  # defect: quote not matching body
    df.loc[0, "value_low"] = 13  # defect: value_low > value (12), float column after the lake
    lake_refs = {name: through_the_lake(name, ref) for name, ref in refs.items()}
    assert validate("figures", df, refs=lake_refs).rejected() == {
        0: ["figures.value_low_le_value"], 2: ["figures.quote_matches_body"]}
