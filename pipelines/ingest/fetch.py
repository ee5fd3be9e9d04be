"""HTTP(S) downloads that cannot be turned against us: no other schemes, no private hosts, a size cap,
a total deadline, and every redirect hop re-checked.

The address check happens in the socket connect itself (not in a separate lookup), so a host
that resolves differently between check and connect (DNS rebinding) still cannot reach 127.0.0.1.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import time
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


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    mapped = getattr(ip, "ipv4_mapped", None) or getattr(ip, "sixtofour", None)
    if mapped is not None:
        ip = mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
                or ip.is_multicast or ip.is_unspecified)


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


def _get_once(url: str, limits: IngestLimits, deadline: float) -> tuple[int, str | None, bytes]:
    """(status, Location, body): one request, no redirect following."""
    scheme, host, port, path = check_url(url)
    conn = (_HTTPS if scheme == "https" else _HTTP)(host, port, timeout=limits.http_timeout_s)
    conn.allow_private = limits.allow_private_hosts
    try:
        conn.request("GET", path, headers={"User-Agent": "unrest-ingest/0.1", "Accept-Encoding": "identity"})
        resp = conn.getresponse()
        if resp.status in _REDIRECTS:
            return resp.status, resp.getheader("Location"), b""
        return resp.status, None, _read_capped(resp, limits, deadline, url)
    except (FetchRefused, FetchFailed):
        raise
    except (OSError, http.client.HTTPException, ValueError) as exc:   # socket.timeout is an OSError
        raise FetchFailed(f"{url}: {type(exc).__name__}: {exc}") from None
    finally:
        conn.close()


def fetch_url(url: str, limits: IngestLimits) -> bytes:
    """The body of a 200 response. Raises FetchRefused (never fetched) or FetchFailed (tried, failed)."""
    deadline = time.monotonic() + limits.http_timeout_s
    for _ in range(MAX_REDIRECTS + 1):
        status, location, body = _get_once(url, limits, deadline)
        if location is None and status in _REDIRECTS:
            raise FetchFailed(f"{url}: redirect {status} without a Location")
        if location is not None:
            url = urljoin(url, location)   # re-checked by check_url and the guarded socket next round
            continue
        if status != 200:
            raise FetchFailed(f"{url}: HTTP status {status}")
        return body
    raise FetchFailed(f"more than {MAX_REDIRECTS} redirects")
