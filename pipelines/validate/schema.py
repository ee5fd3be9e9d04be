"""What the validation stage checks against, beyond extraction's vocabularies: each table's
required columns, the columns that identify a row in a failure report, ISO country codes,
raw file statuses and plausibility limits."""
from __future__ import annotations

from functools import lru_cache

from pipelines.schemas import SCHEMAS

# Columns come from the lake's Arrow schemas (declared once, in pipelines.schemas); a batch
# must have at least these, extra columns are allowed.
TABLES = ("articles", "figures", "entities", "entity_mentions", "raw_files", "quarantine")
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {t: tuple(SCHEMAS[t].names) for t in TABLES}

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
def language_codes() -> tuple[str, ...]:
    """The codes articles.language may hold: seeds/languages.csv, one per language the detector names."""
    from pipelines.seeds import read_csv

    return tuple(sorted({r["code"] for r in read_csv("languages")}))


@lru_cache(maxsize=1)
def country_codes() -> tuple[str, ...]:
    """ISO 3166-1 alpha-2 from pycountry, plus XK: Kosovo has no ISO code but news needs one."""
    import pycountry

    return tuple(sorted({c.alpha_2 for c in pycountry.countries} | {"XK"}))
