"""Extraction spread over worker processes, for batches big enough to pay for them.

Why our own pool rather than `nlp.pipe(n_process=...)`: spaCy's workers would only run the
model and ship every Doc (with its tensor) back to one process, which would then run phase 2
and all the rules alone. Here each worker runs the whole extraction on a chunk of articles and
sends back the small result records. Workers are spawned (not forked: the parent may hold
Dagster's threads and locks) and load the model once, which costs a few seconds each; hence
`choose_processes` only uses them for batches of at least `MIN_ARTICLES_PER_PROCESS` articles
per worker. `UNREST_NLP_PROCESSES` overrides the choice (1 = never)."""
from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator
from itertools import islice

from .types import ArticleExtraction, ArticleText

MIN_ARTICLES_PER_PROCESS = 150
CHUNK = 32


def choose_processes(n_articles: int, configured: int | str | None = None) -> int:
    """Worker count for a batch: the configured number, else one per core while each worker
    gets at least MIN_ARTICLES_PER_PROCESS articles."""
    configured = configured if configured is not None else os.environ.get("UNREST_NLP_PROCESSES", "auto")
    if str(configured).strip().lower() not in ("", "auto", "0"):
        return max(1, int(configured))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, n_articles // MIN_ARTICLES_PER_PROCESS))


def _chunks(articles: Iterable[ArticleText], size: int) -> Iterator[list[ArticleText]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def _work(args: tuple[list[ArticleText], bool, int]) -> list[ArticleExtraction]:
    from . import extract_articles

    chunk, two_phase, batch_size = args
    return list(extract_articles(chunk, two_phase=two_phase, batch_size=batch_size))


def _warm() -> None:
    from .model import load_nlp

    load_nlp()


def extract_parallel(articles: Iterable[ArticleText], n_process: int, *, two_phase: bool = True,
                     batch_size: int = 32) -> Iterator[ArticleExtraction]:
    """Same records, same order as the single-process path."""
    ctx = mp.get_context("spawn")
    with ctx.Pool(n_process, initializer=_warm) as pool:
        jobs = ((chunk, two_phase, batch_size) for chunk in _chunks(articles, CHUNK))
        for result in pool.imap(_work, jobs):
            yield from result
