"""Warehouse DDL derived from the lake's Arrow schemas (one declaration per column)."""
from __future__ import annotations

import pyarrow as pa

from ..schemas import SCHEMAS

# public tables first; their names are the analysts' interface and stay stable
WAREHOUSE_TABLES = ("articles", "article_sources", "raw_files", "entities", "entity_mentions", "figures", "quarantine",
                    "story_bands", "story_prints")
KEYS = {"articles": "article_id", "entities": "entity_id", "entity_mentions": "mention_id", "figures": "figure_id"}


def duck_type(t: pa.DataType) -> str:
    if pa.types.is_string(t):
        return "VARCHAR"
    if pa.types.is_int64(t):
        return "BIGINT"
    if pa.types.is_int32(t):
        return "INTEGER"
    if pa.types.is_floating(t):
        return "DOUBLE"
    if pa.types.is_timestamp(t):
        return "TIMESTAMPTZ" if t.tz else "TIMESTAMP"
    if pa.types.is_date(t):
        return "DATE"
    if pa.types.is_boolean(t):
        return "BOOLEAN"
    if pa.types.is_list(t):
        return duck_type(t.value_type) + "[]"
    raise TypeError(f"no DuckDB type for {t}")


def create_statements() -> list[str]:
    stmts = []
    for table in WAREHOUSE_TABLES:
        cols = ", ".join(f"{f.name} {duck_type(f.type)}" for f in SCHEMAS[table])
        stmts.append(f"create table if not exists {table} ({cols})")
        # a warehouse created before a column was added gets it (null in old rows)
        stmts += [f"alter table {table} add column if not exists {f.name} {duck_type(f.type)}" for f in SCHEMAS[table]]
    # each committed batch is one snapshot of the DuckLake catalog: snapshot_id says which
    stmts.append("create table if not exists batches (batch_id VARCHAR, loaded_at TIMESTAMPTZ, row_counts VARCHAR, "
                 "snapshot_id BIGINT)")
    stmts.append("alter table batches add column if not exists snapshot_id BIGINT")
    return stmts
