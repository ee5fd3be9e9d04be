"""Extraction: entities, their mentions, and figures from article text.

`extract_articles` streams ArticleText through spaCy and the rule layers in `entities` and
`figures`; it yields one ArticleExtraction per article, in input order. By default it runs the
two-phase path (`phases`: the dependency parse only on paragraphs that may hold a figure); with
`two_phase=False` every component runs on the whole text, which is the reference the two-phase
path is tested against. `n_process > 1` spreads articles over worker processes (`parallel`)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .types import ArticleExtraction, ArticleText


@dataclass(frozen=True)
class ArticleFailure:
    """Extraction raised on this article: it is quarantined (stage extract), the batch goes on."""
    article_id: str
    detail: str            # the exception's type and message

    @classmethod
    def of(cls, article: ArticleText, exc: BaseException) -> "ArticleFailure":
        return cls(article.article_id, f"{type(exc).__name__}: {exc}"[:500])


def extract_doc(doc, article: ArticleText, trace=None) -> ArticleExtraction:
    """Rules over a Doc that went through the whole pipeline (the reference path). `trace`
    (a trace.Trace) collects what each figure stage did to each number."""
    from .entities import extract_entities
    from .figures import extract_figures

    entities, mentions = extract_entities(doc, article)
    figures = extract_figures(doc, article, entities, mentions, trace)
    return ArticleExtraction(article.article_id, entities, mentions, figures)


def extract_articles(articles: Iterable[ArticleText], nlp=None, batch_size: int = 32, *,
                     two_phase: bool = True, n_process: int = 1) -> Iterator[ArticleExtraction]:
    if n_process > 1:
        from .parallel import extract_parallel

        yield from extract_parallel(articles, n_process, two_phase=two_phase, batch_size=batch_size)
        return
    if nlp is None:
        from .model import load_nlp

        nlp = load_nlp()
    if two_phase:
        from .phases import extract_two_phase

        yield from extract_two_phase(nlp, articles, batch_size)
        return
    for doc, article in nlp.pipe(((a.body, a) for a in articles), as_tuples=True, batch_size=batch_size):
        yield extract_doc(doc, article)


def extract_isolated(chunk: list[ArticleText], nlp=None, batch_size: int = 32, *,
                     two_phase: bool = True) -> list[ArticleExtraction | ArticleFailure]:
    """One chunk in one process, with one article's exception confined to that article: the chunk
    runs batched as usual, and only if it raises does each article run again on its own. A
    MemoryError or a signal is a fault of the system, never an input's: it propagates."""
    from ..faults import fault_point

    try:
        for article in chunk:
            fault_point("extract", article.body)
        return list(extract_articles(chunk, nlp, batch_size, two_phase=two_phase))
    except MemoryError:
        raise
    except Exception as exc:
        if len(chunk) == 1:
            return [ArticleFailure.of(chunk[0], exc)]
    out: list[ArticleExtraction | ArticleFailure] = []
    for article in chunk:
        try:
            fault_point("extract", article.body)
            out.extend(extract_articles([article], nlp, batch_size, two_phase=two_phase))
        except MemoryError:
            raise
        except Exception as exc:
            out.append(ArticleFailure.of(article, exc))
    return out


def extract_text(body: str, article_id: str = "adhoc", **kw) -> ArticleExtraction:
    """Convenience for notebooks and tests: one string in, one extraction out."""
    return next(extract_articles([ArticleText(article_id=article_id, body=body, **kw)]))
