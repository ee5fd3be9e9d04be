"""Explicit Arrow schemas for every lake table. The warehouse DDL is derived from them,
so a column is declared once."""
from __future__ import annotations

import pyarrow as pa

TS = pa.timestamp("us", tz="UTC")

SCHEMAS: dict[str, pa.Schema] = {
    # every input row the ingest stage saw, with its decoded record when it had one
    "raw_articles": pa.schema([
        ("source_uri", pa.string()), ("sha256", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()),
        ("status", pa.string()), ("reason", pa.string()), ("detail", pa.string()),
        ("fmt", pa.string()), ("title", pa.string()), ("body", pa.string()), ("url", pa.string()),
        ("published_at", TS), ("outlet", pa.string()), ("agencies", pa.list_(pa.string())),
        ("language", pa.string()), ("extra", pa.string()), ("batch_id", pa.string()),
    ]),
    "articles": pa.schema([
        # story_id: the article_id of the first article of its story (near-duplicate copies share it)
        ("article_id", pa.string()), ("story_id", pa.string()), ("source_uri", pa.string()), ("title", pa.string()), ("body", pa.string()),
        ("published_at", TS), ("outlet", pa.string()), ("agencies", pa.list_(pa.string())),
        ("language", pa.string()), ("ingested_at", TS), ("sha256", pa.string()), ("url", pa.string()),
        ("fmt", pa.string()), ("extra", pa.string()), ("batch_id", pa.string()),
    ]),
    "article_sources": pa.schema([
        ("article_id", pa.string()), ("source_uri", pa.string()), ("sha256", pa.string()),
        ("outlet", pa.string()), ("seen_at", TS), ("batch_id", pa.string()),
    ]),
    "raw_files": pa.schema([
        ("source_uri", pa.string()), ("sha256", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()),
        ("status", pa.string()), ("article_id", pa.string()), ("reason", pa.string()), ("detail", pa.string()),
        ("seen_at", TS), ("batch_id", pa.string()),
    ]),
    "entities": pa.schema([
        ("entity_id", pa.string()), ("entity_type", pa.string()), ("canonical_name", pa.string()),
        ("country_code", pa.string()), ("location_kind", pa.string()), ("latitude", pa.float64()),
        ("longitude", pa.float64()), ("geonames_id", pa.int64()), ("admin1", pa.string()),
        ("aliases", pa.list_(pa.string())), ("batch_id", pa.string()),
    ]),
    "entity_mentions": pa.schema([
        ("mention_id", pa.string()), ("article_id", pa.string()), ("entity_id", pa.string()),
        ("mention_text", pa.string()), ("char_start", pa.int32()), ("char_end", pa.int32()),
        ("label", pa.string()), ("batch_id", pa.string()),
    ]),
    "figures": pa.schema([
        ("figure_id", pa.string()), ("article_id", pa.string()), ("category", pa.string()),
        ("value", pa.int64()), ("bound", pa.string()), ("value_low", pa.int64()), ("value_high", pa.int64()),
        ("who", pa.string()), ("quote", pa.string()), ("char_start", pa.int32()), ("char_end", pa.int32()),
        ("sentence", pa.string()), ("reported_by", pa.string()), ("reported_via", pa.string()),
        ("event_date", pa.date32()), ("location_entity_id", pa.string()), ("trigger", pa.string()),
        ("number_text", pa.string()), ("batch_id", pa.string()),
        ("reported_by_entity_id", pa.string()), ("reported_via_entity_id", pa.string()),
    ]),
    # LSH band keys of each bucket's representative articles (pipelines/stories.py): later copies
    # find their story by a join on (band, hash), never by comparing against every article
    "story_bands": pa.schema([
        ("band", pa.int32()), ("hash", pa.string()), ("article_id", pa.string()), ("story_id", pa.string()),
        ("batch_id", pa.string()),
    ]),
    # those representatives' shingle prints (sorted CRC-32s of word 3-grams), compared with later
    # batches' articles without reading or shingling the earlier bodies again
    "story_prints": pa.schema([
        ("article_id", pa.string()), ("shingles", pa.list_(pa.int32())), ("batch_id", pa.string()),
    ]),
    "quarantine": pa.schema([
        ("source_uri", pa.string()), ("stage", pa.string()), ("reason", pa.string()), ("detail", pa.string()),
        ("seen_at", TS), ("batch_id", pa.string()), ("table_name", pa.string()), ("record_key", pa.string()),
    ]),
}


def empty(table: str) -> pa.Table:
    return SCHEMAS[table].empty_table()


def to_table(table: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts) to an Arrow table of the declared schema; missing keys become nulls."""
    schema = SCHEMAS[table]
    return pa.Table.from_pylist([{f.name: r.get(f.name) for f in schema} for r in rows], schema=schema)
