"""The job on a Dask cluster: a local distributed cluster (worker processes on 127.0.0.1), the
dagster-dask executor pointed at its scheduler, a temporary data folder. Steps run as Dask
tasks in other processes, so this also proves the assets need nothing from the launching one."""
from pathlib import Path

import pytest

from .conftest import warehouse_rows
from .executors import run_batch

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "articles"
distributed = pytest.importorskip("dask.distributed")


def test_job_runs_on_a_local_dask_cluster(tmp_path):
    data = tmp_path / "data"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        ok, failures = run_batch("dask", SEEDS, data, {"cluster": {"existing": {"address": cluster.scheduler_address}}})
    assert ok, failures
    assert warehouse_rows(data, "select count(*) from articles") == [(1,)]
    assert warehouse_rows(data, "select count(*) > 0 from figures") == [(True,)]
