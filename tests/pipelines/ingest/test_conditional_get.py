"""Conditional GET of feeds (ETag / Last-Modified) against a real HTTP server on 127.0.0.1 that
answers as a web server does: 304 when the validators the client sends match its current version."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pipelines.ingest import IngestLimits, KnownInput, ingest
from pipelines.ingest.feedstate import STATE_FILE

from .feedtexts import item, rss

LOCAL = IngestLimits(allow_private_hosts=True, http_timeout_s=2.0)
VERSIONS = {"/etag.xml": 1, "/dated.xml": 1}
SEEN: list[tuple[str, str | None, str | None, int]] = []   # path, If-None-Match, If-Modified-Since, status


def _feed(path: str) -> bytes:
    n = VERSIONS[path]
    return rss("".join(item(f"Strike day {i}", f"http://example.org{path}/{i}",
                            description=f"Dock workers struck for the {i}th day, and {i + 3} were detained.")
                       for i in range(1, n + 1))).encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        if self.path not in VERSIONS and self.path not in ("/rude", "/odd-etag"):
            return self._send(404, b"", {})
        if self.path == "/rude":                    # 304 to a request that sent no validator
            return self._send(304, b"", {})
        if self.path == "/odd-etag":                # a validator unfit to be sent back
            return self._send(200, rss(item("Odd", "http://example.org/o", description="Ten marched.")).encode(),
                              {"ETag": '"' + "\u00e9" * 10 + '"'})
        version = VERSIONS[self.path]
        etag = f'"v{version}"' if self.path == "/etag.xml" else None
        modified = f"Mon, 0{version} Jun 2026 10:00:00 GMT" if self.path == "/dated.xml" else None
        if (etag and inm == etag) or (modified and ims == modified):
            return self._send(304, b"", {}, inm, ims)
        headers = {"ETag": etag} if etag else {"Last-Modified": modified}
        self._send(200, _feed(self.path), headers, inm, ims)

    def _send(self, status, body, headers, inm=None, ims=None):
        SEEN.append((self.path, inm, ims, status))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v.encode("utf-8").decode("latin-1"))
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def _ingest(tmp_path, urls, known=None):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    return list(ingest(raw, known or {}, feed_urls=urls, limits=LOCAL, data_dir=tmp_path / "data"))


def _committed(rows) -> dict:
    """What the manifest would hold after committing these rows: the feeds' sha256."""
    return {r.source_uri: KnownInput(r.sha256, r.size, 0) for r in rows if r.status == "expanded"}


@pytest.mark.parametrize("path, sent", [("/etag.xml", 1), ("/dated.xml", 2)])
def test_a_committed_feed_is_asked_conditionally_and_a_304_adds_nothing(server, tmp_path, path, sent):
    VERSIONS[path] = 1
    SEEN.clear()
    url = server + path
    first = _ingest(tmp_path, [url])
    assert [r.status for r in first] == ["expanded", "pending"]
    assert SEEN[-1][1:] == (None, None, 200)
    state = json.loads((tmp_path / "data" / STATE_FILE).read_text())
    assert state[url]["sha256"] == first[0].sha256

    assert _ingest(tmp_path, [url], _committed(first)) == []
    assert SEEN[-1][3] == 304 and SEEN[-1][sent] is not None, SEEN[-1]

    VERSIONS[path] = 2          # the feed changes: the conditional request gets the new body
    second = _ingest(tmp_path, [url], _committed(first))
    assert SEEN[-1][3] == 200 and SEEN[-1][sent] is not None
    assert [r.status for r in second] == ["expanded", "pending", "pending"]
    assert _ingest(tmp_path, [url], _committed(second)) == [] and SEEN[-1][3] == 304


def test_validators_of_a_body_never_committed_are_not_sent(server, tmp_path):
    """A run that fetched the feed and failed before its commit: the next one fetches it whole."""
    VERSIONS["/etag.xml"] = 1
    url = server + "/etag.xml"
    first = _ingest(tmp_path, [url])
    SEEN.clear()
    again = _ingest(tmp_path, [url])                    # the manifest has no row for it
    assert SEEN == [("/etag.xml", None, None, 200)]
    assert [r.status for r in again] == [r.status for r in first]
    older = {url: KnownInput("0" * 64, 10, 0)}           # the manifest holds an older body
    SEEN.clear()
    assert [r.status for r in _ingest(tmp_path, [url], older)] == ["expanded", "pending"]
    assert SEEN == [("/etag.xml", None, None, 200)]


def test_a_304_without_a_conditional_request_is_a_failure(server, tmp_path):
    rows = _ingest(tmp_path, [server + "/rude"])
    assert [(r.status, r.reason) for r in rows] == [("quarantined", "fetch_failed")] and "304" in rows[0].detail


def test_an_unfit_validator_is_not_kept_and_a_broken_state_file_is_ignored(server, tmp_path):
    url = server + "/odd-etag"
    first = _ingest(tmp_path, [url])
    assert [r.status for r in first] == ["expanded", "pending"]
    assert not (tmp_path / "data" / STATE_FILE).exists()
    (tmp_path / "data" / STATE_FILE).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / "data" / STATE_FILE).write_text("{not json")
    VERSIONS["/etag.xml"] = 1
    SEEN.clear()
    rows = _ingest(tmp_path, [server + "/etag.xml"])
    assert [r.status for r in rows] == ["expanded", "pending"] and SEEN[-1][3] == 200
    assert json.loads((tmp_path / "data" / STATE_FILE).read_text())[server + "/etag.xml"]["etag"] == '"v1"'
