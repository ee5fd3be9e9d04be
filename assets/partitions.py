"""Ingestion batches are dynamic partitions.

Why dynamic per batch rather than daily: a batch is exactly the set of new inputs one run
picked up, so re-materializing a partition reprocesses exactly those inputs, several runs a
day stay distinct in the UI, and the lake's batch=<id> folders map one-to-one to partitions."""
from __future__ import annotations

import secrets
from datetime import datetime, timezone

import dagster as dg

batches = dg.DynamicPartitionsDefinition(name="batches")


def new_batch_id(prefix: str = "b") -> str:
    when = datetime.now(timezone.utc)
    return f"{prefix}{when:%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"
