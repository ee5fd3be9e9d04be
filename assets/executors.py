"""Which Dagster executor runs `unrest_job`: `UNREST_EXECUTOR` names it (in_process, the default and
also when empty; multiprocess; dask). Read by the job definition and by ingest's fork-server prestart."""
import os

import dagster as dg


def configured_executor() -> str:
    """The executor `UNREST_EXECUTOR` names: in_process (also when empty), multiprocess or dask."""
    return os.environ.get("UNREST_EXECUTOR", "") or "in_process"


def executor_named(kind: str) -> dg.ExecutorDefinition:
    if kind == "multiprocess":
        return dg.multiprocess_executor
    if kind == "dask":
        from .dask_executor import boxed_dask_executor

        return boxed_dask_executor
    if kind == "in_process":
        return dg.in_process_executor
    raise ValueError(f"UNREST_EXECUTOR must be in_process, multiprocess or dask, not {kind!r}")
