"""The raw and data folders under hostile conditions, through real `unrest run` processes: an
unreadable file is retried once readable, a data folder inside the raw folder is never input, and
a full disk or a read-only data folder ends with one line and exit 4, committing nothing.

Permissions mean nothing to root: as root the read-only data folder is a read-only tmpfs mount
(skipped where mounting is not allowed), and the unreadable-file run is skipped (the unit test
in tests/pipelines/ingest/test_discover.py covers its logic with a real file)."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from assets.cli.runner import EXIT_STORAGE

from .helpers import REPO, assert_books_balance, env, query, rel, run_args, summary

ROOT = os.geteuid() == 0
ARTICLE = "Nurses picketed the clinic on Monday and 7 of them were detained, a union official said."


def run(raw: Path, data: Path, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(run_args(raw, data), cwd=REPO, env=env(extra=extra_env), capture_output=True,
                          text=True, timeout=600)


@pytest.fixture
def root():
    path = Path(tempfile.mkdtemp(prefix="unrest-files-"))
    path.chmod(0o777)
    yield path
    for p in path.rglob("*"):   # restore permissions so everything can be removed
        if not p.is_symlink():
            p.chmod(0o777)
    shutil.rmtree(path, ignore_errors=True)


def _folder(path: Path) -> Path:
    path.mkdir(parents=True)
    path.chmod(0o777)
    return path


def test_a_data_folder_inside_the_raw_folder_is_never_input(root):
    raw = _folder(root / "raw")
    data = raw / "data"
    (raw / "good.txt").write_text("Clinic picket\n\n" + ARTICLE + "\n")
    first = run(raw, data)
    assert first.returncode == 0, first.stdout + first.stderr
    assert list(data.rglob("*.html")), "the run wrote Data Docs and reports under raw/data"
    second = run(raw, data)
    assert second.returncode == 0 and summary(second.stdout)[0] == 0, second.stdout + second.stderr
    assert not query(data, "select source_uri from raw_files where source_uri like ?", [str(data) + "%"])


@pytest.mark.skipif(ROOT, reason="root reads a mode-000 file")
def test_an_unreadable_file_is_retried_once_readable(root):
    raw, data = _folder(root / "raw"), root / "data"
    locked = raw / "locked.txt"
    locked.write_text("Port strike\n\nDockers walked out at the port and 40 were arrested, police said.\n")
    locked.chmod(0o000)
    first = run(raw, data)
    assert first.returncode == 0, first.stdout + first.stderr
    assert query(data, "select status, reason from raw_files") == [("quarantined", "unreadable")]
    second = run(raw, data)
    assert second.returncode == 0 and summary(second.stdout)[0] == 0, "recorded once while it stays unreadable"
    locked.chmod(0o644)             # chmod changes no mtime
    third = run(raw, data)
    assert third.returncode == 0, third.stdout + third.stderr
    assert summary(third.stdout)[:2] == (1, 1)
    rows = query(data, "select status from raw_files order by seen_at")
    assert [r[0] for r in rows] == ["quarantined", "loaded"]
    assert_books_balance(data, third.stdout)


def test_a_full_disk_ends_with_one_line_and_exit_4_and_commits_nothing(root):
    raw, data = _folder(root / "raw"), root / "data"
    (raw / "good.txt").write_text("Clinic picket\n\n" + ARTICLE + "\n")
    full = run(raw, data, {"UNREST_FAULT_AT": "enospc:lake_write:figures"})
    assert full.returncode == EXIT_STORAGE, full.stdout + full.stderr
    lines = [line for line in full.stderr.splitlines() if line.startswith("unrest run:")]
    assert len(lines) == 1 and "No space left on device" in lines[0] and "Traceback" not in full.stderr
    assert not (data / "warehouse.duckdb").exists() or not query(data, "select * from raw_files")
    assert not list((data / "lake").glob("*/batch=*")), "the failed batch's lake partitions are gone"
    again = run(raw, data)          # space again: the same input loads, once
    assert again.returncode == 0 and summary(again.stdout)[:2] == (1, 1), again.stdout + again.stderr


@pytest.fixture
def read_only_data(root):
    data = root / "data"
    data.mkdir()
    if not ROOT:
        data.chmod(0o555)
        yield data, "Permission denied"
        return
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", str(data)], capture_output=True).returncode:
        pytest.skip("root, and no permission to mount a read-only tmpfs")
    yield data, "Read-only file system"
    subprocess.run(["umount", str(data)], check=True)


def test_a_read_only_data_folder_ends_with_one_line_and_exit_4(root, read_only_data):
    data, why = read_only_data
    raw = _folder(root / "raw")
    (raw / "good.txt").write_text("Clinic picket\n\n" + ARTICLE + "\n")
    done = run(raw, data)
    assert done.returncode == EXIT_STORAGE, done.stdout + done.stderr
    assert [line for line in done.stderr.splitlines() if line.strip()] == [
        f"unrest run: cannot write to the data folder {data}: {why}; nothing of this run was committed"]
    assert list(data.iterdir()) == []
