"""Planted defects in articles."""
from __future__ import annotations

import pandas as pd

from pipelines.validate import validate

from .frames import make_articles


def test_duplicate_article_id_blocks():
    df = make_articles()
    df.loc[101, "article_id"] = "a1"  # defect: duplicate key
    report = validate("articles", df)
    assert [r.rule for r in report.blocking_failures] == ["articles.article_id_unique"]
    assert report.blocking_failures[0].failing_index == [100, 101]


def test_empty_and_blank_body():
    df = make_articles()
    df.loc[100, "body"] = ""  # defect: empty body
    df.loc[101, "body"] = " \n\t"  # defect: whitespace-only body
    report = validate("articles", df)
    assert report.rejected() == {100: ["articles.body_not_empty"], 101: ["articles.body_not_empty"]}


def test_null_body():
    df = make_articles()
    df.loc[101, "body"] = None  # defect: missing body
    assert validate("articles", df).rejected() == {101: ["articles.body_not_empty"]}


def test_language_must_be_a_code_the_detector_names():
    df = make_articles()
    df.loc[100, "language"] = "eng"  # defect: ISO 639-2 where 639-1 has "en"
    df.loc[101, "language"] = "EN"  # defect: uppercase
    assert validate("articles", df).rejected() == {
        100: ["articles.language_in_iso639"], 101: ["articles.language_in_iso639"]}


def test_three_letter_codes_of_languages_without_639_1_pass():
    df = make_articles()
    df.loc[100, "language"] = "pcm"  # Nigerian Pidgin: ISO 639-3 only
    df.loc[101, "language"] = "zxx"  # no linguistic content
    assert validate("articles", df).rejected() == {}


def test_future_publication_date_is_only_a_warning():
    df = make_articles()
    df.loc[101, "published_at"] = pd.Timestamp("2099-01-01", tz="UTC")  # defect: far-future date
    report = validate("articles", df)
    assert report.success  # warnings never fail the batch ...
    assert report.rejected() == {}  # ... nor quarantine the row
    [warning] = report.warnings
    assert (warning.rule, warning.severity, warning.failing_index) == ("articles.published_at_not_future", "warning", [101])
    assert warning.examples[0]["published_at"] == "2099-01-01T00:00:00+00:00"


def test_naive_timestamps_are_read_as_utc():
    df = make_articles()
    df["published_at"] = [pd.Timestamp("2024-03-03 10:00"), None]
    assert validate("articles", df).success
