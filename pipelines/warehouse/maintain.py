"""Warehouse upkeep (`unrest maintain`), run under the data folder's run lock like a load.

- compact: inlined rows (small batches are kept inside the catalog) are written out as Parquet,
  files mostly made of deleted rows are rewritten without them (the maintained country_daily
  tables replace rows at every load), adjacent small files of a table are merged into larger ones, and data files no snapshot
  references (left by a load killed mid-transaction) are deleted. Older snapshots keep working:
  the files they read stay until those snapshots expire.
- expire: snapshots older than the cutoff are forgotten, then the data files only they used are
  deleted. `unrest sql --as-of` can no longer reach an expired snapshot; `batches` still lists
  its batch, whose rows stay in every later snapshot. The latest snapshot never expires.
Each step is a DuckLake function; the alias is our own, every value a parameter."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from . import Warehouse, _run
from .catalog import ALIAS


def snapshot_count(wh: Warehouse) -> int:
    with wh.connect() as con:
        return _run(con, f"select count(*) from {ALIAS}.snapshots()")[0][0]


def data_files(wh: Warehouse) -> int:
    with wh.connect() as con:
        return sum(_run(con, f"select count(*) from ducklake_list_files(?, ?)", [ALIAS, t])[0][0]
                   for (t,) in _run(con, "select table_name from duckdb_tables() where database_name = ?", [ALIAS]))


def compact(wh: Warehouse) -> list[str]:
    done = []
    with wh.connect(read_only=False) as con:
        _run(con, "call ducklake_flush_inlined_data(?)", [ALIAS])
        done.append("inlined rows written to Parquet")
        # files whose rows are mostly deleted (each load replaces a few rows of the maintained
        # country_daily tables) are written again without them, DuckLake's default threshold
        rewritten = _run(con, "call ducklake_rewrite_data_files(?)", [ALIAS])
        done.append(f"rewrote files with deleted rows ({len(rewritten)} table(s))")
        merged = _run(con, "call ducklake_merge_adjacent_files(?)", [ALIAS])
        done.append(f"merged small files ({len(merged)} table(s) rewritten)")
        orphans = _run(con, "call ducklake_delete_orphaned_files(?, cleanup_all => true)", [ALIAS])
        done.append(f"deleted {len(orphans)} unreferenced data file(s)")
    return done


def expire(wh: Warehouse, older_than: timedelta, now: datetime | None = None) -> list[str]:
    cutoff = (now or datetime.now(timezone.utc)) - older_than
    with wh.connect(read_only=False) as con:
        gone = _run(con, "call ducklake_expire_snapshots(?, older_than => ?)", [ALIAS, cutoff])
        freed = _run(con, "call ducklake_cleanup_old_files(?, cleanup_all => true)", [ALIAS])
    return [f"expired {len(gone)} snapshot(s) older than {cutoff:%Y-%m-%d %H:%M:%S} UTC",
            f"deleted {len(freed)} data file(s) only they used"]


def parse_age(text: str) -> timedelta:
    """'30d', '12h', '90m' or '45s'."""
    units = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds"}
    number, unit = text[:-1], text[-1:]
    if unit not in units or not number.isdigit():
        raise ValueError(f"an age like 30d, 12h, 90m or 45s, not {text!r}")
    return timedelta(**{units[unit]: int(number)})
