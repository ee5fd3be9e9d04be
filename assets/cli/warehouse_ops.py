"""`unrest migrate` and `unrest maintain`: warehouse commands that write, so each holds the data
folder's run lock (no load runs meanwhile)."""
from __future__ import annotations

import sys
from pathlib import Path

from .runner import EXIT_FAILED, EXIT_OK, EXIT_USAGE, locked, say


def migrate_cmd(data: Path, wait_s: float = 600.0) -> int:
    from pipelines.warehouse import Warehouse
    from pipelines.warehouse.migrate import migrate

    wh = Warehouse(data)
    if not wh.legacy_path.exists():
        print(f"unrest migrate: no single-file warehouse at {wh.legacy_path}: nothing to migrate", file=sys.stderr)
        return EXIT_USAGE

    def body() -> int:
        try:
            out = migrate(wh)
        except (RuntimeError, OSError) as exc:
            print(f"unrest migrate: {exc}", file=sys.stderr)
            return EXIT_FAILED
        say(f"unrest migrate: {', '.join(f'{n} {t}' for t, n in out.rows.items())} -> {wh.location.catalog} "
            f"(snapshot {out.snapshot_id}); the old file is kept as {out.kept_as}")
        return EXIT_OK
    return locked(data, wait_s, "migrate", body)


def maintain_cmd(data: Path, compact: bool, expire_older_than: str | None, wait_s: float = 600.0) -> int:
    from pipelines.warehouse import Warehouse
    from pipelines.warehouse import maintain

    wh = Warehouse(data)
    if not wh.exists():
        print(f"unrest maintain: no warehouse at {wh.location.catalog}", file=sys.stderr)
        return EXIT_USAGE
    try:
        age = maintain.parse_age(expire_older_than) if expire_older_than else None
    except ValueError as exc:
        print(f"unrest maintain: --expire-older-than: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not compact and age is None:
        print("unrest maintain: say --compact, --expire-older-than AGE, or both", file=sys.stderr)
        return EXIT_USAGE

    def body() -> int:
        before = (maintain.snapshot_count(wh), maintain.data_files(wh))
        steps = (maintain.expire(wh, age) if age is not None else []) + (maintain.compact(wh) if compact else [])
        after = (maintain.snapshot_count(wh), maintain.data_files(wh))
        for step in steps:
            say(f"unrest maintain: {step}")
        say(f"unrest maintain: snapshots {before[0]} -> {after[0]}, data files {before[1]} -> {after[1]}")
        return EXIT_OK
    return locked(data, wait_s, "maintain", body)
