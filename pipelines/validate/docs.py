"""Static GX Data Docs for a set of validation reports, for humans reviewing a batch.

A throwaway ephemeral context per call: the docs site and its in-memory results store must
not accumulate in the process-wide validation context."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import great_expectations as gx

from .report import ValidationReport

_SITE = "unrest"


def data_docs(reports: list[ValidationReport], out_dir: Path) -> Path:
    """Build a Data Docs site for `reports` into `out_dir`; returns the index.html path.
    Reports not produced by `validate` (no GX result attached) are skipped."""
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.base import ProgressBarsConfig
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    ctx.add_data_docs_site(_SITE, {
        "class_name": "SiteBuilder",
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(out_dir)},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    })
    run = RunIdentifier(run_name="validate", run_time=datetime.now(timezone.utc))
    for i, report in enumerate(reports):
        result = getattr(report, "_gx_result", None)
        if result is None:
            continue
        key = ValidationResultIdentifier(
            ExpectationSuiteIdentifier(name=result.suite_name), run, batch_identifier=f"{i:03d}-{report.table}")
        ctx.validation_results_store.set(key, result)
    ctx.build_data_docs(site_names=[_SITE])
    return out_dir / "index.html"
