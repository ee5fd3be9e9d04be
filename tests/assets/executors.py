"""Runs the whole job for one new batch with a chosen executor, the way a deployed Dagster
would: a reconstructable job, a persistent instance, each step in its own process."""
from pathlib import Path

import dagster as dg

from assets.instance import instance_for
from assets.partitions import batches, new_batch_id


def run_batch(kind: str, raw: Path, data: Path, execution_config: dict | None = None) -> tuple[bool, list[str]]:
    job = dg.build_reconstructable_job("assets.automation", "job_for_executor", reconstructable_args=(kind,))
    config = {"resources": {"unrest": {"config": {"data_dir": str(data), "raw_dir": str(raw)}}},
              "execution": {"config": execution_config or {}}}
    batch = new_batch_id("t")
    with instance_for(data) as instance:
        instance.add_dynamic_partitions(batches.name, [batch])
        with dg.execute_job(job, instance=instance, run_config=config, tags={"dagster/partition": batch},
                            raise_on_error=False) as result:
            return result.success, [e.message for e in result.all_events if e.is_failure]
