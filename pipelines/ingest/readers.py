"""Readers for plain text and JSON/JSONL: bytes of one file in, manifest rows out.

A reader never raises for bad content: problems become quarantined rows. Container formats
(a JSON list, JSONL) yield an "expanded" row for the file and one row per item or line.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator

from .decode import decode_bytes
from .records import make_record, pending, quarantined, sha256_hex
from .types import IngestLimits, InputRow, Rejected

# Known JSON fields, in order of preference; anything else goes to RawRecord.extra untouched.
TITLE_KEYS = ("title", "headline")
TEXT_KEYS = ("text", "body", "content")
URL_KEYS = ("url", "link")
DATE_KEYS = ("published_at", "published", "date")
OUTLET_KEYS = ("outlet", "source")
LANGUAGE_KEYS = ("language", "lang")


def read_txt(uri: str, data: bytes, limits: IngestLimits) -> InputRow:
    """The whole normalized file is the body; its first non-empty line is the headline; the
    publication date is the one the text states under it, if any (textdates)."""
    record = make_record(uri, data, "txt", "", decode_bytes(data), limits, empty_reason="empty", date_from_text=True)
    return pending(record)


def _first(obj: dict, keys: tuple[str, ...]) -> object:
    return next((obj[k] for k in keys if obj.get(k) not in (None, "")), None)


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):   # e.g. {"name": "Daily Example"} as a source
        return str(value.get("name") or value.get("title") or "")
    return ""


def record_from_object(uri: str, raw: bytes, fmt: str, obj: object, limits: IngestLimits):
    if not isinstance(obj, dict):
        raise Rejected("not_an_object", f"expected a JSON object, got {type(obj).__name__}")
    used = TITLE_KEYS + TEXT_KEYS + URL_KEYS + DATE_KEYS + OUTLET_KEYS + LANGUAGE_KEYS
    extra = {k: v for k, v in obj.items() if k not in used}
    declared = _first(obj, LANGUAGE_KEYS)
    if declared is not None:
        extra["declared_language"] = declared   # we detect our own; keep theirs for comparison
    source = _first(obj, OUTLET_KEYS)
    if isinstance(source, dict):
        extra["source"] = source
    return make_record(
        uri, raw, fmt, _as_text(_first(obj, TITLE_KEYS)), _as_text(_first(obj, TEXT_KEYS)), limits,
        url=_as_text(_first(obj, URL_KEYS)), published=_first(obj, DATE_KEYS),
        outlet=_as_text(source), extra=extra,
    )


def _int_or_digits(digits: str) -> int | str:
    """A JSON integer, or its digits as a string when it has more than Python converts (4,300
    digits: `int()` raises ValueError): no field we read is such a number, and the rest of the
    object still loads (a `published` of 5,000 digits is then no date)."""
    limit = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300
    return int(digits) if not limit or len(digits) <= limit else digits


def _loads(text: str) -> object:
    try:
        return json.loads(text, parse_int=_int_or_digits)
    except json.JSONDecodeError as exc:
        raise Rejected("malformed_json", str(exc)) from None
    except RecursionError:
        raise Rejected("malformed_json", "JSON nested too deeply to parse") from None


def _item_row(uri: str, raw: bytes, fmt: str, parse, limits: IngestLimits, where: str) -> InputRow:
    # No size/mtime on line and item rows: callers count input files by the rows that carry a size.
    try:
        return pending(record_from_object(uri, raw, fmt, parse(), limits))
    except Rejected as exc:
        return quarantined(uri, sha256_hex(raw), exc.reason, f"{where}: {exc.detail}")


def read_json(uri: str, data: bytes, limits: IngestLimits) -> Iterator[InputRow]:
    """One object -> one pending row; a list -> an "expanded" row plus one row per item."""
    doc = _loads(decode_bytes(data))
    if not isinstance(doc, list):
        yield pending(record_from_object(uri, data, "json", doc, limits))
        return
    if not doc:
        raise Rejected("empty", "the JSON list has no items")
    yield InputRow(uri, sha256_hex(data), None, None, "expanded")
    for n, item in enumerate(doc, start=1):
        raw = json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8")
        yield _item_row(f"{uri}#item={n}", raw, "json", lambda item=item: item, limits, f"item {n}")


def read_jsonl(uri: str, data: bytes, limits: IngestLimits) -> Iterator[InputRow]:
    """An "expanded" row, then one row per non-blank line (blank lines are not records)."""
    text = decode_bytes(data)
    yield InputRow(uri, sha256_hex(data), None, None, "expanded")
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            raw = line.encode("utf-8")   # equals the file's bytes for the line when the file is UTF-8
            yield _item_row(f"{uri}#line={n}", raw, "jsonl", lambda line=line: _loads(line), limits, f"line {n}")
