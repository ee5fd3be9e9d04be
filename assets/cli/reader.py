"""The one place the command line opens the published warehouse for reading (`unrest eval`):
point this at another warehouse format and every reader follows."""
from __future__ import annotations

from pathlib import Path

import duckdb


def warehouse_path(data_dir: Path) -> Path:
    return Path(data_dir) / "warehouse.duckdb"


def open_reader(data_dir: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the data folder's published warehouse (FileNotFoundError if none)."""
    path = warehouse_path(data_dir)
    if not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}")
    return duckdb.connect(str(path), read_only=True)
