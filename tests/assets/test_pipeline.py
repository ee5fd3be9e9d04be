"""The real assets on a tmp data folder with a real DuckDB file, through the `unrest` CLI."""
from pathlib import Path

from assets.cli.reader import open_reader

from assets.cli import main

from .conftest import warehouse_rows

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "articles"


def test_seed_run_loads_one_article_with_figures_and_entities(tmp_path, capsys, monkeypatch):
    """The default job (no --raw: seeds/articles, what `make run` does). The sample states its
    publication date, so its figures get days, country_daily has rows and the timeline has bars."""
    from pipelines.reports.timeline import load_points, render_png

    monkeypatch.delenv("UNREST_RAW_DIR", raising=False)
    data = tmp_path / "data"
    assert main(["run", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "articles loaded   1" in out and f"raw {SEEDS}" in out
    assert warehouse_rows(data, "select count(*) from articles") == [(1,)]
    assert warehouse_rows(data, "select count(*) > 0 from figures") == [(True,)]
    assert warehouse_rows(data, "select count(*) > 0 from entities") == [(True,)]
    # every figure quotes the body exactly
    assert warehouse_rows(data, """select count(*) from figures f join articles a using (article_id)
                                   where f.quote <> substr(a.body, f.char_start + 1, f.char_end - f.char_start)""") == [(0,)]
    assert warehouse_rows(data, "select cast(published_at as date)::varchar from articles") == [("2022-01-06",)]
    assert warehouse_rows(data, "select count(*) > 0, max(killed_high) > 0 from country_daily where country = 'KZ'") \
        == [(True, True)]
    with open_reader(data) as con:
        points = load_points(con)
    assert {p.category for p in points} >= {"killed", "injured", "arrested"}
    png = (data / "reports" / "tolls_timeline.png").read_bytes()
    assert png.startswith(b"\x89PNG") and png != render_png([])  # not the "no dated figures yet" placeholder


def test_mixed_folder_loads_good_quarantines_bad_and_is_idempotent(tmp_path, mixed_raw, capsys):
    data = tmp_path / "data"
    assert main(["run", "--raw", str(mixed_raw), "--data", str(data)]) == 0
    status = dict(warehouse_rows(data, "select regexp_extract(source_uri, '[^/]+$'), status from raw_files"))
    assert status["riverton.txt"] == "loaded"
    assert status["hillford.html"] == "loaded"
    assert status["wire.jsonl#line=1"] == "loaded" and status["wire.jsonl#line=2"] == "loaded"
    assert status["wire.jsonl#line=3"] == "quarantined"
    for bad in ("empty.txt", "noise.txt", "broken.json"):
        assert status[bad] == "quarantined", bad
    reasons = dict(warehouse_rows(data, "select regexp_extract(source_uri, '[^/]+$'), reason from quarantine"))
    assert reasons["empty.txt"] == "empty"
    assert reasons["broken.json"] == "malformed_json"
    assert reasons["wire.jsonl#line=3"] == "no_text"
    assert reasons["noise.txt"] in ("binary", "undecodable")
    assert warehouse_rows(data, "select count(*) from articles") == [(4,)]
    before = {t: warehouse_rows(data, f"select count(*) from {t}") for t in
              ("articles", "raw_files", "figures", "entities", "entity_mentions", "quarantine")}
    capsys.readouterr()
    assert main(["run", "--raw", str(mixed_raw), "--data", str(data)]) == 0  # second run: nothing new
    assert "inputs seen       0" in capsys.readouterr().out
    after = {t: warehouse_rows(data, f"select count(*) from {t}") for t in before}
    assert after == before


def test_duplicate_article_from_two_inputs_is_one_article_with_two_sources(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    text = "Crowds gather in Eastport\n\nAbout 500 demonstrators gathered in Eastport on Monday, police said.\n"
    (raw / "a.txt").write_text(text)
    (raw / "copy of a.txt").write_text(text.replace("\n", "\r\n"))  # same text after normalization
    data = tmp_path / "data"
    assert main(["run", "--raw", str(raw), "--data", str(data)]) == 0
    assert warehouse_rows(data, "select count(*) from articles") == [(1,)]
    assert warehouse_rows(data, "select count(*) from article_sources") == [(2,)]
    assert sorted(r[0] for r in warehouse_rows(data, "select status from raw_files")) == ["duplicate", "loaded"]


def test_changed_input_is_processed_again(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    f = raw / "story.txt"
    f.write_text("Strike spreads\n\nWorkers struck in Millbrook on Monday.\n")
    data = tmp_path / "data"
    assert main(["run", "--raw", str(raw), "--data", str(data)]) == 0
    f.write_text("Strike spreads\n\nWorkers struck in Millbrook on Monday; 30 were arrested, police said.\n")
    assert main(["run", "--raw", str(raw), "--data", str(data)]) == 0
    assert warehouse_rows(data, "select count(*) from articles") == [(2,)]
    assert warehouse_rows(data, "select count(*) from raw_files where status = 'loaded'") == [(2,)]


def test_sql_command_is_read_only(tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["run", "--raw", str(SEEDS), "--data", str(data)]) == 0
    capsys.readouterr()
    assert main(["sql", "--data", str(data), "select count(*) as n from articles"]) == 0
    assert "(1 row)" in capsys.readouterr().out
    assert main(["sql", "--data", str(data), "delete from articles"]) == 1
    assert "read-only" in capsys.readouterr().err.lower()
    assert main(["sql", "--data", str(data), "--format", "json", "select 1 as x"]) == 0
    assert capsys.readouterr().out.strip() == '[{"x":1}]'


def test_missing_raw_folder_is_a_clear_usage_error(tmp_path, capsys):
    assert main(["run", "--raw", str(tmp_path / "nope"), "--data", str(tmp_path / "d")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_small_batches_give_the_same_warehouse(tmp_path, mixed_raw, capsys):
    """A cap on inputs per batch splits the work into several batch partitions, not a different result."""
    one, many = tmp_path / "one", tmp_path / "many"
    assert main(["run", "--raw", str(mixed_raw), "--data", str(one)]) == 0
    capsys.readouterr()
    assert main(["run", "--raw", str(mixed_raw), "--data", str(many), "--max-inputs-per-batch", "2"]) == 0
    assert warehouse_rows(many, "select count(*) from batches") == [(3,)]
    # not a terminal: one plain progress line per batch, counting input files against the estimate
    progress = [ln.split(",")[0] for ln in capsys.readouterr().out.splitlines() if ln.startswith("unrest: progress")]
    assert progress == ["unrest: progress 2/6 inputs (33%)", "unrest: progress 4/6 inputs (66%)",
                        "unrest: progress 6/6 inputs (100%)"]
    for sql in ("select count(*) from articles", "select count(*) from raw_files", "select count(*) from figures",
                "select status, count(*) from raw_files group by all order by all"):
        assert warehouse_rows(one, sql) == warehouse_rows(many, sql)


def test_rematerializing_a_committed_batch_rewrites_nothing(tmp_path):
    """A committed batch is immutable: running its partition again (as from the UI) changes no row."""
    from assets.definitions import defs
    from assets.cli.instance import instance_for

    data = tmp_path / "data"
    assert main(["run", "--raw", str(SEEDS), "--data", str(data)]) == 0
    batch = warehouse_rows(data, "select batch_id from batches")[0][0]
    before = {t: warehouse_rows(data, f"select count(*) from {t}") for t in ("articles", "figures", "entities")}
    lake_before = sorted(p.stat().st_mtime_ns for p in (data / "lake").rglob("*.parquet"))
    config = {"resources": {"unrest": {"config": {"data_dir": str(data), "raw_dir": str(SEEDS)}}}}
    with instance_for(data) as instance:
        result = defs.resolve_job_def("unrest_job").execute_in_process(
            instance=instance, partition_key=batch, run_config=config, raise_on_error=False)
    assert result.success
    assert {t: warehouse_rows(data, f"select count(*) from {t}") for t in before} == before
    assert sorted(p.stat().st_mtime_ns for p in (data / "lake").rglob("*.parquet")) == lake_before
