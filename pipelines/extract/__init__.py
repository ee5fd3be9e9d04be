"""Extraction: entities, their mentions, and figures from article text.

`extract_articles` streams ArticleText through spaCy and the rule layers in
`entities` and `figures`; it yields one ArticleExtraction per article."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .types import ArticleExtraction, ArticleText


def extract_doc(doc, article: ArticleText) -> ArticleExtraction:
    from .entities import extract_entities
    from .figures import extract_figures

    entities, mentions = extract_entities(doc, article)
    figures = extract_figures(doc, article, entities, mentions)
    return ArticleExtraction(article.article_id, entities, mentions, figures)


def extract_articles(articles: Iterable[ArticleText], nlp=None, batch_size: int = 16) -> Iterator[ArticleExtraction]:
    if nlp is None:
        from .model import load_nlp

        nlp = load_nlp()
    pairs = ((a.body, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract_doc(doc, article)


def extract_text(body: str, article_id: str = "adhoc", **kw) -> ArticleExtraction:
    """Convenience for notebooks and tests: one string in, one extraction out."""
    return next(extract_articles([ArticleText(article_id=article_id, body=body, **kw)]))
