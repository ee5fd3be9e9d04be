"""RSS/Atom: one record per entry, from a local file or a configured feed URL.

An entry with its own text (content or summary) never triggers a fetch. Only an entry with no
text is followed to its link, and only through `fetch_url`, which refuses file:// and private hosts.
"""
from __future__ import annotations

import io
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import feedparser

from .dates import parse_date
from .decode import binary_kind
from .fetch import FetchFailed, FetchRefused, fetch_url
from .htmlpage import record_from_html
from .htmltext import html_to_text
from .records import make_record, pending, quarantined, sha256_hex
from .types import IngestLimits, InputRow, RawRecord, Rejected


def read_feed_config(path: Path) -> list[str]:
    """Feed URLs, one per line. Blank lines, '#' lines and trailing " # notes" are ignored
    (a '#' glued to a URL is its fragment, not a comment)."""
    urls = []
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
        url = re.split(r"\s#", line, maxsplit=1)[0].strip()
        if url and not url.startswith("#"):
            urls.append(url)
    return urls


def _entry_text(entry) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    return html_to_text("\n\n".join(contents) or entry.get("summary", "") or "")


def _entry_raw(entry) -> bytes:
    """What the entry's sha256 covers: its identifying and textual fields, serialized stably."""
    keys = ("id", "title", "link", "published", "updated", "summary", "content")
    return json.dumps({k: entry.get(k) for k in keys}, ensure_ascii=False, sort_keys=True, default=str).encode()


class LinkBudget:
    """What one feed may spend on fetching its entries' links: a count and a span of time."""

    def __init__(self, limits: IngestLimits):
        self.left, self.limits = limits.feed_link_fetches, limits
        self.until = time.monotonic() + limits.feed_link_seconds

    def take(self) -> None:
        if self.left <= 0 or time.monotonic() > self.until:
            raise Rejected("fetch_failed", f"entry has no text, and the feed's link budget ({self.limits.feed_link_fetches} "
                                           f"fetches, {self.limits.feed_link_seconds:g} s) is spent")
        self.left -= 1


def _entry_record(uri: str, entry, outlet: str | None, limits: IngestLimits, budget: LinkBudget) -> RawRecord:
    raw, text, link = _entry_raw(entry), _entry_text(entry), entry.get("link")
    published = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published")
    extra = {k: entry[k] for k in ("id", "author") if entry.get(k)}
    if entry.get("tags"):
        extra["tags"] = [t.get("term") for t in entry["tags"] if t.get("term")]
    if text.strip():
        return make_record(uri, raw, "feed", entry.get("title", ""), text, limits,
                           url=link, published=published, outlet=outlet, extra=extra)
    if not link:
        raise Rejected("no_text", "the entry has no content, no summary and no link")
    budget.take()
    try:
        page = fetch_url(link, limits)
    except FetchRefused as exc:
        raise Rejected("fetch_refused", f"entry has no text and its link is not fetched: {exc}") from None
    except FetchFailed as exc:
        raise Rejected(exc.reason, f"entry has no text and fetching its link failed: {exc}") from None
    record = record_from_html(uri, page, limits, url=link, fmt="feed", extra=extra)
    record.sha256 = sha256_hex(raw)   # identity stays the entry's, not the page's
    record.outlet = outlet or record.outlet
    if record.published_at is None and published:
        record.published_at = parse_date(published)
    return record


def read_feed(uri: str, data: bytes, limits: IngestLimits) -> Iterator[InputRow]:
    """An "expanded" row for the feed, then one row per entry (`#entry=n`, 1-based)."""
    kind = binary_kind(data)
    if kind:   # e.g. a gzip body sent although the request asked for Accept-Encoding: identity
        raise Rejected("malformed_feed", f"not a readable RSS/Atom feed: {kind}")
    parsed = feedparser.parse(io.BytesIO(data))   # a file object: a str or bytes could be taken for a path or URL
    if not parsed.entries:
        if parsed.get("bozo"):
            raise Rejected("malformed_feed", f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}")
        raise Rejected("no_entries", "the feed has no entries")
    outlet = parsed.feed.get("title") or None
    yield InputRow(uri, sha256_hex(data), None, None, "expanded")
    budget = LinkBudget(limits)
    for n, entry in enumerate(parsed.entries, start=1):
        entry_uri = f"{uri}#entry={n}"
        try:
            yield pending(_entry_record(entry_uri, entry, outlet, limits, budget))
        except Rejected as exc:
            yield quarantined(entry_uri, sha256_hex(_entry_raw(entry)), exc.reason, f"entry {n}: {exc.detail}")
