"""Feeds through real `unrest run` processes against a local HTTP server (loopback allowed by the
test-only switch UNREST_ALLOW_PRIVATE_HOSTS=1): a URL listed twice is fetched once, an unchanged
feed adds nothing on a rerun (by its content hash, or by a 304 to a conditional GET), and a server
that drips its headers cannot hold the run; 10 MB of one line and a gzip bomb are quarantined."""
from __future__ import annotations

import functools
import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .helpers import assert_books_balance, query, summary, unrest_run

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Dockers strike</title><link>http://example.org/a</link>
<description>Dockers stopped work at the harbour on Monday and 11 were detained, police said.</description></item>
<item><title>Ferry halted</title><link>http://example.org/b</link>
<description>The island ferry stayed in port for a second day as crews joined the strike.</description></item>
</channel></rss>"""
COND_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Canal Courier</title>
<item><title>Lock keepers walk out</title><link>http://example.org/c</link>
<description>Lock keepers on the canal walked out on Tuesday and 6 were arrested, the union said.</description></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}
    answers: list[tuple[str, str | None, int]] = []   # /cond.xml: (path, If-None-Match sent, status)

    def log_message(self, *args):
        pass

    def do_GET(self):
        Handler.hits[self.path] = Handler.hits.get(self.path, 0) + 1
        if self.path == "/feed.xml":
            body = FEED.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/cond.xml":   # the same feed, from a server that honours If-None-Match
            sent = self.headers.get("If-None-Match")
            status = 304 if sent == '"gazette-1"' else 200
            Handler.answers.append((self.path, sent, status))
            self.send_response(status)
            self.send_header("ETag", '"gazette-1"')
            body = COND_FEED.encode() if status == 200 else b""
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/one-line":   # 10 MB of one line, no Content-Length
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>' + b"T" * 10_000_000)
        elif self.path == "/bomb":       # gzip although asked for identity: 100 MB of spaces in 100 KB
            body = _bomb()
            self.send_response(200)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/drip":    # the status line, then a header byte every half second, for a minute
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for byte in b"X-Slow: " + b"a" * 120:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.5)


@functools.lru_cache(maxsize=1)
def _bomb() -> bytes:
    return gzip.compress(FEED.encode()[:60] + b" " * 100_000_000, 6)


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_feeds_are_fetched_once_add_nothing_unchanged_and_cannot_hold_the_run(server, tmp_path):
    raw, data, feeds = tmp_path / "raw", tmp_path / "data", tmp_path / "feeds.list"
    raw.mkdir()
    feeds.write_text("\n".join(f"{server}{p}" for p in ("/feed.xml", "/feed.xml", "/drip", "/cond.xml", "/one-line", "/bomb")))
    local = {"UNREST_ALLOW_PRIVATE_HOSTS": "1"}
    first = unrest_run(raw, data, "--feeds", str(feeds), extra_env=local)
    assert first.returncode == 0, first.stdout + first.stderr
    assert Handler.hits["/feed.xml"] == 1, "the URL listed twice is fetched once"
    rows = query(data, "select source_uri, status, reason from raw_files order by source_uri")
    assert [(u.removeprefix(server), s, r) for u, s, r in rows] == [
        ("/bomb", "quarantined", "malformed_feed"),
        ("/cond.xml", "expanded", None), ("/cond.xml#entry=1", "loaded", None),
        ("/drip", "quarantined", "fetch_failed"),
        ("/feed.xml", "expanded", None), ("/feed.xml#entry=1", "loaded", None), ("/feed.xml#entry=2", "loaded", None),
        ("/one-line", "quarantined", "oversized")]
    detail = dict(query(data, "select source_uri, detail from raw_files"))
    assert "gzip" in detail[f"{server}/bomb"] and "more than 5,000,000 bytes" in detail[f"{server}/one-line"]
    drip = query(data, "select detail from raw_files where source_uri = ?", [f"{server}/drip"])[0][0]
    assert "took longer than 10" in drip, drip   # the default 10 s deadline, not the server's minute
    assert_books_balance(data, first.stdout)
    sources = query(data, "select count(*) from article_sources")[0][0]

    second = unrest_run(raw, data, "--feeds", str(feeds), extra_env=local)
    assert second.returncode == 0, second.stdout + second.stderr
    seen, loaded, duplicate, quarantined = summary(second.stdout)
    assert (loaded, duplicate) == (0, 0), "an unchanged feed adds nothing"
    assert query(data, "select count(*) from article_sources")[0][0] == sources
    assert query(data, "select count(*) from raw_files where source_uri like ?", [f"{server}/feed.xml%"])[0][0] == 3
    # conditional GET: the second run sent the ETag the first got, and the 304 added nothing
    assert Handler.answers == [("/cond.xml", None, 200), ("/cond.xml", '"gazette-1"', 304)]
    assert query(data, "select count(*) from raw_files where source_uri like ?", [f"{server}/cond.xml%"])[0][0] == 2
