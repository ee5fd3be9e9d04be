"""Stage 2, parse: stable article ids, de-duplication, and the final input manifest."""

from datetime import datetime, timezone

import dagster as dg

from .columns import column_lineage, table_spec_metadata
from .metadata import committed_noop, table_metadata
from .partitions import batches
from .resources import UnrestResource

from pipelines.parse import build_articles

_COLUMNS = {
    "articles": ["article_id", "title", "outlet", "published_at", "language"],
    "article_sources": ["article_id", "source_uri", "outlet"],
    "raw_files": ["source_uri", "status", "reason", "article_id"],
    "story_bands": ["band", "hash", "article_id", "story_id"],
    "story_prints": ["article_id", "batch_id"],
}
_DESCRIPTIONS = {
    "articles": "One row per distinct article: normalized text (headline first), outlet, agencies, language, "
                "and story_id (syndicated copies share their original's).",
    "article_sources": "Every input an article was read from; syndicated or repeated copies add rows here.",
    "raw_files": "The input manifest: one row per input file, JSONL line or feed entry with its final status.",
    "story_bands": "Story identity (internal): the LSH band keys of each bucket's representative articles, "
                   "so a later copy finds its story by a join.",
    "story_prints": "Story identity (internal): the representatives' shingle prints (sorted CRC-32s of word "
                    "3-grams), compared with later articles without re-reading earlier bodies.",
}


@dg.multi_asset(
    specs=[dg.AssetSpec(t, deps=["raw_articles"], kinds={"python", "parquet"}, owners=["team:unrest"], description=d,
                        metadata=table_spec_metadata(t))
           for t, d in _DESCRIPTIONS.items()],
    partitions_def=batches,
    group_name="parse",
)
def parsed_articles(context: dg.AssetExecutionContext, unrest: UnrestResource):
    """Assign article ids and story ids, fold duplicates into extra sources, finalize each input's status."""
    batch = context.partition_key
    lake, wh = unrest.lake, unrest.warehouse
    if batch in wh.committed_batches():
        yield from (committed_noop(lake, table, batch, keyed=True) for table in _COLUMNS)
        return
    out = build_articles(lake.read("raw_articles", batch), wh.existing_articles, batch, datetime.now(timezone.utc),
                         prior_stories=wh.story_candidates)
    lake.write("quarantine", batch, out["quarantine"], part="ingest")
    statuses = {}
    for s in out["raw_files"].column("status").to_pylist():
        statuses[s] = statuses.get(s, 0) + 1
    context.log.info("parse: " + ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())))
    for table, columns in _COLUMNS.items():
        path = lake.write(table, batch, out[table])
        meta = table_metadata(out[table], path, columns)
        if table == "raw_files":
            meta.update({f"status/{s}": dg.MetadataValue.int(n) for s, n in statuses.items()})
        lineage = column_lineage(table)
        yield dg.MaterializeResult(asset_key=table, metadata={**meta, **({"dagster/column_lineage": lineage} if lineage else {})})
