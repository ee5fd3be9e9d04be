"""From the single-file layout (<data>/state/warehouse.duckdb, published as <data>/warehouse.duckdb)
to the DuckLake warehouse, losing nothing: every table of the old file is copied whole, by column
name (a column the old file lacks is null, as an old warehouse's next load would have made it),
in one transaction, so the migration is one snapshot or nothing. `batches` rows keep their
loaded_at and row_counts; their snapshot_id is the migration's snapshot, where their rows first
exist in the lake. Afterwards the published copy is deleted and the writer's file is kept as
<data>/state/warehouse.duckdb.migrated (delete it once satisfied), so no stale second copy is
ever read by anything."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import Warehouse, _run, catalog, rollup
from .ddl import WAREHOUSE_TABLES

OLD = "legacy"


@dataclass
class Migrated:
    rows: dict[str, int]
    snapshot_id: int
    kept_as: Path


def migrate(wh: Warehouse) -> Migrated:
    old = wh.legacy_path
    if not old.exists():
        raise FileNotFoundError(f"no single-file warehouse at {old} to migrate")
    if wh.exists():
        with wh.connect() as con:
            if _run(con, "select count(*) from batches")[0][0]:
                raise RuntimeError(f"the DuckLake warehouse {wh.location.catalog} already holds batches; "
                                   "migrate only into a new one")
    con = wh.connect(read_only=False)
    rows: dict[str, int] = {}
    try:
        _run(con, f"attach {catalog._quote(str(old))} as {OLD} (read_only)")
        present = {r[0] for r in _run(con, "select table_name from duckdb_tables() where database_name = ?", [OLD])}
        _run(con, "begin transaction")
        wh._ensure_schema(con)
        snapshot = _run(con, f"select * from {catalog.ALIAS}.current_snapshot()")[0][0] + 1
        for table in (*WAREHOUSE_TABLES, "batches"):
            if table in present:
                rows[table] = _run(con, f"insert into {table} by name select * from {OLD}.{table}")[0][0]
        if "batches" in present:
            _run(con, "update batches set snapshot_id = ? where snapshot_id is null", [snapshot])
        rollup.rebuild(con)   # country_daily's maintained table, from every migrated row
        _run(con, "commit")
    except BaseException:
        try:
            _run(con, "rollback")
        except Exception:
            pass
        raise
    finally:
        try:
            _run(con, f"detach {OLD}")
        finally:
            con.close()
    kept = old.with_name(old.name + ".migrated")
    old.rename(kept)
    wh.legacy_published_path.unlink(missing_ok=True)
    return Migrated(rows, snapshot, kept)
