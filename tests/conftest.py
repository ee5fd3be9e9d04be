import pytest


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
