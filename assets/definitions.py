"""The one Definitions object of the code location (`dagster dev` loads it via pyproject.toml)."""
from __future__ import annotations

import dagster as dg

from .automation import define_job, hourly_ingest, new_raw_files, unrest_job
from .checks import gx_checks
from .extract import extractions
from .ingest import raw_articles
from .parse import parsed_articles
from .progress import progress_logger
from .quarantine import quarantine
from .reports import tolls_report
from .resources import UnrestResource
from .warehouse import warehouse

defs = dg.Definitions(
    assets=[raw_articles, parsed_articles, extractions, quarantine, warehouse, tolls_report],
    asset_checks=gx_checks,
    jobs=[unrest_job],
    schedules=[hourly_ingest],
    sensors=[new_raw_files],
    resources={"unrest": UnrestResource()},
    loggers={"console": progress_logger},
)


def job_for_executor(kind: str) -> dg.JobDefinition:
    """The whole job, resolved against the code location, with the named executor."""
    return dg.Definitions(assets=defs.assets, asset_checks=defs.asset_checks, resources=defs.resources,
                          loggers=defs.loggers, jobs=[define_job(kind)]).resolve_job_def("unrest_job")
