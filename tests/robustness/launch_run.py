"""Execute one already-requested run of `unrest_job` in this process, the way a run worker started
by the Dagster daemon would: `python -m tests.robustness.launch_run <data> <partition> [tag=value ...]`.
Raw and data folders come from UNREST_RAW_DIR / UNREST_DATA_DIR, as for the schedule and sensor."""
import sys
from pathlib import Path

from assets.definitions import defs
from assets.cli.instance import instance_for


def main(data: str, partition: str, *tags: str) -> int:
    job = defs.resolve_job_def("unrest_job")
    with instance_for(Path(data)) as instance:
        result = job.execute_in_process(instance=instance, partition_key=partition, raise_on_error=False,
                                        tags=dict(t.split("=", 1) for t in tags))
    print(f"run {result.run_id} partition {partition} success={result.success}", flush=True)
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
