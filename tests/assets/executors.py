"""Runs the whole job for one new batch with a chosen executor, the way a deployed Dagster
would: a reconstructable job, a persistent instance, each step in its own process.

The instance is the data folder's, without compute-log capture: with LocalComputeLogManager each
step on a long-lived Dask worker ended with a 60 s wait for its log-tailing process (seen here,
14 steps = 14 minutes), which is log plumbing, not what these tests are about."""
from pathlib import Path

import dagster as dg
import yaml

from assets.cli.instance import render_instance_yaml
from assets.partitions import batches, new_batch_id


def _instance(data: Path) -> dg.DagsterInstance:
    config = yaml.safe_load((render_instance_yaml(data) / "dagster.yaml").read_text())
    config["compute_logs"] = {"module": "dagster._core.storage.noop_compute_log_manager",
                              "class": "NoOpComputeLogManager"}
    home = data / "dagster-test"
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text(yaml.safe_dump(config))
    return dg.DagsterInstance.from_config(str(home))


def run_batch(kind: str, raw: Path, data: Path, execution_config: dict | None = None,
              unrest_config: dict | None = None) -> tuple[bool, list[str]]:
    job = dg.build_reconstructable_job("assets.definitions", "job_for_executor", reconstructable_args=(kind,))
    config = {"resources": {"unrest": {"config": {"data_dir": str(data), "raw_dir": str(raw), **(unrest_config or {})}}},
              "execution": {"config": execution_config or {}}}
    batch = new_batch_id("t")
    with _instance(data) as instance:
        instance.add_dynamic_partitions(batches.name, [batch])
        with dg.execute_job(job, instance=instance, run_config=config, tags={"dagster/partition": batch},
                            raise_on_error=False) as result:
            return result.success, [e.message for e in result.all_events if e.is_failure]
