from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# `make test` runs the suite on two xdist workers (`--dist loadgroup`), then these files in a pass of
# their own: they measure memory (peak RSS and PSS of process trees; a neighbour mapping the same
# libraries lowers PSS, and one competing for RAM could disturb the peaks) and must not share the machine.
SERIAL = frozenset({"tests/pipelines/test_bench.py", "tests/pipelines/test_parallel.py",
                    "tests/pipelines/validate/test_derive_memory.py", "tests/robustness/test_content.py"})
# the robustness tests that compare with the one clean reference run (a session fixture) share a
# worker, so the run is made once
REFERENCE_GROUP = "robustness-reference"


def pytest_configure(config):
    config.addinivalue_line("markers", "serial: runs in make test's second pass, alone on the machine (memory measures)")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Marks SERIAL's tests `serial`, and gives every test an xdist group: its file (module
    fixtures are made once, as without xdist), `postgres` for the tests that empty the one test
    database, REFERENCE_GROUP for the users of the reference run. Runs before `-m` deselects."""
    for item in items:
        try:
            rel = item.path.resolve().relative_to(ROOT).as_posix()
        except ValueError:
            rel = str(item.path)
        if rel in SERIAL:
            item.add_marker(pytest.mark.serial)
        if item.get_closest_marker("xdist_group"):
            continue
        if "pg_catalog" in item.fixturenames:
            group = "postgres"
        elif "reference" in item.fixturenames:
            group = REFERENCE_GROUP
        else:
            group = rel
        item.add_marker(pytest.mark.xdist_group(group))


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
