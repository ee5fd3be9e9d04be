"""Crash safety: real `unrest run` processes killed with SIGKILL, at named points (UNREST_CRASH_AT:
the process kills itself there) and from outside at a random moment. After every crash the
published warehouse still opens read-only and still holds exactly the last committed state,
every visible lake file reads, and the next run completes the work: in the end the warehouse
equals the clean reference run's, with no row twice and no temporary file left."""
from __future__ import annotations

import os
import random
import signal
import shutil
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from .conftest import FEEDS
from .corpus import write_corpus
from .helpers import (assert_consistent, dead_runs, leftover_temp_files, query, snapshot, start_run, summary,
                      unrest_run)

FIRST = ("wire.jsonl", "page.html", "strike.json")   # committed before the crashes start
# Two lanes of consecutive crashes, each on its own copy of the data folder, run side by side:
# ingest, extraction, the Parquet writes, the warehouse load (inside its transaction), a kill right
# after a batch committed (in a run split into batches), and a SIGKILL from outside at a random moment.
LANES = [
    [("ingest:5", ()), ("extract:3", ()), ("lake_write:4", ()), ("external", ())],
    [("load:2", ()), ("committed:1", ("--max-inputs-per-batch", "20"))],
]


def published_ids(data: Path) -> frozenset[str]:
    return frozenset(r[0] for r in query(data, "select article_id from articles"))


def external_kill(raw: Path, data: Path, delay: float) -> subprocess.CompletedProcess:
    proc = start_run(raw, data, "--max-inputs-per-batch", "20")
    try:
        out, err = proc.communicate(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.fixture
def staged(corpus, tmp_path) -> tuple[Path, Path]:
    """The corpus in two steps: raw holds FIRST now; `rest` holds the other inputs until moved in."""
    raw, rest = tmp_path / "raw", tmp_path / "rest"
    write_corpus(rest, corpus.outside, corpus.canary)
    raw.mkdir()
    for name in FIRST:
        os.rename(rest / name, raw / name)
    return raw, rest


def crash_lane(raw: Path, data: Path, steps, committed: frozenset[str], reference, delay: float) -> None:
    for point, extra in steps:
        context = f"after {point} in {data.name}"
        if point == "external":
            proc = external_kill(raw, data, delay)
            context += f" (killed after {delay:.1f} s; UNREST_KILL_SEED reproduces it)"
            assert proc.returncode in (0, -signal.SIGKILL), (context, proc.stdout, proc.stderr)
        else:
            proc = unrest_run(raw, data, *extra, crash_at=point)
            assert proc.returncode == -signal.SIGKILL, (context, proc.returncode, proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr, context + proc.stderr
        assert_consistent(data)
        if point == "external":
            assert committed <= published_ids(data) <= reference.snap.article_ids, context
        elif point.startswith("committed"):   # died just after a batch committed: analysts see that batch
            assert committed < published_ids(data) <= reference.snap.article_ids, context
        else:   # died before committing: analysts still see the last committed snapshot
            assert published_ids(data) == committed, context

    final = unrest_run(raw, data)
    assert final.returncode == 0, final.stdout + final.stderr
    assert "Traceback" not in final.stderr
    seen, loaded, duplicate, quarantined = summary(final.stdout)
    assert seen == loaded + duplicate + quarantined
    assert_consistent(data)
    assert not leftover_temp_files(data), leftover_temp_files(data)
    assert not dead_runs(data), "a killed run is still marked as running"

    got, want = snapshot(data, raw), reference.snap
    assert got.article_ids == want.article_ids
    assert got.figures == want.figures and got.figure_ids == want.figure_ids
    assert got.entity_ids == want.entity_ids and got.mentions == want.mentions
    assert got.statuses == {k: v for k, v in want.statuses.items() if k not in FEEDS}
    # the lake keeps committed batches only: partitions of the killed runs were removed
    batches = {r[0] for r in query(data, "select batch_id from batches")}
    lake = {p.name.split("=", 1)[1] for p in (data / "lake").glob("*/batch=*")}
    assert lake <= batches, lake - batches


def test_killed_runs_lose_nothing_and_duplicate_nothing(corpus, reference, staged, tmp_path):
    raw, rest = staged
    data = tmp_path / "data-0"
    first = unrest_run(raw, data)
    assert first.returncode == 0, first.stdout + first.stderr
    committed = published_ids(data)
    assert len(committed) == 5
    for name in os.listdir(os.fsencode(rest)):   # bytes: one name is not UTF-8
        os.rename(os.path.join(os.fsencode(rest), name), os.path.join(os.fsencode(raw), name))
    lanes = []
    for n in range(len(LANES)):
        lanes.append(tmp_path / f"data-{n + 1}")
        shutil.copytree(data, lanes[-1], symlinks=True)

    seed = int(os.environ.get("UNREST_KILL_SEED", time.time()))
    delay = random.Random(seed).uniform(3.0, 15.0)
    with ThreadPoolExecutor(len(LANES)) as pool:
        futures = [pool.submit(crash_lane, raw, lane, steps, committed, reference, delay)
                   for lane, steps in zip(lanes, LANES)]
        for f in futures:
            f.result()
