"""HTTP(S) downloads that cannot be turned against us: no other schemes, only globally routable
hosts, a size cap, one deadline over each whole request, and every redirect hop re-checked.

The address check happens in the socket connect itself (not in a separate lookup), and again on
the peer address of the connected socket, so a host that resolves differently between check and
connect (DNS rebinding) still cannot reach 127.0.0.1.

The deadline covers connect, status line, headers (and any number of `100 Continue`) and body:
the socket's timeout bounds each operation, and a timer shuts the socket down when the request's
time is up, so a server dripping one byte a second cannot hold the run.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .types import IngestLimits

MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_REDIRECTS = (301, 302, 303, 307, 308)


class FetchRefused(Exception):
    """The URL is never fetched: wrong scheme, or a private/loopback/reserved address."""


class FetchFailed(Exception):
    """The fetch was allowed but did not produce a usable body (network error, status, timeout, size)."""

    def __init__(self, message: str, reason: str = "fetch_failed"):
        super().__init__(message)
        self.reason = reason   # "fetch_failed", or "oversized" when the cap was hit


# not global, though Python 3.11's `is_global` says so: the deprecated 6to4 relay anycast and
# IPv6 site-local ranges (later Pythons agree)
_NOT_GLOBAL = (ipaddress.ip_network("192.88.99.0/24"), ipaddress.ip_network("fec0::/10"))
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _embedded_ipv4(ip):
    """The IPv4 address an IPv6 one carries (mapped, 6to4, Teredo client, NAT64), else None."""
    if ip.version != 6:
        return None
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    teredo = ip.teredo
    return ip.ipv4_mapped or ip.sixtofour or (teredo[1] if teredo else None)


def is_public_address(address: str) -> bool:
    """Globally routable (`ipaddress` is_global), after unwrapping any IPv4 address an IPv6 one
    carries: no private, loopback, link-local, carrier-grade NAT (100.64.0.0/10, with the cloud
    metadata address 100.100.100.200), reserved or documentation address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    inner = _embedded_ipv4(ip)
    if inner is not None:
        ip = inner
    return ip.is_global and not ip.is_multicast and not any(ip in net for net in _NOT_GLOBAL if net.version == ip.version)


def check_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path+query) for an http(s) URL, or FetchRefused."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        raise FetchRefused(f"{url}: scheme {parts.scheme or '(none)'!r} is not fetched, only http and https")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchRefused(f"bad port in {url!r}: {exc}") from None
    if not parts.hostname:
        raise FetchRefused(f"no host in {url!r}")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.scheme, parts.hostname, port, path


def _guarded_socket(host: str, port: int, timeout: float, allow_private: bool) -> socket.socket:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise FetchFailed(f"cannot resolve {host!r}: {exc}") from None
    if not allow_private:
        refused = [info[4][0] for info in infos if not is_public_address(info[4][0])]
        if refused:   # one bad address is enough: we cannot choose which one a retry would use
            raise FetchRefused(f"{host!r} resolves to non-public address {refused[0]}")
    last: OSError | None = None
    for family, kind, proto, _, addr in infos:
        sock = socket.socket(family, kind, proto)
        sock.settimeout(timeout)
        try:
            sock.connect(addr)
            peer = sock.getpeername()[0]   # the address actually connected to
            if not allow_private and not is_public_address(peer):
                sock.close()
                raise FetchRefused(f"{host!r} connected to non-public address {peer}")
            return sock
        except OSError as exc:
            sock.close()
            last = exc
    raise FetchFailed(f"cannot connect to {host}:{port}: {last}")


class _HTTP(http.client.HTTPConnection):
    allow_private = False

    def connect(self):
        self.sock = _guarded_socket(self.host, self.port, self.timeout, self.allow_private)


class _HTTPS(http.client.HTTPSConnection, _HTTP):
    """HTTPSConnection.connect calls super().connect(), which lands on _HTTP.connect, then wraps TLS."""


