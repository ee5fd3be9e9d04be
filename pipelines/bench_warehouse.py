"""`unrest bench --warehouse-scale`: does a load's cost depend on what the warehouse holds?

For each size (0, 1 M, 10 M synthetic figure rows, generated inside DuckDB by
bench.build_rollup_warehouse) a DuckLake warehouse is filled with those rows. Then the same kind
of batch (real load_batch, its own new articles, entities, mentions and figures) is loaded into
each: one untimed warm-up load each, then `loads` rounds that load one batch into every
warehouse in turn, so a busy machine slows all sizes alike; the median per size is kept. The
ratio is the largest warehouse's median over the empty one's. country_daily is then timed on the
largest DuckLake (its maintained table, pipelines/warehouse/rollup.py) next to the old single-file
DuckDB warehouse holding the very same rows (the file the rows were generated in, where
country_daily is the view over every figure), and their rows are compared."""
from __future__ import annotations

import statistics
import time
from datetime import datetime, timezone
from pathlib import Path

from .bench import build_rollup_warehouse, time_rollup
from .schemas import to_table
from .warehouse import Warehouse, _run
from .warehouse import rollup
from .warehouse.ddl import WAREHOUSE_TABLES

NOW = datetime(2024, 6, 1, tzinfo=timezone.utc)


def synthetic_batch(batch: str, articles: int = 100, figures_per_article: int = 10) -> dict:
    """One batch's rows, shaped like a real batch's (ids unique to the batch)."""
    ids = [f"{batch}-a{i}" for i in range(articles)]
    return {
        "articles": to_table("articles", [{"article_id": a, "story_id": a, "source_uri": f"/raw/{a}.txt", "title": "t",
                                           "body": "b " * 200, "published_at": NOW, "ingested_at": NOW,
                                           "batch_id": batch, "language": "en"} for a in ids]),
        "raw_files": to_table("raw_files", [{"source_uri": f"/raw/{a}.txt", "sha256": a, "size": 400, "mtime_ns": 1,
                                             "status": "loaded", "article_id": a, "seen_at": NOW, "batch_id": batch}
                                            for a in ids]),
        "entities": to_table("entities", [{"entity_id": f"{batch}-e{i}", "entity_type": "location",
                                           "canonical_name": f"Place {batch} {i}", "country_code": "C1",
                                           "location_kind": "city", "batch_id": batch} for i in range(articles)]),
        "entity_mentions": to_table("entity_mentions", [{"mention_id": f"{a}-m", "article_id": a,
                                                         "entity_id": f"{batch}-e{i}", "mention_text": "x",
                                                         "char_start": 0, "char_end": 1, "batch_id": batch}
                                                        for i, a in enumerate(ids)]),
        "figures": to_table("figures", [{"figure_id": f"{a}-f{k}", "article_id": a, "category": "killed", "value": k + 1,
                                         "bound": "exact", "value_low": k + 1, "value_high": k + 1, "who": "people",
                                         "quote": "q", "char_start": 0, "char_end": 1, "location_entity_id": f"{batch}-e{i}",
                                         "batch_id": batch} for i, a in enumerate(ids) for k in range(figures_per_article)]),
    }


def fill_from_file(wh: Warehouse, path: Path) -> None:
    """The single-file warehouse's rows into the (new) DuckLake, in one transaction."""
    con = wh.connect(read_only=False)
    try:
        _run(con, f"attach '{path}' as src (read_only)")
        _run(con, "begin transaction")
        wh._ensure_schema(con)
        present = {r[0] for r in _run(con, "select table_name from duckdb_tables() where database_name = 'src'")}
        for table in WAREHOUSE_TABLES:
            if table in present:
                _run(con, f"insert into {table} by name select * from src.{table}")
        rollup.rebuild(con)
        _run(con, "commit")
        _run(con, "detach src")
    finally:
        con.close()


def warehouse_scale(work: Path, sizes=(0, 1_000_000, 10_000_000), loads: int = 7, articles: int = 100) -> dict:
    out: dict = {"sizes": list(sizes), "loads_per_size": loads, "batch_articles": articles,
                 "batch_figures": articles * 10, "load_s": {}}
    largest_file, held = None, {}
    for size in sizes:
        wh = held[size] = Warehouse(work / f"held-{size}")
        if size:
            largest_file = work / f"single-file-{size}.duckdb"
            build_rollup_warehouse(largest_file, size)
            fill_from_file(wh, largest_file)
        else:
            wh.ensure()
        wh.load_batch("warm-up", synthetic_batch("warm-up", articles))   # extensions loaded, caches warm
    times: dict[int, list[float]] = {size: [] for size in sizes}
    for k in range(loads):
        for size, wh in held.items():
            batch = synthetic_batch(f"bench-{k}", articles)
            started = time.perf_counter()
            wh.load_batch(f"bench-{k}", batch)
            times[size].append(time.perf_counter() - started)
    out["load_s"] = {size: statistics.median(t) for size, t in times.items()}
    first, last = out["load_s"][sizes[0]], out["load_s"][sizes[-1]]
    out.update(first_s=first, last_s=last, ratio=last / first)
    if largest_file is not None:
        lake = Warehouse(work / f"held-{sizes[-1]}")
        out["country_daily_lake_s"] = _best(lambda: lake.connect().sql("select * from country_daily").to_arrow_table())
        out["country_daily_file_s"], out["country_daily_rows"], _ = time_rollup(largest_file)
        # the maintained table against the file's from-scratch view (the loaded batches add to C1 only)
        out["country_daily_same_rows"] = _same_country_daily(lake, largest_file)
        out["figures_held"] = sizes[-1]
    return out


def _same_country_daily(lake: Warehouse, path: Path) -> bool:
    """The lake's country_daily (the maintained table) against the single file's from-scratch view,
    on the generated rows' days: the batches' synthetic rows add keys of their own country only."""
    import duckdb

    query = "select * from country_daily where country <> 'C1' order by all"
    with duckdb.connect(str(path), read_only=True) as con:
        scratch = con.sql(query).fetchall()
    with lake.connect() as con:
        ours = con.sql(query).fetchall()
    return ours == scratch


def _best(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def print_scale(r: dict) -> None:
    print(f"load per batch: first {r['first_s']:.2f} s, last {r['last_s']:.2f} s, ratio {r['ratio']:.2f}")
    print("  median load of a batch of %d articles / %d figures, %d loads per size: %s" % (
        r["batch_articles"], r["batch_figures"], r["loads_per_size"],
        ", ".join(f"{n:,} figures held {s:.2f} s" for n, s in r["load_s"].items())))
    if "country_daily_lake_s" in r:
        print(f"country_daily at {r['figures_held']:,} figures: DuckLake {r['country_daily_lake_s']:.2f} s (maintained table), "
              f"single-file DuckDB {r['country_daily_file_s']:.2f} s (view over every figure; {r['country_daily_rows']:,} rows); "
              f"same rows outside the loaded batches' country: {r['country_daily_same_rows']}")
