"""`unrest run`: executes the job in this process, one batch partition at a time, against
the data folder's Dagster instance, so every run shows in the UI."""
from __future__ import annotations

import errno
import os
import re
import sys
import time
from pathlib import Path

from pipelines.runlock import RunLock, RunLockTimeout

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY, EXIT_STORAGE = 0, 1, 2, 3, 4
# faults of the data folder's storage, not of any input: the run stops with EXIT_STORAGE
STORAGE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM})
_ERRNO = re.compile(r"\[Errno (\d+)\]")


def say(msg: str) -> None:
    print(msg, flush=True)


def locked(data: Path, wait_s: float, what: str, body) -> int:
    """Run `body` holding the data folder's run lock (one writer per data folder); EXIT_BUSY if
    another run keeps it longer than `wait_s`. Dagster runs started meanwhile inherit the lock."""
    lock = RunLock(data)
    try:
        lock.acquire(wait_s, on_wait=lambda who: say(f"waiting: another unrest run ({who}) is using {data} ..."))
    except RunLockTimeout as exc:
        print(f"unrest {what}: {exc}", file=sys.stderr)
        return EXIT_BUSY
    os.environ["UNREST_RUN_LOCK_HELD"] = str(data.resolve())
    try:
        return body()
    finally:
        os.environ.pop("UNREST_RUN_LOCK_HELD", None)
        lock.release()


def run_pipeline(raw: Path, data: Path, feeds: Path | None, *, wait_s: float = 600.0, max_inputs: int = 2000,
                 stats: dict | None = None) -> int:
    """`stats`, when given, receives per batch the Dagster run id, seconds and resident memory (MB),
    for `unrest bench`."""
    if not raw.is_dir():
        print(f"unrest run: the raw folder {raw} does not exist or is not a folder", file=sys.stderr)
        return EXIT_USAGE

    def body() -> int:
        from pipelines.warehouse import NeedsMigration, Warehouse

        try:
            Warehouse(data).ensure()
        except NeedsMigration as exc:
            print(f"unrest run: {exc}", file=sys.stderr)
            return EXIT_USAGE
        return _run_batches(raw, data, feeds, max_inputs, stats)

    try:
        data.mkdir(parents=True, exist_ok=True)
        return locked(data, wait_s, "run", body)
    except OSError as exc:
        if exc.errno not in STORAGE_ERRNOS:
            raise
        return _storage_failed(data, exc.strerror or str(exc))


def _storage_failed(data: Path, why: str) -> int:
    print(f"unrest run: cannot write to the data folder {data}: {why}; nothing of this run was committed", file=sys.stderr)
    return EXIT_STORAGE


def _pending_inputs(raw: Path, data: Path, feeds: Path | None) -> int:
    from pipelines.ingest.pending import count_pending
    from pipelines.ingest.types import KnownInput
    from pipelines.warehouse import Warehouse

    wh = Warehouse(data)
    return count_pending(raw, lambda uris: {u: KnownInput(*v) for u, v in wh.known_files(uris).items()},
                         (feeds,) if feeds else ())


def _batch_files(data: Path, batch: str) -> int:
    """Input files the committed batch took (lines and items of a file carry no size)."""
    from .reader import open_reader

    with open_reader(data) as con:
        return con.execute("select count(*) from raw_files where batch_id = ? and size is not null",
                           [batch]).fetchone()[0]


def _run_batches(raw: Path, data: Path, feeds: Path | None, max_inputs: int, stats: dict | None = None) -> int:
    from ..definitions import defs
    from .instance import instance_for
    from .progress import Progress
    from ..partitions import batches, new_batch_id

    started = time.monotonic()
    say(f"unrest: raw {raw}\nunrest: data {data}")
    progress = Progress(_pending_inputs(raw, data, feeds))
    job = defs.resolve_job_def("unrest_job")
    config = {"resources": {"unrest": {"config": {
        "data_dir": str(data), "raw_dir": str(raw), "feeds_file": str(feeds or ""),
        "max_inputs_per_batch": max_inputs}}},
        # on a terminal the bar replaces the stages' progress lines; warnings still show
        "loggers": {"console": {"config": {"log_level": "WARNING" if progress.tty else "INFO"}}}}
    done: list[str] = []
    try:
        with instance_for(data) as instance:
            _fail_dead_runs(instance, data)
            while True:
                batch = new_batch_id()
                instance.add_dynamic_partitions(batches.name, [batch])
                progress.start_batch()
                if not progress.tty:
                    say(f"unrest: batch {batch}")
                batch_started = time.monotonic()
                result = job.execute_in_process(
                    instance=instance, partition_key=batch, run_config=config, raise_on_error=False,
                    tags={"unrest/data_dir": str(data), "unrest/launched_by": "cli", "unrest/pid": str(os.getpid())})
                if not result.success:
                    progress.close()
                    storage = _storage_error(result)
                    if storage:
                        _drop_partial(data, batch)
                        return _storage_failed(data, storage)
                    print(f"unrest run: batch {batch} failed (Dagster run {result.run_id}):\n  " + _failure(result),
                          file=sys.stderr)
                    return EXIT_FAILED
                done.append(batch)
                progress.finish_batch(_batch_files(data, batch))
                if stats is not None:
                    stats.setdefault("batches", []).append(
                        {"run_id": result.run_id, "seconds": time.monotonic() - batch_started, "rss_mb": _rss_mb()})
                if not _more_pending(result):
                    break
    finally:
        progress.close()
    _summary(data, done, time.monotonic() - started)
    return EXIT_OK


