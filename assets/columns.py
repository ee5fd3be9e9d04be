"""Column schemas and column-level lineage for the table assets, shown in the Dagster UI.

Why here and not in pipelines/schemas.py: the types come from the Arrow schemas (declared
once); only the words for humans and the lineage, which are UI concerns, live here. A test
checks that every column of every table asset has a description, so a new column cannot
reach the UI undocumented."""
from __future__ import annotations

import dagster as dg

from pipelines.schemas import SCHEMAS
from pipelines.warehouse.ddl import duck_type

_COMMON = {
    "batch_id": "the ingestion batch (dynamic partition) that produced the row",
    "source_uri": "the input it was read from: file path, `…#line=N` for a JSONL line, `…#entry=N` for a feed entry",
    "sha256": "sha256 of the input's bytes",
    "size": "input file size in bytes (file-level rows only)",
    "mtime_ns": "input file modification time in ns (file-level rows only)",
    "article_id": "stable hash of the normalized title and body",
    "seen_at": "when this pipeline saw the input (UTC)",
    "char_start": "0-based character offset into articles.body where the span starts",
    "char_end": "0-based character offset into articles.body where the span ends (exclusive)",
}

DESCRIPTIONS: dict[str, dict[str, str]] = {
    "raw_articles": {
        "status": "pending (readable, not yet de-duplicated), quarantined or expanded (a container)",
        "reason": "why an input was quarantined (empty, binary, malformed_json, …)",
        "detail": "a readable explanation of the reason",
        "fmt": "input format: txt, json, jsonl, html, rss, atom",
        "title": "headline", "body": "full normalized text, headline first",
        "url": "the article's URL when the input gives one",
        "published_at": "publication time (UTC) when the input gives one",
        "outlet": "publishing outlet from metadata or a trailing credit line",
        "agencies": "credited news agencies", "language": "ISO 639-1 code detected from the text",
        "extra": "other JSON fields of the input, as JSON",
    },
    "articles": {
        "story_id": "article_id of the first article of its story; near-duplicate (syndicated) copies share it",
        "title": "headline", "body": "full normalized text, headline first (NFC, repaired mojibake)",
        "published_at": "publication time (UTC) when the input gives one",
        "outlet": "publishing outlet", "agencies": "credited news agencies, e.g. [AFP, Reuters]",
        "language": "ISO 639-1 code; only English articles go through extraction",
        "ingested_at": "when this pipeline loaded it (UTC)", "url": "the article's URL",
        "fmt": "input format", "extra": "other JSON fields of the input, as JSON",
        "source_uri": "the first input it was read from",
    },
    "article_sources": {"outlet": "the outlet this copy named"},
    "raw_files": {
        "status": "loaded, duplicate, quarantined or expanded",
        "article_id": "the article this input became or duplicated",
        "reason": "why it was quarantined, or which input it duplicates",
        "detail": "a readable explanation of the reason",
    },
    "entities": {
        "entity_id": "stable id: GeoNames id or ISO code for places, normalized canonical name otherwise",
        "entity_type": "person, organization or location",
        "canonical_name": "fullest name, acronym expansion, or gazetteer name of a place",
        "country_code": "ISO 3166-1 alpha-2 (for a city, its country)",
        "location_kind": "country, region or city (locations only)",
        "latitude": "gazetteer latitude", "longitude": "gazetteer longitude",
        "geonames_id": "GeoNames id of a place", "admin1": "first-level administrative division code",
        "aliases": "other surface forms seen", "batch_id": "the batch that first saw the entity",
    },
    "story_bands": {
        "band": "which of the 42 LSH bands the key belongs to", "hash": "the band's key (MinHash rows hashed)",
        "story_id": "the story this representative stands for",
    },
    "story_prints": {"shingles": "sorted CRC-32s of the article's word 3-grams"},
    "quarantine": {
        "stage": "ingest or validate", "reason": "the ingest reason or the GX rule's name",
        "detail": "a readable explanation, or the rejected row as JSON",
        "table_name": "for validation: the table the rejected row belongs to",
        "record_key": "for validation: the rejected row's key",
    },
    "entity_mentions": {
        "mention_id": "stable hash of article, entity and offsets", "entity_id": "the entity named",
        "mention_text": "the words as written: body[char_start:char_end]", "label": "the NER or rule label",
    },
    "figures": {
        "figure_id": "stable hash of article, category, value and position",
        "category": "killed, injured, hospitalized, arrested, missing, protesters or deployed",
        "value": "the number the text states (eight → 8, dozens → 24)",
        "bound": "exact, at_least, at_most or approx",
        "value_low": "lower end of the implied interval; null where open",
        "value_high": "upper end of the implied interval; null where open",
        "who": "the group counted", "quote": "the shortest span holding the number and its trigger: body[char_start:char_end]",
        "sentence": "the sentence the figure came from",
        "reported_by": "the source the sentence attributes it to", "reported_via": "who relayed that source",
        "event_date": "the date the figure refers to, resolved against published_at",
        "location_entity_id": "the place it belongs to (entities.entity_id)",
        "reported_by_entity_id": "the person or organization entity reported_by names, where the article has one",
        "reported_via_entity_id": "the person or organization entity reported_via names, where the article has one",
        "trigger": "the trigger word", "number_text": "the number as written",
    },
}


