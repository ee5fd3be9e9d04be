"""Figures: counts of people killed, injured, hospitalized, arrested, missing, protesting or deployed.

The stages and their order are in `stages` (one typed candidate per number, pure stages, an
optional trace). This module cuts a parsed Doc into the sentences the stages read (`sentences`:
spaCy's sentences, glued back where the parser cut mid-sentence, then cut at line breaks) and
runs them on the reference path (`extract_figures`: a Doc that went through the whole pipeline).

Intervals (value_low, value_high) by bound:
  exact (v, v); at_least (v, None); at_most (None, v);
  approx (None, None): "about 200" states no hard limit, and inventing a band (+-10%?) would put
  numbers in the warehouse that no source gave.
"""
from __future__ import annotations

from .numbers import has_number
from .places import read_article
from .stages import article_figures
from .types import ArticleText, Entity, Figure, Mention

__all__ = ["extract_figures", "is_candidate_sentence", "is_glued", "line_spans", "parse_alone", "sentences"]


def is_candidate_sentence(text: str) -> bool:
    """Cheap pre-filter on raw text: may this sentence hold a figure? (a numeral, number word or
    vague quantifier). Sentences failing it need no dependency parse."""
    return has_number(text)


def _spacy_sents(doc):
    """doc.sents, with a piece glued back to its predecessor when the parser cut mid-sentence
    (the piece starts in lower case or with a bracket/comma, on the same line)."""
    prev = None
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        glued = prev is not None and first is not None and (first.is_lower or first.text in ",;:)][" or _unended(prev)) \
            and "\n" not in doc[prev.end - 1].whitespace_ and not doc[prev.end - 1].is_space
        if glued:
            prev = doc[prev.start:sent.end]
            continue
        if prev is not None:
            yield prev
        prev = sent
    if prev is not None:
        yield prev


_CLOSERS = set("\"'”’»)]")


def _unended(span) -> bool:
    """The piece ends with no full stop, question or exclamation mark (closing quotes and brackets aside): the
    parser cut a line that goes on ("Forces Killed 80 On ‘Bloody Friday’ | In Northtown", a headline)."""
    toks = [t for t in span if not t.is_space]
    while toks and toks[-1].text in _CLOSERS:
        toks.pop()
    return bool(toks) and toks[-1].text[-1] not in ".!?…:;-–—"   # a dash ends a dateline ("24 (Wire) --")


def line_spans(doc, start: int, end: int):
    """doc[start:end] cut at line breaks; the break's own whitespace token belongs to no span."""
    for tok in doc[start:end]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            stop = tok.i if tok.is_space else tok.i + 1
            if stop > start:
                yield doc[start:stop]
            start = tok.i + 1
    if start < end:
        yield doc[start:end]


def sentences(doc):
    """doc.sents, additionally cut at line breaks (headline, datelines and paragraphs are separate)."""
    for sent in _spacy_sents(doc):
        for span in line_spans(doc, sent.start, sent.end):
            if not all(t.is_space for t in span):
                yield span


def extract_figures(doc, article: ArticleText, entities: list[Entity], mentions: list[Mention],
                    trace=None) -> list[Figure]:
    parsed = ((_standalone(sent), sent.start_char) for sent in sentences(doc) if is_candidate_sentence(sent.text))
    return article_figures(read_article(article, entities, mentions), parsed, trace)


def _standalone(sent):
    """A line the parser glued to its neighbour (a headline without a full stop) has heads outside
    the span; such spans are parsed again on their own (`parse_alone`)."""
    if is_glued(sent):
        from .model import load_nlp

        return parse_alone(load_nlp(), [sent])[0]
    return sent


def is_glued(sent) -> bool:
    return not all(sent.start <= t.head.i < sent.end for t in sent)


REPARSE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def parse_alone(nlp, spans) -> list:
    """Each span as its own Doc, tagged and parsed again on its own text. Its entities are kept
    from the whole text (`Span.as_doc` copies them): ner is the costliest component and it reads
    a line better in context; the dev-set scores are the same as with a second ner pass. The
    two-phase path calls this for all of a chunk's glued lines at once."""
    from spacy.attrs import ENT_IOB, ENT_TYPE

    # only the entities: the parser must start from nothing (given heads and sentence starts it
    # can loop), and tags, POS, morphology and lemmas are set anew
    docs = [span.as_doc(array_head=(ENT_IOB, ENT_TYPE)) for span in spans]
    for name in REPARSE:
        docs = list(nlp.get_pipe(name).pipe(docs, batch_size=64))
    return docs
