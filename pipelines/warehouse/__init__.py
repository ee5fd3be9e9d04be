"""The warehouse: a DuckLake (pipelines/warehouse/catalog.py) whose every committed batch is one
snapshot. A load writes only the batch's new Parquet files and one catalog transaction, so its cost
depends on the batch, not on what the warehouse holds; readers in other processes never block it
and only ever see whole batches. A load that fails or is killed leaves the last snapshot."""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa

from ..faults import crash_point
from . import catalog, rollup
from .catalog import Location
from .ddl import KEYS, WAREHOUSE_TABLES, create_statements
from .views import VIEW_STATEMENTS


class NeedsMigration(RuntimeError):
    """The data folder holds a warehouse in the single-file layout of before DuckLake."""


class Warehouse:
    def __init__(self, data_dir: Path | str, catalog_spec: str = "", data_path: str = ""):
        self.data_dir = Path(data_dir)
        self.location: Location = catalog.locate(self.data_dir, catalog_spec, data_path)
        # the layout before DuckLake: the writer's file (migrated by `unrest migrate`) and its published copy
        self.legacy_path = self.data_dir / "state" / "warehouse.duckdb"
        self.legacy_published_path = self.data_dir / "warehouse.duckdb"

    def exists(self) -> bool:
        return catalog.exists(self.location)

    def connect(self, read_only: bool = True, **snapshot) -> duckdb.DuckDBPyConnection:
        return catalog.connect(self.location, read_only=read_only, **snapshot)

    # -- reading committed state -----------------------------------------------------------
    def _read_only(self):
        if not self.exists():
            return None
        return self.connect(read_only=True)

    def committed_batches(self) -> set[str]:
        con = self._read_only()
        if con is None:
            return set()
        with con:
            return {r[0] for r in con.execute("select batch_id from batches").fetchall()}

    def batch_snapshots(self) -> dict[str, int]:
        """batch id -> the catalog snapshot its load committed."""
        con = self._read_only()
        if con is None:
            return {}
        with con:
            return dict(con.execute("select batch_id, snapshot_id from batches").fetchall())

    def known_files(self, uris: Iterable[str]) -> dict[str, tuple[str, int, int]]:
        """Of the given input URIs, those in the manifest: source_uri -> (sha256, size, mtime_ns) of
        the latest committed row. Ingestion asks one chunk of its sorted walk at a time, so the
        manifest is never read whole into memory; the range filter lets DuckDB skip row groups
        (batches load their inputs in walk order, so raw_files is near-sorted by source_uri)."""
        uris = list(dict.fromkeys(uris))
        con = self._read_only()
        if con is None or not uris:
            return {}
        with con:
            con.register("wanted", pa.table({"source_uri": pa.array(uris, pa.string())}))
            rows = con.execute(
                """select source_uri, arg_max(sha256, seen_at), arg_max(size, seen_at), arg_max(mtime_ns, seen_at)
                   from raw_files join wanted using (source_uri)
                   where source_uri between ? and ? and size is not null and mtime_ns is not null
                   group by source_uri""", [min(uris), max(uris)]).fetchall()
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def existing_articles(self, article_ids: Iterable[str]) -> dict[str, str]:
        """Of the given ids, those already in the warehouse, with the source_uri they came from."""
        ids = list(dict.fromkeys(article_ids))
        con = self._read_only()
        if con is None or not ids:
            return {}
        with con:
            con.register("wanted", pa.table({"article_id": pa.array(ids, pa.string())}))
            rows = con.execute("select a.article_id, a.source_uri from articles a join wanted using (article_id)").fetchall()
        return dict(rows)

    def story_candidates(self, keys: list[tuple[int, str]]) -> list:
        """The representatives of the given LSH (band, hash) buckets (pipelines/stories.py), each with
        the buckets it represents among them and its stored print, oldest batch first. Bodies are
        only read for articles loaded before `story_prints` existed."""
        from ..stories import Prior

        con = self._read_only()
        if con is None or not keys:
            return []
        with con:
            tables = {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}
            if "story_bands" not in tables:
                return []  # a warehouse from before story identity: its next load creates the table
            con.register("wanted", pa.table({"band": pa.array([k[0] for k in keys], pa.int32()),
                                             "hash": pa.array([k[1] for k in keys], pa.string())}))
            priors = [Prior(aid, story, keys=ks, prints=sh) for aid, story, ks, sh in
                      _rows(con.sql(_candidates_sql("story_prints" in tables)).to_arrow_table())]
            # articles loaded before story_prints existed: their print is made from the body
            missing = [p.article_id for p in priors if p.prints is None]
            if missing:
                con.register("missing", pa.table({"article_id": pa.array(missing, pa.string())}))
                texts = {r[0]: r[1:] for r in con.execute(
                    "select article_id, title, body from articles join missing using (article_id)").fetchall()}
                for p in priors:
                    p.title, p.body = texts.get(p.article_id, (None, None))
        return priors

    # -- writing ------------------------------------------------------------------------
    def load_batch(self, batch_id: str, tables: Mapping[str, pa.Table], rejected: Mapping[str, set[str]] | None = None) -> dict[str, int]:
        """Insert one batch's rows in a single transaction, which is one snapshot; returns rows
        inserted per table.

        Idempotent: a batch already recorded in `batches` is not loaded again. Keyed tables
        (articles, entities) skip keys that already exist; `rejected` maps table -> keys that
        failed a row-level validation rule (they are in quarantine instead)."""
        rejected = rejected or {}
        self._refuse_legacy()
        con = self.connect(read_only=False)
        counts: dict[str, int] = {}
        try:
            _run(con, "begin transaction")
            had_rollup = rollup.present(con)
            self._ensure_schema(con)
            if not had_rollup:
                rollup.rebuild(con)   # a warehouse from before the maintained country_daily
            if _run(con, "select count(*) from batches where batch_id = ?", [batch_id])[0][0]:
                _run(con, "rollback")
                return {}
            # the run lock makes this the only writer, so this commit is the next snapshot
            snapshot = _run(con, f"select * from {catalog.ALIAS}.current_snapshot()")[0][0] + 1
            for table in rollup.INPUTS:   # empty unless the batch has such rows
                _run(con, f"create or replace temp table _new_{table} as select * from {table} limit 0")
            for table in WAREHOUSE_TABLES:
                data = tables.get(table)
                if data is None or data.num_rows == 0:
                    counts[table] = 0
                    continue
                counts[table] = self._insert(con, table, data, rejected.get(table, set()))
                crash_point("load")  # inside the open transaction
            # country_daily's table, from the figures and mentions just inserted
            rollup.apply(con, "_new_figures", "_new_entity_mentions", "_new_articles", "_new_entities")
            _run(con, "insert into batches values (?, ?, ?, ?)",
                 [batch_id, datetime.now(timezone.utc), json.dumps(counts), snapshot])
            _run(con, "commit")
            crash_point("committed")  # the batch is visible; the run has not finished
        except BaseException:
            try:
                _run(con, "rollback")
            except duckdb.Error:
                pass
            raise
        finally:
            con.close()
        return counts

    def _insert(self, con, table: str, data: pa.Table, rejected: set[str]) -> int:
        """Table and key names come from our own DDL, never from input; values travel as Arrow."""
        con.register("src", data)
        con.register("rejected_keys", pa.table({"k": pa.array(sorted(rejected), pa.string())}))
        key = KEYS.get(table)
        where = []
        if key:
            where.append(f"{key} not in (select k from rejected_keys)")
        present = ""
        if table in ("articles", "entities"):
            # keyed tables keep the first row per key, across batches and within this one. The
            # stored keys are probed with the batch's keys (a semi join: the batch is the hash
            # table, the stored key column streams past it), never hashed whole: `key not in
            # (select key from table)` built a hash table of every stored key, 0.43 s per batch
            # at 1 M articles against 0.03 s for the probe (README "Warehouse scale")
            present = f"with present as (select {key} from {table} semi join src using ({key})) "
            where.append(f"{key} not in (select {key} from present)")
        sql = present + "select * from src" + (" where " + " and ".join(where) if where else "")
        if table in ("articles", "entities"):
            sql += f" qualify row_number() over (partition by {key}) = 1"
        if table in rollup.INPUTS:
            # the inserted rows, kept for the rollup (pipelines/warehouse/rollup.py)
            _run(con, f"create or replace temp table _new_{table} as {sql}")
            sql = f"select * from _new_{table}"
        n = _run(con, f"insert into {table} by name {sql}")[0][0]
        con.unregister("src")
        con.unregister("rejected_keys")
        return n

    @staticmethod
    def _ensure_schema(con) -> None:
        """Tables and columns that are missing, and the current view definitions (`create or
        replace`, so a changed definition reaches old warehouses), inside the caller's transaction."""
        for stmt in create_statements() + rollup.DDL + VIEW_STATEMENTS:
            _run(con, stmt)

    def _refuse_legacy(self) -> None:
        if self.legacy_path.exists() and not self.exists():
            raise NeedsMigration(f"{self.data_dir} holds a warehouse in the single-file layout "
                                 f"({self.legacy_path}); run `unrest migrate --data {self.data_dir}` first")

    def ensure(self) -> None:
        """Create an empty warehouse (schema and views, one snapshot) if none exists yet."""
        self._refuse_legacy()
        if self.exists():
            return
        con = self.connect(read_only=False)
        try:
            _run(con, "begin transaction")
            self._ensure_schema(con)
            _run(con, "commit")
        finally:
            con.close()


