"""dagster-dask's executor, with the step arguments boxed so current Dask accepts them.

Why this exists: dagster-dask 0.29.27 hands `client.submit` the DagsterRun, the InstanceRef and
the known execution state as positional arguments. Dask (2025 and later) walks every tuple in
a task's arguments looking for futures, and Dagster's run records are NamedTuples whose nested
records forbid iteration (`Iteration is not allowed on @record RunOpConcurrency`, raised for any
job with a concurrency pool, which our warehouse asset has). Boxing the arguments in a plain
object keeps them opaque to Dask; the worker unboxes them and runs the step exactly as
`dagster_dask.executor.query_on_dask_worker` does. Configuration and behaviour are otherwise
dagster-dask's: same config schema, `existing` scheduler address or a `local` cluster (the other
cluster managers of dagster-dask are not wired here)."""
from __future__ import annotations

import dagster as dg
import dask.distributed
from dagster._core.errors import raise_execution_interrupts
from dagster._core.events import DagsterEvent
from dagster._utils import iterate_with_context
from dagster_dask.executor import DaskExecutor, dask_executor, get_dask_resource_requirements, query_on_dask_worker


class _Box:
    """Not a tuple, list, set or dict, so Dask leaves what it holds alone."""

    __slots__ = ("args",)

    def __init__(self, *args):
        self.args = args


def _run_boxed(dependencies, box: _Box):
    return query_on_dask_worker(dependencies, *box.args)


class BoxedDaskExecutor(DaskExecutor):
    def execute(self, plan_context, execution_plan):
        if not plan_context.instance.is_persistent:
            raise dg.DagsterInvariantViolationError("Dask execution requires a persistent DagsterInstance")
        if self.cluster_type == "existing":
            cluster = self.cluster_configuration["address"]
        elif self.cluster_type == "local":
            cluster = dask.distributed.LocalCluster(**self.build_dict(plan_context.job_name))
        else:
            raise dg.DagsterInvariantViolationError(f"cluster type {self.cluster_type!r} is not supported here")
        instance_ref = plan_context.instance.get_ref()
        with dask.distributed.Client(cluster) as client:
            futures, by_key = [], {}
            for level in execution_plan.get_steps_to_execute_by_level():
                for step in level:
                    deps = [by_key[k] for step_input in step.step_inputs for k in step_input.dependency_keys]
                    box = _Box(plan_context.reconstructable_job, plan_context.dagster_run, plan_context.run_config,
                               [step.key], instance_ref, execution_plan.known_state)
                    future = client.submit(_run_boxed, deps, box, key=f"{plan_context.job_name}.{step.key}",
                                           resources=get_dask_resource_requirements(step.tags), pure=False)
                    futures.append(future)
                    by_key[step.key] = future
            done = dask.distributed.as_completed(futures, with_results=True)
            for _future, events in iterate_with_context(raise_execution_interrupts, done):
                for event in events:
                    yield dg._check.inst(event, DagsterEvent)


@dg.executor(name="dask", config_schema=dask_executor.config_schema,
             requirements=dg.multiple_process_executor_requirements())
def boxed_dask_executor(init_context):
    """dagster-dask's executor (same config: `cluster: {existing: {address: tcp://host:8786}}`)."""
    ((cluster_type, cluster_configuration),) = init_context.executor_config["cluster"].items()
    return BoxedDaskExecutor(cluster_type, cluster_configuration)
