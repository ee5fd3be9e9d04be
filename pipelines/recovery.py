"""Leftovers of runs that died: lake partitions of batches other than the current one, and
temporary files of interrupted writes. Runs are serialized by the run lock, so a partition of
another batch belongs to a dead run and is safe to remove: either its batch never committed (its
inputs were never committed to raw_files, so the current run ingests them again) or it did, and
the run died before deleting the stage files its commit made redundant (the warehouse holds them).
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
    leftover = lake.all_batches() - {keep}
    committed = warehouse.committed_batches() if leftover else set()
    for batch in sorted(leftover):
        lake.drop_batch(batch)
        yield (f"recovery: removed lake partitions of batch {batch}, already in the warehouse" if batch in committed
               else f"recovery: removed lake partitions of batch {batch}, which a previous run never committed")
