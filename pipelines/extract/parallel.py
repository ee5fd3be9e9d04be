"""Extraction spread over worker processes, for batches big enough to pay for them.

Why our own pool rather than `nlp.pipe(n_process=...)`: spaCy's workers would only run the
model and ship every Doc (with its tensor) back to one process, which would then run phase 2
and all the rules alone. Here each worker runs the whole extraction on a chunk of articles and
sends back the small result records.

Why a fork server: workers must not be forked from the parent (it may hold Dagster's threads
and locks), and spawned workers each import spaCy and Dagster's main module, load the model and
read the gazetteers: about 5 CPU seconds per worker per batch, measured. The fork server is a
fresh process started once per parent process; it imports `preload`, which loads the model and
warms every lazy table, and each batch's workers are forked from it already warm, sharing the
model's pages copy-on-write. `choose_processes` only uses workers for batches of at least
`MIN_ARTICLES_PER_PROCESS` articles per worker. `UNREST_NLP_PROCESSES` overrides the choice
(1 = never).

A worker that dies (out of memory, a signal) fails the batch with BrokenProcessPool instead of
hanging it: concurrent.futures notices dead workers, multiprocessing.Pool does not."""
from __future__ import annotations

import multiprocessing as mp
import os
import resource
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .. import settings
from ..batched import batched
from .types import ArticleExtraction, ArticleText

MIN_ARTICLES_PER_PROCESS = 150
CHUNK = 32
WATCH_S = 1.0    # how often a wait for a result checks that every worker is alive
PRELOAD = "pipelines.extract.preload"


def choose_processes(n_articles: int, configured: int | str | None = None) -> int:
    """Worker count for a batch: the configured number, else one per core while each worker
    gets at least MIN_ARTICLES_PER_PROCESS articles."""
    configured = configured if configured is not None else settings.nlp_processes()
    if str(configured).strip().lower() not in ("", "auto", "0"):
        return max(1, int(configured))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, n_articles // MIN_ARTICLES_PER_PROCESS))


_peak_worker_rss_mb = 0.0


def peak_worker_rss_mb() -> float:
    """The largest peak resident memory any worker of this process reported, in MB (workers are
    the fork server's children, so the parent's RUSAGE_CHILDREN does not see them)."""
    return _peak_worker_rss_mb


def _work(chunk: list[ArticleText], two_phase: bool, batch_size: int) -> tuple[list[ArticleExtraction], float]:
    from . import extract_isolated   # an article that raises comes back as an ArticleFailure

    done = extract_isolated(chunk, batch_size=batch_size, two_phase=two_phase)
    return done, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_context():
    """The multiprocessing context of the workers: a fork server that preloads the model where
    the platform has one, else spawn (each worker then loads the model itself)."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    # the parent's main module too: every worker would otherwise import it again (for `unrest`,
    # the CLI and Dagster: about 2 CPU seconds each). "__main__" covers a script; a module run
    # with `python -m` is preloaded by name (multiprocessing skips names ending in "__main__")
    preload = ["__main__", PRELOAD]
    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    if spec is not None and spec.name and not spec.name.endswith("__main__"):
        preload.insert(0, spec.name)
    ctx.set_forkserver_preload(preload)
    return ctx


def prestart(n_articles: int) -> bool:
    """Start the workers' fork server now if a batch of `n_articles` will use workers: it loads
    the model in the background (about 5 s) while this process ingests and parses the batch.
    Returns whether it started one (or one was running)."""
    if choose_processes(n_articles) < 2:
        return False
    ctx = worker_context()
    if ctx.get_start_method() != "forkserver":
        return False
    from multiprocessing import forkserver

    forkserver.ensure_running()
    return True


def extract_parallel(articles: Iterable[ArticleText], n_process: int, *, two_phase: bool = True,
                     batch_size: int = 32) -> Iterator[ArticleExtraction]:
    """Same records, same order as the single-process path (an article whose extraction raised
    is an ArticleFailure in its place). At most 2 * n_process chunks are in
    flight, so the parent never holds more than that of pending work or results.

    A worker that dies (killed, out of memory) fails the batch with BrokenProcessPool. The pool
    says so itself in most cases, but a worker can die while the pool's feeder thread is writing
    to it and leave the pool waiting forever, so the wait for each result also watches the
    workers, and on any failure the remaining workers are killed rather than joined."""
    pool = ProcessPoolExecutor(n_process, mp_context=worker_context())
    try:
        pending: list = []
        for chunk in batched(articles, CHUNK):
            pending.append(pool.submit(_work, chunk, two_phase, batch_size))
            while pending and (len(pending) >= 2 * n_process or pending[0].done()):
                yield from _result(pending.pop(0), pool)
        for future in pending:
            yield from _result(future, pool)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _result(future, pool: ProcessPoolExecutor) -> list[ArticleExtraction]:
    global _peak_worker_rss_mb

    while True:
        try:
            done, rss = future.result(timeout=WATCH_S)
            break
        except TimeoutError:
            dead = [p for p in _workers(pool) if p.exitcode is not None]
            if dead:
                raise BrokenProcessPool(f"extraction worker {dead[0].pid} died (exit code {dead[0].exitcode})") from None
    _peak_worker_rss_mb = max(_peak_worker_rss_mb, rss)
    return done


def _workers(pool: ProcessPoolExecutor) -> list:
    return list((getattr(pool, "_processes", None) or {}).values())


def _stop(pool: ProcessPoolExecutor) -> None:
    """Kill the workers and drop queued work, without waiting on a pool that may be wedged."""
    for p in _workers(pool):
        if p.exitcode is None:
            p.kill()
    pool.shutdown(wait=False, cancel_futures=True)
