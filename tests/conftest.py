import pytest


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once per test session."""
    from pipelines.extract.model import load_nlp

    return load_nlp()
