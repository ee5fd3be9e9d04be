"""Planted defects in raw_files and quarantine."""
from __future__ import annotations

from pipelines.validate import validate

from .frames import make_quarantine, make_raw_files


def test_same_uri_with_new_content_is_fine():
    df = make_raw_files()
    assert df["source_uri"].duplicated().any()  # the fixture already has a re-fetched file
    assert validate("raw_files", df).success


def test_duplicate_uri_and_sha_blocks():
    df = make_raw_files()
    df.loc[32, "sha256"] = "0" * 64  # defect: duplicate compound key (source_uri, sha256)
    report = validate("raw_files", df)
    assert [r.rule for r in report.blocking_failures] == ["raw_files.source_uri_sha256_unique"]
    failure = report.blocking_failures[0]
    assert failure.expectation == "expect_compound_columns_to_be_unique"
    assert failure.column == "source_uri,sha256"
    assert failure.failing_index == [30, 32]


def test_unknown_status():
    df = make_raw_files()
    df.loc[31, "status"] = "skipped"  # defect: unknown status
    assert validate("raw_files", df).rejected() == {31: ["raw_files.status_in_vocabulary"]}


def test_quarantine_needs_a_reason():
    df = make_quarantine()
    df.loc[40, "reason"] = None  # defect: missing reason
    assert validate("quarantine", df).rejected() == {40: ["quarantine.reason_not_null"]}
