"""Turn extracted fields into a pending row (or a quarantined one): the rules shared by all formats."""
from __future__ import annotations

import hashlib

from .credits import parse_credit_line
from .dates import parse_date
from .language import detect_language
from .normalize import normalize_text, one_line
from .textdates import stated_date
from .types import IngestLimits, InputRow, RawRecord, Rejected


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def compose(title: str, text: str) -> tuple[str, str]:
    """(title, body) from a raw title and normalized text: the body starts with the headline, so
    offsets into it cover the title too. Without a title, the text's first line is the headline."""
    title, first_line = one_line(title), text.split("\n", 1)[0].strip()
    if not title or title == first_line:
        return first_line, text
    return title, f"{title}\n\n{text}"


def make_record(
    source_uri: str, raw: bytes, fmt: str, title: str, text: str, limits: IngestLimits, *,
    url: str | None = None, published: object = None, outlet: str | None = None,
    extra: dict | None = None, empty_reason: str = "no_text", date_from_text: bool = False,
) -> RawRecord:
    """A RawRecord, or `Rejected` (no text / too long). `raw` is what the sha256 covers.
    `date_from_text`: with no usable `published`, take the date the text's top states (textdates)."""
    text = normalize_text(text)
    if not text:
        raise Rejected(empty_reason, "no article text found")
    title, body = compose(title, text)
    if len(body) > limits.max_body_chars:
        raise Rejected("too_long", f"body has {len(body):,} characters; the limit is {limits.max_body_chars:,}")
    extra = dict(extra or {})
    published_at = parse_date(published)
    if published_at is None and published not in (None, ""):
        extra["published_raw"] = published if isinstance(published, (str, int, float)) else str(published)
    if published_at is None and date_from_text:
        published_at = stated_date(body)
    credit_outlet, agencies = parse_credit_line(body)
    return RawRecord(
        source_uri=source_uri, sha256=sha256_hex(raw), fmt=fmt, title=title, body=body,
        url=(url or "").strip() or None, published_at=published_at,
        outlet=one_line(outlet or "") or credit_outlet, agencies=agencies,
        language=detect_language(body), extra=extra,
    )


def pending(record: RawRecord, size: int | None = None, mtime_ns: int | None = None) -> InputRow:
    return InputRow(record.source_uri, record.sha256, size, mtime_ns, "pending", record=record)


def quarantined(source_uri: str, sha: str | None, reason: str, detail: str,
                size: int | None = None, mtime_ns: int | None = None) -> InputRow:
    return InputRow(source_uri, sha, size, mtime_ns, "quarantined", reason, detail)
