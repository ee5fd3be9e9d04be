"""The warehouse with its DuckLake catalog in PostgreSQL (the several-machines layout), against the
real server .ci/run starts: loads are snapshots, readers see whole batches, `unrest sql` reaches
it by configuration (UNREST_CATALOG / UNREST_WAREHOUSE_DATA) and stays read-only."""
from __future__ import annotations

import json

from assets.cli import main
from pipelines.warehouse import Warehouse

from .test_warehouse import _tables


def test_loads_snapshots_and_time_travel_on_a_postgres_catalog(pg_catalog, tmp_path):
    wh = Warehouse(tmp_path / "data", pg_catalog, str(tmp_path / "shared-files"))
    assert not wh.exists()
    wh.load_batch("b1", _tables("b1"))
    # more rows than DuckLake inlines into the catalog: this batch's figures go to a Parquet file
    wh.load_batch("b2", _tables("b2", article_ids=("a2",), figure_ids=[f"f3-{i}" for i in range(60)]))
    assert wh.load_batch("b2", _tables("b2")) == {}
    snaps = wh.batch_snapshots()
    assert snaps["b2"] == snaps["b1"] + 1
    with wh.connect(snapshot_version=snaps["b1"]) as con:
        assert con.execute("select count(*) from figures").fetchone()[0] == 2
    with wh.connect() as con:
        assert con.execute("select count(*) from casualty_reports").fetchone()[0] == 62
    # nothing of the warehouse is under the data folder but the extension cache; files are on the data path
    assert not (tmp_path / "data" / "warehouse").exists()
    assert list((tmp_path / "shared-files").rglob("*.parquet"))


def test_unrest_sql_finds_the_postgres_catalog_by_environment(pg_catalog, tmp_path, monkeypatch, capsys):
    Warehouse(tmp_path / "data", pg_catalog, str(tmp_path / "files")).load_batch("b1", _tables("b1"))
    monkeypatch.setenv("UNREST_CATALOG", pg_catalog)
    monkeypatch.setenv("UNREST_WAREHOUSE_DATA", str(tmp_path / "files"))
    capsys.readouterr()
    assert main(["sql", "--data", str(tmp_path / "data"), "--format", "json", "--as-of", "b1",
                 "select count(*) as n from figures"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"n": 2}]
    assert main(["sql", "--data", str(tmp_path / "data"), f"copy figures to '{tmp_path}/out.csv'"]) == 1
    assert main(["sql", "--data", str(tmp_path / "data"), "select * from read_text('/etc/hostname')"]) == 1
    assert not (tmp_path / "out.csv").exists()


def test_country_daily_is_maintained_on_a_postgres_catalog(pg_catalog, tmp_path):
    import random

    from .test_rollup import _both, _random_batch

    wh = Warehouse(tmp_path / "data", pg_catalog, str(tmp_path / "files"))
    rng, articles, entities = random.Random(7), [], []
    for k in range(4):
        batch, new_articles, new_entities = _random_batch(rng, k, articles, entities)
        wh.load_batch(f"k{k}", batch)
        articles, entities = articles + new_articles, entities + new_entities
    ours, ref = _both(wh)
    assert ours == ref and ours
