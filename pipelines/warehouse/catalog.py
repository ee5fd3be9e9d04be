"""Where the warehouse lives and how a DuckDB connection reaches it.

The warehouse is a DuckLake: a catalog database (which tables exist, which Parquet files hold
their rows, one snapshot per committed transaction) plus the Parquet data files themselves.
- Embedded default: the catalog is the SQLite file <data>/warehouse/catalog.sqlite and the data
  files live under <data>/warehouse/files/. SQLite lets one writer commit while readers in other
  processes query; a reader sees the last snapshot committed when its query began.
- Several machines: `postgres:<libpq DSN>` as the catalog (UNREST_CATALOG) and a shared data path,
  e.g. s3://bucket/unrest/ (UNREST_WAREHOUSE_DATA; needs DuckDB's httpfs extension installed).

Extensions come from the PyPI wheels pinned next to duckdb and are loaded by file path; nothing is
downloaded at run time (autoinstall and autoload are off). DuckDB derives an extension's entry
point from its file name, so the wheels' files are linked under their canonical names
(sqlite_scanner, postgres_scanner) in a cache folder under <data>."""
from __future__ import annotations

import contextlib
import importlib.util
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import duckdb

from .. import settings

ALIAS = "warehouse"   # the catalog's name inside a connection; `use`d, so tables need no prefix
# canonical extension name -> the PyPI package that ships it
_PACKAGES = {"ducklake": "duckdb_extension_ducklake", "sqlite_scanner": "duckdb_extension_sqlite",
             "postgres_scanner": "duckdb_extension_postgres"}
NO_DOWNLOADS = {"autoinstall_known_extensions": False, "autoload_known_extensions": False,
                "allow_community_extensions": False}


@dataclass(frozen=True)
class Location:
    """A resolved warehouse: catalog spec (`sqlite:PATH` or `postgres:DSN`), data path, extension cache."""
    catalog: str
    data_path: str
    extension_dir: Path
    # the embedded layout keeps its data files inside <data>: a data folder that was moved or
    # copied brings them along, so the path it is opened with wins over the one the catalog recorded
    follow_data_dir: bool = False

    @property
    def kind(self) -> str:
        return self.catalog.split(":", 1)[0]

    @property
    def sqlite_file(self) -> Path | None:
        return Path(self.catalog.split(":", 1)[1]) if self.kind == "sqlite" else None

    @property
    def local_data_dir(self) -> Path | None:
        return None if "://" in self.data_path else Path(self.data_path)


def locate(data_dir: Path | str, catalog: str = "", data_path: str = "") -> Location:
    """Explicit values first, then $UNREST_CATALOG / $UNREST_WAREHOUSE_DATA, then the embedded default."""
    data_dir = Path(data_dir).absolute()
    catalog = catalog or settings.catalog() or f"sqlite:{data_dir / 'warehouse' / 'catalog.sqlite'}"
    if catalog.split(":", 1)[0] not in ("sqlite", "postgres") or ":" not in catalog:
        raise ValueError(f"warehouse catalog must be sqlite:PATH or postgres:DSN, not {catalog!r}")
    default = str(data_dir / "warehouse" / "files")
    data_path = data_path or settings.warehouse_data() or default
    if "://" not in data_path:
        data_path = str(Path(data_path).absolute())
    embedded = data_path == default and catalog == f"sqlite:{data_dir / 'warehouse' / 'catalog.sqlite'}"
    return Location(catalog, data_path.rstrip("/") + "/", data_dir / "state" / "duckdb-extensions", embedded)


