import subprocess
import sys
import textwrap
from datetime import datetime, timezone

import duckdb
import pytest

from pipelines.schemas import to_table
from pipelines.warehouse import Warehouse

NOW = datetime(2024, 3, 1, tzinfo=timezone.utc)


def _tables(batch, article_ids=("a1",), figure_ids=("f1", "f2")):
    return {
        "articles": to_table("articles", [{"article_id": a, "source_uri": f"/raw/{a}.txt", "title": "T", "body": "T\n\nbody",
                                           "ingested_at": NOW, "batch_id": batch} for a in article_ids]),
        "figures": to_table("figures", [{"figure_id": f, "article_id": article_ids[0], "category": "killed", "value": 3,
                                         "bound": "exact", "quote": "body", "char_start": 3, "char_end": 7,
                                         "batch_id": batch} for f in figure_ids]),
        "raw_files": to_table("raw_files", [{"source_uri": f"/raw/{a}.txt", "sha256": a * 4, "size": 10, "mtime_ns": 1,
                                             "status": "loaded", "article_id": a, "seen_at": NOW, "batch_id": batch}
                                            for a in article_ids]),
    }


def _count(wh, table, **snapshot):
    with wh.connect(read_only=True, **snapshot) as con:
        return con.execute(f"select count(*) from {table}").fetchone()[0]


def test_load_is_idempotent_per_batch(tmp_path):
    wh = Warehouse(tmp_path)
    assert wh.load_batch("b1", _tables("b1")) == {"articles": 1, "article_sources": 0, "raw_files": 1,
                                                  "entities": 0, "entity_mentions": 0, "figures": 2, "quarantine": 0,
                                                  "story_bands": 0, "story_prints": 0}
    assert wh.load_batch("b1", _tables("b1")) == {}  # the same batch again adds nothing
    assert _count(wh, "figures") == 2
    assert wh.committed_batches() == {"b1"}
    # DuckLake layout: a SQLite catalog and Parquet (or inlined) data under <data>/warehouse, no single file
    assert (tmp_path / "warehouse" / "catalog.sqlite").is_file()
    assert not (tmp_path / "warehouse.duckdb").exists() and not (tmp_path / "state" / "warehouse.duckdb").exists()


def test_each_batch_is_one_snapshot_and_batches_names_it(tmp_path):
    wh = Warehouse(tmp_path)
    wh.load_batch("b1", _tables("b1"))
    wh.load_batch("b2", _tables("b2", article_ids=("a2",), figure_ids=("f3",)))
    snaps = wh.batch_snapshots()
    assert snaps["b2"] == snaps["b1"] + 1   # nothing else committed in between
    with wh.connect() as con:
        assert con.execute("select max(snapshot_id) from warehouse.snapshots()").fetchone()[0] == snaps["b2"]
    assert _count(wh, "figures", snapshot_version=snaps["b1"]) == 2
    assert _count(wh, "articles", snapshot_version=snaps["b1"]) == 1
    assert _count(wh, "articles", snapshot_version=snaps["b2"]) == 2
    with wh.connect(snapshot_version=snaps["b1"] - 1) as con:   # before b1: the empty catalog (b1 made the schema)
        assert con.execute("select count(*) from duckdb_tables() where database_name = 'warehouse'").fetchone()[0] == 0


def test_keyed_tables_skip_existing_keys_across_batches(tmp_path):
    wh = Warehouse(tmp_path)
    wh.load_batch("b1", _tables("b1"))
    counts = wh.load_batch("b2", _tables("b2", article_ids=("a1", "a2"), figure_ids=("f3",)))
    assert counts["articles"] == 1  # a1 was already there
    assert wh.existing_articles(["a1", "a2", "zz"]) == {"a1": "/raw/a1.txt", "a2": "/raw/a2.txt"}


def test_rejected_rows_stay_out(tmp_path):
    wh = Warehouse(tmp_path)
    counts = wh.load_batch("b1", _tables("b1"), rejected={"figures": {"f2"}})
    assert counts["figures"] == 1


def test_known_files_reports_latest_version(tmp_path):
    wh = Warehouse(tmp_path)
    wh.load_batch("b1", _tables("b1"))
    assert wh.known_files(["/raw/a1.txt", "/raw/zz.txt"]) == {"/raw/a1.txt": ("a1a1a1a1", 10, 1)}
    assert wh.known_files(["/raw/zz.txt"]) == wh.known_files([]) == {}


def test_failed_load_leaves_previous_warehouse_intact(tmp_path):
    wh = Warehouse(tmp_path)
    wh.load_batch("b1", _tables("b1"))
    before = wh.batch_snapshots()["b1"]
    bad = _tables("b2", article_ids=("a9",))
    bad["figures"] = bad["figures"].drop_columns(["value"]).append_column("value", bad["figures"].column("quote"))
    with pytest.raises(Exception):
        wh.load_batch("b2", bad)  # 'body' is not a BIGINT: the whole batch rolls back
    assert wh.committed_batches() == {"b1"}
    assert _count(wh, "articles") == 1
    with wh.connect() as con:   # the failed load left no snapshot behind
        assert con.execute("select max(snapshot_id) from warehouse.snapshots()").fetchone()[0] == before


def test_a_reader_in_another_process_never_blocks_a_load_and_keeps_its_snapshot(tmp_path):
    """A reader holding a transaction open in another process: the load commits, the reader's
    transaction still sees the snapshot it began on, and a new query sees the new batch."""
    wh = Warehouse(tmp_path)
    wh.load_batch("b1", _tables("b1"))
    reader = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from pipelines.warehouse import Warehouse
        con = Warehouse({str(tmp_path)!r}).connect(read_only=True)
        con.execute("begin transaction")
        print(con.execute("select count(*) from articles").fetchone()[0], flush=True)
        sys.stdin.readline()
        print(con.execute("select count(*) from articles").fetchone()[0], flush=True)
        con.execute("commit")
        print(con.execute("select count(*) from articles").fetchone()[0], flush=True)
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "1"
        wh.load_batch("b2", _tables("b2", article_ids=("a2",), figure_ids=("f9",)))
        assert _count(wh, "articles") == 2  # new readers see the new snapshot
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "1"  # the open transaction keeps its consistent snapshot
        assert reader.stdout.readline().strip() == "2"
    finally:
        reader.kill()
        reader.wait()


def test_a_copied_data_folder_is_a_warehouse_of_its_own(tmp_path):
    """The embedded layout keeps catalog and data files under <data>: a copy (a backup, a test lane)
    opens with its own files, and loading into it leaves the original untouched."""
    import shutil

    wh = Warehouse(tmp_path / "a")
    wh.load_batch("b1", _tables("b1", figure_ids=[f"f{i}" for i in range(60)]))
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    shutil.rmtree(tmp_path / "a" / "state")   # not even the extension links are shared
    copy = Warehouse(tmp_path / "b")
    assert _count(copy, "figures") == 60
    copy.load_batch("b2", _tables("b2", article_ids=("a2",), figure_ids=[f"g{i}" for i in range(60)]))
    assert _count(copy, "figures") == 120 and _count(Warehouse(tmp_path / "a"), "figures") == 60
    assert list((tmp_path / "b" / "warehouse" / "files").rglob("*.parquet"))
