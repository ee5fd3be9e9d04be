"""Runs extraction over a batch of articles and shapes the results as lake tables.

One article's exception never fails the batch: that article becomes a quarantine row (stage
`extract`, reason `extraction_failed`, the exception in `detail`) and the load step drops it
with everything that points at it (`pipelines/accounting.py`). Only a failure of every article
of a batch with one and the same error is taken for a fault of the system and raised."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime, timezone

import pyarrow as pa

from .. import settings
from ..batched import batched
from ..faults import crash_point
from ..ids import digest, figure_id
from ..schemas import to_table
from . import ArticleFailure, extract_isolated
from .parallel import CHUNK, choose_processes, extract_parallel
from .types import ArticleText

ENGLISH = {"en", None, ""}
BIGINT = (-2**63, 2**63 - 1)
SYSTEMIC_MIN = 5      # this many articles failing alike, and no other outcome, is a bug, not input
# two copies of one fact differ only in where they stand
_POSITION = ("char_start", "char_end")


def english_articles(articles: pa.Table) -> Iterator[ArticleText]:
    """Articles the English model may read; others keep their detected language and get no extraction."""
    cols = articles.select(["article_id", "title", "body", "published_at", "language"]).to_pylist()
    for a in cols:
        if a["language"] in ENGLISH:
            yield ArticleText(article_id=a["article_id"], body=a["body"], title=a["title"] or "",
                              published_at=a["published_at"], language=a["language"] or "en")


def _extract(articles, nlp, n_process: int, two_phase: bool) -> Iterator:
    if n_process > 1:
        yield from extract_parallel(articles, n_process, two_phase=two_phase)
        return
    if nlp is None:
        from .model import load_nlp

        nlp = load_nlp()
    for chunk in batched(articles, CHUNK):
        yield from extract_isolated(list(chunk), nlp, two_phase=two_phase)


def fits_bigint(f) -> bool:
    """A value the warehouse's BIGINT cannot hold is no count of people: that figure is dropped."""
    return all(v is None or BIGINT[0] <= v <= BIGINT[1] for v in (f.value, f.value_low, f.value_high))


def distinct_facts(figures: list) -> list:
    """The same sentence repeated in an article states one fact: identical figures (all fields but
    their offsets) keep their first occurrence."""
    seen, out = set(), []
    for f in figures:
        key = tuple((k, repr(v)) for k, v in asdict(f).items() if k not in _POSITION)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def extraction_tables(articles: pa.Table, batch_id: str, nlp=None, n_process: int | None = None, *,
                      two_phase: bool | None = None, processes: str | None = None) -> dict[str, pa.Table]:
    """`n_process` None picks the worker count from the batch size and `processes` (`auto` or a
    number; see `parallel.choose_processes`). `two_phase=False` runs every spaCy component on the
    whole text (the reference path). None takes pipelines.settings' fall-backs."""
    entities: dict[str, dict] = {}
    mentions: list[dict] = []
    figures: list[dict] = []
    failures: list[ArticleFailure] = []
    extracted = 0
    if n_process is None:
        n_process = 1 if nlp is not None else choose_processes(articles.num_rows, processes)
    two_phase = settings.two_phase() if two_phase is None else two_phase
    for ex in _extract(english_articles(articles), nlp, n_process, two_phase):
        crash_point("extract")  # between articles
        if isinstance(ex, ArticleFailure):
            failures.append(ex)
            continue
        extracted += 1
        for e in ex.entities:
            row = entities.setdefault(e.entity_id, {**asdict(e), "batch_id": batch_id})
            row["aliases"] = sorted(set(row["aliases"]) | set(e.aliases))
        for m in ex.mentions:
            mentions.append({**asdict(m), "article_id": ex.article_id, "batch_id": batch_id,
                             "mention_id": digest("mention", ex.article_id, m.entity_id, m.char_start, m.char_end)})
        for f in distinct_facts([f for f in ex.figures if fits_bigint(f)]):
            figures.append({**asdict(f), "article_id": ex.article_id, "batch_id": batch_id,
                            "figure_id": figure_id(ex.article_id, f.category, f.value, f.char_start, f.char_end)})
    _raise_if_systemic(failures, extracted)
    return {
        "entities": to_table("entities", list(entities.values())),
        "entity_mentions": to_table("entity_mentions", mentions),
        "figures": to_table("figures", figures),
        "quarantine": to_table("quarantine", _quarantine_rows(failures, articles, batch_id)),
    }


def _raise_if_systemic(failures: list[ArticleFailure], extracted: int) -> None:
    if not extracted and len(failures) >= SYSTEMIC_MIN and len({f.detail for f in failures}) == 1:
        raise RuntimeError(f"extraction failed on all {len(failures)} articles alike: {failures[0].detail}")


def _quarantine_rows(failures: list[ArticleFailure], articles: pa.Table, batch_id: str) -> list[dict]:
    if not failures:
        return []
    ids = articles.column("article_id").to_pylist()
    uris = dict(zip(ids, articles.column("source_uri").to_pylist()))
    now = datetime.now(timezone.utc)
    return [{"source_uri": uris.get(f.article_id), "stage": "extract", "reason": "extraction_failed",
             "detail": f.detail, "seen_at": now, "batch_id": batch_id, "table_name": "articles",
             "record_key": f.article_id} for f in failures]
