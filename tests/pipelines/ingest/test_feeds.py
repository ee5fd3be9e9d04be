"""RSS/Atom files on disk: one row per entry; entries without text are only fetched from allowed hosts."""
from datetime import datetime, timezone

from pipelines.ingest import read_feed_config

from .conftest import only, run
from .feedtexts import ATOM, item, rss


def test_rss_entries(raw):
    path = raw / "sandmere.rss"
    path.write_text(rss(
        item("Dock workers walk out", "https://sandmere.example/1",
             description="<p>Dock workers at Sandmere walked out on Monday.</p><p>The port is <b>closed</b>.</p>",
             date="Mon, 04 Mar 2024 09:00:00 +0100")
        + item("Bus drivers join strike", "https://sandmere.example/2",
               content="<p>Bus drivers joined the strike on Tuesday.</p><script>x()</script>")
        + item("Only a title", "file:///etc/passwd")
        + item("Private link only", "http://192.168.1.10/story")
        + item("Nothing at all")
    ))
    rows = run(raw)
    got = [(r.source_uri.removeprefix(str(path)), r.status, r.reason) for r in rows]
    assert got == [("", "expanded", None), ("#entry=1", "pending", None), ("#entry=2", "pending", None),
                   ("#entry=3", "quarantined", "fetch_refused"), ("#entry=4", "quarantined", "fetch_refused"),
                   ("#entry=5", "quarantined", "no_text")]
    first, second = rows[1].record, rows[2].record
    assert first.fmt == "feed" and first.outlet == "Sandmere Gazette" and first.url == "https://sandmere.example/1"
    assert first.body == "Dock workers walk out\n\nDock workers at Sandmere walked out on Monday.\n\nThe port is closed."
    assert first.published_at == datetime(2024, 3, 4, 8, tzinfo=timezone.utc)
    assert "x()" not in second.body and second.body.endswith("Bus drivers joined the strike on Tuesday.")
    assert "file:" in rows[3].detail and "192.168.1.10" in rows[4].detail
    assert len({r.sha256 for r in rows}) == len(rows)
    assert rows[0].size == path.stat().st_size and all(r.size is r.mtime_ns is None for r in rows[1:])


def test_atom(raw):
    (raw / "ostrel.atom").write_text(ATOM)
    rows = run(raw)
    rec = rows[1].record
    assert rec.outlet == "Ostrel Monitor" and rec.url == "https://ostrel.example/sit-in"
    assert rec.body == "Miners stage sit-in at Ostrel pit\n\nForty miners refused to leave the Ostrel pit on Friday."
    assert rec.published_at == datetime(2024, 3, 1, 11, tzinfo=timezone.utc) and rec.extra["id"] == "urn:ostrel:1"


def test_not_a_feed(raw):
    (raw / "notes.xml").write_text("this is not XML <<<")
    row = only(raw)
    assert row.status == "quarantined" and row.reason in ("malformed_feed", "no_entries")


def test_feed_without_entries(raw):
    (raw / "quiet.rss").write_text(rss(""))
    assert only(raw).reason == "no_entries"


def test_feed_config(tmp_path):
    path = tmp_path / "feeds.conf"
    path.write_text("# my feeds\n\nhttps://a.example/rss  # trailing note\n  http://b.example/feed#frag\n#https://off.example\n")
    assert read_feed_config(path) == ["https://a.example/rss", "http://b.example/feed#frag"]


def test_entity_expansion_and_external_entities_are_harmless(raw, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("LEAKED-SECRET")
    laughs = "".join(f'<!ENTITY l{i} "{"&l%d;" % (i - 1) * 10}">' for i in range(1, 10))
    (raw / "bomb.rss").write_text(f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">{laughs}]>'
                                  + rss(item("Bomb", description="&l9;")).split("?>", 1)[1])
    (raw / "xxe.rss").write_text(f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
                                 + rss(item("Probe") + "<item><title>Plain &x; probe</title><description>Body &x; here</description></item>").split("?>", 1)[1])
    rows = run(raw)
    assert all(len(r.record.body) < 1_000 for r in rows if r.record)
    assert rows[-1].record.body == "Plain probe\n\nBody here"
    assert not any("LEAKED" in (r.detail or "") + (r.record.body if r.record else "") for r in rows)
