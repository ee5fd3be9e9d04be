"""Fetching against a real HTTP server on 127.0.0.1 (allowed only because the tests say so)."""
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pipelines.ingest import FetchFailed, FetchRefused, IngestLimits, KnownInput, fetch_url, ingest
from pipelines.ingest import fetch
from pipelines.ingest.fetch import is_public_address

from .feedtexts import HTML_PAGE, item, rss

LOCAL = IngestLimits(allow_private_hosts=True, http_timeout_s=0.5, http_max_bytes=50_000)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):   # keep pytest output clean
        pass

    def send(self, body: bytes, status: int = 200, headers: dict | None = None, length: bool = True):
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_port}"
        routes = {
            "/feed.xml": lambda: self.send(rss(
                item("Strike at the mill", f"{base}/elsewhere", description="Mill workers struck on Friday.")
                + item("Teachers march in Corvel", f"{base}/article.html")
                + item("Gone", f"{base}/missing")
                + item("Secret", "file:///etc/hostname"), title="Local Test Feed").encode()),
            "/article.html": lambda: self.send(HTML_PAGE.encode()),
            "/big": lambda: self.send(b"x" * 200_000),
            "/redirect-feed": lambda: self.send(b"", 302, {"Location": "/feed.xml"}),
            "/redirect-file": lambda: self.send(b"", 302, {"Location": "file:///etc/hostname"}),
            "/redirect-loop": lambda: self.send(b"", 302, {"Location": "/redirect-loop"}),
            "/redirect-private": lambda: self.send(
                b"", 301, {"Location": f"http://127.0.0.2:{self.server.server_port}/feed.xml"}),
        }
        if self.path in routes:
            routes[self.path]()
        elif self.path == "/slow":
            time.sleep(1.5)
            self.send(b"too late")
        elif self.path == "/big-unannounced":
            self.send_response(200)
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"y" * 10_000)
        elif self.path == "/drip":
            self.send_response(200)
            self.end_headers()
            for _ in range(8):
                self.wfile.write(b"z" * 10)
                self.wfile.flush()
                time.sleep(0.2)
        elif self.path == "/drip-headers":     # a status line, then one header byte every 0.1 s
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            self._drip(b"X-Slow: " + b"a" * 40)
        elif self.path == "/continue":         # 100 Continue, again and again, never a final status
            for _ in range(60):
                self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                self.wfile.flush()
                time.sleep(0.05)
        elif self.path.startswith("/links"):   # a feed of entries without text, each with a link
            self.send(rss("".join(item(f"Entry {i}", f"{base}/article.html#{i}") for i in range(6))).encode())
        else:
            self.send(b"not here", 404)

    def _drip(self, data: bytes):
        for byte in data:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(0.1)


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):   # clients that give up early (timeouts) are expected
        pass


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_ok_and_redirect(server):
    assert fetch_url(f"{server}/article.html", LOCAL) == HTML_PAGE.encode()
    assert b"Local Test Feed" in fetch_url(f"{server}/redirect-feed", LOCAL)


@pytest.mark.parametrize("path,reason", [("/big", "oversized"), ("/big-unannounced", "oversized"),
                                         ("/slow", "fetch_failed"), ("/drip", "fetch_failed"),
                                         ("/nope", "fetch_failed"), ("/redirect-loop", "fetch_failed"),
                                         ("/drip-headers", "fetch_failed"), ("/continue", "fetch_failed")])
def test_fetch_failures(server, path, reason):
    started = time.monotonic()
    with pytest.raises(FetchFailed) as info:
        fetch_url(server + path, LOCAL)
    assert info.value.reason == reason
    assert time.monotonic() - started < 1.4   # the timeout bounds the whole download, not each read


@pytest.mark.parametrize("url", ["file:///etc/hostname", "ftp://127.0.0.1/x", "gopher://a/", "http:///nohost",
                                 "javascript:alert(1)"])
def test_refused_schemes(url):
    with pytest.raises(FetchRefused):
        fetch_url(url, LOCAL)


def test_https_goes_through_the_same_guard(server):
    with pytest.raises(FetchFailed):   # a TLS handshake against a plain-HTTP server fails cleanly
        fetch_url(server.replace("http:", "https:") + "/feed.xml", LOCAL)
    with pytest.raises(FetchRefused):
        fetch_url(server.replace("http:", "https:") + "/feed.xml", IngestLimits(http_timeout_s=0.5))


def test_redirect_to_refused_scheme(server):
    with pytest.raises(FetchRefused):
        fetch_url(f"{server}/redirect-file", LOCAL)


