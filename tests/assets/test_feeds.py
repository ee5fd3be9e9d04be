"""Feed URLs from a config file, fetched over HTTP from a real server on 127.0.0.1."""
import http.server
import threading

import pytest

from assets.cli import main

from .conftest import warehouse_rows

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Times</title>
<item><title>Dockers strike in Saltmere</title><link>https://example.org/1</link>
<pubDate>Tue, 07 Mar 2023 08:00:00 GMT</pubDate>
<description>About 800 dockworkers walked out in Saltmere on Monday. Police said nine were detained.</description></item>
<item><title>Curfew lifted in Saltmere</title><link>https://example.org/2</link>
<description>The curfew was lifted on Wednesday after two quiet nights, the mayor said.</description></item>
</channel></rss>"""


@pytest.fixture
def feed_server():
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = RSS.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.rss"
    server.shutdown()


def _feeds_file(tmp_path, url):
    f = tmp_path / "feeds.list"
    f.write_text(f"# local test feed\n{url}\n")
    return f


def test_feed_entries_load_as_articles(tmp_path, feed_server, monkeypatch):
    monkeypatch.setenv("UNREST_ALLOW_PRIVATE_HOSTS", "1")  # the test server is on loopback
    (tmp_path / "raw").mkdir()
    data = tmp_path / "data"
    args = ["run", "--raw", str(tmp_path / "raw"), "--data", str(data), "--feeds", str(_feeds_file(tmp_path, feed_server))]
    assert main(args) == 0
    titles = sorted(r[0] for r in warehouse_rows(data, "select title from articles"))
    assert titles == ["Curfew lifted in Saltmere", "Dockers strike in Saltmere"]
    assert warehouse_rows(data, "select distinct outlet from articles") == [("Harbor Times",)]
    assert main(args) == 0  # the feed did not change: nothing new
    assert warehouse_rows(data, "select count(*) from articles") == [(2,)]


def test_loopback_feed_is_refused_by_default(tmp_path, feed_server, monkeypatch):
    monkeypatch.delenv("UNREST_ALLOW_PRIVATE_HOSTS", raising=False)
    (tmp_path / "raw").mkdir()
    data = tmp_path / "data"
    assert main(["run", "--raw", str(tmp_path / "raw"), "--data", str(data),
                 "--feeds", str(_feeds_file(tmp_path, feed_server))]) == 0
    assert warehouse_rows(data, "select status, reason from raw_files") == [("quarantined", "fetch_refused")]
