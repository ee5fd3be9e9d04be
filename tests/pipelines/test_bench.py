"""`unrest bench` on a handful of articles: every figure it promises is printed (no speed asserted)."""
from assets.cli.bench import print_report, run_bench
from assets.cli import main
from pipelines.bench import build_rollup_warehouse, generate_articles, time_rollup


def test_generated_articles_are_distinct_and_article_sized():
    arts = list(generate_articles(200, seed=1))
    assert len({t for _, t in arts}) == 200
    assert 1000 < sum(len(t) for _, t in arts) / 200 < 3000
    assert arts == list(generate_articles(200, seed=1))   # reproducible


def test_bench_reports_every_figure(capsys, tmp_path):
    report = run_bench(20, baseline_articles=20, rollup_figures=5000, max_inputs=12, keep=tmp_path / "b")
    for key in ("articles_per_s", "articles_per_cpu_s", "spacy_articles_per_s", "ratio", "ratio_cpu", "stages_s",
                "peak_rss_mb", "tree_peak_pss_mb", "batch_rss_mb", "rerun_s", "rerun_share", "rollup_s", "rollup_rows"):
        assert key in report, key
    assert report["counts"]["articles"] == 20 and report["counts"]["figures"] > 0
    assert len(report["batch_rss_mb"]) == 2                       # 20 inputs in batches of 12
    assert "extractions" in report["stages_s"] and "warehouse" in report["stages_s"]
    assert 0 < report["tree_peak_pss_mb"] <= report["tree_peak_rss_mb"]
    print_report(report)
    out = capsys.readouterr().out
    for words in ("articles/s", "ratio", "peak RSS", "all processes", "rerun", "country_daily", "seconds per step"):
        assert words in out


def test_rollup_warehouse(tmp_path):
    path = tmp_path / "r.duckdb"
    build_rollup_warehouse(path, 3000)
    seconds, rows, cpu = time_rollup(path, repeat=1)
    assert rows > 0 and seconds >= 0 and cpu >= 0


def test_cli_has_bench(capsys):
    try:
        main(["bench", "--help"])
    except SystemExit as exc:
        assert exc.code == 0
    assert "--articles" in capsys.readouterr().out


def test_country_daily_matches_incident_tolls(tmp_path):
    """country_daily reads lean incident ranges; they must give what incident_tolls gives."""
    import duckdb

    from pipelines.warehouse import views

    path = tmp_path / "r.duckdb"
    build_rollup_warehouse(path, 20000, n_articles=3000)
    reference = views.COUNTRY_DAILY_SCRATCH.replace("view country_daily", "view country_daily_ref").replace(
        views._DAILY_TOLLS, views._DAILY_TOLLS.replace("(" + views._INCIDENT_RANGES + ")", "incident_tolls"))
    assert reference != views.COUNTRY_DAILY_SCRATCH
    with duckdb.connect(str(path)) as con:
        con.execute(reference).fetchall()
        ours = con.sql("select * from country_daily order by all").fetchall()
        ref = con.sql("select * from country_daily_ref order by all").fetchall()
    assert ours == ref and len(ours) > 100


def test_tree_memory_sees_a_child_process():
    import subprocess
    import sys
    import time

    from pipelines.bench import TreeMemory

    with TreeMemory(every_s=0.1) as alone:
        time.sleep(0.3)
    child = subprocess.Popen([sys.executable, "-c", "import time; x = bytearray(200 * 2**20); time.sleep(3)"])
    try:
        with TreeMemory(every_s=0.1) as both:
            time.sleep(1.5)
    finally:
        child.kill()
        child.wait()
    assert both.peak_pss_mb > alone.peak_pss_mb + 150


def test_warehouse_scale_prints_the_load_ratio_and_both_rollups(tmp_path, capsys):
    """Small sizes here; `unrest bench --warehouse-scale` runs 0, 1 M and 10 M (README numbers)."""
    from pipelines.bench_warehouse import print_scale, warehouse_scale
    from pipelines.warehouse import Warehouse

    r = warehouse_scale(tmp_path, sizes=(0, 5000), loads=2, articles=20)
    assert set(r["load_s"]) == {0, 5000} and r["ratio"] > 0
    with Warehouse(tmp_path / "held-5000").connect() as con:   # the rows really are in the lake, plus the batches
        assert con.execute("select count(*) from figures").fetchone()[0] == 5000 + 3 * 200   # warm-up + 2
        assert con.execute("select count(*) from batches").fetchone()[0] == 3
    assert r["country_daily_rows"] > 0 and r["country_daily_lake_s"] > 0 and r["country_daily_same_rows"] is True
    print_scale(r)
    out = capsys.readouterr().out
    assert out.startswith("load per batch: first ") and ", ratio " in out and "single-file DuckDB" in out
