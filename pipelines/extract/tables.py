"""Runs extraction over a batch of articles and shapes the results as lake tables."""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import asdict

import pyarrow as pa

from ..faults import crash_point
from ..ids import digest, figure_id
from ..schemas import to_table
from . import extract_articles
from .parallel import choose_processes
from .types import ArticleText

ENGLISH = {"en", None, ""}


def english_articles(articles: pa.Table) -> Iterator[ArticleText]:
    """Articles the English model may read; others keep their detected language and get no extraction."""
    cols = articles.select(["article_id", "title", "body", "published_at", "language"]).to_pylist()
    for a in cols:
        if a["language"] in ENGLISH:
            yield ArticleText(article_id=a["article_id"], body=a["body"], title=a["title"] or "",
                              published_at=a["published_at"], language=a["language"] or "en")


def extraction_tables(articles: pa.Table, batch_id: str, nlp=None, n_process: int | None = None) -> dict[str, pa.Table]:
    """`n_process` None picks the worker count from the batch size (see `parallel.choose_processes`).
    UNREST_TWO_PHASE=0 runs every spaCy component on the whole text (the reference path)."""
    entities: dict[str, dict] = {}
    mentions: list[dict] = []
    figures: list[dict] = []
    if n_process is None:
        n_process = 1 if nlp is not None else choose_processes(articles.num_rows)
    two_phase = os.environ.get("UNREST_TWO_PHASE", "1") != "0"
    for ex in extract_articles(english_articles(articles), nlp=nlp, n_process=n_process, two_phase=two_phase):
        crash_point("extract")  # between articles
        for e in ex.entities:
            row = entities.setdefault(e.entity_id, {**asdict(e), "batch_id": batch_id})
            row["aliases"] = sorted(set(row["aliases"]) | set(e.aliases))
        for m in ex.mentions:
            mentions.append({**asdict(m), "article_id": ex.article_id, "batch_id": batch_id,
                             "mention_id": digest("mention", ex.article_id, m.entity_id, m.char_start, m.char_end)})
        for f in ex.figures:
            figures.append({**asdict(f), "article_id": ex.article_id, "batch_id": batch_id,
                            "figure_id": figure_id(ex.article_id, f.category, f.value, f.char_start, f.char_end)})
    return {
        "entities": to_table("entities", list(entities.values())),
        "entity_mentions": to_table("entity_mentions", mentions),
        "figures": to_table("figures", figures),
    }
