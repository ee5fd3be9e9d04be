"""The table contract the validation stage checks against: column names, the columns that
identify a row in a failure report, and the reference vocabularies that are not owned by
extraction (ISO country codes, raw file statuses)."""
from __future__ import annotations

from functools import lru_cache

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "source_uri", "title", "body", "published_at", "outlet", "agencies",
                 "language", "ingested_at", "batch_id", "sha256", "url", "extra"),
    "figures": ("figure_id", "article_id", "category", "value", "bound", "value_low", "value_high",
                "who", "quote", "char_start", "char_end", "sentence", "reported_by", "reported_via",
                "event_date", "location_entity_id", "trigger", "number_text", "batch_id"),
    "entities": ("entity_id", "entity_type", "canonical_name", "country_code", "location_kind",
                 "latitude", "longitude", "geonames_id", "admin1", "aliases", "batch_id"),
    "entity_mentions": ("mention_id", "article_id", "entity_id", "mention_text", "char_start",
                        "char_end", "label", "batch_id"),
    "raw_files": ("source_uri", "sha256", "size", "mtime_ns", "status", "article_id", "reason",
                  "detail", "seen_at", "batch_id"),
    "quarantine": ("source_uri", "stage", "reason", "detail", "seen_at", "batch_id", "rule",
                   "record_key"),
}
TABLES = tuple(TABLE_COLUMNS)

# Columns copied into every failure example so a reader can find the row again.
KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "figures": ("figure_id", "article_id"),
    "entities": ("entity_id",),
    "entity_mentions": ("mention_id", "article_id"),
    "raw_files": ("source_uri", "sha256"),
    "quarantine": ("source_uri", "stage"),
}

RAW_FILE_STATUSES = ("loaded", "duplicate", "quarantined", "expanded")

# A figure above this is a parsing error (a year, a phone number), not a crowd.
MAX_PLAUSIBLE_VALUE = 100_000_000

# Clocks and time zones disagree a little; anything later than this is a broken date.
FUTURE_TOLERANCE_DAYS = 1


@lru_cache(maxsize=1)
def country_codes() -> tuple[str, ...]:
    """ISO 3166-1 alpha-2 from pycountry, plus XK: Kosovo has no ISO code but news needs one."""
    import pycountry

    return tuple(sorted({c.alpha_2 for c in pycountry.countries} | {"XK"}))
