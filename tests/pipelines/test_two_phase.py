"""The two-phase path (parse only candidate blocks) must give the rows the full pipeline gives."""
from dataclasses import asdict
from pathlib import Path

import pytest

from pipelines.bench import generate_articles
from pipelines.extract import extract_articles
from pipelines.extract.phases import blocks
from pipelines.extract.types import ArticleText

SEED = Path(__file__).resolve().parents[2] / "seeds" / "articles"

OWN_TEXTS = [
    # headline without a full stop, then a dateline line, then the lead
    "Police detain 40 after march in Lima\nLIMA, March 3\nPolice said on Tuesday they had detained 40 "
    "people and that 12 officers were hurt when protesters threw stones.\n",
    # no number anywhere: nothing to parse in phase 2
    "Calm returns to the capital\n\nShops reopened on Monday and buses ran again, the mayor said.\n",
    # numbers in a quote, a range and a vague quantifier across two paragraphs
    "Clashes in Quito\n\n\"We counted 15 wounded,\" a nurse said. Between 200 and 300 students marched.\n\n"
    "Hundreds of people were detained overnight, rights groups said, and three remain missing.\n",
    # a subhead glued to the next paragraph
    "Death toll rises\n\nDay of anger\nAt least 23 people were killed in Dhaka, officials said on Friday.\n",
]


def _articles():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*.txt"))] + OWN_TEXTS
    texts += [t for _, t in generate_articles(12, seed=7)]
    return [ArticleText(article_id=f"a{i}", body=t) for i, t in enumerate(texts)]


@pytest.fixture(scope="module")
def both_paths():
    arts = _articles()
    full = [asdict(x) for x in extract_articles(arts, two_phase=False)]
    two = [asdict(x) for x in extract_articles(arts, two_phase=True, batch_size=8)]
    return arts, full, two


def test_same_rows_on_both_paths(both_paths):
    arts, full, two = both_paths
    assert len(full) == len(two) == len(arts)
    for a, f, t in zip(arts, full, two):
        assert f == t, a.body[:80]


def test_some_figures_found(both_paths):
    _, full, _ = both_paths
    assert sum(len(x["figures"]) for x in full) > 20


def test_blocks_keep_unclosed_lines_with_the_next(both_paths):
    from pipelines.extract.model import load_nlp

    doc = load_nlp()(OWN_TEXTS[3])
    texts = [b.text for b in blocks(doc)]
    assert texts[0] == "Death toll rises\n\nDay of anger\nAt least 23 people were killed in Dhaka, officials said on Friday."
