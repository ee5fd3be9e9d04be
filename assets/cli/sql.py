"""`unrest sql`: one read-only SELECT on the warehouse (at its latest snapshot or `--as-of` a batch
id or a timestamp), printed as a table, CSV or JSON. pipelines/warehouse/readonly.py says what
"read-only" guarantees."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import duckdb

from pipelines.warehouse import Warehouse
from pipelines.warehouse.readonly import RefusedStatement, analyst_connection, check_query


def run_sql(data: Path, query: str, fmt: str = "table", as_of: str | None = None) -> int:
    wh = Warehouse(data)
    if not wh.exists():
        hint = (f"run `unrest migrate --data {data}` to move the old single-file warehouse into it"
                if wh.legacy_path.exists() else f"run `unrest run --data {data}` first")
        print(f"unrest sql: no warehouse at {wh.location.catalog}; {hint}", file=sys.stderr)
        return 2
    try:
        pinned = _snapshot(wh, as_of) if as_of else {}
        with analyst_connection(wh.location, **pinned) as con:
            check_query(con, query)
            df = con.execute(query).fetchdf()
    except (duckdb.Error, RefusedStatement, ValueError) as exc:
        print(f"unrest sql: {exc}", file=sys.stderr)
        return 1
    if fmt == "csv":
        df.to_csv(sys.stdout, index=False)
    elif fmt == "json":
        sys.stdout.write(df.to_json(orient="records", date_format="iso", force_ascii=False) + "\n")
    else:
        with __import__("pandas").option_context("display.max_colwidth", 60, "display.width", 200):
            print(df.to_string(index=False) if len(df.columns) else "(no columns)")
        print(f"({len(df)} row{'s' if len(df) != 1 else ''})")
    return 0


def _snapshot(wh: Warehouse, as_of: str) -> dict:
    """A batch id names its snapshot; anything else must be an ISO timestamp (UTC unless it says)."""
    snapshots = wh.batch_snapshots()
    if as_of in snapshots:
        if snapshots[as_of] is None:
            raise ValueError(f"batch {as_of} was loaded before snapshots were kept (migrated); use a timestamp")
        return {"snapshot_version": snapshots[as_of]}
    try:
        when = datetime.fromisoformat(as_of)
    except ValueError:
        raise ValueError(f"--as-of {as_of!r} is neither a loaded batch id nor an ISO timestamp") from None
    return {"snapshot_time": when.isoformat(sep=" ") + ("" if when.tzinfo else "+00:00")}
