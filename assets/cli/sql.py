"""`unrest sql`: a read-only query on the published warehouse, printed as a table, CSV or JSON."""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb


def run_sql(data: Path, query: str, fmt: str = "table") -> int:
    path = data / "warehouse.duckdb"
    if not path.exists():
        print(f"unrest sql: no warehouse at {path}; run `unrest run --data {data}` first", file=sys.stderr)
        return 2
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            df = con.execute(query).fetchdf()
    except duckdb.Error as exc:
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
