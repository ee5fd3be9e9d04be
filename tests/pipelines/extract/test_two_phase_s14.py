"""Sentences reach the attribution rules as Spans or as Docs of their own (a sentence reparsed alone): a rule must
not use Span-only attributes there (a rule of round 10 read `sent.end`, and every article with a closing
'..., and 37 demonstrators were arrested, a police spokesman said.' was quarantined)."""
from pipelines.extract import extract_articles, extract_doc
from pipelines.extract.types import ArticleText

BODY = ("Thousands march in Besk over fuel prices\n\n"
        "Thousands of people marched through the centre of Besk on Saturday to protest against a sharp\r\n"
        "rise in fuel prices, the city police said. At least 14 people were injured when officers used tear\r\n"
        "gas near the station, and 37 demonstrators were arrested, a police spokesman said.")


def test_a_closing_speaker_after_two_clauses_is_extracted_on_both_paths(nlp):
    art = ArticleText(article_id="m", body=BODY, title="Thousands march", published_at=None)
    [ex] = extract_articles([art])
    assert {(f.category, f.value) for f in ex.figures} >= {("injured", 14), ("arrested", 37)}
    ref = extract_doc(nlp(BODY), art)
    assert {(f.category, f.value) for f in ref.figures} >= {("injured", 14), ("arrested", 37)}