def column_schema(table: str) -> dg.TableSchema:
    docs = {**_COMMON, **DESCRIPTIONS.get(table, {})}
    return dg.TableSchema(columns=[
        dg.TableColumn(f.name, duck_type(f.type), description=docs.get(f.name)) for f in SCHEMAS[table]])


def _dep(asset: str, *columns: str) -> list[dg.TableColumnDep]:
    return [dg.TableColumnDep(asset_key=dg.AssetKey(asset), column_name=c) for c in columns]


_BODY_DERIVED = {
    "figures": ("category", "value", "bound", "value_low", "value_high", "who", "quote", "char_start", "char_end",
                "sentence", "reported_by", "reported_via", "trigger", "number_text", "location_entity_id",
                "reported_by_entity_id", "reported_via_entity_id"),
    "entity_mentions": ("entity_id", "mention_text", "char_start", "char_end", "label"),
    "entities": ("entity_id", "entity_type", "canonical_name", "country_code", "location_kind", "latitude",
                 "longitude", "geonames_id", "admin1", "aliases"),
}


def column_lineage(table: str) -> dg.TableColumnLineage | None:
    """Where each derived column comes from, e.g. figures.quote from articles.body."""
    deps: dict[str, list[dg.TableColumnDep]] = {}
    if table in ("articles", "article_sources", "raw_files"):
        raw = set(SCHEMAS["raw_articles"].names)
        for col in SCHEMAS[table].names:
            if col in raw and col != "batch_id":
                deps[col] = _dep("raw_articles", col)
        deps["article_id"] = _dep("raw_articles", "title", "body")
        if table == "articles":
            deps["story_id"] = _dep("raw_articles", "title", "body")
    elif table in ("story_bands", "story_prints"):
        deps["article_id"] = _dep("raw_articles", "title", "body")
        for col in ("band", "hash", "story_id", "shingles"):
            if col in SCHEMAS[table].names:
                deps[col] = _dep("raw_articles", "body")
    elif table in _BODY_DERIVED:
        for col in _BODY_DERIVED[table]:
            deps[col] = _dep("articles", "body")
        if table != "entities":
            deps["article_id"] = _dep("articles", "article_id")
        if table == "figures":
            deps["event_date"] = _dep("articles", "body", "published_at")
    return dg.TableColumnLineage(deps_by_column=deps) if deps else None


def table_spec_metadata(table: str) -> dict:
    """Definition metadata for a table asset: its column schema and column lineage."""
    meta: dict = {"dagster/column_schema": column_schema(table)}
    lineage = column_lineage(table)
    if lineage is not None:
        meta["dagster/column_lineage"] = lineage
    return meta
