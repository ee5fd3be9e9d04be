"""Leftovers of runs that died: lake partitions of batches the warehouse never committed,
and temporary files of interrupted writes. Runs are serialized by the run lock, so anything
uncommitted that is not the current batch belongs to a dead run and is safe to remove.
Its inputs were never committed to raw_files, so the current run ingests them again.
A load killed mid-transaction leaves no snapshot; the Parquet files it had already written are
not in the catalog (readers never see them) and `unrest maintain --compact` deletes them."""
from __future__ import annotations

from collections.abc import Iterator

from .lake import Lake
from .warehouse import Warehouse


def recover(lake: Lake, warehouse: Warehouse, keep: str) -> Iterator[str]:
    swept = lake.sweep_temp_files()
    if swept:
        yield f"recovery: removed {swept} temporary file(s) left by an interrupted write"
    committed = warehouse.committed_batches()
    for batch in sorted(lake.all_batches() - committed - {keep}):
        lake.drop_batch(batch)
        yield f"recovery: removed lake partitions of batch {batch}, which a previous run never committed"
