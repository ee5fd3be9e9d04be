"""`unrest`: run the pipeline headless, query the warehouse, open the UI.

    unrest run [--raw DIR] [--data DIR] [--feeds FILE] [--wait SECONDS]
    unrest sql [--data DIR] [--format table|csv|json] [--as-of BATCH_ID|TIMESTAMP] "SELECT ..."
    unrest migrate [--data DIR]
    unrest maintain [--data DIR] [--compact] [--expire-older-than AGE]
    unrest ui  [--data DIR] [--host H] [--port P]
    unrest explain (FILE | ARTICLE_ID | --text "...") [--data DIR] [--json]
    unrest eval GOLD_DIR [--data DIR] [--json] [--all-misses]
    unrest bench [--articles N] [--batch N] [--processes auto|N] [--rollup-figures N] [--json]
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..paths import DEFAULT_RAW
from .runner import EXIT_OK, EXIT_USAGE



def _data_dir(value: str | None) -> Path:
    return Path(value or os.environ.get("UNREST_DATA_DIR") or "data").absolute()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="unrest", description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="ingest new inputs and run the whole graph headless")
    run.add_argument("--raw", help="folder of raw inputs (default $UNREST_RAW_DIR or seeds/articles)")
    run.add_argument("--data", help="data folder: lake, warehouse, Dagster instance (default $UNREST_DATA_DIR or ./data)")
    run.add_argument("--feeds", help="file listing feed URLs, one per line (default $UNREST_FEEDS_FILE)")
    run.add_argument("--wait", type=float, default=600.0, help="seconds to wait for another run on the same data folder")
    run.add_argument("--max-inputs-per-batch", type=int, default=2000)
    sql = sub.add_parser("sql", help="run a read-only SQL query on the warehouse")
    sql.add_argument("query")
    sql.add_argument("--data")
    sql.add_argument("--format", choices=("table", "csv", "json"), default="table")
    sql.add_argument("--as-of", help="query the warehouse as it was after this batch id, or at this ISO timestamp")
    mig = sub.add_parser("migrate", help="move a single-file warehouse (<data>/state/warehouse.duckdb) into DuckLake")
    mig.add_argument("--data")
    mnt = sub.add_parser("maintain", help="compact the warehouse's small files and expire old snapshots")
    mnt.add_argument("--data")
    mnt.add_argument("--compact", action="store_true", help="flush inlined rows, merge small files, delete orphans")
    mnt.add_argument("--expire-older-than", metavar="AGE", help="forget snapshots older than AGE (30d, 12h, 90m)")
    ui = sub.add_parser("ui", help="open the Dagster UI on this data folder's instance")
    ui.add_argument("--data")
    ui.add_argument("--host", default="127.0.0.1", help="address the webserver listens on (default 127.0.0.1)")
    ui.add_argument("--port", type=int, default=3000, help="port of the webserver (default 3000)")
    ev = sub.add_parser("eval", help="run the pipeline on annotated articles and score it against the annotations")
    ev.add_argument("gold_dir", help="folder with articles/<id>.txt, gold.jsonl and optionally meta.jsonl")
    ev.add_argument("--data", help="data folder to run in (default: a temporary folder, removed afterwards)")
    ev.add_argument("--json", action="store_true", help="print the scores and misses as JSON")
    ev.add_argument("--all-misses", action="store_true", help="list every miss (default: the first 60)")
    explain = sub.add_parser("explain", help="show each number's path through the figure stages")
    explain.add_argument("target", nargs="?", metavar="FILE | ARTICLE_ID",
                         help="a .txt article, or the article_id of an article in the warehouse")
    explain.add_argument("--text", help="explain this text instead")
    explain.add_argument("--data")
    explain.add_argument("--json", action="store_true", help="one object per number: text, char_start, stages, figure")
    bench = sub.add_parser("bench", help="time the whole job on N generated articles against plain spaCy")
    bench.add_argument("--articles", type=int, default=2000)
    bench.add_argument("--batch", type=int, default=2000, help="max inputs per batch partition")
    bench.add_argument("--processes", default="auto", help="extraction worker processes: auto or a number")
    bench.add_argument("--baseline-articles", type=int, default=2000,
                       help="time plain spaCy on the first N of the texts (0: skip)")
    bench.add_argument("--rollup-figures", type=int, default=0, help="also time country_daily over N synthetic figures")
    bench.add_argument("--no-rerun", action="store_true", help="skip the second run with no new input")
    bench.add_argument("--seed", type=int, default=0)
    bench.add_argument("--keep", help="work in this folder and keep it (default: a temporary folder, removed)")
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--warehouse-scale", action="store_true",
                       help="instead: time a batch load into warehouses holding 0, 1 M and 10 M figures, and country_daily")
    bench.add_argument("--scale-sizes", default="0,1000000,10000000", help="figure counts for --warehouse-scale")
    args = ap.parse_args(argv)
    if args.command == "run":
        from .runner import run_pipeline

        raw = Path(args.raw or os.environ.get("UNREST_RAW_DIR") or DEFAULT_RAW).resolve()
        feeds = args.feeds or os.environ.get("UNREST_FEEDS_FILE")
        return run_pipeline(raw, _data_dir(args.data), Path(feeds).absolute() if feeds else None,
                            wait_s=args.wait, max_inputs=args.max_inputs_per_batch)
    if args.command == "sql":
        from .sql import run_sql

        return run_sql(_data_dir(args.data), args.query, args.format, args.as_of)
    if args.command == "explain":
        from .explain import run_explain

        return run_explain(args.target, args.text, _data_dir(args.data), args.json)
    if args.command == "migrate":
        from .warehouse_ops import migrate_cmd

        return migrate_cmd(_data_dir(args.data))
    if args.command == "maintain":
        from .warehouse_ops import maintain_cmd

        return maintain_cmd(_data_dir(args.data), args.compact, args.expire_older_than)
    if args.command == "bench" and args.warehouse_scale:
        return _warehouse_scale(args)
    if args.command == "bench":
        from .bench import print_report, run_bench

        print_report(run_bench(args.articles, seed=args.seed, max_inputs=args.batch, processes=args.processes,
                               baseline_articles=args.baseline_articles, rollup_figures=args.rollup_figures,
                               keep=Path(args.keep).absolute() if args.keep else None, rerun=not args.no_rerun),
                     as_json=args.json)
        return EXIT_OK
    if args.command == "eval":
        from .evaluate import run_eval

        return run_eval(Path(args.gold_dir).absolute(), Path(args.data).absolute() if args.data else None,
                        as_json=args.json, all_misses=args.all_misses)
    if args.command == "ui":
        return _ui(_data_dir(args.data), args.host, args.port)
    return EXIT_USAGE


def _warehouse_scale(args) -> int:
    import json
    import shutil
    import tempfile

    from pipelines.bench_warehouse import print_scale, warehouse_scale

    work = Path(args.keep).absolute() if args.keep else Path(tempfile.mkdtemp(prefix="unrest-scale-"))
    try:
        r = warehouse_scale(work, tuple(int(n) for n in args.scale_sizes.split(",")))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(r, indent=2, default=str)) if args.json else print_scale(r)
    return EXIT_OK


def _ui(data: Path, host: str, port: int) -> int:
    """`dagster dev` from this interpreter's own environment (`python -m dagster`), so nothing on
    PATH matters; dagster dev starts its webserver and daemon with the same interpreter."""
    from .instance import render_instance_yaml
    from ..paths import REPO_ROOT

    home = render_instance_yaml(data)
    env = {**os.environ, "DAGSTER_HOME": str(home), "UNREST_DATA_DIR": str(data)}
    os.chdir(REPO_ROOT)
    argv = [sys.executable, "-m", "dagster", "dev", "-h", host, "-p", str(port)]
    os.execve(sys.executable, argv, env)
    return EXIT_OK  # not reached: execve replaces this process


if __name__ == "__main__":
    sys.exit(main())
