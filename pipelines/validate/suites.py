"""Expectation suites, written in code, one function per table.

Every expectation carries its rule name, level and threshold in `meta`, so the runner can
turn GX results back into RuleResults without a side table. Level "row" means failing rows
can be quarantined and the rest loaded; level "table" means a failure blocks the load.
Rules on helper columns (`_quote_matches_body`, ...) rely on `derive.prepare`."""
from __future__ import annotations

from collections.abc import Callable, Sequence

import great_expectations as gx
from great_expectations import expectations as gxe

from pipelines.extract.types import BOUNDS, CATEGORIES, ENTITY_TYPES, LOCATION_KINDS

from .schema import MAX_PLAUSIBLE_VALUE, RAW_FILE_STATUSES, TABLE_COLUMNS, country_codes, language_codes

EVERY_ROW = "every row"
EVERY_NON_NULL = "every non-null row"
NO_DUPLICATES = "0 duplicates"


def rule(name: str, expectation: type, *, level: str, threshold: str, show: Sequence[str] = (),
         severity: str = "critical", **kwargs) -> gxe.Expectation:
    """One rule = one GX expectation. `show` lists the columns copied into failure examples
    (besides the table's key columns); severity "warning" reports without rejecting rows."""
    assert level in ("row", "table"), level
    meta = {"rule": name, "level": level, "threshold": threshold, "show": list(show)}
    return expectation(**kwargs, meta=meta, severity=severity)


def _key(table: str, column: str) -> list[gxe.Expectation]:
    return [
        rule(f"{table}.{column}_not_null", gxe.ExpectColumnValuesToNotBeNull, column=column,
             level="table", threshold="0 nulls"),
        rule(f"{table}.{column}_unique", gxe.ExpectColumnValuesToBeUnique, column=column,
             level="table", threshold=NO_DUPLICATES),
    ]


def _columns_present(table: str) -> gxe.Expectation:
    return rule(f"{table}.columns_present", gxe.ExpectTableColumnsToMatchSet,
                column_set=list(TABLE_COLUMNS[table]), exact_match=False,
                level="table", threshold="all contract columns present")


def _not_null(table: str, column: str) -> gxe.Expectation:
    return rule(f"{table}.{column}_not_null", gxe.ExpectColumnValuesToNotBeNull, column=column,
                level="row", threshold=EVERY_ROW)


def _in_vocabulary(table: str, column: str, values: Sequence[str], vocab: str = "vocabulary") -> gxe.Expectation:
    return rule(f"{table}.{column}_in_{vocab}", gxe.ExpectColumnValuesToBeInSet, column=column,
                value_set=list(values), level="row", threshold=EVERY_NON_NULL)


def _helper_true(name: str, column: str, show: Sequence[str], threshold: str = EVERY_NON_NULL,
                 severity: str = "critical") -> gxe.Expectation:
    return rule(name, gxe.ExpectColumnValuesToBeInSet, column=column, value_set=[True],
                level="row", threshold=threshold, show=show, severity=severity)


def _spans(table: str, text_col: str) -> list[gxe.Expectation]:
    offsets = ("char_start", "char_end")
    return [
        rule(f"{table}.char_start_non_negative", gxe.ExpectColumnValuesToBeBetween, column="char_start",
             min_value=0, level="row", threshold="char_start >= 0"),
        rule(f"{table}.char_end_after_start", gxe.ExpectColumnPairValuesAToBeGreaterThanB,
             column_A="char_end", column_B="char_start", or_equal=False,
             ignore_row_if="either_value_is_missing", level="row", threshold="char_start < char_end"),
        _helper_true(f"{table}.offsets_within_body", "_offsets_in_body", offsets,
                     "char_end <= len(body) where the article is known"),
        _helper_true(f"{table}.{text_col}_matches_body", f"_{text_col}_matches_body", (*offsets, text_col),
                     f"{text_col} == body[char_start:char_end] where the offsets are valid"),
        _helper_true(f"{table}.article_exists", "_article_exists", ("article_id",),
                     "article_id found in articles"),
    ]


def articles_suite() -> list[gxe.Expectation]:
    t = "articles"
    return [
        _columns_present(t), *_key(t, "article_id"),
        _helper_true("articles.body_not_empty", "_body_not_blank", ("title",), EVERY_ROW),
        rule("articles.language_in_iso639", gxe.ExpectColumnValuesToBeInSet, column="language",
             value_set=list(language_codes()), level="row",
             threshold="a code of seeds/languages.csv (ISO 639-1, else 639-3), or null"),
        _helper_true("articles.published_at_not_future", "_published_not_future", ("published_at",),
                     "published_at <= now + 1 day (warning only)", severity="warning"),
    ]


