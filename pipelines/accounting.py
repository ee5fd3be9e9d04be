"""The batch's books balanced before it loads: what validation or extraction quarantined is
left out, and nothing is left pointing at it.

An article quarantined after the parse stage (a row-level rule on `articles`, or an extraction
that raised) never reaches the warehouse, so the inputs it came from are `quarantined` in
`raw_files` with that reason (not `loaded` or `duplicate` of an article that is not there), and
its `article_sources`, `story_bands`, `story_prints`, figures and mentions go with it. A
rejected entity takes its mentions along and is no figure's place any more."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone

import pyarrow as pa
import pyarrow.compute as pc

from .schemas import to_table

DROPPING_STAGES = ("validate", "extract")


def rejected_keys(quarantine: pa.Table) -> dict[str, dict[str, tuple[str, str, str]]]:
    """table -> key -> (stage, reason, detail) of the first quarantine row that rejects it."""
    out: dict[str, dict[str, tuple[str, str, str]]] = {}
    cols = (quarantine.column(c).to_pylist() for c in ("stage", "table_name", "record_key", "reason", "detail"))
    for stage, table, key, reason, detail in zip(*cols):
        if stage in DROPPING_STAGES and table and key is not None:
            out.setdefault(table, {}).setdefault(key, (stage, reason, detail))
    return out


def _without(table: pa.Table, column: str, keys) -> pa.Table:
    if not keys or table.num_rows == 0:
        return table
    return table.filter(pc.invert(pc.is_in(table.column(column), pa.array(sorted(keys), pa.string()))))


def _null_where(table: pa.Table, column: str, keys) -> pa.Table:
    if not keys or table.num_rows == 0:
        return table
    col = table.column(column)
    hit = pc.fill_null(pc.is_in(col, pa.array(sorted(keys), pa.string())), False)
    return table.set_column(table.schema.get_field_index(column), column,
                            pc.if_else(hit, pa.scalar(None, col.type), col))


def _own_story_where(table: pa.Table, dropped) -> pa.Table:
    """A story whose first article is dropped: its other articles start their own story."""
    if not dropped or table.num_rows == 0:
        return table
    story = table.column("story_id")
    hit = pc.fill_null(pc.is_in(story, pa.array(sorted(dropped), pa.string())), False)
    return table.set_column(table.schema.get_field_index("story_id"), "story_id",
                            pc.if_else(hit, table.column("article_id"), story))


def settle(tables: Mapping[str, pa.Table]) -> tuple[dict[str, pa.Table], dict[str, set[str]]]:
    """The batch's tables as they may load, and the keys per table the load must skip."""
    out = dict(tables)
    rejected = rejected_keys(out["quarantine"])
    dropped = rejected.get("articles", {})
    bad_entities = set(rejected.get("entities", {}))
    for name in ("article_sources", "story_prints", "story_bands", "figures", "entity_mentions"):
        if name in out:
            out[name] = _without(out[name], "article_id", dropped)
    for name in ("articles", "story_bands"):
        if name in out:
            out[name] = _own_story_where(out[name], dropped)
    if "entity_mentions" in out:
        out["entity_mentions"] = _without(out["entity_mentions"], "entity_id", bad_entities)
    if "figures" in out:
        for col in ("location_entity_id", "reported_by_entity_id", "reported_via_entity_id"):
            out["figures"] = _null_where(out["figures"], col, bad_entities)
    if dropped and "raw_files" in out:
        out["raw_files"], extra = _requarantine(out["raw_files"], dropped)
        out["quarantine"] = pa.concat_tables([out["quarantine"], to_table("quarantine", extra)])
    return out, {t: set(keys) for t, keys in rejected.items()}


def _requarantine(raw_files: pa.Table, dropped: Mapping[str, tuple[str, str, str]]) -> tuple[pa.Table, list[dict]]:
    """Inputs of dropped articles become `quarantined` with the article's reason. The article's
    own quarantine row names its first input; each further input (a duplicate) gets its own."""
    rows, extra = raw_files.to_pylist(), []
    now = datetime.now(timezone.utc)
    for r in rows:
        why = dropped.get(r["article_id"]) if r["status"] in ("loaded", "duplicate") else None
        if why is None:
            continue
        stage, reason, detail = why
        if r["status"] == "duplicate":
            extra.append({"source_uri": r["source_uri"], "stage": stage, "reason": reason, "detail": detail,
                          "seen_at": now, "batch_id": r["batch_id"], "table_name": "raw_files",
                          "record_key": r["sha256"]})
        r.update(status="quarantined", reason=reason, detail=f"{stage}: {detail}"[:2000] if detail else stage)
    return to_table("raw_files", rows), extra
