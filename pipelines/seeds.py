"""Reviewed reference data under seeds/: the rules read their vocabulary from CSV, not from literals."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from . import settings

SEEDS_DIR = settings.seeds_dir()


@lru_cache(maxsize=None)
def read_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of seeds/<name>.csv as dicts; lines starting with '#' are comments."""
    path = SEEDS_DIR / f"{name}.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines))
