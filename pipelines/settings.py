"""The one module of pipelines/ that reads the environment.

The Dagster resource (`assets/resources.py`, `UnrestResource`) is how settings normally reach the
stages: its fields are passed in as arguments. What is left here are the fall-backs for the pure
stages when they run outside Dagster (a notebook, `unrest` subcommands, a worker process), each
read when it is asked for (seeds.SEEDS_DIR asks once, on import), plus the test-only fault switches. A test
(tests/test_layout.py) fails when another module of pipelines/ reads os.environ.

| variable | meaning | default |
|---|---|---|
| UNREST_TWO_PHASE | `0` runs every spaCy component on the whole text (the reference path) | 1 |
| UNREST_NLP_PROCESSES | extraction worker processes: `auto` or a number | auto |
| UNREST_CATALOG | the warehouse's DuckLake catalog: `sqlite:PATH` or `postgres:DSN` | the embedded SQLite one |
| UNREST_WAREHOUSE_DATA | where the warehouse's data files live (a folder or `s3://…`) | `<data>/warehouse/files` |
| UNREST_SEEDS_DIR | another seeds/ folder (tests) | the repository's seeds/ |
| UNREST_RUN_LOCK_HELD | set by `unrest run` for the runs it starts: the data folder whose lock it holds | — |
| UNREST_CRASH_AT, UNREST_FAULT_AT | test-only fault injection (pipelines/faults.py) | — |
"""
from __future__ import annotations

import os
from pathlib import Path

REPO_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _get(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def two_phase() -> bool:
    return _get("UNREST_TWO_PHASE", "1") != "0"


def nlp_processes() -> str:
    return _get("UNREST_NLP_PROCESSES", "auto")


def catalog() -> str:
    return _get("UNREST_CATALOG")


def warehouse_data() -> str:
    return _get("UNREST_WAREHOUSE_DATA")


def seeds_dir() -> Path:
    return Path(_get("UNREST_SEEDS_DIR") or REPO_SEEDS)


def run_lock_held() -> str:
    return _get("UNREST_RUN_LOCK_HELD")


def crash_at() -> str:
    return _get("UNREST_CRASH_AT")


def fault_at() -> str:
    return _get("UNREST_FAULT_AT")
