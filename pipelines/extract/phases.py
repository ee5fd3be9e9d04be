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
features as in a full pass. `tests/pipelines/test_two_phase.py` checks both paths agree.

A body longer than PIECE_CHARS runs phase 1 in pieces (`pieces`): spaCy's memory grows with the
tokens of one call, and one 300 KB body read as a single Doc added about 1 GB to the run's
peak. The cuts fall after a line break, else after a sentence's closing punctuation, else after
any whitespace, so the pieces tokenize as the whole text does; each piece runs on its own (no
more text per call than a usual batch of articles), and `Doc.from_docs` joins them back into one
Doc over the whole body (tokens, tags, entities and tensor), so every offset is the body's.
Bodies up to PIECE_CHARS, which is every article of normal length, run as before."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from .types import ArticleExtraction, ArticleText

PHASE2 = ("parser", "attribute_ruler", "lemmatizer")
PHASE2_BATCH = 256
PHASE2_CHARS = 100_000  # more than the candidate blocks of 32 articles of usual length
PIECE_CHARS = 20_000    # about 4,000 tokens: less text than a usual batch of 32 articles
_CLOSED = re.compile(r"[.!?\"”’)\]]\s*$")
_CUTS = (re.compile(r"\n\s*"), re.compile(r"[.!?\"”’)\]]\s+"), re.compile(r"\s+"))


def paragraphs(doc) -> Iterator:
    """Spans between line breaks (the same cut `figures.sentences` makes inside sentences)."""
    from .figures import line_spans

    return line_spans(doc, 0, len(doc))


def blocks(doc) -> Iterator:
    """Runs of lines the parser may read as one: a line without closing punctuation (a headline,
    a dateline, a subhead) stays in one block with the lines after it, up to a closed line. A
    block longer than PIECE_CHARS (one line of 300 KB) is parsed in `pieces`, for the same
    reason as phase 1: the parser on one 60k-token Doc added about 250 MB."""
    first = None
    for para in paragraphs(doc):
        if first is None:
            first = para.start
        if _CLOSED.search(para.text):
            yield from _bounded(doc[first:para.end])
            first = None
    if first is not None:
        yield from _bounded(doc[first:len(doc)])


def _bounded(block) -> Iterator:
    """`block`, or consecutive sub-spans of it starting at the tokens where `pieces` cuts it."""
    if len(block.text) <= PIECE_CHARS:
        yield block
        return
    doc, start, at = block.doc, block.start, block.start_char
    for piece in pieces(block.text)[:-1]:
        at += len(piece)
        end = start
        while end < block.end and doc[end].idx < at:
            end += 1
        if end > start:
            yield doc[start:end]
            start = end
    if start < block.end:
        yield doc[start:block.end]


def pieces(text: str, limit: int | None = None) -> list[str]:
    """`text` cut into pieces of at most `limit` characters that join back into it. Each cut
    is the end of the last line break in the piece's second half, else of its last sentence end,
    else of its last whitespace (a piece ends with whitespace and the next starts with a non-space
    character, as a token boundary of the whole text); a run of `limit` characters with no
    whitespace at all is cut where it reaches the limit."""
    limit = limit or PIECE_CHARS
    out, start = [], 0
    while len(text) - start > limit:
        lo, hi = start + limit // 2, start + limit
        cut = hi
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(text, lo, hi) if m.end() < hi]
            if ends:
                cut = ends[-1]
                break
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def extract_two_phase(nlp, articles: Iterable[ArticleText], batch_size: int = 32) -> Iterator[ArticleExtraction]:
    """Phase 1 for each `batch_size` articles, then their phase 2 together."""
    articles = iter(articles)
    while chunk := list(islice(articles, batch_size)):
        yield from _finish(nlp, list(zip(_phase1(nlp, chunk, batch_size), chunk)))


def _phase1(nlp, chunk: list[ArticleText], batch_size: int) -> list:
    """Phase-1 Docs in the order of `chunk`: the bodies up to PIECE_CHARS in one batch as usual,
    each longer one piece by piece, joined back into one Doc."""
    from spacy.tokens import Doc

    skip = list(PHASE2)
    short = [a.body for a in chunk if len(a.body) <= PIECE_CHARS]
    done = iter(nlp.pipe(short, batch_size=batch_size, disable=skip)) if short else iter(())
    docs = []
    for a in chunk:
        if len(a.body) <= PIECE_CHARS:
            docs.append(next(done))
        else:
            parts = list(nlp.pipe(pieces(a.body), batch_size=1, disable=skip))
            docs.append(Doc.from_docs(parts, ensure_whitespace=False))
    return docs


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
    subdocs = [sub for group in _groups(subdocs) for sub in _phase2(nlp, group)]
    reparsed = _reparse_glued(nlp, subdocs)
    for article, entities, mentions, parts in work:
        figures = article_figures(read_article(article, entities, mentions), _parsed(parts, subdocs, reparsed))
        yield ArticleExtraction(article.article_id, entities, mentions, figures)


def _groups(subdocs: list) -> Iterator[list]:
    """Consecutive runs of at most PHASE2_BATCH blocks and PHASE2_CHARS characters (one block
    longer than that alone): the parser's memory grows with the tokens of one batch."""
    group, size = [], 0
    for sub in subdocs:
        if group and (len(group) == PHASE2_BATCH or size + len(sub.text) > PHASE2_CHARS):
            yield group
            group, size = [], 0
        group.append(sub)
        size += len(sub.text)
    if group:
        yield group


def _phase2(nlp, group: list) -> list:
    for name in PHASE2:
        group = list(nlp.get_pipe(name).pipe(group, batch_size=PHASE2_BATCH))
    return group


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
