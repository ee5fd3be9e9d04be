"""Empties the test database so a PostgreSQL-catalog test starts from no DuckLake at all. Uses
DuckDB's own postgres extension (the pinned wheel, loaded by path), so tests need no driver."""
from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb

from pipelines.warehouse.catalog import NO_DOWNLOADS, _quote, extension_file


def reset_database(dsn: str) -> None:
    cache = Path(tempfile.gettempdir()) / "unrest-test-extensions"
    with duckdb.connect(config=dict(NO_DOWNLOADS)) as con:
        con.execute(f"load {_quote(str(extension_file('postgres_scanner', cache)))}")
        con.execute(f"attach {_quote(dsn)} as pg (type postgres)")
        con.execute("call postgres_execute('pg', 'drop schema if exists public cascade; create schema public')")
