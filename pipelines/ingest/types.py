"""Records the ingestion stage produces: one manifest row per input, plus the normalized article.

Every problem with an input becomes a quarantined `InputRow` with a machine-friendly `reason`
and a human `detail`, so the manifest accounts for every file, line and feed entry.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

FORMATS = ("txt", "json", "jsonl", "html", "feed")
STATUSES = ("pending", "quarantined", "expanded")
# The quarantine vocabulary: callers may group on these, so keep them stable.
REASONS = (
    "empty", "binary", "undecodable", "malformed_json", "not_an_object", "no_text", "no_main_text",
    "malformed_feed", "no_entries", "oversized", "too_long", "unsupported_format", "unreadable",
    "symlink_outside_raw", "not_a_file", "fetch_refused", "fetch_failed", "reader_error",
)


@dataclass
class IngestLimits:
    max_file_bytes: int = 20_000_000      # larger files are quarantined ("oversized")
    max_body_chars: int = 400_000         # longer texts are quarantined ("too_long"): the NLP model refuses > 1M chars
    http_timeout_s: float = 10.0          # per socket operation and for the whole download
    http_max_bytes: int = 5_000_000
    allow_private_hosts: bool = False     # tests set True to fetch from 127.0.0.1
    feed_link_fetches: int = 30           # per feed: links of text-less entries fetched at most this many ...
    feed_link_seconds: float = 60.0       # ... and for at most this long; later entries are quarantined


@dataclass
class RawRecord:
    """One candidate article, normalized. `body` is the full text, headline first."""
    source_uri: str
    sha256: str
    fmt: str
    title: str
    body: str
    url: str | None = None
    published_at: datetime | None = None   # timezone-aware UTC when a date is known
    outlet: str | None = None
    agencies: list[str] = field(default_factory=list)
    language: str | None = None
    extra: dict = field(default_factory=dict)   # JSON-serializable leftovers


@dataclass
class InputRow:
    """One manifest row: a file, or one JSONL line / JSON list item / feed entry."""
    source_uri: str
    sha256: str | None          # None only where the bytes could not be read
    size: int | None            # file-level rows only (a fetched feed: its byte count); None on lines/items/entries
    mtime_ns: int | None        # files only
    status: str                 # pending | quarantined | expanded
    reason: str | None = None
    detail: str | None = None
    record: RawRecord | None = None


@dataclass
class KnownInput:
    """What an earlier committed run saw at a path."""
    sha256: str
    size: int
    mtime_ns: int


class Rejected(Exception):
    """Raised inside the readers to turn a problem into a quarantined row."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
