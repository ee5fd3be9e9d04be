"""Extraction over worker processes forked from the preloaded fork server: same records, same
order as one process; a worker killed from outside fails the batch instead of hanging it."""
from __future__ import annotations

import os
import signal
import threading
import time
from concurrent.futures.process import BrokenProcessPool

import psutil
import pytest

from pipelines import bench
from pipelines.extract import extract_articles
from pipelines.extract.parallel import choose_processes, peak_worker_rss_mb
from pipelines.extract.types import ArticleText


def _articles(n: int, seed: int) -> list[ArticleText]:
    return [ArticleText(article_id=name, body=text) for name, text in bench.generate_articles(n, seed)]


def test_workers_give_the_single_process_records_in_order():
    articles = _articles(70, 11)   # three chunks, the last one short
    assert list(extract_articles(articles, n_process=2)) == list(extract_articles(articles, n_process=1))
    assert peak_worker_rss_mb() > 100   # the workers report their memory (they hold the model)


def _workers() -> list[psutil.Process]:
    """Live extraction workers: grandchildren of this process, under the fork server."""
    me = psutil.Process()
    return [p for child in me.children() for p in child.children() if p.is_running()]


def test_a_killed_worker_fails_the_batch():
    articles = _articles(400, 12)
    outcome: dict = {}

    def run():
        try:
            outcome["records"] = list(extract_articles(articles, n_process=2))
        except BaseException as exc:  # noqa: BLE001 - the test inspects it
            outcome["error"] = exc

    # workers of an earlier test's pool may still be exiting: only this pool's new workers count
    earlier = {p.pid for p in _workers()}
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not (victims := [p for p in _workers() if p.pid not in earlier]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert victims, "no worker process appeared"
    os.kill(victims[0].pid, signal.SIGKILL)
    thread.join(timeout=180)
    assert not thread.is_alive(), "the batch hung after its worker died"
    assert isinstance(outcome.get("error"), BrokenProcessPool)


@pytest.mark.parametrize("n, configured, expected", [
    (10, "auto", 1), (10_000, "1", 1), (10_000, "3", 3), (299, None, 1)])
def test_choose_processes(n, configured, expected, monkeypatch):
    monkeypatch.delenv("UNREST_NLP_PROCESSES", raising=False)
    assert choose_processes(n, configured) == expected


def test_a_wait_on_a_wedged_pool_still_sees_the_dead_worker(monkeypatch):
    """A worker can die while the pool's feeder thread writes to it, and the pool then never
    resolves the future: the wait itself must notice the dead worker. A future nobody will ever
    resolve stands in for the wedged pool; the dead worker is a real process, already reaped."""
    import multiprocessing as mp
    from concurrent.futures import Future
    from types import SimpleNamespace

    from pipelines.extract import parallel

    monkeypatch.setattr(parallel, "WATCH_S", 0.05)
    dead = mp.get_context("fork").Process(target=os._exit, args=(3,))
    dead.start()
    dead.join()
    pool = SimpleNamespace(_processes={dead.pid: dead})
    with pytest.raises(BrokenProcessPool, match="exit code 3"):
        parallel._result(Future(), pool)
