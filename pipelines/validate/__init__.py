"""Validation stage: Great Expectations suites, written in code, for each warehouse table.

Pure Python (no Dagster): the orchestration layer calls `validate` per table and batch, loads
what passes, quarantines `report.rejected()` rows and stops on `report.blocking_failures`.

    report = validate("figures", figures_df, refs={"articles": articles_df, "entities": entities_df})
"""
from __future__ import annotations

from .report import RuleResult, ValidationReport
from .runner import validate
from .suites import build_suite
from .docs import data_docs

__all__ = ["RuleResult", "ValidationReport", "build_suite", "validate", "data_docs"]
