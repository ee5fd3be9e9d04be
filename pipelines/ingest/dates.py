"""Publication dates to aware UTC datetimes; anything we cannot read honestly stays None."""
from __future__ import annotations

import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime


def _aware(dt: datetime) -> datetime:
    # A date without a zone is taken as UTC: the sources we see publish in UTC or give no zone at all.
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def parse_date(value: object) -> datetime | None:
    """ISO 8601, RFC 2822, a plain date, epoch seconds or a struct_time (feedparser); else None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        if isinstance(value, time.struct_time):
            return datetime(*value[:6], tzinfo=timezone.utc)
        if isinstance(value, (int, float)):
            return datetime.fromtimestamp(value, tz=timezone.utc)
        if isinstance(value, datetime):
            return _aware(value)
        text = str(value).strip()
        if not text:
            return None
        try:
            return _aware(datetime.fromisoformat(text))
        except ValueError:
            return _aware(parsedate_to_datetime(text))
    except (ValueError, TypeError, OverflowError, OSError, IndexError):
        return None
