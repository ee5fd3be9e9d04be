"""Figures, first version: a cardinal number followed closely by a trigger word."""
from __future__ import annotations

from .types import ArticleText, Entity, Figure, Mention

_TRIGGERS = {"killed": "killed", "dead": "killed", "injured": "injured", "wounded": "injured",
             "arrested": "arrested", "detained": "arrested", "protesters": "protesters"}


def extract_figures(doc, article: ArticleText, entities: list[Entity], mentions: list[Mention]) -> list[Figure]:
    figures = []
    for tok in doc:
        if tok.like_num and tok.text.replace(",", "").isdigit():
            for nxt in doc[tok.i + 1: tok.i + 4]:
                cat = _TRIGGERS.get(nxt.lower_)
                if cat:
                    start, end = tok.idx, nxt.idx + len(nxt.text)
                    value = int(tok.text.replace(",", ""))
                    figures.append(Figure(cat, value, "exact", article.body[start:end], start, end,
                                          value_low=value, value_high=value, sentence=tok.sent.text))
                    break
    return figures
