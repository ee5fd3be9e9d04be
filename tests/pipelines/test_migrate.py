"""`unrest migrate`: a warehouse in the single-file layout becomes the DuckLake one, row for row."""
from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import duckdb
import pytest

from assets.cli import main
from pipelines.schemas import SCHEMAS
from pipelines.warehouse import NeedsMigration, Warehouse
from pipelines.warehouse.ddl import WAREHOUSE_TABLES
from pipelines.warehouse.views import VIEWS

FIXTURE = Path(__file__).parent / "fixtures" / "legacy_warehouse.duckdb.gz"


def _legacy(data: Path) -> Path:
    """The fixture unpacked in the old layout: the writer's file and its published copy."""
    (data / "state").mkdir(parents=True)
    with gzip.open(FIXTURE) as src, open(data / "state" / "warehouse.duckdb", "wb") as dst:
        shutil.copyfileobj(src, dst)
    shutil.copyfile(data / "state" / "warehouse.duckdb", data / "warehouse.duckdb")
    return data / "state" / "warehouse.duckdb"


def _rows(con, table: str, columns: list[str]) -> list[tuple]:
    cols = ", ".join(columns)
    return con.execute(f"select {cols} from {table} order by all").fetchall()


def test_migrate_keeps_every_row_of_every_table(tmp_path, capsys):
    data = tmp_path / "data"
    old = _legacy(data)
    with duckdb.connect(str(old), read_only=True) as con:
        tables = [r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()]
        columns = {t: [r[0] for r in con.execute("select column_name from duckdb_columns() where table_name = ? "
                                                 "order by column_index", [t]).fetchall()] for t in tables}
        before = {t: _rows(con, t, columns[t]) for t in tables}
        views = {v: con.execute(f"select * from {v} order by all").fetchall() for v in VIEWS}
    assert set(WAREHOUSE_TABLES) | {"batches"} == set(tables)
    assert sum(map(len, before.values())) > 400 and before["figures"] and before["quarantine"]

    wh = Warehouse(data)
    with pytest.raises(NeedsMigration):   # nothing loads into a data folder that still needs migrating
        wh.ensure()
    assert main(["sql", "--data", str(data), "select 1"]) == 2
    assert "unrest migrate" in capsys.readouterr().err

    assert main(["migrate", "--data", str(data)]) == 0
    assert not old.exists() and not (data / "warehouse.duckdb").exists()   # no stale single-file copy
    assert (data / "state" / "warehouse.duckdb.migrated").exists()
    with wh.connect() as con:
        for t in tables:
            assert _rows(con, t, columns[t]) == before[t], t
        for v in VIEWS:
            assert con.execute(f"select * from {v} order by all").fetchall() == views[v], v
        # columns added since the fixture was written exist, null in the old rows
        added = [c for c in SCHEMAS["figures"].names if c not in columns["figures"]]
        assert {"reported_by_entity_id", "reported_via_entity_id"} <= set(added)
        assert all(con.execute(f"select count({c}) from figures").fetchone()[0] == 0 for c in added)
        snaps = dict(con.execute("select batch_id, snapshot_id from batches").fetchall())
        assert set(snaps.values()) == {con.execute("select max(snapshot_id) from warehouse.snapshots()").fetchone()[0]}
    # a second migration has nothing to do
    assert main(["migrate", "--data", str(data)]) == 2
