"""Shared fixtures; the frames themselves live in frames.py so tests can import them."""
from __future__ import annotations

import pandas as pd
import pytest

from .frames import make_articles, make_entities


@pytest.fixture
def refs() -> dict[str, pd.DataFrame]:
    return {"articles": make_articles(), "entities": make_entities()}
