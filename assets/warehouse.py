"""Stage 4, load: the batch's validated rows into the DuckLake warehouse in one transaction (one snapshot)."""

import dagster as dg

from pipelines.accounting import settle
from pipelines.warehouse.ddl import WAREHOUSE_TABLES
from pipelines.warehouse.views import VIEW_DOCS

from .partitions import batches
from .resources import UnrestResource

_UPSTREAM = ["articles", "article_sources", "raw_files", "entities", "entity_mentions", "figures", "quarantine",
             "story_bands", "story_prints"]


@dg.asset(
    deps=_UPSTREAM,
    partitions_def=batches,
    group_name="load",
    kinds={"duckdb", "ducklake"},
    owners=["team:unrest"],
    pool="duckdb_warehouse",
    tags={"stage": "load"},
    metadata={"views": dg.MetadataValue.md("\n".join(["| view | what it answers |", "|---|---|"]
                                                       + [f"| {v} | {d} |" for v, d in VIEW_DOCS.items()]))},
)
def warehouse(context: dg.AssetExecutionContext, unrest: UnrestResource) -> dg.MaterializeResult:
    """The analysts' DuckLake warehouse: public tables and the views casualty_reports, incident_tolls,
    country_daily and entity_cooccurrence; each batch commits as one snapshot."""
    batch = context.partition_key
    lake, wh = unrest.lake, unrest.warehouse
    # rows quarantined by validation or extraction stay out, with what points at them
    tables, rejected = settle({t: lake.read(t, batch) for t in WAREHOUSE_TABLES})
    counts = wh.load_batch(batch, tables, rejected)
    # committed: the warehouse is now the one copy of these rows, so the batch's stage files go
    removed = lake.drop_batch(batch)
    context.log.info("load: " + (", ".join(f"{n} {t}" for t, n in counts.items() if n) or "batch already loaded"))
    return dg.MaterializeResult(metadata={
        "warehouse_catalog": dg.MetadataValue.text(wh.location.catalog),
        "snapshot_id": dg.MetadataValue.int(wh.batch_snapshots().get(batch, -1)),
        **{f"inserted/{t}": dg.MetadataValue.int(n) for t, n in counts.items()},
        "lake_partitions_removed": dg.MetadataValue.int(len(removed)),
        "rows_rejected_by_validation": dg.MetadataValue.int(sum(len(v) for v in rejected.values())),
    })
