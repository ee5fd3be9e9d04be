"""Ingestion: raw news files and feeds in, one normalized manifest row per input out.

Pure Python (no Dagster): the asset layer calls `ingest` and decides what "pending" rows become.
Every problem is a quarantined row with a reason from `REASONS`; nothing is dropped silently,
except inputs unchanged since the run that produced `known`, and the skips `discover` documents.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from ..batched import batched
from .discover import FEEDS_CONFIG_NAMES, walk
from .feeds import read_feed, read_feed_config
from .feedstate import FeedState
from .fetch import FetchFailed, FetchRefused, fetch_conditional, fetch_url
from .files import file_rows
from .normalize import SURROGATES, utf8_safe
from .records import quarantined, sha256_hex
from .types import REASONS, IngestLimits, InputRow, KnownInput, RawRecord, Rejected

__all__ = [
    "FEEDS_CONFIG_NAMES", "REASONS", "FetchFailed", "FetchRefused", "IngestLimits", "InputRow",
    "KnownInput", "RawRecord", "fetch_url", "ingest", "read_feed_config",
]


def _feed_rows(url: str, known: Mapping[str, KnownInput], limits: IngestLimits,
               state: FeedState | None = None) -> Iterator[InputRow]:
    """A configured feed URL: a 304 to a conditional GET (`feedstate`) or an unchanged body (same
    sha256 as in `known`) yields nothing, like an unchanged file."""
    state = state or FeedState(None)
    seen = known.get(url)
    try:
        fetched = fetch_conditional(url, limits, state.validators(url, seen.sha256 if seen else None))
    except FetchRefused as exc:
        yield quarantined(url, None, "fetch_refused", str(exc))
        return
    except FetchFailed as exc:
        yield quarantined(url, None, exc.reason, str(exc))
        return
    if fetched.body is None:   # 304 Not Modified: the committed body is current
        return
    data = fetched.body
    sha = sha256_hex(data)
    state.remember(url, fetched.validators, sha)
    if seen is not None and seen.sha256 == sha:
        return
    try:
        for row in read_feed(url, data, limits):
            if row.source_uri == url:   # a URL has no mtime: 0 lets the manifest lookup find the row, and
                row.size, row.mtime_ns = len(data), 0   # the body's sha256 decides whether it changed
            yield row
    except Rejected as exc:
        yield quarantined(url, sha, exc.reason, exc.detail, len(data))
    except Exception as exc:   # a reader bug must not stop the run (see files._parse)
        yield quarantined(url, sha, "reader_error", f"{type(exc).__name__}: {exc}", len(data))


KnownLookup = Callable[[list[str]], Mapping[str, KnownInput]]
LOOKUP_CHUNK = 8192   # walked files compared with the manifest per lookup (one warehouse connection each)


def ingest(
    raw_dir: Path, known: Mapping[str, KnownInput] | KnownLookup = {}, *, feed_urls: Sequence[str] = (),
    limits: IngestLimits = IngestLimits(), feeds_config: Path | None = None, data_dir: Path | None = None,
) -> Iterator[InputRow]:
    """Rows for every changed input under raw_dir (sorted walk, one file in memory at a time),
    then for each feed URL (http/https only). Never raises for bad input.

    `known`: what earlier runs saw, as a mapping, or as a function that looks up a list of URIs
    (the warehouse's manifest, asked one chunk of the walk at a time, so memory does not grow
    with the number of files held).
    `feeds_config` (optional): the feed list file, skipped if it lies inside raw_dir; without it,
    feeds.conf / feeds.cfg / feeds.txt at the top of raw_dir are taken to be the feed list.
    `data_dir` (optional): the run's own data folder, never read as input if it lies inside raw_dir
    (its Data Docs and reports would load as articles), and the folder of the feeds' validators
    for conditional GET (`feedstate`). The same URL listed twice is fetched once."""
    lookup: KnownLookup = known if callable(known) else (lambda uris: known)
    skip = [p for p in (feeds_config, data_dir) if p]
    for chunk in batched(walk(Path(raw_dir), skip), LOOKUP_CHUNK):
        seen = lookup([found.uri for found in chunk])
        for found in chunk:
            yield from map(_utf8_row, file_rows(found, seen, limits))
    state = FeedState.in_data(data_dir)
    for url in dict.fromkeys(feed_urls):
        yield from map(_utf8_row, _feed_rows(url, lookup([url]), limits, state))
    state.save()


def _utf8_row(row: InputRow) -> InputRow:
    """Lone surrogates (JSON "\\ud800" escapes, non-UTF-8 file names) would make the Parquet
    writer fail the whole batch: every text a row carries is made UTF-8-safe here, once."""
    row.source_uri = utf8_safe(row.source_uri)
    row.detail = utf8_safe(row.detail) if row.detail else row.detail
    rec = row.record
    if rec is not None:
        for name in ("source_uri", "title", "body", "url", "outlet"):
            value = getattr(rec, name)
            if isinstance(value, str):
                setattr(rec, name, utf8_safe(value))
        rec.agencies = [utf8_safe(a) for a in rec.agencies]
        dumped = json.dumps(rec.extra, ensure_ascii=False, default=str)
        if SURROGATES.search(dumped):   # they only ever sit inside JSON strings
            rec.extra = json.loads(SURROGATES.sub("\ufffd", dumped))
    return row
