"""The one place the command line opens the warehouse for reading (`unrest eval`, `unrest explain`,
the progress count): a read-only, locked-down connection to the data folder's DuckLake at its
latest snapshot (pipelines/warehouse/readonly.py)."""
from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.warehouse import Warehouse
from pipelines.warehouse.readonly import analyst_connection


def open_reader(data_dir: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the data folder's warehouse (FileNotFoundError if there is none)."""
    wh = Warehouse(data_dir)
    if not wh.exists():
        raise FileNotFoundError(f"no warehouse in {data_dir}")
    return analyst_connection(wh.location)
