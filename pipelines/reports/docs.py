"""Great Expectations Data Docs per validated table, under <data>/docs/<table>/.

Why one site per table rather than one for the whole batch: each table's check runs on its
own, and its metadata must link to a page that exists when the check reports. Each build
replaces the table's index with the latest batch's results (older result pages stay on disk);
<data>/docs/index.html links the tables' sites."""
from __future__ import annotations

import html
from pathlib import Path

from .files import write_atomic

TABLES = ("articles", "raw_files", "entities", "entity_mentions", "figures")


def table_docs(report, data_dir: Path, table: str) -> Path:
    """Build `table`'s Data Docs site from a ValidationReport; returns its index.html."""
    from pipelines.validate import data_docs

    docs = Path(data_dir) / "docs"
    index = data_docs([report], docs / table)
    write_index(docs)
    return index


def write_index(docs: Path) -> Path:
    items = "\n".join(f'<li><a href="{t}/index.html">{html.escape(t)}</a>'
                      + ("" if (docs / t / "index.html").exists() else " (not built yet)") + "</li>"
                      for t in TABLES)
    page = ("<!doctype html><html><head><meta charset='utf-8'><title>unrest: Data Docs</title></head><body>"
            "<h1>unrest: Great Expectations Data Docs</h1><p>The latest validation of each table.</p>"
            f"<ul>\n{items}\n</ul></body></html>")
    return write_atomic(docs / "index.html", page.encode("utf-8"))
