"""The quarantine table: every input and row of the batch that did not load, with its reason.

Its rows are written by the stages that reject them: parse writes ingest's (an input that could
not be read or decoded, with the ingest reason), and each blocking GX check writes the rows its
row-level rules rejected (the rule's name as the reason). This asset runs after both, so it sees
the batch's whole table, and reports it: counts by stage and by reason, and a preview."""

import dagster as dg

from .columns import table_spec_metadata
from .metadata import table_metadata
from .partitions import batches
from .resources import UnrestResource

# its writers: parse (raw_files is written by the same step) and the checks on these tables
_WRITERS = ["raw_files", "articles", "entities", "entity_mentions", "figures"]


@dg.asset(deps=_WRITERS, partitions_def=batches, group_name="parse", kinds={"python", "parquet"},
          owners=["team:unrest"], metadata=table_spec_metadata("quarantine"))
def quarantine(context: dg.AssetExecutionContext, unrest: UnrestResource) -> dg.MaterializeResult:
    """Everything of this batch that did not load, and why: inputs ingest refused and rows validation rejected."""
    lake = unrest.lake
    table = lake.read("quarantine", context.partition_key)
    counts: dict[str, int] = {}
    for stage, reason in zip(table.column("stage").to_pylist(), table.column("reason").to_pylist()):
        counts[f"{stage}/{reason}"] = counts.get(f"{stage}/{reason}", 0) + 1
    meta = table_metadata(table, lake.partition("quarantine", context.partition_key),
                          ["stage", "reason", "source_uri", "table_name", "record_key"])
    return dg.MaterializeResult(metadata={**meta, **{f"count/{k}": dg.MetadataValue.int(n) for k, n in sorted(counts.items())}})
