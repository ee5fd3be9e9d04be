"""One input file to manifest rows: size cap, unchanged check, then the reader its extension picks.

The extension decides the format (lower-cased): content sniffing would make a stray .png that
happens to decode as text turn into an "article". Unknown extensions are quarantined, not guessed.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping

from .discover import Found
from .feeds import read_feed
from .htmlpage import record_from_html
from .readers import read_json, read_jsonl, read_txt
from .records import pending, quarantined, sha256_hex
from .types import IngestLimits, InputRow, KnownInput, Rejected


def _read_html(uri: str, data: bytes, limits: IngestLimits) -> InputRow:
    return pending(record_from_html(uri, data, limits))


READERS: dict[str, Callable[[str, bytes, IngestLimits], InputRow | Iterable[InputRow]]] = {
    ".txt": read_txt, ".text": read_txt,
    ".json": read_json, ".jsonl": read_jsonl, ".ndjson": read_jsonl,
    ".html": _read_html, ".htm": _read_html,
    ".xml": read_feed, ".rss": read_feed, ".atom": read_feed,
}


def _streamed_sha(found: Found) -> str | None:
    """sha256 of a file too big to hold in memory (oversized files still get an identity)."""
    h = hashlib.sha256()
    try:
        with open(found.path, "rb") as fh:
            while block := fh.read(1 << 20):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def _lstat(found: Found) -> tuple[int, int] | None:
    try:
        st = os.lstat(found.path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _readable_now(found: Found, seen: KnownInput) -> bool:
    """An input never read (no sha256: it was unreadable) that can be read now. chmod changes no
    mtime, so size and mtime alone would call it unchanged forever."""
    return seen.sha256 is None and os.access(found.path, os.R_OK)


def file_rows(found: Found, known: Mapping[str, KnownInput], limits: IngestLimits) -> Iterator[InputRow]:
    """Rows for one discovered file; nothing when it is unchanged against `known`."""
    st, uri, seen = found.stat, found.uri, known.get(found.uri)
    if found.problem or st is None:
        reason, detail = found.problem or ("not_a_file", "no file status")
        own = _lstat(found)   # the link, FIFO or folder itself: its identity, so an unchanged one is reported once
        if own is not None and seen is not None and (seen.size, seen.mtime_ns) == own:
            return
        yield quarantined(uri, None, reason, detail, *(own or (None, None)))
        return
    size, mtime = st.st_size, st.st_mtime_ns
    if seen is not None and (seen.size, seen.mtime_ns) == (size, mtime) and not _readable_now(found, seen):
        return
    if size > limits.max_file_bytes:
        sha = _streamed_sha(found)
        if seen is None or seen.sha256 != sha:
            yield quarantined(uri, sha, "oversized", f"{size:,} bytes; the limit is {limits.max_file_bytes:,}", size, mtime)
        return
    try:
        data = found.path.read_bytes()
    except OSError as exc:
        yield quarantined(uri, None, "unreadable", f"cannot read: {exc.strerror or exc}", size, mtime)
        return
    sha = sha256_hex(data)
    if seen is not None and seen.sha256 == sha:
        return
    yield from _parse(found, data, sha, size, mtime, limits)


def _parse(found: Found, data: bytes, sha: str, size: int, mtime: int, limits: IngestLimits) -> Iterator[InputRow]:
    uri = found.uri
    reader = READERS.get(found.path.suffix.lower())
    if reader is None:
        suffix = found.path.suffix or "(no extension)"
        yield quarantined(uri, sha, "unsupported_format", f"extension {suffix} is not an input format", size, mtime)
        return
    try:
        result = reader(uri, data, limits)
        rows = [result] if isinstance(result, InputRow) else result
        for row in rows:
            if row.source_uri == uri:   # the file's own row carries its size and mtime
                row.size, row.mtime_ns = size, mtime
            yield row
    except Rejected as exc:
        yield quarantined(uri, sha, exc.reason, exc.detail, size, mtime)
    except Exception as exc:   # a reader bug must not stop the run: the file is quarantined, with the cause
        yield quarantined(uri, sha, "reader_error", f"{type(exc).__name__}: {exc}", size, mtime)
