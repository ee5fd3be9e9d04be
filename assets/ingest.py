"""Stage 1, ingest: new or changed inputs under the raw folder (and configured feeds)."""

import dagster as dg

from pipelines.extract.parallel import prestart
from pipelines.ingest import KnownInput, ingest, read_feed_config
from pipelines.parse import raw_rows
from pipelines.recovery import recover
from pipelines.schemas import to_table

from .executors import configured_executor
from .columns import table_spec_metadata
from .metadata import committed_noop, table_metadata
from .partitions import batches
from .resources import UnrestResource


@dg.asset(
    partitions_def=batches,
    group_name="ingest",
    kinds={"python", "parquet"},
    owners=["team:unrest"],
    tags={"stage": "ingest"},
    metadata=table_spec_metadata("raw_articles"),
)
def raw_articles(context: dg.AssetExecutionContext, unrest: UnrestResource) -> dg.MaterializeResult:
    """Every new or changed input of this batch, decoded and normalized, or quarantined with a reason."""
    batch = context.partition_key
    lake, wh = unrest.lake, unrest.warehouse
    if batch in wh.committed_batches():
        return committed_noop(lake, "raw_articles", batch)
    for line in recover(lake, wh, keep=batch):
        context.log.warning(line)

    def known(uris: list[str]) -> dict[str, KnownInput]:   # the manifest, one chunk of the walk at a time
        return {uri: KnownInput(*v) for uri, v in wh.known_files(uris).items()}

    feeds = read_feed_config(unrest.feeds) if unrest.feeds and unrest.feeds.exists() else []
    rows = _take_inputs(ingest(unrest.raw, known, feed_urls=feeds, limits=unrest.ingest_limits,
                                feeds_config=unrest.feeds, data_dir=unrest.data), unrest.max_inputs_per_batch)
    if configured_executor() == "in_process":
        prestart(len(rows.taken))  # the extraction step runs in this process: warm its workers meanwhile
    table = to_table("raw_articles", raw_rows(rows.taken, batch))
    path = lake.write("raw_articles", batch, table)
    context.log.info(f"ingest: {table.num_rows} input rows from {unrest.raw}" + (" (more pending)" if rows.more else ""))
    return dg.MaterializeResult(metadata={
        **table_metadata(table, path, ["source_uri", "status", "reason", "title"]),
        "raw_dir": dg.MetadataValue.path(str(unrest.raw)),
        "more_pending": dg.MetadataValue.bool(rows.more),
    })


class _Taken:
    def __init__(self, taken: list, more: bool):
        self.taken, self.more = taken, more


def _take_inputs(rows, max_files: int) -> _Taken:
    """Cap a batch at `max_files` inputs; the rest waits for the next batch. Lines, items and
    entries (`<file>#...`) stay in the batch of the file they belong to."""
    taken, files, current = [], 0, None
    for row in rows:
        if current is None or not row.source_uri.startswith(current + "#"):
            if files >= max_files:
                return _Taken(taken, True)
            files += 1
            current = row.source_uri
        taken.append(row)
    return _Taken(taken, False)
