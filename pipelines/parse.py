"""From ingested input rows to articles: stable ids, de-duplication, and the final manifest.

Every input row ends in exactly one raw_files status:
- loaded      its text became a new article;
- duplicate   its text (after normalization) equals an article already loaded, in this batch
              or an earlier one; the article gets this input as an extra source;
- quarantined it could not be read (the ingest stage says why);
- expanded    a container (JSONL, JSON list, feed) whose lines/entries have their own rows.

New articles also get a story_id (pipelines/stories.py): near-duplicate copies of an article
loaded earlier, or earlier in this batch, share its story_id."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime

import pyarrow as pa

from .faults import crash_point
from .ids import article_id
from .schemas import to_table
from .stories import Prior, assign_stories


def raw_rows(rows: Iterable, batch_id: str) -> list[dict]:
    """Flatten ingest InputRows (with their records) into raw_articles rows."""
    out = []
    for row in rows:
        crash_point("ingest")  # while reading inputs
        rec = row.record
        out.append({
            "source_uri": row.source_uri, "sha256": row.sha256, "size": row.size, "mtime_ns": row.mtime_ns,
            "status": row.status, "reason": row.reason, "detail": row.detail, "batch_id": batch_id,
            **({} if rec is None else {
                "fmt": rec.fmt, "title": rec.title, "body": rec.body, "url": rec.url,
                "published_at": rec.published_at, "outlet": rec.outlet, "agencies": list(rec.agencies or []),
                "language": rec.language, "extra": json.dumps(rec.extra or {}, ensure_ascii=False, default=str),
            }),
        })
    return out


def build_articles(raw: pa.Table, existing: Callable[[list[str]], Mapping[str, str]],
                   batch_id: str, now: datetime,
                   prior_stories: Callable[[list[tuple[int, str]]], Iterable[Prior]] | None = None,
                   ) -> dict[str, pa.Table]:
    """Articles, their sources, the batch's manifest, ingest quarantine rows and story band keys
    from raw_articles. `prior_stories` finds loaded articles sharing LSH band keys (the warehouse's
    `story_candidates`); without it only this batch's articles are compared."""
    rows = raw.to_pylist()
    for r in rows:
        r["article_id"] = article_id(r["title"] or "", r["body"]) if r["status"] == "pending" else None
    known = existing([r["article_id"] for r in rows if r["article_id"]])
    first_seen: dict[str, str] = dict(known)
    articles, sources, manifest, quarantine = [], [], [], []
    for r in rows:
        aid, status, reason = r["article_id"], r["status"], r["reason"]
        if status == "pending":
            if aid in first_seen:
                status, reason = "duplicate", f"same text as {first_seen[aid]}"
            else:
                status = "loaded"
                first_seen[aid] = r["source_uri"]
                articles.append({**r, "ingested_at": now})
            sources.append({"article_id": aid, "source_uri": r["source_uri"], "sha256": r["sha256"],
                            "outlet": r["outlet"], "seen_at": now, "batch_id": batch_id})
        elif status == "quarantined":
            quarantine.append({"source_uri": r["source_uri"], "stage": "ingest", "reason": reason,
                               "detail": r["detail"], "seen_at": now, "batch_id": batch_id,
                               "table_name": "raw_files", "record_key": r["sha256"]})
        manifest.append({"source_uri": r["source_uri"], "sha256": r["sha256"], "size": r["size"],
                         "mtime_ns": r["mtime_ns"], "status": status, "article_id": aid, "reason": reason,
                         "detail": r["detail"] if status != "duplicate" else None,
                         "seen_at": now, "batch_id": batch_id})
    stories = assign_stories(articles, prior_stories)
    for a in articles:
        a["story_id"] = stories.story[a["article_id"]]
    return {
        "articles": to_table("articles", articles),
        "story_bands": to_table("story_bands", [{**b, "batch_id": batch_id} for b in stories.bands]),
        "story_prints": to_table("story_prints", [{**p, "batch_id": batch_id} for p in stories.prints]),
        "article_sources": to_table("article_sources", sources),
        "raw_files": to_table("raw_files", manifest),
        "quarantine": to_table("quarantine", quarantine),
    }
