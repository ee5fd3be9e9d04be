"""Real `unrest run` subprocesses on temporary data folders, and the invariants every state of a
data folder must satisfy, whatever killed the run that produced it."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[2]
KEYED = {"articles": "article_id", "entities": "entity_id", "entity_mentions": "mention_id", "figures": "figure_id"}
SUMMARY = re.compile(r"inputs seen\s+(\d+)\s+\(= (\d+) loaded \+ (\d+) duplicate \+ (\d+) quarantined\)")


def env(crash_at: str | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("UNREST_")}
    e["PYTHONUNBUFFERED"] = "1"
    if crash_at:
        e["UNREST_CRASH_AT"] = crash_at
    e.update(extra or {})
    return e


def run_args(raw: Path, data: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "assets.cli", "run", "--raw", str(raw), "--data", str(data), *extra]


def unrest_run(raw: Path, data: Path, *extra: str, crash_at: str | None = None,
               timeout: float = 300, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """One `unrest run` in its own process; with crash_at it SIGKILLs itself at that point."""
    return subprocess.run(run_args(raw, data, *extra), cwd=REPO, env=env(crash_at, extra_env), capture_output=True,
                          text=True, timeout=timeout)


def start_run(raw: Path, data: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(run_args(raw, data, *extra), cwd=REPO, env=env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def summary(stdout: str) -> tuple[int, int, int, int]:
    """(seen, loaded, duplicate, quarantined) from the summary `unrest run` prints."""
    m = SUMMARY.search(stdout)
    assert m, f"no accounting line in the output:\n{stdout}"
    return tuple(int(g) for g in m.groups())


def query(data: Path, sql: str, params: list | None = None) -> list[tuple]:
    from pipelines.warehouse import Warehouse

    with Warehouse(data).connect(read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


@dataclass
class Snapshot:
    """What a finished warehouse holds, in a form two data folders can be compared by."""
    article_ids: frozenset[str]
    figure_ids: frozenset[str]
    figures: int
    entity_ids: frozenset[str]
    mentions: int
    statuses: dict[str, str]          # relative input name -> status


def rel(uri: str, raw: Path) -> str:
    return uri.removeprefix(str(raw) + "/")


def statuses(raw: Path, data: Path) -> dict[str, tuple]:
    """raw_files as {path relative to raw: (status, reason, detail)}."""
    return {rel(u, raw): (s, r, d) for u, s, r, d in query(data, "select source_uri, status, reason, detail from raw_files")}


def article_figures(raw: Path, data: Path, name: str) -> list[tuple]:
    """(category, value, event_date) of the figures of the article read from raw/name, in text order."""
    return query(data, """select category, value, event_date from figures join articles using (article_id)
                          where articles.source_uri = ? order by char_start""", [str(raw / name)])


def snapshot(data: Path, raw: Path) -> Snapshot:
    return Snapshot(
        article_ids=frozenset(r[0] for r in query(data, "select article_id from articles")),
        figure_ids=frozenset(r[0] for r in query(data, "select figure_id from figures")),
        figures=query(data, "select count(*) from figures")[0][0],
        entity_ids=frozenset(r[0] for r in query(data, "select entity_id from entities")),
        mentions=query(data, "select count(*) from entity_mentions")[0][0],
        statuses={rel(u, raw): s for u, s in query(data, "select source_uri, status from raw_files")},
    )


def assert_consistent(data: Path) -> None:
    """The state a run may leave behind, even when killed: the warehouse opens read-only (or was
    never created), every visible lake file reads in full, no key is duplicated and no input is
    loaded twice; no single-file copy of the warehouse is left beside it."""
    from pipelines.warehouse import Warehouse

    wh = Warehouse(data)
    assert not wh.legacy_published_path.exists() and not wh.legacy_path.exists()
    if wh.exists():
        with wh.connect(read_only=True) as con:
            con.execute("begin transaction")   # one snapshot for every check
            tables = {r[0] for r in con.execute("select table_name from duckdb_tables() where database_name = 'warehouse'").fetchall()}
            for table, key in KEYED.items():
                assert table in tables, f"{table} missing from the published warehouse"
                dup = con.execute(f"select {key}, count(*) from {table} group by 1 having count(*) > 1").fetchall()
                assert not dup, f"duplicate {table}.{key}: {dup[:3]}"
            twice = con.execute("""select source_uri, sha256, count(*) from raw_files
                                   where status in ('loaded', 'duplicate') group by 1, 2 having count(*) > 1""").fetchall()
            assert not twice, f"inputs loaded twice: {twice[:3]}"
            batches = {r[0] for r in con.execute("select batch_id from batches").fetchall()}
            for table in ("articles", "raw_files", "figures"):
                stray = con.execute(f"select distinct batch_id from {table}").fetchall()
                assert {r[0] for r in stray} <= batches, f"{table} rows of a batch that never committed"
            orphans = con.execute("select count(*) from figures where article_id not in (select article_id from articles)")
            assert orphans.fetchone()[0] == 0
            con.execute("commit")
    lake = data / "lake"
    if lake.is_dir():
        for path in lake.rglob("*.parquet"):
            if not any(part.startswith((".", "_")) for part in path.relative_to(lake).parts):
                pq.read_table(path)   # a visible file is always a complete one


def assert_books_balance(data: Path, stdout: str) -> tuple[int, int, int, int]:
    """The run's accounting adds up, every `loaded` input has its article, and no row of any
    table points at an article that is not there."""
    seen, loaded, duplicate, quarantined = summary(stdout)
    assert seen == loaded + duplicate + quarantined, stdout
    missing = query(data, """select source_uri from raw_files where status = 'loaded'
                             and article_id not in (select article_id from articles)""")
    assert not missing, f"loaded inputs without their article: {missing[:3]}"
    for table in ("article_sources", "story_prints", "story_bands", "figures", "entity_mentions"):
        dangling = query(data, f"select count(*) from {table} where article_id not in (select article_id from articles)")
        assert dangling[0][0] == 0, f"{table} rows of articles that never loaded"
    dup = query(data, """select count(*) from raw_files where status = 'duplicate'
                         and article_id not in (select article_id from articles)""")
    assert dup[0][0] == 0, "duplicates of articles that never loaded"
    return seen, loaded, duplicate, quarantined


def leftover_temp_files(data: Path) -> list[Path]:
    return [p for p in list(data.glob(".*tmp*")) + list((data / "lake").rglob(".*tmp*")) if p.is_file()]


def dead_runs(data: Path) -> list[str]:
    """Dagster runs of this data folder still marked as in progress."""
    from dagster import DagsterRunStatus, RunsFilter

    from assets.cli.instance import instance_for

    with instance_for(data) as instance:
        runs = instance.get_runs(RunsFilter(statuses=[DagsterRunStatus.STARTED, DagsterRunStatus.STARTING,
                                                      DagsterRunStatus.NOT_STARTED, DagsterRunStatus.QUEUED]))
        return [r.run_id for r in runs]
