"""Great Expectations suites as blocking Dagster asset checks.

Table-level failures (duplicate or missing keys) fail with ERROR and block the load.
Row-level failures (a quote that does not match the body, an unknown category, a bad ISO
code, a dangling foreign key) send those rows to quarantine under the rule's name; the
other rows load, and the check reports WARN with the failing examples, however many rows fail.

Each check also builds its table's Great Expectations Data Docs under <data>/docs/<table>/
and links them from its metadata; a docs failure is logged, never a failed check."""

import json
from datetime import datetime, timezone

import dagster as dg

from pipelines.reports import table_docs
from pipelines.schemas import to_table

from .metadata import md_escape
from .partitions import batches
from .resources import UnrestResource

VALIDATED = ("articles", "raw_files", "entities", "entity_mentions", "figures")
# cross-table rules need the articles' bodies and the entity keys
_REFS = {"figures": ("articles", "entities"), "entity_mentions": ("articles", "entities")}
_KEYS = {"articles": "article_id", "raw_files": "sha256", "entities": "entity_id",
         "entity_mentions": "mention_id", "figures": "figure_id"}


def run_suite(unrest: UnrestResource, table: str, batch: str, log=None) -> dg.AssetCheckResult:
    lake = unrest.lake
    df = lake.read(table, batch).to_pandas()
    if df.empty:   # nothing to validate: do not pay Great Expectations' import (seconds) for it
        return _empty_batch_result()
    from pipelines.validate import validate   # imports great_expectations

    refs = {r: lake.read(r, batch).to_pandas() for r in _REFS.get(table, ())}
    report = validate(table, df, refs=refs)
    rejected = report.rejected()
    if table != "raw_files" and rejected and batch not in unrest.warehouse.committed_batches():
        _quarantine_rows(lake, table, batch, df, rejected)
    # row-level failures are the inputs' own: they quarantine rows and never block a batch (which
    # would block every later run too); only table-level rules (keys) block, as faults of the system
    blocking = bool(report.blocking_failures)
    rules = [{"rule": r.rule, "level": r.level, "passed": r.success, "unexpected": r.unexpected_count,
              "of": r.element_count, "threshold": r.threshold} for r in report.results]
    failing = [r for r in report.results if not r.success]
    docs = _docs_metadata(report, unrest, table, log)
    return dg.AssetCheckResult(
        passed=report.success,
        severity=dg.AssetCheckSeverity.ERROR if blocking else dg.AssetCheckSeverity.WARN,
        description=f"{len(report.results)} GX rules; {len(failing)} failed; {len(rejected)} of {len(df)} rows quarantined",
        metadata={
            "rows": dg.MetadataValue.int(len(df)),
            "rows_quarantined": dg.MetadataValue.int(len(rejected)),
            "threshold": dg.MetadataValue.text(
                "table-level rules must all pass; row-level failures quarantine rows and never block"),
            "rules": dg.MetadataValue.md(_rules_md(report.results)),
            "failing_examples": dg.MetadataValue.json({r.rule: r.examples for r in failing}),
            "rules_json": dg.MetadataValue.json(rules),
            **docs,
        },
    )


def _empty_batch_result() -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        passed=True, severity=dg.AssetCheckSeverity.WARN,
        description="no rows in this batch: nothing to validate (Data Docs keep the last batch with rows)",
        metadata={"rows": dg.MetadataValue.int(0), "rows_quarantined": dg.MetadataValue.int(0)})


def _docs_metadata(report, unrest: UnrestResource, table: str, log) -> dict:
    try:
        docs = table_docs(report, unrest.data, table)
    except Exception as exc:  # Data Docs are for humans; they never decide a batch
        if log:
            log.warning(f"Data Docs for {table} were not built: {exc}")
        return {"data_docs": dg.MetadataValue.text(f"not built: {md_escape(exc, 200)}")}
    return {"data_docs": dg.MetadataValue.url(docs.page.as_uri()),
            "data_docs_path": dg.MetadataValue.path(str(docs.page)),
            "data_docs_site": dg.MetadataValue.path(str(docs.site))}


def _rules_md(results) -> str:
    lines = ["| rule | level | result | unexpected | threshold |", "|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {md_escape(r.rule)} | {r.level} | {'pass' if r.success else 'FAIL'} | "
                     f"{r.unexpected_count} / {r.element_count} | {md_escape(r.threshold)} |")
    return "\n".join(lines)


def _quarantine_rows(lake, table: str, batch: str, df, rejected: dict) -> None:
    key = _KEYS[table]
    now = datetime.now(timezone.utc)
    uris = _article_uris(lake, batch)
    rows = []
    for idx, rules in rejected.items():
        rec = df.loc[idx]
        for rule in rules:
            rows.append({
                "source_uri": uris.get(rec.get("article_id"), rec.get("source_uri")), "stage": "validate",
                "reason": rule, "detail": json.dumps({k: _plain(rec.get(k)) for k in df.columns if k not in ("body", "sentence")},
                                                     ensure_ascii=False, default=str)[:2000],
                "seen_at": now, "batch_id": batch, "table_name": table, "record_key": str(rec[key]),
            })
    lake.write("quarantine", batch, to_table("quarantine", rows), part=f"validate-{table}")


def _article_uris(lake, batch: str) -> dict:
    arts = lake.read("articles", batch, columns=["article_id", "source_uri"]).to_pylist()
    return {a["article_id"]: a["source_uri"] for a in arts}


def _plain(v):
    return v.tolist() if hasattr(v, "tolist") else v


def _make_check(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=table, name="great_expectations", blocking=True, partitions_def=batches,
                    description=f"Great Expectations suite for {table}: keys, vocabularies, bounds, offsets, foreign keys.",
                    additional_deps=[dg.AssetKey(r) for r in _REFS.get(table, ())])
    def _check(context: dg.AssetCheckExecutionContext, unrest: UnrestResource) -> dg.AssetCheckResult:
        return run_suite(unrest, table, context.partition_key, context.log)

    return _check


gx_checks = [_make_check(t) for t in VALIDATED]
