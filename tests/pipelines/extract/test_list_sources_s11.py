"""A sub-count after "including" is told by its count's source (annotate.share_list_sources; session 11).
Sentences invented for these tests."""
from datetime import datetime

import pytest

from pipelines.extract import extract_articles
from pipelines.extract.types import ArticleText

CASES = [
    ("The governor said the toll was lower than the number collected by the group Free Voices, which has "
     "recorded that 416 protesters have been killed, including 51 children.", {416: "Free Voices", 51: "Free Voices"}),
    # guard: a source named between the count and the sub-count keeps its own
    ("Police said 40 people were arrested in Orvik, and the ministry said 12 were hurt, including 3 officers.",
     {40: "Police", 3: "ministry"}),
]


@pytest.fixture(scope="module")
def sources():
    arts = [ArticleText(f"t{i}", text, published_at=datetime(2022, 1, 10)) for i, (text, _) in enumerate(CASES)]
    return [{f.value: f.reported_by for f in ex.figures} for ex in extract_articles(arts)]


@pytest.mark.parametrize("i", range(len(CASES)))
def test_sub_count_source(sources, i):
    assert {v: sources[i].get(v) for v in CASES[i][1]} == CASES[i][1]
