"""The run's report: <data>/reports/tolls_timeline.png and one self-contained HTML file
(<data>/reports/report.html) with the chart embedded as a data URI and the reconciled tolls
as a table, so it opens from disk or as an e-mail attachment with nothing else beside it.

Read from the published warehouse over a read-only connection; every value from the data is
HTML-escaped (titles, outlets and sources are untrusted text)."""
from __future__ import annotations

import base64
import html
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path


from .files import write_atomic
from .timeline import load_points, render_png

PNG_NAME, HTML_NAME = "tolls_timeline.png", "report.html"
MAX_TABLE_ROWS = 500

_TOLLS_SQL = f"""
    select country_name, place, category, event_date, window_start, window_end,
           min_value, max_value, latest_value, sources, articles, outlets, reported_by
    from incident_tolls
    where category in ('killed', 'injured', 'arrested', 'hospitalized', 'missing')
    order by country_name nulls last, coalesce(event_date, window_start) nulls last, place nulls first, category
    limit {MAX_TABLE_ROWS}"""


@dataclass
class ReportPaths:
    png: Path
    html: Path
    png_bytes: bytes
    countries: int
    toll_rows: int
    totals: dict


def build_report(warehouse, out_dir: Path) -> ReportPaths:
    """From one snapshot of the warehouse (a pipelines.warehouse.Warehouse): one read transaction."""
    with warehouse.connect(read_only=True) as con:
        con.execute("begin transaction")
        points = load_points(con)
        tolls = con.execute(_TOLLS_SQL).fetchall()
        names = [d[0] for d in con.description]
        totals = dict(zip(("articles", "stories", "figures"), con.execute(
            "select (select count(*) from articles), (select count(distinct coalesce(story_id, article_id)) from articles), "
            "(select count(*) from figures)").fetchall()[0]))
    png = render_png(points)
    now = datetime.now(timezone.utc)
    png_path = write_atomic(Path(out_dir) / PNG_NAME, png)
    html_path = write_atomic(Path(out_dir) / HTML_NAME, render_html(png, names, tolls, totals, now).encode("utf-8"))
    return ReportPaths(png_path, html_path, png, len({p.country for p in points}), len(tolls), totals)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return html.escape(", ".join(str(x) for x in v))
    return html.escape(str(v))


def render_html(png: bytes, names: list[str], rows: list[tuple], totals: dict, when: datetime) -> str:
    head = "".join(f"<th>{html.escape(n)}</th>" for n in names)
    body = "\n".join("<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in r) + "</tr>" for r in rows)
    img = base64.b64encode(png).decode("ascii")
    stats = ", ".join(f"{n} {html.escape(k)}" for k, n in totals.items())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>unrest: reported tolls</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; font-size: 0.85em; }}
th, td {{ border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }}
th {{ background: #f3f3f3; }}
img {{ max-width: 100%; }}
</style></head><body>
<h1>Reported tolls</h1>
<p>Generated {when:%Y-%m-%d %H:%M} UTC from the warehouse: {stats}.</p>
<h2>Timeline per country</h2>
<p>Each bar spans the lowest to the highest figure reported for that country and day
(the <code>country_daily</code> view).</p>
<img alt="Timeline of reported tolls per country" src="data:image/png;base64,{img}">
<h2>Tolls reconciled across articles</h2>
<p>The <code>incident_tolls</code> view: one row per country, place, category and event date (or the week of
publication when the date is unknown); <em>sources</em> counts independent stories, so syndicated copies count once.
{f"First {MAX_TABLE_ROWS} rows." if len(rows) >= MAX_TABLE_ROWS else ""}</p>
<table><thead><tr>{head}</tr></thead><tbody>
{body}
</tbody></table>
</body></html>
"""
