"""'By X's count' / 'by an X tally' credits X (attribution.sources; session 11). Sentences invented for these tests."""
from datetime import datetime

import pytest

from pipelines.extract import extract_articles
from pipelines.extract.types import ArticleText

CASES = [
    ("By the Lantern Monitor's count, 37 people have been killed.", "Lantern Monitor"),
    ("At least 37 people have died in Karvana, by the Lantern Monitor's count.", "Lantern Monitor"),
    ("By a Reuters tally, at least 37 people have died in the unrest.", "Reuters"),
    ("By official count, 37 people have been killed.", "official count"),
    # no document noun: no source
    ("By Monday, 37 people had been killed.", None),
    ("Police detained 37 people by the river.", None),
]


@pytest.fixture(scope="module")
def sources():
    arts = [ArticleText(f"t{i}", text, published_at=datetime(2022, 1, 10)) for i, (text, _) in enumerate(CASES)]
    return [[f.reported_by for f in ex.figures if f.value == 37] for ex in extract_articles(arts)]


@pytest.mark.parametrize("i", range(len(CASES)))
def test_by_a_count(sources, i):
    assert sources[i] == [CASES[i][1]]
