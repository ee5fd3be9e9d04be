"""'per X' credits X as 'according to X' does (invented sentences)."""
from pipelines.extract import extract_articles
from pipelines.extract.types import ArticleText


def _figs(text):
    return list(extract_articles([ArticleText(article_id="t", body=text, title=text.split("\n", 1)[0], published_at=None)]))[0].figures


def test_trailing_per_names_the_body():
    figs = _figs("Eleven protesters died in the clashes in Dorsk, per the Varnia Doctors Guild.")
    assert [f.reported_by for f in figs] == ["Varnia Doctors Guild"]


def test_opening_per_names_the_body():
    figs = _figs("Per the Varnia Doctors Guild, 11 protesters died in the clashes.")
    assert [f.reported_by for f in figs] == ["Varnia Doctors Guild"]


def test_per_police():
    figs = _figs("At least 40 people were hurt in Tarvel, per police.")
    assert [f.reported_by for f in figs] == ["police"]


def test_per_a_rate_is_no_source():
    figs = _figs("At least 40 people were arrested per day in Tarvel during the protests.")
    assert all(not f.reported_by for f in figs)


def test_it_said_recalls_a_body_opening_the_sentence_after_a_name_word():
    figs = _figs("The Varnia Interior Ministry issued a statement on Tuesday. It said 22 officers were wounded in the riots.")
    assert [f.reported_by for f in figs] == ["Interior Ministry"]


def test_it_said_colon_quote_recalls_the_body():
    figs = _figs('The Varnia Interior Ministry issued a statement on Tuesday. It said: "Twenty-two officers were wounded."')
    assert [f.reported_by for f in figs] == ["Interior Ministry"]


def test_a_body_inside_the_sentence_is_no_referent():
    figs = _figs("Protesters marched past the Varnia Interior Ministry on Tuesday. It said 22 officers were wounded.")
    assert all(f.reported_by != "Interior Ministry" for f in figs)
