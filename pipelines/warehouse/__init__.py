"""The DuckDB warehouse: load one batch transactionally, then publish a read-only snapshot.

Two files, on purpose:
- <data>/state/warehouse.duckdb is the writer's database. Only a run holding the data
  folder's run lock opens it, so no analyst can ever block a load.
- <data>/warehouse.duckdb is what analysts query. After each committed load the writer's
  file is checkpointed and copied next to it, then renamed over it in one atomic step.
  Readers that have the old file open keep a consistent snapshot; new readers see the new one.
A crash at any point leaves either the previous or the new snapshot, never a mix."""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa

from ..faults import crash_point
from .ddl import KEYS, WAREHOUSE_TABLES, create_statements
from .views import VIEW_STATEMENTS


class Warehouse:
    def __init__(self, data_dir: Path | str):
        self.data_dir = Path(data_dir)
        self.state_path = self.data_dir / "state" / "warehouse.duckdb"
        self.published_path = self.data_dir / "warehouse.duckdb"

    # -- reading committed state (the writer's file; callers hold the run lock) --------------
    def _read_only(self):
        if not self.state_path.exists():
            return None
        return duckdb.connect(str(self.state_path), read_only=True)

    def committed_batches(self) -> set[str]:
        con = self._read_only()
        if con is None:
            return set()
        with con:
            return {r[0] for r in con.execute("select batch_id from batches").fetchall()}

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
        """Insert one batch's rows in a single transaction; returns rows inserted per table.

        Idempotent: a batch already recorded in `batches` is not loaded again. Keyed tables
        (articles, entities) skip keys that already exist; `rejected` maps table -> keys that
        failed a row-level validation rule (they are in quarantine instead)."""
        rejected = rejected or {}
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(self.state_path))
        counts: dict[str, int] = {}
        try:
            self._ensure_schema(con)
            if _run(con, "select count(*) from batches where batch_id = ?", [batch_id])[0][0]:
                return {}
            _run(con, "begin transaction")
            for table in WAREHOUSE_TABLES:
                data = tables.get(table)
                if data is None or data.num_rows == 0:
                    counts[table] = 0
                    continue
                counts[table] = self._insert(con, table, data, rejected.get(table, set()))
                crash_point("load")  # inside the open transaction
            _run(con, "insert into batches values (?, ?, ?)",
                 [batch_id, datetime.now(timezone.utc), json.dumps(counts)])
            _run(con, "commit")
            _run(con, "checkpoint")
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
        if table in ("articles", "entities"):
            # keyed tables keep the first row per key, across batches and within this one
            where.append(f"{key} not in (select {key} from {table})")
        sql = f"select * from src" + (" where " + " and ".join(where) if where else "")
        if table in ("articles", "entities"):
            sql += f" qualify row_number() over (partition by {key}) = 1"
        n = _run(con, f"insert into {table} by name {sql}")[0][0]
        con.unregister("src")
        con.unregister("rejected_keys")
        return n

    def _ensure_schema(self, con) -> None:
        for stmt in create_statements() + VIEW_STATEMENTS:
            _run(con, stmt)

    def publish(self) -> Path:
        """Copy the writer's checkpointed file over the analysts' file in one atomic rename."""
        if not self.state_path.exists():
            con = duckdb.connect(str(self.state_path))
            self._ensure_schema(con)
            con.close()
        tmp = self.published_path.with_name(f".{self.published_path.name}.tmp-{os.getpid()}")
        shutil.copyfile(self.state_path, tmp)
        crash_point("publish")  # committed, copy written, not yet renamed
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.published_path)
        return self.published_path

    def ensure(self) -> None:
        """Create an empty warehouse (schema and views) if none exists yet, and publish it."""
        if not self.published_path.exists():
            self.state_path.parent.mkdir(parents=True, exist_ok=True)
            con = duckdb.connect(str(self.state_path))
            try:
                self._ensure_schema(con)
                _run(con, "checkpoint")
            finally:
                con.close()
            self.publish()


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
