"""Human-facing outputs of a run: the tolls timeline (PNG), the self-contained HTML report and
the index of the Great Expectations Data Docs, all under the data folder.

Pure Python (no Dagster); the `report` assets call these and put the results in the UI."""
from __future__ import annotations

from .docs import table_docs
from .report import ReportPaths, build_report

__all__ = ["ReportPaths", "build_report", "table_docs"]
