"""Planted defects in figures each fail exactly the rule meant to catch them, on the right row."""
from __future__ import annotations

import pandas as pd

from pipelines.validate import validate

from .frames import BODY_1, make_figures


def check(df, refs):
    return validate("figures", df, refs=refs)


def test_duplicate_figure_id_blocks_the_load(refs):
    df = make_figures()
    df.loc[11, "figure_id"] = "f1"  # defect: duplicate key
    report = check(df, refs)
    assert [r.rule for r in report.blocking_failures] == ["figures.figure_id_unique"]
    failure = report.blocking_failures[0]
    assert failure.level == "table" and failure.threshold == "0 duplicates"
    assert failure.unexpected_count == 2
    assert failure.failing_index == [10, 11]
    assert report.rejected() == {}  # table-level: nothing to quarantine, the batch stops
    assert not report.success


def test_null_figure_id_blocks(refs):
    df = make_figures()
    df.loc[12, "figure_id"] = None  # defect: null key
    report = check(df, refs)
    assert [r.rule for r in report.blocking_failures] == ["figures.figure_id_not_null"]
    assert report.blocking_failures[0].failing_index == [12]


def test_unknown_category(refs):
    df = make_figures()
    df.loc[11, "category"] = "wounded"  # defect: unknown category
    report = check(df, refs)
    assert report.rejected() == {11: ["figures.category_in_vocabulary"]}
    result = report.result("figures.category_in_vocabulary")
    assert result.examples == [{"index": 11, "figure_id": "f2", "article_id": "a1", "category": "wounded"}]
    assert report.blocking_failures == []


def test_unknown_bound(refs):
    df = make_figures()
    df.loc[10, "bound"] = "roughly"  # defect: unknown bound
    assert check(df, refs).rejected() == {10: ["figures.bound_in_vocabulary"]}


def test_negative_value(refs):
    df = make_figures()
    df.loc[10, "value"] = -12  # defect: negative value
    report = check(df, refs)
    assert report.rejected() == {10: ["figures.value_plausible"]}
    assert report.result("figures.value_plausible").examples[0]["value"] == -12


def test_implausibly_large_value(refs):
    df = make_figures()
    df.loc[12, ["value", "value_high"]] = [100_000_001, None]  # defect: value above 100M
    assert check(df, refs).rejected() == {12: ["figures.value_plausible"]}


def test_value_low_above_value(refs):
    df = make_figures()
    df.loc[12, "value_low"] = 260  # defect: value_low > value (250)
    report = check(df, refs)
    assert report.rejected() == {12: ["figures.value_low_le_value"]}
    example = report.result("figures.value_low_le_value").examples[0]
    assert (example["value"], example["value_low"]) == (250, 260)


def test_value_above_value_high(refs):
    df = make_figures()
    df.loc[12, "value_high"] = 249  # defect: value (250) > value_high
    assert check(df, refs).rejected() == {12: ["figures.value_le_value_high"]}


def test_quote_not_matching_body(refs):
    df = make_figures()
    df.loc[10, "quote"] = "13 people were killed"  # defect: quote not matching body
    report = check(df, refs)
    assert report.rejected() == {10: ["figures.quote_matches_body"]}
    example = report.result("figures.quote_matches_body").examples[0]
    assert example["quote"] == "13 people were killed"
    assert report.result("figures.quote_matches_body").column == "char_start,char_end,quote"


def test_offsets_shifted_by_one_fail_the_quote_rule(refs):
    df = make_figures()
    df.loc[11, ["char_start", "char_end"]] += 1  # defect: off-by-one offsets
    assert check(df, refs).rejected() == {11: ["figures.quote_matches_body"]}


def test_offset_beyond_body(refs):
    df = make_figures()
    df.loc[11, "char_end"] = len(BODY_1) + 5  # defect: offset beyond body
    report = check(df, refs)
    assert report.rejected() == {11: ["figures.offsets_within_body"]}


def test_negative_char_start(refs):
    df = make_figures()
    df.loc[10, "char_start"] = -1  # defect: negative offset
    assert check(df, refs).rejected() == {10: ["figures.char_start_non_negative"]}


def test_char_end_not_after_start(refs):
    df = make_figures()
    df.loc[10, "char_end"] = df.loc[10, "char_start"]  # defect: empty span
    assert check(df, refs).rejected() == {10: ["figures.char_end_after_start"]}


def test_dangling_article_id(refs):
    df = make_figures()
    df.loc[12, "article_id"] = "a404"  # defect: dangling foreign key (article)
    report = check(df, refs)
    # offsets and quote cannot be checked without the body, so only the FK rule reports the row
    assert report.rejected() == {12: ["figures.article_exists"]}
    assert report.result("figures.article_exists").examples[0]["article_id"] == "a404"


def test_dangling_location_entity(refs):
    df = make_figures()
    df.loc[11, "location_entity_id"] = "e_atlantis"  # defect: dangling foreign key (entity)
    assert check(df, refs).rejected() == {11: ["figures.location_entity_exists"]}


def test_dangling_source_entities(refs):
    df = make_figures()
    df.loc[10, "reported_by_entity_id"] = "e_nobody"  # defect: dangling foreign key (source entity)
    df.loc[12, "reported_via_entity_id"] = "e_nowhere"
    assert check(df, refs).rejected() == {10: ["figures.reported_by_entity_exists"],
                                          12: ["figures.reported_via_entity_exists"]}


def test_several_defects_are_reported_per_row(refs):
    df = make_figures()
    df.loc[10, "category"] = "wounded"  # defect: unknown category
    df.loc[10, "value"] = 0  # defect: non-positive value
    df.loc[12, "article_id"] = "a404"  # defect: dangling foreign key
    assert check(df, refs).rejected() == {
        10: ["figures.category_in_vocabulary", "figures.value_plausible"],
        12: ["figures.article_exists"],
    }


def test_string_index_labels_are_reported(refs):
    df = make_figures().set_axis(["x", "y", "z"])
    df.loc["z", "bound"] = "roughly"  # defect: unknown bound
    assert check(df, refs).rejected() == {"z": ["figures.bound_in_vocabulary"]}


def test_nullable_low_high_are_optional(refs):
    df = make_figures()
    df["value_low"] = pd.array([None] * 3, dtype="Int64")
    df["value_high"] = [float("nan")] * 3
    assert check(df, refs).success
