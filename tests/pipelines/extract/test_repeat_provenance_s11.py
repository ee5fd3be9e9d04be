"""One fact told twice keeps the best-attributed telling's provenance (dedupe._merge_telling, fold_headline;
session 11). Articles invented for these tests."""
from datetime import datetime

import pytest

from pipelines.extract import extract_articles
from pipelines.extract.types import ArticleText

CASES = {
    # a vague source ("authorities say") yields to the telling that names the body and its relay
    "vague_then_named": ("Karvana unrest\n\nOfficials said 164 people were killed in a week of clashes.\n\n"
                         "The Health Ministry told Karvan-TV that 164 people died.",
                         ("Health Ministry", "Karvan-TV")),
    # guard: an unsourced first telling takes the later one's source and relay (as before)
    "bare_then_named": ("Karvana unrest\n\nAt least 164 people died in the clashes.\n\n"
                        "The Health Ministry told Karvan-TV that 164 people died.",
                        ("Health Ministry", "Karvan-TV")),
    # the first telling's source was the later one's relay: "Radio X reported" ... "Radio X, citing police"
    "outlet_then_its_source": ("Karvana\n\nAt least 12 people were killed in Karvana on Monday, Radio Karvan reported."
                               "\n\nRadio Karvan later said, citing police, that 12 people had died.",
                               ("police", "Radio Karvan")),
    # a headline's source goes to the body's telling that names none
    "headline_source": ("Karvana clashes kill 12, health ministry says\n\n"
                        "At least 12 people were killed in Karvana on Monday as protesters fought with riot units.",
                        ("health ministry", None)),
    # guard: a source carried from the paragraph's speaker comes before the headline's
    "speaker_before_headline": ("Karvana clashes kill 12, government says\n\n"
                                "Acting minister Ana Petrova gave an update on the clashes on Monday afternoon.\n\n"
                                "\"To date, we have received reports of 12 deaths in Karvana related to the violence,\" "
                                "Petrova said.",
                                ("Petrova", None)),
    # guard: a named source is not replaced by another named one
    "two_named_sources": ("Karvana unrest\n\nThe Interior Ministry said 164 people were killed in the clashes.\n\n"
                          "The Lantern Monitor told Karvan-TV that 164 people died.",
                          ("Interior Ministry", None)),
}


@pytest.fixture(scope="module")
def provenance():
    arts = [ArticleText(k, body, published_at=datetime(2022, 1, 10)) for k, (body, _) in CASES.items()]
    out = {}
    for a, ex in zip(arts, extract_articles(arts)):
        figs = [f for f in ex.figures if f.category == "killed"]
        out[a.article_id] = [(f.reported_by, f.reported_via) for f in figs]
    return out


@pytest.mark.parametrize("case", list(CASES))
def test_one_row_with_the_best_telling(provenance, case):
    assert provenance[case] == [CASES[case][1]]
