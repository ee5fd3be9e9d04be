"""Typed configuration. Empty fields fall back to environment variables at run time
(never at import time), then to defaults relative to the repository."""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
from pydantic import PrivateAttr

from pipelines.ingest import IngestLimits
from pipelines.lake import Lake, open_lake
from pipelines.runlock import RunLock
from pipelines.warehouse import Warehouse

from .paths import DEFAULT_RAW



class UnrestResource(dg.ConfigurableResource):
    """Where a run reads raw inputs and keeps its lake, warehouse and reports."""

    data_dir: str = ""       # else $UNREST_DATA_DIR, else ./data
    raw_dir: str = ""        # else $UNREST_RAW_DIR, else seeds/articles
    feeds_file: str = ""     # else $UNREST_FEEDS_FILE: one feed URL a line
    lake_url: str = ""       # else $UNREST_LAKE_URL, else <data>/lake; may be s3://… (fsspec)
    # the warehouse's DuckLake catalog: else $UNREST_CATALOG, else sqlite:<data>/warehouse/catalog.sqlite;
    # postgres:<libpq DSN> for several machines
    catalog: str = ""
    warehouse_data: str = ""  # else $UNREST_WAREHOUSE_DATA, else <data>/warehouse/files; may be s3://…
    max_inputs_per_batch: int = 2000
    # extraction: worker processes (auto or a number; else $UNREST_NLP_PROCESSES, else auto) and whether the
    # dependency parse runs only on the blocks that may hold a figure (else $UNREST_TWO_PHASE, else yes)
    nlp_processes: str = ""
    two_phase: bool | None = None
    # feeds on private or loopback addresses are refused unless this (or $UNREST_ALLOW_PRIVATE_HOSTS=1) is set
    allow_private_hosts: bool = False
    lock_timeout_s: float = 3600.0

    _lock: RunLock | None = PrivateAttr(default=None)

    @property
    def data(self) -> Path:
        return Path(self.data_dir or os.environ.get("UNREST_DATA_DIR") or "data").absolute()

    @property
    def raw(self) -> Path:
        return Path(self.raw_dir or os.environ.get("UNREST_RAW_DIR") or DEFAULT_RAW).absolute()

    @property
    def feeds(self) -> Path | None:
        f = self.feeds_file or os.environ.get("UNREST_FEEDS_FILE")
        return Path(f).absolute() if f else None

    @property
    def ingest_limits(self) -> IngestLimits:
        private = self.allow_private_hosts or os.environ.get("UNREST_ALLOW_PRIVATE_HOSTS") == "1"
        return IngestLimits(allow_private_hosts=private)

    @property
    def lake(self) -> Lake:
        return open_lake(self.lake_url or os.environ.get("UNREST_LAKE_URL") or self.data / "lake")

    @property
    def warehouse(self) -> Warehouse:
        return Warehouse(self.data, self.catalog, self.warehouse_data)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        # one run at a time per data folder; a run the CLI started inherits the CLI's lock
        self._lock = RunLock(self.data)
        log = context.log
        self._lock.acquire(self.lock_timeout_s,
                           on_wait=lambda who: log.info(f"waiting for the run lock held by {who}") if log else None)

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._lock:
            self._lock.release()
