"""A source's list of counts below a paragraph ending with a colon (relay._list_goes_on; session 11).
Articles invented for these tests."""
from datetime import datetime

import pytest

from pipelines.extract import extract_articles
from pipelines.extract.types import ArticleText

HEAD = "Karvana report\n\nThe National Rights Commission said in its report on Monday:\n\n12 people were killed in Orvik.\n\n"
CASES = {
    # the list goes on: every paragraph below the colon is counts with no source of its own
    "list": (HEAD + "At least 40 people were injured in Melk, and 230 were arrested.",
             {40: "National Rights Commission", 230: "National Rights Commission"}),
    # a paragraph of other words ends the list
    "prose_between": (HEAD + "The city was calm on Tuesday as shops reopened.\n\n"
                      "At least 40 people were injured in Melk.", {40: None}),
    # a quotation is no list item
    "quotation": (HEAD + "\"We saw 40 people injured in Melk,\" a shopkeeper told us.", {40: "shopkeeper"}),
    # no colon: the source stays with its own paragraph (as before)
    "no_colon": ("Karvana report\n\nThe National Rights Commission said in its report on Monday that "
                 "12 people were killed in Orvik.\n\nThe city was calm.\n\nAt least 40 people were injured in Melk.",
                 {40: None}),
}


@pytest.fixture(scope="module")
def sources():
    arts = [ArticleText(k, body, published_at=datetime(2022, 1, 10)) for k, (body, _) in CASES.items()]
    return {a.article_id: {f.value: f.reported_by for f in ex.figures} for a, ex in zip(arts, extract_articles(arts))}


@pytest.mark.parametrize("case", list(CASES))
def test_list_below_a_colon(sources, case):
    got = sources[case]
    assert {v: got.get(v) for v in CASES[case][1]} == CASES[case][1]