def _storage_error(result) -> str | None:
    """The strerror of a step that failed on the data folder's storage (disk full, read-only)."""
    for event in result.all_events:
        err = getattr(event.event_specific_data, "error", None) if event.is_failure else None
        while err is not None:
            m = _ERRNO.search(err.message or "")
            if m and int(m.group(1)) in STORAGE_ERRNOS:
                return os.strerror(int(m.group(1)))
            err = err.cause
    return None


def _drop_partial(data: Path, batch: str) -> None:
    """The failed batch's lake partitions go now (the next run would remove them anyway): the
    warehouse never saw the batch, whose load is one transaction."""
    from pipelines.lake import open_lake

    try:
        open_lake(os.environ.get("UNREST_LAKE_URL") or data / "lake").drop_batch(batch)
    except OSError:
        pass   # a read-only folder keeps them; the next run's recovery removes them


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


def _more_pending(result) -> bool:
    for mat in result.asset_materializations_for_node("raw_articles"):
        meta = mat.metadata.get("more_pending")
        if meta is not None and meta.value:
            return True
    return False


def _failure(result) -> str:
    lines = []
    for event in result.all_events:
        if event.is_failure and event.step_key:
            err = getattr(event.event_specific_data, "error", None)
            while err is not None and err.cause is not None:  # the user code's own exception, not Dagster's wrapper
                err = err.cause
            where = err.stack[-1].strip().splitlines()[0] if err and err.stack else ""
            lines.append(f"{event.step_key}: {err.message.strip() if err else event.message}" + (f" ({where})" if where else ""))
        elif event.event_type_value == "ASSET_CHECK_EVALUATION":
            ev = event.event_specific_data
            if not ev.passed and ev.severity.value == "ERROR":
                lines.append(f"check {ev.asset_key.to_user_string()}:{ev.check_name} failed and blocked the load")
    return "\n  ".join(lines) or "see the run in the Dagster UI (`unrest ui`)"


def _fail_dead_runs(instance, data: Path) -> None:
    """Runs of an earlier `unrest run` on this folder that never finished died with their process:
    we hold the run lock, so none of them is alive. Mark them failed and free their pool slots."""
    from dagster import DagsterRunStatus, RunsFilter

    stuck = instance.get_runs(RunsFilter(
        statuses=[DagsterRunStatus.STARTED, DagsterRunStatus.STARTING, DagsterRunStatus.NOT_STARTED],
        tags={"unrest/data_dir": str(data), "unrest/launched_by": "cli"}))
    for run in stuck:
        instance.report_run_failed(run, message="the unrest process running it died; the next run redid the work")
        try:
            instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        except Exception:  # older storages without pools
            pass
        say(f"unrest: marked dead run {run.run_id} as failed")


def _summary(data: Path, done: list[str], seconds: float) -> None:
    from pipelines.warehouse import Warehouse

    wh = Warehouse(data)   # the catalog of $UNREST_CATALOG, else the embedded one under <data>
    wh.ensure()
    with wh.connect(read_only=True) as con:
        con.execute("begin transaction")
        con.execute("create temp table mine as select unnest(?::varchar[]) as batch_id", [done]).fetchall()
        status = dict(con.execute(
            "select status, count(*) from raw_files join mine using (batch_id) group by status").fetchall())
        figures, mentions = (con.execute(f"select count(*) from {t} join mine using (batch_id)").fetchone()[0]
                             for t in ("figures", "entity_mentions"))
        entities = con.execute("select count(*) from entities join mine using (batch_id)").fetchone()[0]
        totals = con.execute("select (select count(*) from articles), (select count(*) from figures), "
                             "(select count(*) from entities)").fetchone()
    seen = sum(n for s, n in status.items() if s != "expanded")
    say("unrest: done in %.1f s" % seconds)
    say(f"  inputs seen       {seen}  (= {status.get('loaded', 0)} loaded + {status.get('duplicate', 0)} duplicate"
        f" + {status.get('quarantined', 0)} quarantined)" + (f"; {status['expanded']} container file(s)" if status.get("expanded") else ""))
    say(f"  articles loaded   {status.get('loaded', 0)}")
    say(f"  duplicates        {status.get('duplicate', 0)}")
    say(f"  quarantined       {status.get('quarantined', 0)}")
    say(f"  figures           {figures}")
    say(f"  entities          {entities} new ({mentions} mentions)")
    say(f"  warehouse totals  {totals[0]} articles, {totals[1]} figures, {totals[2]} entities -> {wh.location.catalog}")
