"""The job, the hourly schedule and the new-file sensor. Each tick creates a batch partition.

The executor is chosen by `UNREST_EXECUTOR` when this module is imported (`in_process`, the
default; `multiprocess`, one process per step, so the GX checks of one batch run side by side;
`dask`, steps as tasks on a Dask cluster, whose scheduler address goes in the run config's
`execution.config.cluster.existing.address`). `unrest run` always executes in its own process;
the other executors serve `dagster dev`, the schedule and the sensor, and multi-machine
deployments (README "Deployment"). `definitions.job_for_executor` builds the same job for one
executor, for `dagster.build_reconstructable_job` (the Dask and multiprocess tests use it)."""

import hashlib
import os
from pathlib import Path

import dagster as dg

from .executors import configured_executor, executor_named
from .partitions import batches, new_batch_id
from .paths import DEFAULT_RAW



def define_job(kind: str):
    return dg.define_asset_job(
        "unrest_job",
        selection=dg.AssetSelection.all(),
        partitions_def=batches,
        description="The whole graph for one ingestion batch: ingest, parse, extract, validate, load, report.",
        executor_def=executor_named(kind),
        tags={"unrest/pipeline": "main"},
    )


unrest_job = define_job(configured_executor())


@dg.schedule(job=unrest_job, cron_schedule="0 * * * *", default_status=dg.DefaultScheduleStatus.STOPPED,
             description="Hourly ingestion run: a new batch picks up whatever arrived in the raw folder and feeds.")
def hourly_ingest(context: dg.ScheduleEvaluationContext):
    # deterministic per tick: a re-evaluated tick asks for the same run, which Dagster dedupes by run_key
    key = f"h{context.scheduled_execution_time:%Y%m%dT%H%M%S}"
    context.instance.add_dynamic_partitions(batches.name, [key])
    return dg.RunRequest(run_key=key, partition_key=key)


def _raw_dir() -> Path:
    return Path(os.environ.get("UNREST_RAW_DIR") or DEFAULT_RAW)


def raw_fingerprint(raw: Path) -> str:
    """Changes whenever a file under the raw folder is added, removed, resized or touched."""
    h = hashlib.sha256()
    if raw.is_dir():
        for p in sorted(raw.rglob("*")):
            if p.is_file() and not p.name.startswith("."):
                st = p.stat()
                h.update(f"{p}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:16]


@dg.sensor(job=unrest_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Starts a batch when files land in (or change under) the raw folder.")
def new_raw_files(context: dg.SensorEvaluationContext):
    fingerprint = raw_fingerprint(_raw_dir())
    if fingerprint == context.cursor:
        return dg.SkipReason("no new or changed files in the raw folder")
    key = new_batch_id("s")
    return dg.SensorResult(
        run_requests=[dg.RunRequest(run_key=fingerprint, partition_key=key)],
        dynamic_partitions_requests=[batches.build_add_request([key])],
        cursor=fingerprint,
    )
