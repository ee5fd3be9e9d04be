"""Stage 5, report: the tolls timeline (PNG) and a self-contained HTML report under
<data>/reports/, rebuilt from the whole published warehouse after each load; the latest chart
is embedded in the materialization so the UI shows it."""

import base64

import dagster as dg

from pipelines.reports import build_report

from .partitions import batches
from .resources import UnrestResource

# the UI keeps metadata in its event log: embed the chart only while it stays small
MAX_EMBED_BYTES = 400_000


@dg.asset(
    deps=["warehouse"],
    partitions_def=batches,
    group_name="report",
    kinds={"matplotlib", "html"},
    owners=["team:unrest"],
    tags={"stage": "report"},
)
def tolls_report(context: dg.AssetExecutionContext, unrest: UnrestResource) -> dg.MaterializeResult:
    """Timeline of reported tolls per country (a bar per day from the lowest to the highest reported
    figure) as PNG, and one self-contained HTML report with the chart and the reconciled incident tolls."""
    try:
        out = build_report(unrest.warehouse, unrest.data / "reports")
    except OSError:
        raise   # the data folder's storage: a fault of the system
    except Exception as exc:   # the report is for humans: the batch is committed, and no content may fail the run
        context.log.warning(f"the tolls report was not rebuilt: {type(exc).__name__}: {exc}")
        return dg.MaterializeResult(metadata={"report": dg.MetadataValue.text(f"not built: {type(exc).__name__}: {exc}"[:300])})
    context.log.info(f"report: {out.countries} countries, {out.toll_rows} toll rows -> {out.html}")
    chart = (f"![Reported tolls per country](data:image/png;base64,{base64.b64encode(out.png_bytes).decode()})"
             if len(out.png_bytes) <= MAX_EMBED_BYTES else f"chart too large to embed; open {out.png}")
    return dg.MaterializeResult(metadata={
        "chart": dg.MetadataValue.md(chart),
        "chart_path": dg.MetadataValue.path(str(out.png)),
        "report_path": dg.MetadataValue.path(str(out.html)),
        "report": dg.MetadataValue.url(out.html.as_uri()),
        "countries": dg.MetadataValue.int(out.countries),
        "toll_rows": dg.MetadataValue.int(out.toll_rows),
        **{f"warehouse/{k}": dg.MetadataValue.int(int(v)) for k, v in out.totals.items()},
    })
