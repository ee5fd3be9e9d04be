"""The job with Dagster's multiprocess executor (each step in its own process; the GX checks of
a batch run side by side; the run lock and the warehouse pool keep the load serialized).

Opt-in (UNREST_SLOW_TESTS=1): every step process imports the code location again (about 100 s
for the 14 steps on the 2-core CI machine); the Dask test covers steps in other processes."""
import os
from pathlib import Path

import pytest

from .conftest import warehouse_rows
from .executors import run_batch

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "articles"


@pytest.mark.skipif(not os.environ.get("UNREST_SLOW_TESTS"), reason="slow: set UNREST_SLOW_TESTS=1")
def test_job_runs_with_the_multiprocess_executor(tmp_path):
    data = tmp_path / "data"
    ok, failures = run_batch("multiprocess", SEEDS, data, {"max_concurrent": 2})
    assert ok, failures
    assert warehouse_rows(data, "select count(*) from articles") == [(1,)]
    assert warehouse_rows(data, "select count(*) > 0 from figures") == [(True,)]
