"""`unrest bench`: the whole job on N generated articles in a temporary folder, against plain spaCy.

It prints end-to-end articles per second, seconds per Dagster step (summed over batches), peak
resident memory (this process, the largest extraction worker, and the whole process tree sampled
every second: `bench.TreeMemory`), resident memory after each
batch (flat memory means flat numbers here), a second run with no new input as a share of the
first, and plain `nlp.pipe` with every en_core_web_sm component on, timed on the same texts in
the same process after the job, with the ratio of the two throughputs. `--rollup-figures N`
adds the country_daily view timed over N synthetic figure rows."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from pipelines import bench


def run_bench(n: int, *, seed: int = 0, max_inputs: int = 2000, baseline_articles: int = 2000,
              processes: str = "auto", rollup_figures: int = 0, keep: Path | None = None, rerun: bool = True) -> dict:
    from .runner import EXIT_OK, run_pipeline

    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="unrest-bench-"))
    raw, data = work / "raw", work / "data"
    os.environ["UNREST_NLP_PROCESSES"] = str(processes)
    report: dict = {"articles": n, "max_inputs_per_batch": max_inputs, "nlp_processes": processes, "folder": str(work)}
    try:
        started = time.perf_counter()
        bench.write_articles(raw, n, seed)
        report["generate_s"] = time.perf_counter() - started

        first: dict = {}
        started, cpu = time.perf_counter(), bench.cpu_seconds()
        with bench.TreeMemory() as tree:
            code = run_pipeline(raw, data, None, max_inputs=max_inputs, stats=first)
            report["run_s"] = time.perf_counter() - started
            report["run_cpu_s"] = bench.cpu_seconds() - cpu
        report["tree_peak_rss_mb"], report["tree_peak_pss_mb"] = tree.peak_rss_mb, tree.peak_pss_mb
        report["articles_per_cpu_s"] = n / report["run_cpu_s"]
        if code != EXIT_OK:
            raise RuntimeError(f"unrest run failed with exit code {code}")
        report["articles_per_s"] = n / report["run_s"]
        report["stages_s"] = _stage_seconds(data, [b["run_id"] for b in first["batches"]])
        report["batch_rss_mb"] = [round(b["rss_mb"]) for b in first["batches"]]
        own, child = bench.peak_rss_mb()
        report["peak_rss_mb"], report["peak_worker_rss_mb"] = own, child
        report["counts"] = _counts(data)

        if rerun:
            again: dict = {}
            started = time.perf_counter()
            run_pipeline(raw, data, None, max_inputs=max_inputs, stats=again)
            report["rerun_s"] = time.perf_counter() - started
            report["rerun_share"] = report["rerun_s"] / report["run_s"]

        if baseline_articles:
            texts = [p.read_text(encoding="utf-8") for p in sorted(raw.rglob("*.txt"))[:baseline_articles]]
            report["baseline_articles"] = len(texts)
            report["spacy_articles_per_s"], report["spacy_articles_per_cpu_s"] = bench.spacy_baseline(texts)
            report["ratio"] = report["articles_per_s"] / report["spacy_articles_per_s"]
            report["ratio_cpu"] = report["articles_per_cpu_s"] / report["spacy_articles_per_cpu_s"]

        if rollup_figures:
            path = work / "rollup.duckdb"
            bench.build_rollup_warehouse(path, rollup_figures)
            report["rollup_figures"] = rollup_figures
            report["rollup_s"], report["rollup_rows"], report["rollup_cpu_s"] = bench.time_rollup(path)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    return report


def _stage_seconds(data: Path, run_ids: list[str]) -> dict[str, float]:
    from .instance import instance_for

    totals: dict[str, float] = {}
    with instance_for(data) as instance:
        for run_id in run_ids:
            for step in instance.get_run_step_stats(run_id):
                if step.start_time and step.end_time:
                    totals[step.step_key] = totals.get(step.step_key, 0.0) + step.end_time - step.start_time
    return dict(sorted(totals.items(), key=lambda kv: -kv[1]))


def _counts(data: Path) -> dict[str, int]:
    from pipelines.warehouse import Warehouse

    with Warehouse(data).connect(read_only=True) as con:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("articles", "figures", "entities", "entity_mentions")}


def print_report(r: dict, as_json: bool = False) -> None:
    if as_json:
        print(json.dumps(r, indent=2, default=str))
        return
    print(f"unrest bench: {r['articles']} articles, batches of {r['max_inputs_per_batch']}, "
          f"nlp processes {r['nlp_processes']}")
    print(f"  end to end           {r['run_s']:.1f} s = {r['articles_per_s']:.1f} articles/s "
          f"({r['articles_per_cpu_s']:.1f} per CPU second)")
    if "spacy_articles_per_s" in r:
        print(f"  plain spaCy nlp.pipe {r['spacy_articles_per_s']:.1f} articles/s ({r['spacy_articles_per_cpu_s']:.1f} "
              f"per CPU second; en_core_web_sm, all components, 1 process, first {r['baseline_articles']} texts)")
        print(f"  ratio                {r['ratio']:.2f} wall clock, {r['ratio_cpu']:.2f} per CPU second "
              f"(end to end / plain spaCy)")
    print(f"  peak RSS             {r['peak_rss_mb']:.0f} MB main process, {r['peak_worker_rss_mb']:.0f} MB largest worker")
    print(f"  peak, all processes  {r['tree_peak_pss_mb']:.0f} MB PSS (shared pages split), "
          f"{r['tree_peak_rss_mb']:.0f} MB summed RSS (shared pages counted per process)")
    print(f"  RSS after each batch {r['batch_rss_mb']} MB")
    if "rerun_s" in r:
        print(f"  rerun, no new input  {r['rerun_s']:.1f} s = {r['rerun_share']:.1%} of the first run")
    if "rollup_s" in r:
        print(f"  country_daily        {r['rollup_s']:.2f} s ({r['rollup_cpu_s']:.2f} CPU s) over {r['rollup_figures']:,} "
              f"figures ({r['rollup_rows']} rows)")
    print("  seconds per step (summed over batches):")
    for step, s in r["stages_s"].items():
        print(f"    {step:<45} {s:8.1f}")
    print(f"  warehouse            {r['counts']}")
