"""Shared by the figure tests: extract the figures of one invented body."""
from pipelines.extract.figures import extract_figures
from pipelines.extract.types import ArticleText


def run(nlp, body, published=None, entities=(), mentions=()):
    art = ArticleText(article_id="t", body=body, published_at=published)
    return extract_figures(nlp(body), art, list(entities), list(mentions))


def pairs(figs):
    """(category, value) of each figure, sorted: what most figure tests compare."""
    return sorted((f.category, f.value) for f in figs)
