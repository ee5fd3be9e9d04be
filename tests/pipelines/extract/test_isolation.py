"""One article's exception stays that article's, in-process and in the workers' function, and a
batch's tables carry it as a quarantine row."""
from __future__ import annotations

import pyarrow as pa
import pytest

from pipelines.extract import ArticleFailure, extract_isolated
from pipelines.extract.parallel import _work
from pipelines.extract.tables import SYSTEMIC_MIN, extraction_tables
from pipelines.extract.types import ArticleText

MARK = "ZZ-BREAKS-HERE"
TEXTS = ["Police arrested 14 cyclists on the ring road on Sunday.",
         f"Eight people were hurt when the stage collapsed. {MARK}",
         "About 500 protesters marched to the capital, organisers said."]


@pytest.fixture
def faulty(monkeypatch):
    monkeypatch.setenv("UNREST_FAULT_AT", f"extract:{MARK}")


def _articles() -> list[ArticleText]:
    return [ArticleText(article_id=f"a{i}", body=t) for i, t in enumerate(TEXTS)]


def test_in_process_the_failing_article_alone_is_a_failure(faulty):
    out = extract_isolated(_articles())
    assert [type(x).__name__ for x in out] == ["ArticleExtraction", "ArticleFailure", "ArticleExtraction"]
    assert out[1].article_id == "a1" and out[1].detail.startswith("InjectedFault: ")
    assert [f.value for f in out[0].figures] == [14] and [f.value for f in out[2].figures] == [500]


def test_the_workers_function_isolates_alike(faulty):
    done, _ = _work(_articles(), True, 32)
    assert [isinstance(x, ArticleFailure) for x in done] == [False, True, False]


def test_the_tables_quarantine_it_and_keep_the_rest(faulty):
    arts = pa.table({"article_id": ["a0", "a1", "a2"], "title": ["", "", ""], "body": TEXTS,
                     "published_at": pa.array([None] * 3, pa.timestamp("us", tz="UTC")),
                     "language": ["en"] * 3, "source_uri": ["/r/0.txt", "/r/1.txt", "/r/2.txt"]})
    out = extraction_tables(arts, "b1", n_process=1)
    q = out["quarantine"].to_pylist()
    assert [(r["source_uri"], r["stage"], r["reason"], r["record_key"]) for r in q] == [
        ("/r/1.txt", "extract", "extraction_failed", "a1")]
    assert sorted(out["figures"].column("article_id").to_pylist()) == ["a0", "a2"]


def test_every_article_failing_alike_is_a_fault_of_the_system(monkeypatch):
    monkeypatch.setenv("UNREST_FAULT_AT", "extract:the")
    n = SYSTEMIC_MIN
    arts = pa.table({"article_id": [f"a{i}" for i in range(n)], "title": [""] * n,
                     "body": [f"Rain fell on the town {i}." for i in range(n)],
                     "published_at": pa.array([None] * n, pa.timestamp("us", tz="UTC")),
                     "language": ["en"] * n, "source_uri": [f"/r/{i}" for i in range(n)]})
    with pytest.raises(RuntimeError, match="alike"):
        extraction_tables(arts, "b1", n_process=1)
