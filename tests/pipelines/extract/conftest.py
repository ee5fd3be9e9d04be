import pytest

from pipelines.extract.model import load_nlp


@pytest.fixture(scope="module")
def nlp():
    """The project's spaCy pipeline (loaded once per process by load_nlp)."""
    return load_nlp()