def _candidates_sql(prints: bool) -> str:
    """Per wanted bucket, its representatives: one article per story (its first one there), at most
    BUCKET_STORIES stories. Stored rows keep that bound since story_prints; the window keeps it
    for a warehouse whose story_bands held every article. Only article_id is read from `articles`
    (that its load committed), never the bodies."""
    from ..stories import BUCKET_STORIES

    return f"""
        with hit as (
            select b.band, b.hash, b.article_id, b.story_id, b.batch_id,
                   row_number() over (partition by b.band, b.hash, b.story_id
                                      order by b.article_id = b.story_id desc, b.article_id) as nth,
                   dense_rank() over (partition by b.band, b.hash order by b.story_id) as story_rank
            from story_bands b join wanted using (band, hash)),
        reps as (
            select article_id, any_value(story_id) as story_id, min(batch_id) as batch_id,
                   list(struct_pack(band, hash) order by band) as keys
            from hit where nth = 1 and story_rank <= {BUCKET_STORIES} group by article_id)
        select r.article_id, r.story_id, r.keys, {"p.shingles" if prints else "null::integer[]"} as shingles
        from reps r semi join articles a using (article_id)
        {"left join story_prints p using (article_id)" if prints else ""}
        order by r.batch_id nulls first, r.article_id"""


def _rows(table: pa.Table):
    """(article_id, story_id, keys, print) per row; prints are numpy views of one Arrow buffer."""
    shingles = table.column("shingles").combine_chunks()
    offsets = shingles.offsets.to_numpy()
    values = shingles.values.to_numpy(zero_copy_only=False)
    valid = shingles.is_valid().to_numpy(zero_copy_only=False)
    cols = (table.column(c).to_pylist() for c in ("article_id", "story_id", "keys"))
    for i, (aid, story, keys) in enumerate(zip(*cols)):
        yield (aid, story, [(k["band"], k["hash"]) for k in keys],
               values[offsets[i]:offsets[i + 1]] if valid[i] else None)


def _run(con, sql: str, params: list | None = None) -> list[tuple]:
    """Execute and consume the result (DuckDB 2 requires a result be finished before the next statement)."""
    return con.execute(sql, params or []).fetchall()