def test_redirect_to_a_refused_host(server, monkeypatch):
    # Pretend 127.0.0.1 is public so the first hop is allowed; the redirect to 127.0.0.2 must still be refused.
    monkeypatch.setattr(fetch, "is_public_address", lambda address: address == "127.0.0.1")
    strict = IngestLimits(http_timeout_s=0.5)
    assert b"Local Test Feed" in fetch_url(f"{server}/feed.xml", strict)
    with pytest.raises(FetchRefused, match="127.0.0.2"):
        fetch_url(f"{server}/redirect-private", strict)


def test_private_hosts_refused_by_default(server):
    strict = IngestLimits(http_timeout_s=0.5)
    for url in (f"{server}/feed.xml", server.replace("127.0.0.1", "localhost") + "/feed.xml", "http://[::1]/x",
                "http://10.1.2.3/x", "http://169.254.169.254/latest/meta-data"):
        with pytest.raises(FetchRefused):
            fetch_url(url, strict)


@pytest.mark.parametrize("address,public", [
    ("127.0.0.1", False), ("10.0.0.8", False), ("172.16.4.4", False), ("192.168.0.1", False),
    ("169.254.169.254", False), ("0.0.0.0", False), ("224.0.0.1", False), ("240.0.0.1", False),
    ("::1", False), ("fe80::1%eth0", False), ("fc00::1", False), ("::ffff:127.0.0.1", False),
    ("8.8.8.8", True), ("2001:4860:4860::8888", True),
    ("100.64.0.1", False), ("100.100.100.200", False),      # carrier-grade NAT, with a cloud metadata address
    ("192.88.99.1", False), ("fec0::1", False),             # 6to4 relay anycast; IPv6 site-local
    ("2002:7f00:1::1", False), ("64:ff9b::a00:1", False),   # 6to4 and NAT64 wrapping 127.0.0.1 and 10.0.0.1
    ("2001:db8::1", False), ("198.51.100.7", False),        # documentation ranges
])
def test_public_address_check(address, public):
    assert is_public_address(address) is public


def test_ingest_feed_urls(server, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    urls = [f"{server}/feed.xml", f"{server}/slow", "file:///etc/hostname"]
    rows = list(ingest(raw, feed_urls=urls, limits=LOCAL))
    got = [(r.source_uri.removeprefix(server), r.status, r.reason) for r in rows]
    assert got == [
        ("/feed.xml", "expanded", None),
        ("/feed.xml#entry=1", "pending", None),            # has its own text: the link is not fetched
        ("/feed.xml#entry=2", "pending", None),            # no text: the article page is fetched
        ("/feed.xml#entry=3", "quarantined", "fetch_failed"),
        ("/feed.xml#entry=4", "quarantined", "fetch_refused"),
        ("/slow", "quarantined", "fetch_failed"),
        ("file:///etc/hostname", "quarantined", "fetch_refused"),
    ]
    assert rows[0].size and rows[0].mtime_ns == 0     # found by the manifest lookup next run
    fetched = rows[2].record
    assert fetched.title == "Teachers march in Corvel" and "six hundred teachers" in fetched.body
    assert "MENU" not in fetched.body and fetched.outlet == "Local Test Feed"
    assert rows[1].record.body == "Strike at the mill\n\nMill workers struck on Friday."

    known = {rows[0].source_uri: KnownInput(rows[0].sha256, 0, 0)}   # same feed body as last run: nothing new
    assert [r.source_uri for r in ingest(raw, known, feed_urls=urls[:1], limits=LOCAL)] == []


def test_feed_urls_refused_without_permission(server, tmp_path):
    rows = list(ingest(tmp_path, feed_urls=[f"{server}/feed.xml"], limits=IngestLimits(http_timeout_s=0.5)))
    assert [(r.status, r.reason, r.sha256) for r in rows] == [("quarantined", "fetch_refused", None)]
    assert "127.0.0.1" in rows[0].detail


def test_a_feed_spends_at_most_its_link_budget(server, tmp_path):
    limits = IngestLimits(allow_private_hosts=True, http_timeout_s=0.5, http_max_bytes=50_000, feed_link_fetches=2)
    rows = list(ingest(tmp_path, feed_urls=[f"{server}/links"], limits=limits))
    entries = [(r.status, r.reason) for r in rows if "#entry=" in r.source_uri]
    assert entries[:2] == [("pending", None)] * 2
    assert entries[2:] == [("quarantined", "fetch_failed")] * 4
    assert all("link budget" in r.detail for r in rows[3:])
