"""`unrest sql` on a real DuckLake warehouse: `--as-of` a batch or a time, and read-only for real
(issue 11 item 6): each attack below is tried and must fail without touching any file."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from assets.cli import main
from pipelines.warehouse import Warehouse
from pipelines.warehouse.readonly import analyst_connection

from ..pipelines.test_warehouse import _tables


@pytest.fixture(scope="module")
def lake(tmp_path_factory) -> Path:
    """Two batches, b1 (one article, two figures) then b2 (one more article, one figure)."""
    data = tmp_path_factory.mktemp("sql") / "data"
    wh = Warehouse(data)
    wh.load_batch("b1", _tables("b1"))
    wh.load_batch("b2", _tables("b2", article_ids=("a2",), figure_ids=("f3",)))
    return data


def _json(capsys, *args) -> list[dict]:
    capsys.readouterr()
    assert main(["sql", *args, "--format", "json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


def test_as_of_a_batch_or_a_time_sees_the_warehouse_as_it_was(lake, capsys):
    d = ["--data", str(lake)]
    assert _json(capsys, *d, "select count(*) as n from articles") == [{"n": 2}]
    assert _json(capsys, *d, "--as-of", "b1", "select count(*) as n from articles") == [{"n": 1}]
    assert _json(capsys, *d, "--as-of", "b1", "select count(*) as n from casualty_reports") == [{"n": 2}]
    assert _json(capsys, *d, "--as-of", "b2", "select count(*) as n from figures") == [{"n": 3}]
    [b1] = _json(capsys, *d, "select s.snapshot_time::varchar as t from batches b "
                             "join warehouse.snapshots() s on s.snapshot_id = b.snapshot_id where batch_id = 'b1'")
    assert _json(capsys, *d, "--as-of", b1["t"], "select list(batch_id) as b from batches") == [{"b": ["b1"]}]
    assert _json(capsys, *d, "--as-of", "2100-01-01T00:00:00", "select count(*) as n from articles") == [{"n": 2}]
    capsys.readouterr()
    assert main(["sql", *d, "--as-of", "no-such-batch", "select 1"]) == 1
    assert "neither a loaded batch id nor an ISO timestamp" in capsys.readouterr().err


@pytest.mark.parametrize("attack", [
    "copy (select * from articles) to '{out}/stolen.csv'",                    # write a file anywhere
    "copy (select 1 as x) to '{files}/main/articles/planted.parquet'",        # ... or among the data files
    "copy articles to '{catalog}'",                                           # ... or over the catalog
    "attach '{out}/new.duckdb' as scratch",                                   # attach (and create) a database
    "attach 'ducklake:sqlite:{catalog}' as rw",                               # the catalog again, read-write
    "install httpfs",                                                         # install an extension
    "load '{ext}'",                                                           # load one by path
    "set enable_external_access = true",                                      # undo the sandbox
    "set autoload_known_extensions = true",
    "pragma enable_profiling",
    "call ducklake_expire_snapshots('warehouse', older_than => now())",       # maintenance is a write
    "select * from ducklake_expire_snapshots('warehouse', older_than => now())",  # ... also as a table function
    "select * from ducklake_merge_adjacent_files('warehouse')",
    "explain analyze select * from ducklake_expire_snapshots('warehouse', older_than => now())",
    "insert into articles (article_id) values ('x')",
    "delete from figures",
    "create table scratch as select 1",
    "select 1; copy (select 1) to '{out}/second.csv'",                        # a second statement
    "select * from read_csv('{out}/secret.csv')",                             # read a file outside the warehouse
    "select * from read_text('/etc/hostname')",
    "select * from glob('/etc/*')",
    "select * from read_parquet('{out}/*.parquet')",
])
def test_unrest_sql_refuses_every_write_attach_extension_and_foreign_read(lake, tmp_path, capsys, attack):
    out = tmp_path / "outside"
    out.mkdir()
    (out / "secret.csv").write_text("password\nhunter2\n")
    wh = Warehouse(lake)
    before = _digest(lake / "warehouse")
    snapshots = wh.connect().execute("select count(*) from warehouse.snapshots()").fetchone()[0]
    sql = attack.format(out=out, files=wh.location.data_path.rstrip("/"), catalog=wh.location.sqlite_file,
                        ext=wh.location.extension_dir / "ducklake.duckdb_extension")
    capsys.readouterr()
    assert main(["sql", "--data", str(lake), sql]) == 1
    err = capsys.readouterr().err
    assert err.startswith("unrest sql: ") and "hunter2" not in err and "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == ["secret.csv"]
    assert _digest(lake / "warehouse") == before
    assert wh.connect().execute("select count(*) from warehouse.snapshots()").fetchone()[0] == snapshots


def test_the_sandbox_holds_even_for_a_statement_that_passed_the_filter(lake, tmp_path):
    """Defence in depth: on the analysts' connection itself, file access outside the warehouse's
    data files is off and the configuration is locked."""
    con = analyst_connection(Warehouse(lake).location)
    with con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 2
        for sql in (f"copy (select 1) to '{tmp_path}/x.csv'", "set enable_external_access = true",
                    f"attach '{tmp_path}/y.duckdb' as y", "insert into articles (article_id) values ('z')"):
            with pytest.raises(Exception):
                con.execute(sql)
    assert list(tmp_path.iterdir()) == []


def test_plain_selects_explain_and_ctes_still_work(lake, capsys):
    d = ["--data", str(lake)]
    assert _json(capsys, *d, "with f as (select * from figures) select count(*) as n from f") == [{"n": 3}]
    assert main(["sql", *d, "explain select * from country_daily"]) == 0
    assert main(["sql", *d, "EXPLAIN ANALYZE select count(*) from figures"]) == 0
    assert _json(capsys, *d, "select view_name from duckdb_views() where database_name = 'warehouse' "
                             "and not internal order by 1") == [
        {"view_name": v} for v in ("casualty_reports", "country_daily", "entity_cooccurrence", "incident_tolls")]
