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


def _count(path, table):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(f"select count(*) from {table}").fetchone()[0]


def test_load_is_idempotent_per_batch(tmp_path):
    wh = Warehouse(tmp_path)
    assert wh.load_batch("b1", _tables("b1")) == {"articles": 1, "article_sources": 0, "raw_files": 1,
                                                  "entities": 0, "entity_mentions": 0, "figures": 2, "quarantine": 0,
                                                  "story_bands": 0, "story_prints": 0}
    assert wh.load_batch("b1", _tables("b1")) == {}  # the same batch again adds nothing
    wh.publish()
    assert _count(wh.published_path, "figures") == 2
    assert wh.committed_batches() == {"b1"}


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
    wh.publish()
    bad = _tables("b2", article_ids=("a9",))
    bad["figures"] = bad["figures"].drop_columns(["value"]).append_column("value", bad["figures"].column("quote"))
    with pytest.raises(Exception):
        wh.load_batch("b2", bad)  # 'body' is not a BIGINT: the whole batch rolls back
    assert wh.committed_batches() == {"b1"}
    assert _count(wh.state_path, "articles") == 1


def test_publish_while_an_analyst_holds_the_warehouse_open(tmp_path):
    """A read-only connection in another process must not make a load or publish fail."""
    wh = Warehouse(tmp_path)
    wh.load_batch("b1", _tables("b1"))
    wh.publish()
    reader = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(wh.published_path)!r}, read_only=True)
        print(con.execute("select count(*) from articles").fetchone()[0], flush=True)
        sys.stdin.readline()
        print(con.execute("select count(*) from articles").fetchone()[0], flush=True)
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "1"
        wh.load_batch("b2", _tables("b2", article_ids=("a2",), figure_ids=("f9",)))
        wh.publish()
        assert _count(wh.published_path, "articles") == 2  # new readers see the new snapshot
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "1"  # the open reader keeps its consistent snapshot
    finally:
        reader.kill()
        reader.wait()
