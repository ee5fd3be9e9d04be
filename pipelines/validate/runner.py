"""Runs a suite against a DataFrame through one ephemeral GX context per process and turns
GX's COMPLETE results into RuleResults. Creating contexts, sources and assets is the slow
part of GX, so they are created once and reused; only the batch changes per call."""
from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from datetime import date, datetime

import great_expectations as gx
import pandas as pd

from . import derive
from .report import RuleResult, ValidationReport
from .schema import KEY_COLUMNS
from .suites import build_suite

MAX_EXAMPLES = 5
_SOURCE = "unrest_validate"
_lock = threading.Lock()      # guards creating the context and assets
_run_lock = threading.Lock()  # one GX validation at a time per process: the shared context is not thread-safe
_context = None
_batch_definitions: dict[str, object] = {}


def get_context():
    """The process-wide ephemeral context, progress bars off (GX shows a tqdm
    "Calculating Metrics" bar per validation unless the context says otherwise)."""
    global _context
    with _lock:
        if _context is None:
            from great_expectations.data_context.types.base import ProgressBarsConfig

            ctx = gx.get_context(mode="ephemeral")
            ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
            ctx.data_sources.add_pandas(_SOURCE)
            _context = ctx
        return _context


def _batch_definition(table: str):
    ctx = get_context()
    with _lock:
        if table not in _batch_definitions:
            asset = ctx.data_sources.get(_SOURCE).add_dataframe_asset(table)
            _batch_definitions[table] = asset.add_batch_definition_whole_dataframe(f"{table}_batch")
        return _batch_definitions[table]


def jsonable(value):
    """Plain Python for JSON: numpy scalars unwrapped, NaN/NA to None, timestamps to ISO."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else float(value)
    if isinstance(value, (pd.Timestamp, datetime, date)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else list(value)
        return jsonable(items) if not isinstance(items, list) else [jsonable(v) for v in items]
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def _columns(cfg) -> list[str]:
    kw = cfg.kwargs
    if "column" in kw:
        return [kw["column"]]
    if "column_A" in kw:
        return [kw["column_A"], kw["column_B"]]
    return list(kw.get("column_list") or [])


def _examples(frame: pd.DataFrame, positions: list[int], cols: list[str], labels: pd.Index) -> list[dict]:
    rows = []
    for pos in positions[:MAX_EXAMPLES]:
        row = {"index": jsonable(labels[pos])}
        row.update({c: jsonable(frame.at[pos, c]) for c in cols if c in frame.columns})
        rows.append(row)
    return rows


def _reported_column(cols: list[str], meta: dict) -> str | None:
    """Helper columns are an implementation detail: report the data columns they check."""
    if cols and all(c.startswith("_") for c in cols):
        cols = list(meta.get("show", [])) or cols
    return ",".join(cols) or None


def _errors(exception_info: dict) -> list[str]:
    """GX 1.x nests exception info per metric; older shapes keep it flat."""
    infos = [exception_info] if "raised_exception" in exception_info else list(exception_info.values())
    return [str(i.get("exception_message"))[:300] for i in infos if isinstance(i, dict) and i.get("raised_exception")]


def _to_rule_result(table: str, res, frame: pd.DataFrame, labels: pd.Index) -> RuleResult:
    cfg = res.expectation_config
    meta = cfg.meta or {}
    out = res.result or {}
    exc = res.exception_info or {}
    cols = _columns(cfg)
    positions = [int(p) for p in out.get("unexpected_index_list") or []]
    shown = list(dict.fromkeys([*KEY_COLUMNS[table], *meta.get("show", []), *[c for c in cols if not c.startswith("_")]]))
    examples = _examples(frame, positions, shown, labels)
    unexpected = out.get("unexpected_count", len(positions))
    if "details" in out:  # columns_present: name the missing columns (extra ones are allowed)
        missing = out["details"].get("mismatched", {}).get("missing", [])
        examples, unexpected = [{"missing_columns": jsonable(missing)}], len(missing)
    errors = _errors(exc)
    if errors:  # GX could not evaluate the rule (e.g. its column is missing): a failure, say why
        examples = [{"error": e} for e in list(dict.fromkeys(errors))[:MAX_EXAMPLES]]
    return RuleResult(
        rule=meta.get("rule", cfg.type),
        expectation=cfg.type,
        column=_reported_column(cols, meta),
        level=meta.get("level", "table"),
        success=bool(res.success),
        element_count=int(out.get("element_count", len(frame))),
        unexpected_count=int(unexpected),
        threshold=meta.get("threshold", ""),
        examples=examples,
        failing_index=labels[positions].tolist() if positions else [],
        severity=str(getattr(cfg.severity, "value", cfg.severity)),
    )


def run_suite(table: str, suite: gx.ExpectationSuite, frame: pd.DataFrame,
              labels: pd.Index | None = None) -> tuple[list[RuleResult], object]:
    """Validate `frame` (positional RangeIndex) with `suite`; `labels` maps positions back to the
    caller's index. Returns RuleResults in suite order and the raw GX suite result."""
    labels = frame.index if labels is None else labels
    definition = _batch_definition(table)
    with _run_lock:
        batch = definition.get_batch(batch_parameters={"dataframe": frame})
        result = batch.validate(suite, result_format={"result_format": "COMPLETE"})
    converted = [_to_rule_result(table, r, frame, labels) for r in result.results]
    order = {e.meta["rule"]: i for i, e in enumerate(suite.expectations)}
    return sorted(converted, key=lambda r: order.get(r.rule, len(order))), result


def validate(table: str, df: pd.DataFrame, *, refs: Mapping[str, pd.DataFrame] | None = None) -> ValidationReport:
    """Validate one batch of `table`. `refs` gives the frames cross-table rules read:
    figures and entity_mentions need refs["articles"] (article_id, body) and refs["entities"]
    (entity_id). The index of `df` should be unique: failing rows are reported by label."""
    frame = derive.prepare(table, df, refs)
    labels = df.index if len(df) else frame.index
    results, raw = run_suite(table, build_suite(table), frame, labels)
    report = ValidationReport(table, results)
    report._gx_result = raw
    return report
