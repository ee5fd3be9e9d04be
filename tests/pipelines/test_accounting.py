"""settle(): what validation or extraction quarantined leaves the batch with everything pointing at it."""
from __future__ import annotations

from datetime import datetime, timezone

from pipelines.accounting import settle
from pipelines.schemas import empty, to_table

NOW = datetime(2026, 3, 1, tzinfo=timezone.utc)


def _tables() -> dict:
    return {
        "articles": to_table("articles", [{"article_id": "a1", "story_id": "a1"}, {"article_id": "a2", "story_id": "a1"},
                                          {"article_id": "a3", "story_id": "a3"}]),
        "raw_files": to_table("raw_files", [
            {"source_uri": "/r/one.txt", "sha256": "s1", "status": "loaded", "article_id": "a1", "batch_id": "b"},
            {"source_uri": "/r/one-copy.txt", "sha256": "s1c", "status": "duplicate", "article_id": "a1",
             "reason": "same text as /r/one.txt", "batch_id": "b"},
            {"source_uri": "/r/two.txt", "sha256": "s2", "status": "loaded", "article_id": "a2", "batch_id": "b"},
            {"source_uri": "/r/three.txt", "sha256": "s3", "status": "loaded", "article_id": "a3", "batch_id": "b"}]),
        "article_sources": to_table("article_sources", [{"article_id": a, "source_uri": u} for a, u in
                                                        [("a1", "/r/one.txt"), ("a1", "/r/one-copy.txt"),
                                                         ("a2", "/r/two.txt"), ("a3", "/r/three.txt")]]),
        "story_prints": to_table("story_prints", [{"article_id": a} for a in ("a1", "a2", "a3")]),
        "story_bands": to_table("story_bands", [{"band": 0, "hash": "h", "article_id": "a1", "story_id": "a1"}]),
        "figures": to_table("figures", [{"figure_id": "f1", "article_id": "a1", "location_entity_id": "e1"},
                                        {"figure_id": "f3", "article_id": "a3", "location_entity_id": "e1"}]),
        "entity_mentions": to_table("entity_mentions", [{"mention_id": "m1", "article_id": "a3", "entity_id": "e1"},
                                                        {"mention_id": "m2", "article_id": "a3", "entity_id": "e2"}]),
        "quarantine": to_table("quarantine", [
            {"source_uri": "/r/one.txt", "stage": "validate", "reason": "articles.body_not_empty", "detail": "{}",
             "table_name": "articles", "record_key": "a1", "batch_id": "b", "seen_at": NOW},
            {"source_uri": "/r/three.txt", "stage": "validate", "reason": "entities.country_code_in_iso3166",
             "detail": "{}", "table_name": "entities", "record_key": "e1", "batch_id": "b", "seen_at": NOW}]),
    }


def test_a_dropped_article_takes_its_inputs_sources_prints_and_figures_along():
    out, rejected = settle(_tables())
    status = {r["source_uri"]: (r["status"], r["reason"]) for r in out["raw_files"].to_pylist()}
    assert status["/r/one.txt"] == status["/r/one-copy.txt"] == ("quarantined", "articles.body_not_empty")
    assert status["/r/two.txt"][0] == status["/r/three.txt"][0] == "loaded"
    assert rejected["articles"] == {"a1"}
    for table in ("article_sources", "story_prints", "story_bands", "figures"):
        assert "a1" not in out[table].column("article_id").to_pylist(), table
    copies = [r for r in out["quarantine"].to_pylist() if r["source_uri"] == "/r/one-copy.txt"]
    assert [(c["stage"], c["reason"], c["table_name"]) for c in copies] == [("validate", "articles.body_not_empty", "raw_files")]
    stories = {r["article_id"]: r["story_id"] for r in out["articles"].to_pylist()}
    assert stories["a2"] == "a2"    # its story's first article is gone: it starts its own


def test_a_rejected_entity_takes_its_mentions_and_is_no_place():
    out, _ = settle(_tables())
    assert out["entity_mentions"].column("entity_id").to_pylist() == ["e2"]
    assert out["figures"].column("location_entity_id").to_pylist() == [None]


def test_nothing_quarantined_changes_nothing():
    tables = {**_tables(), "quarantine": empty("quarantine")}
    out, rejected = settle(tables)
    assert rejected == {} and all(out[t].equals(tables[t]) for t in tables)
