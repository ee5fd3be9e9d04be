from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# `make test` runs the suite on two xdist workers, then these files in a pass of their own: they
# measure memory (peak RSS and PSS of process trees; a neighbour mapping the same libraries lowers
# PSS, and one competing for RAM could disturb the peaks) and must not share the machine.
SERIAL = frozenset({"tests/pipelines/test_bench.py", "tests/pipelines/test_parallel.py",
                    "tests/pipelines/validate/test_derive_memory.py", "tests/robustness/test_content.py"})
# Files whose tests must share one worker. The PostgreSQL users empty the one test database
# (tests.pg.reset_database), so two of them side by side would drop each other's catalog; the
# robustness files that compare with the clean reference run (a session fixture) share it, so the
# run is made once. Every other file is a group of its own (its module fixtures are made once).
GROUPS = {
    "tests/pipelines/test_postgres_catalog.py": "postgres",
    "tests/assets/test_dask_executor.py": "postgres",
    "tests/robustness/test_concurrency.py": "robustness-reference",
    "tests/robustness/test_crash.py": "robustness-reference",
    "tests/robustness/test_inputs.py": "robustness-reference",
}


# Under xdist, the groups that take longest (minutes of real runs) start first, so that no worker
# is left with one of them at the end while the other idles: longest first, then the rest in
# collection order. (xdist's own reordering puts the files with the most tests first.)
LONGEST_FIRST = (
    "tests/robustness/test_crash.py", "tests/robustness/test_concurrency.py", "tests/robustness/test_inputs.py",
    "tests/assets/test_pipeline.py", "tests/assets/test_progress.py", "tests/robustness/test_files.py",
    "tests/robustness/test_hostile_files.py", "tests/assets/test_dask_executor.py",
    "tests/pipelines/test_postgres_catalog.py", "tests/robustness/test_feed_runs.py", "tests/assets/test_browser.py",
    "tests/assets/test_views.py", "tests/robustness/test_fuzz.py", "tests/assets/test_eval.py",
    "tests/assets/test_reports.py", "tests/assets/test_ui_command.py",
)


def worker_group(nodeid: str) -> str:
    """The xdist scheduling unit of a test: its GROUPS entry, else its file."""
    path = nodeid.split("::", 1)[0]
    return GROUPS.get(path, path)


def pytest_configure(config):
    config.addinivalue_line("markers", "serial: runs in make test's second pass, alone on the machine (memory measures)")


def pytest_collection_modifyitems(config, items):
    """Marks SERIAL's tests `serial` (`make test` deselects them in the parallel pass with -m);
    under xdist, puts LONGEST_FIRST's files first."""
    for item in items:
        try:
            rel = item.path.resolve().relative_to(ROOT).as_posix()
        except ValueError:
            rel = str(item.path)
        if rel in SERIAL:
            item.add_marker(pytest.mark.serial)
    if getattr(config.option, "numprocesses", None):
        rank = {path: i for i, path in enumerate(LONGEST_FIRST)}
        items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))   # stable


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """Under `-n`, schedules by worker_group: a group's tests all go to one worker. (xdist's own
    `--dist loadgroup` marks groups by rewriting node ids, which pytest 9 no longer honours; this
    hook is xdist's documented way to choose the scheduling unit.)"""
    from xdist.scheduler import LoadScopeScheduling

    config.option.loadscopereorder = False      # keep the collection order (LONGEST_FIRST)

    class ByGroup(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return worker_group(nodeid)

    return ByGroup(config, log)


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once per test session."""
    from pipelines.extract.model import load_nlp

    return load_nlp()


@pytest.fixture
def pg_catalog():
    """`postgres:<DSN>` of the PostgreSQL server .ci/run starts (.ci/postgres.sh exports
    UNREST_TEST_PG_DSN), emptied first so each test gets a new DuckLake catalog. Skipped, with
    the reason, where no server is configured."""
    import os

    dsn = os.environ.get("UNREST_TEST_PG_DSN")
    if not dsn:
        pytest.skip("no PostgreSQL server configured: set UNREST_TEST_PG_DSN (.ci/run starts one)")
    from tests.pg import reset_database

    reset_database(dsn)
    return "postgres:" + dsn