def _read_capped(resp: http.client.HTTPResponse, limits: IngestLimits, deadline: float, url: str) -> bytes:
    length = resp.getheader("Content-Length")
    if length and length.isdigit() and int(length) > limits.http_max_bytes:
        raise FetchFailed(f"{url} announces {int(length):,} bytes; the cap is {limits.http_max_bytes:,}", "oversized")
    chunks, total = [], 0
    while chunk := resp.read1(_CHUNK):   # read1: return what arrived, so the deadline is checked often
        total += len(chunk)
        if total > limits.http_max_bytes:
            raise FetchFailed(f"{url} sent more than {limits.http_max_bytes:,} bytes", "oversized")
        if time.monotonic() > deadline:   # a slow drip must not hold the run past the timeout
            raise FetchFailed(f"{url} took longer than {limits.http_timeout_s} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _cut(conn, expired: threading.Event) -> None:
    """At the deadline: shut the socket down, so a blocked read returns at once."""
    expired.set()
    sock = conn.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _get_once(url: str, limits: IngestLimits, deadline: float, headers: dict[str, str] | None = None):
    """(status, Location, body, response headers): one request, no redirect following, all of it
    before `deadline`."""
    scheme, host, port, path = check_url(url)
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchFailed(f"{url} took longer than {limits.http_timeout_s} s")
    conn = (_HTTPS if scheme == "https" else _HTTP)(host, port, timeout=min(limits.http_timeout_s, left))
    conn.allow_private = limits.allow_private_hosts
    expired = threading.Event()
    timer = threading.Timer(left, _cut, (conn, expired))
    timer.daemon = True
    try:
        timer.start()
        conn.connect()
        conn.request("GET", path, headers={"User-Agent": "unrest-ingest/0.1", "Accept-Encoding": "identity",
                                           **(headers or {})})
        resp = conn.getresponse()
        if resp.status in _REDIRECTS:
            got = resp.status, resp.getheader("Location"), b"", resp.headers
        elif resp.status == 304:   # Not Modified has no body
            got = resp.status, None, b"", resp.headers
        else:
            got = resp.status, None, _read_capped(resp, limits, deadline, url), resp.headers
        if expired.is_set():   # the cut socket may read as a short, complete response: it is not one
            raise OSError("deadline")
        return got
    except (FetchRefused, FetchFailed):
        raise
    except (OSError, http.client.HTTPException, ValueError) as exc:   # socket.timeout is an OSError
        if expired.is_set() or time.monotonic() >= deadline:
            raise FetchFailed(f"{url} took longer than {limits.http_timeout_s} s (connect, headers and body)") from None
        raise FetchFailed(f"{url}: {type(exc).__name__}: {exc}") from None
    finally:
        timer.cancel()
        conn.close()


@dataclass(frozen=True)
class Validators:
    """A response's cache validators, sent back on the next request for the same URL."""
    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        out = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


@dataclass(frozen=True)
class Fetched:
    body: bytes | None          # None: 304 Not Modified (only when validators were sent)
    validators: Validators


def fetch_url(url: str, limits: IngestLimits) -> bytes:
    """The body of a 200 response. Raises FetchRefused (never fetched) or FetchFailed (tried, failed)."""
    return fetch_conditional(url, limits).body


def fetch_conditional(url: str, limits: IngestLimits, validators: Validators | None = None) -> Fetched:
    """A conditional GET: with `validators` (from an earlier response), a 304 is "unchanged"
    (body None); without them a 304 is a failure like any status but 200. The same deadline,
    address checks and redirect rules as `fetch_url`."""
    deadline = time.monotonic() + limits.http_timeout_s
    conditional = validators.headers() if validators else {}
    for _ in range(MAX_REDIRECTS + 1):
        status, location, body, headers = _get_once(url, limits, deadline, conditional)
        if location is None and status in _REDIRECTS:
            raise FetchFailed(f"{url}: redirect {status} without a Location")
        if location is not None:
            url = urljoin(url, location)   # re-checked by check_url and the guarded socket next round
            continue
        if status == 304 and conditional:
            return Fetched(None, validators)
        if status != 200:
            raise FetchFailed(f"{url}: HTTP status {status}")
        return Fetched(body, Validators(_header(headers, "ETag"), _header(headers, "Last-Modified")))
    raise FetchFailed(f"more than {MAX_REDIRECTS} redirects")


def _header(headers, name: str) -> str | None:
    """A validator as sent, if it is short printable ASCII (it goes back in a request header)."""
    value = (headers.get(name) or "").strip()
    return value if 0 < len(value) <= 512 and value.isascii() and value.isprintable() else None
