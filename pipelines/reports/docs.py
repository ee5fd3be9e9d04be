"""Great Expectations Data Docs per validated table, under <data>/docs/<table>/.

Why one site per table rather than one for the whole batch: each table's check runs on its
own, and its metadata must link to a page that exists when the check reports. Each build
replaces the table's site index with the latest batch's results (older result pages stay on
disk). GX's site index lists results with JavaScript fetched from a CDN, so offline it shows
an empty list; the result pages themselves are static. Hence the checks link the latest result
page, and <data>/docs/index.html links each table's latest page and its site."""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from .files import write_atomic

TABLES = ("articles", "raw_files", "entities", "entity_mentions", "figures")


@dataclass
class TableDocs:
    site: Path   # the GX site's index.html
    page: Path   # this validation's result page


def table_docs(report, data_dir: Path, table: str) -> TableDocs:
    """Build `table`'s Data Docs site from a ValidationReport; returns its index and result page."""
    from pipelines.validate import data_docs

    docs = Path(data_dir) / "docs"
    site = data_docs([report], docs / table)
    page = latest_page(docs / table)
    write_index(docs)
    return TableDocs(site, page or site)


def latest_page(site_dir: Path) -> Path | None:
    pages = [p for p in (site_dir / "validations").rglob("*.html")] if (site_dir / "validations").is_dir() else []
    return max(pages, key=lambda p: (p.stat().st_mtime_ns, str(p))) if pages else None


def write_index(docs: Path) -> Path:
    items = []
    for t in TABLES:
        page = latest_page(docs / t)
        if page is None:
            items.append(f"<li>{html.escape(t)}: not built yet</li>")
            continue
        rel = page.relative_to(docs).as_posix()
        items.append(f'<li><a href="{html.escape(rel)}">{html.escape(t)}</a>: latest validation result '
                     f'(<a href="{html.escape(t)}/index.html">Great Expectations site</a>)</li>')
    page = ("<!doctype html><html><head><meta charset='utf-8'><title>unrest: Data Docs</title></head><body>"
            "<h1>unrest: Great Expectations Data Docs</h1><p>The latest validation of each table.</p>"
            "<ul>\n" + "\n".join(items) + "\n</ul></body></html>")
    return write_atomic(docs / "index.html", page.encode("utf-8"))
