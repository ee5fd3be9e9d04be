"""One test per input format, on small invented articles."""
import json
from datetime import datetime, timezone

from pipelines.ingest.records import sha256_hex

from .conftest import ARTICLE, only, run, write_json


def test_txt(raw):
    path = raw / "velmora.txt"
    path.write_bytes((ARTICLE + "( Velmora Courierwith AFP and REUTERS)\n").encode())
    row = only(raw)
    rec = row.record
    assert (row.status, row.source_uri, row.sha256) == ("pending", str(path), sha256_hex(path.read_bytes()))
    assert row.size == path.stat().st_size and row.mtime_ns == path.stat().st_mtime_ns
    assert rec.fmt == "txt" and rec.title == "Crowds gather outside the Velmora town hall"
    assert rec.body.startswith(rec.title + "\n\n") and rec.body.endswith("( Velmora Courierwith AFP and REUTERS)")
    assert (rec.outlet, rec.agencies, rec.language) == ("Velmora Courier", ["AFP", "Reuters"], "en")


def test_txt_in_other_language(raw):
    (raw / "es.txt").write_text("Protesta en Arrecife\n\nLa policía detuvo a tres personas durante la marcha del sábado.")
    assert only(raw).record.language == "es"


def test_json_object(raw):
    write_json(raw / "a.json", {
        "title": "Dockers strike in Port Ellery", "content": "Dockers in Port Ellery stopped work on Monday.",
        "url": "https://example.org/ellery", "published_at": "2023-05-02T08:00:00+02:00",
        "source": {"name": "Ellery Ledger"}, "language": "en", "author": "Staff", "tags": ["labour"],
    })
    rec = only(raw).record
    assert rec.fmt == "json" and rec.body == "Dockers strike in Port Ellery\n\nDockers in Port Ellery stopped work on Monday."
    assert rec.url == "https://example.org/ellery" and rec.outlet == "Ellery Ledger"
    assert rec.published_at == datetime(2023, 5, 2, 6, tzinfo=timezone.utc)
    assert rec.extra["author"] == "Staff" and rec.extra["tags"] == ["labour"] and rec.extra["declared_language"] == "en"
    json.dumps(rec.extra)


def test_body_already_starting_with_title_is_not_doubled(raw):
    write_json(raw / "a.json", {"title": "Curfew in Tarsel", "text": "Curfew in Tarsel\n\nThe curfew starts at nine."})
    assert only(raw).record.body == "Curfew in Tarsel\n\nThe curfew starts at nine."


def test_title_that_merely_prefixes_the_text_is_still_prepended(raw):
    write_json(raw / "a.json", {"title": "Riot", "text": "Rioters set fire to two cars."})
    assert only(raw).record.body == "Riot\n\nRioters set fire to two cars."


def test_unparseable_date_kept_raw(raw):
    write_json(raw / "a.json", {"title": "T", "body": "Marchers crossed the bridge.", "date": "sometime in spring"})
    rec = only(raw).record
    assert rec.published_at is None and rec.extra["published_raw"] == "sometime in spring"


def test_json_list(raw):
    items = [{"title": "First march", "text": "A first march took place."}, {"title": "No text here"},
             "not an object", {"title": "Second march", "body": "A second march followed."}]
    path = write_json(raw / "batch.json", items)
    rows = run(raw)
    assert [(r.source_uri.removeprefix(str(path)), r.status, r.reason) for r in rows] == [
        ("", "expanded", None), ("#item=1", "pending", None), ("#item=2", "quarantined", "no_text"),
        ("#item=3", "quarantined", "not_an_object"), ("#item=4", "pending", None)]
    assert rows[0].sha256 == sha256_hex(path.read_bytes()) and rows[0].size == path.stat().st_size
    assert "item 2" in rows[2].detail


