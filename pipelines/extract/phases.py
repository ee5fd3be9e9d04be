"""Two-phase NLP: the dependency parse only where a figure can be.

Why: measured on the dev articles, the parser, attribute_ruler and lemmatizer are about a quarter
of en_core_web_sm's time, and only the figure rules read their output (the entity rules need
tokens, NER labels and fine tags). Text without a numeral, number word or vague quantifier
(`figures.is_candidate_sentence`) holds no figure, so it is never parsed.

Phase 1 runs tok2vec, tagger and ner over the whole text. Phase 2 runs parser, attribute_ruler
and lemmatizer on each candidate *block* as its own Doc, batched across articles. A block is a
run of lines up to one that ends like a sentence: the figure rules cut sentences at line breaks
anyway, and a line with no closing punctuation (headline, dateline, subhead) is one the parser
may glue to the next line, so it stays with it. Why blocks rather than sentences: the parser
then finds the sentence boundaries it finds in the whole text (a sentence splitter disagrees
with it now and then, and `sentence`, `who` or `reported_by` would change), and
`figures._standalone` re-parses a glued line exactly as it does on the full parse.
`Span.as_doc` carries the slice of the phase-1 tok2vec tensor, so the parser reads the same
features as in a full pass. `tests/pipelines/test_two_phase.py` checks both paths agree."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from .types import ArticleExtraction, ArticleText

PHASE2 = ("parser", "attribute_ruler", "lemmatizer")
PHASE2_BATCH = 256
_CLOSED = re.compile(r"[.!?\"”’)\]]\s*$")


def paragraphs(doc) -> Iterator:
    """Spans between line breaks (the same cut `figures.sentences` makes inside sentences)."""
    from .figures import line_spans

    return line_spans(doc, 0, len(doc))


def blocks(doc) -> Iterator:
    """Runs of lines the parser may read as one: a line without closing punctuation (a headline,
    a dateline, a subhead) stays in one block with the lines after it, up to a closed line."""
    first = None
    for para in paragraphs(doc):
        if first is None:
            first = para.start
        if _CLOSED.search(para.text):
            yield doc[first:para.end]
            first = None
    if first is not None:
        yield doc[first:len(doc)]


def extract_two_phase(nlp, articles: Iterable[ArticleText], batch_size: int = 32) -> Iterator[ArticleExtraction]:
    """Phase 1 streams every text; each `batch_size` docs then get their phase 2 together."""
    docs = nlp.pipe(((a.body, a) for a in articles), as_tuples=True, batch_size=batch_size, disable=list(PHASE2))
    while chunk := list(islice(docs, batch_size)):
        yield from _finish(nlp, chunk)


def _finish(nlp, chunk) -> Iterator[ArticleExtraction]:
    from .entities import extract_entities
    from .figures import is_candidate_sentence
    from .places import read_article
    from .stages import article_figures

    work, subdocs = [], []
    for doc, article in chunk:
        entities, mentions = extract_entities(doc, article)
        parts = []
        for block in blocks(doc):
            if is_candidate_sentence(block.text):
                parts.append((block.start_char, len(subdocs)))
                subdocs.append(block.as_doc())
        work.append((article, entities, mentions, parts))
    for name in PHASE2:
        subdocs = list(nlp.get_pipe(name).pipe(subdocs, batch_size=PHASE2_BATCH))
    reparsed = _reparse_glued(nlp, subdocs)
    for article, entities, mentions, parts in work:
        figures = article_figures(read_article(article, entities, mentions), _parsed(parts, subdocs, reparsed))
        yield ArticleExtraction(article.article_id, entities, mentions, figures)


def _parsed(parts, subdocs, reparsed) -> Iterator:
    """(sentence, offset in body) for the candidate sentences of one article's blocks."""
    from .figures import is_candidate_sentence, sentences

    for offset, i in parts:
        for sent in sentences(subdocs[i]):
            if is_candidate_sentence(sent.text):
                yield reparsed.get((i, sent.start), sent), offset + sent.start_char


def _reparse_glued(nlp, subdocs) -> dict:
    """`figures._standalone` parses a line again on its own when its tokens have heads outside
    it (the parser glued it to a neighbour). Done here for all of a chunk's such lines at once."""
    from .figures import is_candidate_sentence, is_glued, parse_alone, sentences

    keys, spans = [], []
    for i, sub in enumerate(subdocs):
        for sent in sentences(sub):
            if is_candidate_sentence(sent.text) and is_glued(sent):
                keys.append((i, sent.start))
                spans.append(sent)
    return dict(zip(keys, parse_alone(nlp, spans))) if spans else {}
