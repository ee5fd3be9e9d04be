"""The Parquet lake: <data>/lake/<table>/batch=<batch_id>/<part>.parquet.

Files are written to a hidden temporary name in the same folder, flushed to disk and then
renamed into place, so a reader never sees a half-written file. Readers ignore names that
start with '.' or '_' (the convention pyarrow and DuckDB share).

`open_lake` also takes an object-storage URL (`RemoteLake`, through fsspec), so the lake can live
where every machine of a multi-machine deployment reaches it (README "Deployment")."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .faults import crash_point, disk_fault
from .schemas import SCHEMAS, empty

COMPRESSION = "zstd"


class Lake:
    def __init__(self, root: Path | str):
        self.root = Path(root)

    def partition(self, table: str, batch_id: str) -> Path:
        return self.root / table / f"batch={batch_id}"

    def write(self, table: str, batch_id: str, data: pa.Table, part: str = "part-0") -> Path:
        """Atomically write one part of a batch partition; rewriting the same part replaces it."""
        data = data.cast(SCHEMAS[table]) if data.schema != SCHEMAS[table] else data
        folder = self.partition(table, batch_id)
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / f"{part}.parquet"
        tmp = folder / f".{part}.parquet.tmp-{os.getpid()}"
        disk_fault(f"lake_write:{table}")   # tests: a full disk at this table's write
        pq.write_table(data, tmp, compression=COMPRESSION)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        crash_point("lake_write")  # a written but not yet renamed file
        os.replace(tmp, final)
        _fsync_dir(folder)
        return final

    def files(self, table: str, batch_id: str) -> list[Path]:
        folder = self.partition(table, batch_id)
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.glob("*.parquet") if not p.name.startswith((".", "_")))

    def read(self, table: str, batch_id: str, columns: list[str] | None = None) -> pa.Table:
        files = self.files(table, batch_id)
        if not files:
            t = empty(table)
            return t.select(columns) if columns else t
        tables = [pq.read_table(f, columns=columns, schema=SCHEMAS[table]) for f in files]
        return pa.concat_tables(tables)

    def batches(self, table: str) -> list[str]:
        folder = self.root / table
        if not folder.is_dir():
            return []
        return sorted(p.name.split("=", 1)[1] for p in folder.iterdir() if p.name.startswith("batch="))

    def drop_batch(self, batch_id: str) -> list[Path]:
        """Remove every table's partition for a batch (used for batches a crashed run left behind)."""
        removed = []
        if not self.root.is_dir():
            return removed
        for table_dir in self.root.iterdir():
            part = table_dir / f"batch={batch_id}"
            if part.is_dir():
                shutil.rmtree(part)
                removed.append(part)
        return removed

    def all_batches(self) -> set[str]:
        if not self.root.is_dir():
            return set()
        return {b for t in self.root.iterdir() if t.is_dir() for b in self.batches(t.name)}

    def sweep_temp_files(self) -> int:
        """Delete temporary files a killed writer left behind."""
        n = 0
        if self.root.is_dir():
            for tmp in self.root.rglob(".*.tmp-*"):
                tmp.unlink(missing_ok=True)
                n += 1
        return n


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class RemoteLake(Lake):
    """The same lake on any fsspec filesystem, e.g. `s3://bucket/unrest/lake` (with s3fs
    installed) or `memory://lake` in tests. Object stores make a written object visible whole
    when its upload completes, so parts are written in place: no temporary name, no rename,
    nothing for `sweep_temp_files` to find."""

    def __init__(self, url: str):
        import fsspec

        self.url = url.rstrip("/")
        self.fs, root = fsspec.core.url_to_fs(self.url)
        self.root = root.rstrip("/")

    def partition(self, table: str, batch_id: str) -> str:
        return f"{self.root}/{table}/batch={batch_id}"

    def write(self, table: str, batch_id: str, data: pa.Table, part: str = "part-0") -> str:
        data = data.cast(SCHEMAS[table]) if data.schema != SCHEMAS[table] else data
        folder = self.partition(table, batch_id)
        self.fs.makedirs(folder, exist_ok=True)
        final = f"{folder}/{part}.parquet"
        with self.fs.open(final, "wb") as fh:
            pq.write_table(data, fh, compression=COMPRESSION)
        return final

    def files(self, table: str, batch_id: str) -> list[str]:
        folder = self.partition(table, batch_id)
        if not self.fs.isdir(folder):
            return []
        return sorted(p for p in self.fs.glob(f"{folder}/*.parquet") if not p.rsplit("/", 1)[-1].startswith((".", "_")))

    def read(self, table: str, batch_id: str, columns: list[str] | None = None) -> pa.Table:
        files = self.files(table, batch_id)
        if not files:
            t = empty(table)
            return t.select(columns) if columns else t
        tables = []
        for f in files:
            with self.fs.open(f, "rb") as fh:
                tables.append(pq.read_table(fh, columns=columns, schema=SCHEMAS[table]))
        return pa.concat_tables(tables)

    def batches(self, table: str) -> list[str]:
        folder = f"{self.root}/{table}"
        if not self.fs.isdir(folder):
            return []
        names = (p.rstrip("/").rsplit("/", 1)[-1] for p in self.fs.ls(folder, detail=False))
        return sorted(n.split("=", 1)[1] for n in names if n.startswith("batch="))

    def _tables(self) -> list[str]:
        if not self.fs.isdir(self.root):
            return []
        return [p.rstrip("/").rsplit("/", 1)[-1] for p in self.fs.ls(self.root, detail=False) if self.fs.isdir(p)]

    def drop_batch(self, batch_id: str) -> list[str]:
        removed = []
        for table in self._tables():
            part = self.partition(table, batch_id)
            if self.fs.isdir(part):
                self.fs.rm(part, recursive=True)
                removed.append(part)
        return removed

    def all_batches(self) -> set[str]:
        return {b for t in self._tables() for b in self.batches(t)}

    def sweep_temp_files(self) -> int:
        return 0


def open_lake(location: Path | str) -> Lake:
    """A local folder, or a URL with a scheme (`s3://…`, `gs://…`, `memory://…`) through fsspec."""
    text = str(location)
    if "://" in text and not text.startswith("file://"):
        return RemoteLake(text)
    return Lake(text[len("file://"):] if text.startswith("file://") else location)
