"""The lake at an fsspec URL (memory:// here; s3:// or gs:// in a deployment) behaves like the local one."""
import uuid

from assets.cli import main
from pipelines.lake import Lake, RemoteLake, open_lake
from pipelines.schemas import to_table

from tests.assets.conftest import warehouse_rows


def test_open_lake_picks_by_scheme(tmp_path):
    assert isinstance(open_lake(tmp_path), Lake) and not isinstance(open_lake(tmp_path), RemoteLake)
    assert isinstance(open_lake(f"file://{tmp_path}"), Lake) and not isinstance(open_lake(f"file://{tmp_path}"), RemoteLake)
    assert isinstance(open_lake("memory://x/lake"), RemoteLake)


def test_remote_lake_round_trip():
    lake = open_lake(f"memory://{uuid.uuid4().hex}/lake")
    rows = [{"source_uri": "a", "stage": "ingest", "reason": "empty", "detail": "", "batch_id": "b1"}]
    lake.write("quarantine", "b1", to_table("quarantine", rows), part="ingest")
    lake.write("quarantine", "b2", to_table("quarantine", rows))
    assert lake.read("quarantine", "b1").column("reason").to_pylist() == ["empty"]
    assert lake.read("quarantine", "nope").num_rows == 0
    assert lake.all_batches() == {"b1", "b2"}
    lake.drop_batch("b1")
    assert lake.all_batches() == {"b2"} and lake.sweep_temp_files() == 0


def test_whole_run_with_the_lake_at_a_url(tmp_path, monkeypatch):
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[2] / "seeds" / "articles"
    url = f"memory://{uuid.uuid4().hex}/lake"
    monkeypatch.setenv("UNREST_LAKE_URL", url)
    assert main(["run", "--raw", str(seeds), "--data", str(tmp_path / "data")]) == 0
    assert not (tmp_path / "data" / "lake").exists()   # the stages wrote to the URL, not to <data>/lake
    assert open_lake(url).all_batches() == set()        # and a committed batch's stage files are gone (no double storage)
    assert warehouse_rows(tmp_path / "data", "select count(*) from articles") == [(1,)]
