"""Validation stage: Great Expectations suites, written in code, for each warehouse table.

Pure Python (no Dagster): the orchestration layer calls `validate` per table and batch, loads
what passes, quarantines `report.rejected()` rows and stops on `report.blocking_failures`.

    report = validate("figures", figures_df, refs={"articles": articles_df, "entities": entities_df})

Importing great_expectations takes seconds, so it happens on first use of `validate`,
`build_suite` or `data_docs`, not when this package is imported (e.g. by Dagster definitions).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .report import RuleResult, ValidationReport

if TYPE_CHECKING:
    from .docs import data_docs
    from .runner import validate
    from .suites import build_suite

__all__ = ["RuleResult", "ValidationReport", "build_suite", "validate", "data_docs"]

_LAZY = {"validate": ".runner", "build_suite": ".suites", "data_docs": ".docs"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
