"""Bodies longer than phases.PIECE_CHARS run the NLP in pieces and are joined back: the same
tokens and offsets as the whole text, the same rows as one unsegmented pass. Texts invented here."""
from dataclasses import asdict

import pytest

from pipelines.extract import extract_articles, phases
from pipelines.extract.types import ArticleText

PARAS = [
    "Police in Varnholt said on Monday that 14 people were arrested after a march to the town hall.",
    "Union leaders said about 2,000 dock workers joined the strike, and three were injured.",
    "The mayor, Ilse Brandauer, called for calm.  Shops on the harbour road stayed shut (for a day).",
    "No figure here: the ferry ran late and the market opened at noon!",
]


def _long_text(n: int) -> str:
    return "".join(PARAS[i % len(PARAS)] + ("\n\n" if i % 3 else "\n") for i in range(n))


@pytest.mark.parametrize("text, limit", [
    (_long_text(200), 1000),                                   # line breaks
    ("Officers detained 5 men there. " * 400, 1000),           # one line: sentence ends
    ("word " * 3000, 1000),                                    # no punctuation: whitespace
    ("x" * 2500, 1000),                                        # no whitespace at all: cut at the limit
    ("short text.", 1000),
])
def test_pieces_join_back_within_the_limit_and_start_at_a_word(text, limit):
    parts = phases.pieces(text, limit)
    assert "".join(parts) == text and all(0 < len(p) <= limit for p in parts)
    if text.count(" ") and len(text) > limit:
        assert len(parts) > 1 and all(not p[0].isspace() and p[-1].isspace() for p in parts[1:-1])


def test_the_first_cut_prefers_a_line_break_to_a_sentence_end():
    parts = phases.pieces(_long_text(200), 1000)
    assert all(p.endswith("\n") for p in parts[:-1])


def test_joined_phase1_doc_has_the_whole_texts_tokens():
    from pipelines.extract.model import load_nlp

    nlp = load_nlp()
    text = _long_text(300) + "Officers detained 5 men there. " * 900
    assert len(text) > 2 * phases.PIECE_CHARS
    doc = phases._phase1(nlp, [ArticleText(article_id="l", body=text)], 32)[0]
    whole = nlp.make_doc(text)
    assert doc.text == text and doc.tensor.shape[0] == len(doc)
    assert [(t.idx, t.text, t.whitespace_) for t in doc] == [(t.idx, t.text, t.whitespace_) for t in whole]
    assert all(len(b.text) <= phases.PIECE_CHARS for b in phases.blocks(doc))


def test_a_segmented_article_gives_the_rows_of_one_whole_pass(monkeypatch):
    arts = [ArticleText(article_id="l", body=_long_text(160)), ArticleText(article_id="s", body=PARAS[0])]
    assert len(arts[0].body) > 2 * 5000
    whole = [asdict(x) for x in extract_articles(arts)]
    monkeypatch.setattr(phases, "PIECE_CHARS", 5000)
    monkeypatch.setattr(phases, "PHASE2_CHARS", 5000)
    cut = [asdict(x) for x in extract_articles(arts)]
    assert len(whole[0]["figures"]) > 50 and whole[0]["entities"]
    assert cut == whole
