"""Materialization metadata: row counts, lake path and a small, escaped Markdown preview."""
from __future__ import annotations

import re

import dagster as dg
import pyarrow as pa

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>])")


def md_escape(value: object, limit: int = 80) -> str:
    """Untrusted text shown in the UI: truncated, newlines folded, Markdown and HTML escaped."""
    s = "" if value is None else str(value)
    s = " ".join(s.split())
    if len(s) > limit:
        s = s[: limit - 1] + "…"
    return _MD_SPECIAL.sub(r"\\\1", s)


def preview(table: pa.Table, columns: list[str], rows: int = 5) -> dg.MetadataValue:
    cols = [c for c in columns if c in table.column_names]
    head = table.select(cols).slice(0, rows).to_pylist()
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(md_escape(r[c]) for c in cols) + " |" for r in head]
    return dg.MetadataValue.md("\n".join(lines))


def table_metadata(table: pa.Table, path, columns: list[str]) -> dict:
    """The stage partition is intermediate: the warehouse asset deletes it once the batch is loaded
    (the warehouse is then the one copy), so it is named as text with where the rows go, not as a
    path link that would point at nothing after the load."""
    return {
        "dagster/row_count": dg.MetadataValue.int(table.num_rows),
        "stage_partition": dg.MetadataValue.text(f"{path} (deleted when the batch loads; the rows are then "
                                                 f"in the warehouse, `unrest sql`)"),
        "preview": preview(table, columns),
    }


def committed_noop(lake, table: str, batch: str, keyed: bool = False) -> dg.MaterializeResult:
    """A committed batch is immutable: re-materializing it reports what is there and writes nothing.
    `keyed` names the asset in the result, as a multi-asset must."""
    data = lake.read(table, batch)
    return dg.MaterializeResult(asset_key=table if keyed else None, metadata={
        "dagster/row_count": dg.MetadataValue.int(data.num_rows),
        "note": dg.MetadataValue.text(f"batch {batch} is already committed to the warehouse; nothing rewritten"),
    })
