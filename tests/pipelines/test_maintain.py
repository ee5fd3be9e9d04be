"""`unrest maintain`: compaction merges the batches' small files and keeps every snapshot readable;
expiry forgets old snapshots (and their files) but never a row of the latest one."""
from __future__ import annotations

from assets.cli import main
from pipelines.warehouse import Warehouse

from .test_warehouse import _tables


def _files(wh: Warehouse, table: str) -> int:
    with wh.connect() as con:
        return con.execute("select count(*) from ducklake_list_files('warehouse', ?)", [table]).fetchone()[0]


def _all_rows(wh: Warehouse, **snapshot) -> dict[str, list]:
    with wh.connect(**snapshot) as con:
        return {t: con.execute(f"select * exclude (snapshot_id) from {t} order by all" if t == "batches" else
                               f"select * from {t} order by all").fetchall()
                for t in ("articles", "figures", "raw_files", "batches")}


def test_compact_then_expire(tmp_path, capsys):
    wh = Warehouse(tmp_path)
    for b in range(3):   # 60 figures a batch: more than DuckLake inlines, so each batch writes its own file
        wh.load_batch(f"b{b}", _tables(f"b{b}", article_ids=(f"a{b}",), figure_ids=[f"f{b}-{i}" for i in range(60)]))
    first = wh.batch_snapshots()["b0"]
    latest, as_of_b0 = _all_rows(wh), _all_rows(wh, snapshot_version=first)
    assert _files(wh, "figures") == 3

    assert main(["maintain", "--data", str(tmp_path), "--compact"]) == 0
    assert "data files" in capsys.readouterr().out
    assert _files(wh, "figures") == 1
    assert _all_rows(wh) == latest and _all_rows(wh, snapshot_version=first) == as_of_b0

    assert main(["maintain", "--data", str(tmp_path), "--expire-older-than", "0s"]) == 0
    assert _all_rows(wh) == latest
    with wh.connect() as con:
        assert con.execute("select count(*) from warehouse.snapshots()").fetchone()[0] == 1
    capsys.readouterr()
    assert main(["sql", "--data", str(tmp_path), "--as-of", "b0", "select count(*) from articles"]) == 1
    assert "unrest sql:" in capsys.readouterr().err
    # the next load still works and is one more snapshot
    wh.load_batch("b3", _tables("b3", article_ids=("a3",)))
    assert len(_all_rows(wh)["articles"]) == 4


def test_maintain_needs_a_task_and_a_valid_age(tmp_path, capsys):
    Warehouse(tmp_path).ensure()
    assert main(["maintain", "--data", str(tmp_path)]) == 2
    assert main(["maintain", "--data", str(tmp_path), "--expire-older-than", "a week"]) == 2
    assert "30d" in capsys.readouterr().err