def figures_suite() -> list[gxe.Expectation]:
    t = "figures"
    return [
        _columns_present(t), *_key(t, "figure_id"),
        _not_null(t, "article_id"), _not_null(t, "category"), _not_null(t, "bound"), _not_null(t, "value"),
        _in_vocabulary(t, "category", CATEGORIES),
        _in_vocabulary(t, "bound", BOUNDS),
        rule("figures.value_plausible", gxe.ExpectColumnValuesToBeBetween, column="value",
             min_value=1, max_value=MAX_PLAUSIBLE_VALUE, level="row",
             threshold=f"1 <= value <= {MAX_PLAUSIBLE_VALUE:_}"),
        rule("figures.value_low_le_value", gxe.ExpectColumnPairValuesAToBeGreaterThanB,
             column_A="value", column_B="value_low", or_equal=True, ignore_row_if="either_value_is_missing",
             level="row", threshold="value_low <= value where value_low is set"),
        rule("figures.value_le_value_high", gxe.ExpectColumnPairValuesAToBeGreaterThanB,
             column_A="value_high", column_B="value", or_equal=True, ignore_row_if="either_value_is_missing",
             level="row", threshold="value <= value_high where value_high is set"),
        *_spans(t, "quote"),
        _helper_true("figures.location_entity_exists", "_location_entity_exists", ("location_entity_id",),
                     "location_entity_id found in entities, where set"),
        *(_helper_true(f"figures.reported_{r}_entity_exists", f"_reported_{r}_entity_exists",
                       (f"reported_{r}_entity_id",), f"reported_{r}_entity_id found in entities, where set")
          for r in ("by", "via")),
    ]


def entities_suite() -> list[gxe.Expectation]:
    t = "entities"
    return [
        _columns_present(t), *_key(t, "entity_id"),
        _not_null(t, "entity_type"), _not_null(t, "canonical_name"),
        _in_vocabulary(t, "entity_type", ENTITY_TYPES),
        _in_vocabulary(t, "location_kind", LOCATION_KINDS),
        _in_vocabulary(t, "country_code", country_codes(), vocab="iso3166"),
        rule("entities.latitude_in_range", gxe.ExpectColumnValuesToBeBetween, column="latitude",
             min_value=-90, max_value=90, level="row", threshold="-90 <= latitude <= 90, or null"),
        rule("entities.longitude_in_range", gxe.ExpectColumnValuesToBeBetween, column="longitude",
             min_value=-180, max_value=180, level="row", threshold="-180 <= longitude <= 180, or null"),
    ]


def entity_mentions_suite() -> list[gxe.Expectation]:
    t = "entity_mentions"
    return [
        _columns_present(t), *_key(t, "mention_id"),
        _not_null(t, "article_id"), _not_null(t, "entity_id"),
        *_spans(t, "mention_text"),
        _helper_true("entity_mentions.entity_exists", "_entity_exists", ("entity_id",),
                     "entity_id found in entities"),
    ]


def raw_files_suite() -> list[gxe.Expectation]:
    t = "raw_files"
    return [
        _columns_present(t),
        rule("raw_files.source_uri_not_null", gxe.ExpectColumnValuesToNotBeNull, column="source_uri",
             level="table", threshold="0 nulls"),
        rule("raw_files.source_uri_sha256_unique", gxe.ExpectCompoundColumnsToBeUnique,
             column_list=["source_uri", "sha256"], level="table", threshold=NO_DUPLICATES),
        _not_null(t, "status"),
        _in_vocabulary(t, "status", RAW_FILE_STATUSES),
    ]


def quarantine_suite() -> list[gxe.Expectation]:
    t = "quarantine"
    return [_columns_present(t), _not_null(t, "source_uri"), _not_null(t, "stage"), _not_null(t, "reason")]


SUITES: dict[str, Callable[[], list[gxe.Expectation]]] = {
    "articles": articles_suite,
    "figures": figures_suite,
    "entities": entities_suite,
    "entity_mentions": entity_mentions_suite,
    "raw_files": raw_files_suite,
    "quarantine": quarantine_suite,
}


def build_suite(table: str) -> gx.ExpectationSuite:
    """A fresh suite for `table` (callers may mutate it; building one takes milliseconds)."""
    if table not in SUITES:
        raise ValueError(f"unknown table {table!r}; expected one of {sorted(SUITES)}")
    return gx.ExpectationSuite(name=f"unrest.{table}", expectations=SUITES[table]())
