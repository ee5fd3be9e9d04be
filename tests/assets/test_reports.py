"""The report asset and the Data Docs: files that exist and open, shown in the Dagster UI."""
import re
from datetime import datetime, timezone

import dagster as dg
import matplotlib.image as mpimg

from pipelines.reports.report import render_html
from pipelines.reports.timeline import Point, render_png


def test_chart_and_self_contained_html_report_exist_and_open(event_data):
    png, page = event_data / "reports" / "tolls_timeline.png", event_data / "reports" / "report.html"
    image = mpimg.imread(png)
    assert image.shape[0] > 200 and image.shape[1] > 400
    text = page.read_text()
    assert text.startswith("<!doctype html>") and text.rstrip().endswith("</html>")
    assert "data:image/png;base64," in text
    assert not re.search(r"""(src|href)=["'](?!data:|#)""", text), "the report must not load other files"
    assert "Nairobi" in text and "Kenya" in text


def test_data_docs_exist_for_every_validated_table(event_data):
    docs = event_data / "docs"
    index = (docs / "index.html").read_text()
    for table in ("articles", "raw_files", "entities", "entity_mentions", "figures"):
        assert f'href="{table}/index.html"' in index
        site = (docs / table / "index.html").read_text()
        assert table in site and "<html" in site.lower()
        pages = list((docs / table / "validations").rglob("*.html"))
        assert pages and any(p.relative_to(docs).as_posix() in index for p in pages)


def test_ui_metadata_shows_the_chart_and_links_the_data_docs(event_data):
    from assets.cli.instance import instance_for

    with instance_for(event_data) as instance:
        mat = instance.get_latest_materialization_event(dg.AssetKey("tolls_report")).asset_materialization
        assert mat.metadata["chart"].value.startswith("![Reported tolls per country](data:image/png;base64,")
        assert mat.metadata["report_path"].value == str(event_data / "reports" / "report.html")
        key = dg.AssetCheckKey(dg.AssetKey("figures"), "great_expectations")
        record = instance.event_log_storage.get_asset_check_execution_history(key, limit=1)[0]
        meta = record.event.dagster_event.event_specific_data.metadata
        page = meta["data_docs"].value
        assert page.startswith((event_data / "docs" / "figures" / "validations").as_uri()) and page.endswith("figures.html")
        assert meta["data_docs_site"].value == str(event_data / "docs" / "figures" / "index.html")
        assert "threshold" in meta


def test_report_escapes_untrusted_text_and_handles_an_empty_warehouse():
    page = render_html(render_png([]), ["outlet"], [("<script>alert(1)</script>",)], {"articles": 0},
                       datetime(2024, 1, 1, tzinfo=timezone.utc))
    assert "<script>" not in page and "&lt;script&gt;" in page
    one = render_png([Point("Kenya", datetime(2024, 3, 12).date(), "killed", 12, 17)])
    assert one.startswith(b"\x89PNG")
