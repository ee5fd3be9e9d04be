"""The job on a Dask cluster: a local distributed cluster (worker processes on 127.0.0.1), the
dagster-dask executor pointed at its scheduler, a temporary data folder. Steps run as Dask
tasks in other processes, so this also proves the assets need nothing from the launching one.
Where .ci/run started a PostgreSQL server, the warehouse's catalog is in it (the several-machines
layout: every worker reaches the same catalog by configuration alone)."""
import os
from pathlib import Path

import pytest

from pipelines.warehouse import Warehouse

from .executors import run_batch

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "articles"
distributed = pytest.importorskip("dask.distributed")


def test_job_runs_on_a_local_dask_cluster(tmp_path):
    data = tmp_path / "data"
    dsn = os.environ.get("UNREST_TEST_PG_DSN")
    warehouse = {}
    if dsn:
        from tests.pg import reset_database

        reset_database(dsn)
        warehouse = {"catalog": "postgres:" + dsn, "warehouse_data": str(tmp_path / "shared-files")}
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        ok, failures = run_batch("dask", SEEDS, data, {"cluster": {"existing": {"address": cluster.scheduler_address}}},
                                 warehouse)
    assert ok, failures
    wh = Warehouse(data, warehouse.get("catalog", ""), warehouse.get("warehouse_data", ""))
    assert wh.location.kind == ("postgres" if dsn else "sqlite")
    with wh.connect() as con:
        assert con.execute("select count(*) from articles").fetchall() == [(1,)]
        assert con.execute("select count(*) > 0 from figures").fetchall() == [(True,)]
        assert con.execute("select count(*) from batches").fetchall() == [(1,)]