def test_jsonl_with_a_bad_line(raw):
    lines = [json.dumps({"title": "Rally in Osk", "text": "Hundreds rallied in Osk."}),
             '{"title": "Broken", "text": "oops" "x"}', "",
             json.dumps({"title": "Only a title"}),
             json.dumps({"headline": "Sit-in at Merrow", "body": "Students held a sit-in at Merrow college."})]
    path = raw / "feed dump.jsonl"
    path.write_text("\n".join(lines) + "\n")
    rows = run(raw)
    got = [(r.source_uri.removeprefix(str(path)), r.status, r.reason) for r in rows]
    assert got == [("", "expanded", None), ("#line=1", "pending", None), ("#line=2", "quarantined", "malformed_json"),
                   ("#line=4", "quarantined", "no_text"), ("#line=5", "pending", None)]
    assert rows[1].sha256 == sha256_hex(lines[0].encode()) and rows[1].record.fmt == "jsonl"
    assert rows[0].size == path.stat().st_size and all(r.size is r.mtime_ns is None for r in rows[1:])
    assert rows[2].detail.startswith("line 2: Expecting ',' delimiter: line 1 column")
    assert rows[4].record.title == "Sit-in at Merrow"


def test_malformed_json(raw):
    (raw / "bad.json").write_text('{"title": "x", "text": }')
    row = only(raw)
    assert (row.status, row.reason) == ("quarantined", "malformed_json") and "Expecting value" in row.detail


def test_deeply_nested_json(raw):
    (raw / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (raw / "deep.jsonl").write_text('{"a":' * 100_000 + "1" + "}" * 100_000 + "\n")
    rows = run(raw)
    assert [(r.status, r.reason) for r in rows] == [
        ("quarantined", "malformed_json"), ("expanded", None), ("quarantined", "malformed_json")]


def test_empty_json_list(raw):
    (raw / "none.json").write_text("[]")
    assert only(raw).reason == "empty"


HTML = """<!doctype html><html><head><title>Farmers block the ring road | Hollin Weekly</title>
<meta property="og:site_name" content="Hollin Weekly">
<meta property="article:published_time" content="2024-02-10T09:15:00+00:00">
<script>var tracker = "SCRIPT-TEXT";</script></head>
<body><nav><a href="/">NAV-HOME</a> <a href="/sport">NAV-SPORT</a></nav>
<article><h1>Farmers block the ring road</h1>
<p>Farmers drove about two hundred tractors onto the Hollin ring road on Friday, protesting against new fuel taxes, local officials said.</p>
<p>Police closed three junctions and advised drivers to avoid the area until the evening, when most of the tractors had left.</p>
<p>A spokesman for the farmers' union said the protest would continue next week if the council did not respond.</p>
</article><footer>FOOTER-COPYRIGHT Hollin Weekly</footer><script>track("SCRIPT-TWO")</script></body></html>"""


def test_html(raw):
    (raw / "page.html").write_text(HTML)
    rec = only(raw).record
    assert rec.fmt == "html" and rec.title == "Farmers block the ring road"
    assert rec.body.startswith("Farmers block the ring road") and "two hundred tractors" in rec.body
    for junk in ("NAV-HOME", "SCRIPT-TEXT", "SCRIPT-TWO", "FOOTER-COPYRIGHT"):
        assert junk not in rec.body
    assert rec.outlet == "Hollin Weekly" and rec.published_at.date().isoformat() == "2024-02-10"


def test_html_with_only_scripts(raw):
    (raw / "empty.htm").write_text("<html><head><script>a()</script></head><body><script>b()</script></body></html>")
    row = only(raw)
    assert (row.status, row.reason) == ("quarantined", "no_main_text")


def test_unsupported_extensions(raw):
    (raw / "scan.pdf").write_bytes(b"%PDF-1.4 fake")
    (raw / "README").write_text("no extension")
    (raw / "photo.PNG").write_bytes(b"\x89PNG\r\n")
    rows = run(raw)
    assert [r.reason for r in rows] == ["unsupported_format"] * 3 and all(r.sha256 for r in rows)