def extension_file(name: str, cache: Path) -> Path:
    """The pinned wheel's extension file, linked as <cache>/<name>.duckdb_extension."""
    spec = importlib.util.find_spec(_PACKAGES[name])
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the DuckDB extension package {_PACKAGES[name]} is not installed")
    root = Path(next(iter(spec.submodule_search_locations))) / "extensions" / f"v{duckdb.__version__}"
    found = sorted(root.glob("*.duckdb_extension"))
    if not found:
        raise RuntimeError(f"{_PACKAGES[name]} has no extension for duckdb {duckdb.__version__} under {root}")
    link = cache / f"{name}.duckdb_extension"
    if link.resolve() != found[0].resolve():
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cache / f".{name}.tmp-{os.getpid()}"
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(found[0])
        os.replace(tmp, link)   # atomic: a concurrent reader sees the old link or the new one
    return link


# one DuckDB instance per process, location and mode: loading the extensions verifies their
# signatures (about a second), so a process pays that once and hands out cursors
_SHARED: dict[tuple, duckdb.DuckDBPyConnection] = {}


def connect(loc: Location, *, read_only: bool, snapshot_version: int | None = None,
            snapshot_time: str | None = None) -> duckdb.DuckDBPyConnection:
    """A connection with the warehouse attached as `warehouse` and in use. The latest state is
    read through a cursor of the process's shared instance (each query or transaction sees the
    last committed snapshot); a pinned snapshot gets an instance of its own."""
    if snapshot_version is not None or snapshot_time is not None:
        return open_instance(loc, read_only=True, snapshot_version=snapshot_version, snapshot_time=snapshot_time)
    key = (os.getpid(), loc, read_only)   # an instance never crosses a fork
    if key not in _SHARED:
        _SHARED[key] = open_instance(loc, read_only=read_only)
    cur = _SHARED[key].cursor()
    cur.execute(f"use {ALIAS}")
    return cur


def open_instance(loc: Location, *, read_only: bool, snapshot_version: int | None = None,
                  snapshot_time: str | None = None) -> duckdb.DuckDBPyConnection:
    """A new in-memory DuckDB with the pinned extensions loaded by path and the warehouse attached."""
    con = duckdb.connect(config=dict(NO_DOWNLOADS))
    try:
        for name in ("ducklake", f"{loc.kind}_scanner"):
            con.execute(f"load {_quote(str(extension_file(name, loc.extension_dir)))}")
        opts = [f"data_path {_quote(loc.data_path)}"] + (["override_data_path true"] if loc.follow_data_dir else [])
        if read_only:
            opts.append("read_only")
        if snapshot_version is not None:
            opts.append(f"snapshot_version {int(snapshot_version)}")
        if snapshot_time is not None:
            opts.append(f"snapshot_time {_quote(snapshot_time)}")
        if loc.sqlite_file and not read_only:
            _wal(loc.sqlite_file)
        if loc.local_data_dir and not read_only:
            loc.local_data_dir.mkdir(parents=True, exist_ok=True)
        con.execute(f"attach {_quote('ducklake:' + loc.catalog)} as {ALIAS} ({', '.join(opts)})")
        con.execute(f"use {ALIAS}")
    except BaseException:
        con.close()
        raise
    return con


def _wal(path: Path) -> None:
    """Put the SQLite catalog in write-ahead-log mode (a property of the file, kept once set): in
    the default journal mode a reader's open transaction makes the writer's commit fail with
    "database is locked"; with the WAL, readers and the one writer never block each other."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(path)) as db:
        if db.execute("pragma journal_mode").fetchone()[0] != "wal":
            db.execute("pragma journal_mode=wal").fetchall()


def exists(loc: Location) -> bool:
    """Whether a warehouse was ever created there (a reader must not create an empty one)."""
    if loc.sqlite_file:
        return loc.sqlite_file.exists()
    try:
        with connect(loc, read_only=True) as con:
            return bool(con.execute("select count(*) from duckdb_tables() where database_name = ? and "
                                    "table_name = 'batches'", [ALIAS]).fetchone()[0])
    except duckdb.Error:
        return False


def _quote(text: str) -> str:
    """A configuration value (never analyst or article text) as a SQL string literal."""
    return "'" + text.replace("'", "''") + "'"
