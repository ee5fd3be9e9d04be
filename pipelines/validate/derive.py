"""Helper columns for the rules GX cannot express: it checks one table at a time and cannot
slice strings, so cross-table lookups and `body[char_start:char_end] == quote` are computed
here into boolean columns that the suites then expect to be True.

Each helper is True (passes), False (fails) or None (not checkable on this row, e.g. the
article is missing: that row already fails the foreign-key rule, and reporting the same
defect twice would only blur which rule caught it). GX ignores None in these expectations."""
from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .schema import FUTURE_TOLERANCE_DAYS, TABLE_COLUMNS

# Which reference tables each table's cross-table rules read.
REQUIRED_REFS: dict[str, tuple[str, ...]] = {
    "figures": ("articles", "entities"),
    "entity_mentions": ("articles", "entities"),
}


def _col(df: pd.DataFrame, name: str) -> pd.Series:
    """The column, or all-null if absent (the columns_present rule reports the absence)."""
    return df[name] if name in df.columns else pd.Series(None, index=df.index, dtype=object)


def _tristate(index: pd.Index, checkable: pd.Series, ok) -> pd.Series:
    out = pd.Series(None, index=index, dtype=object)
    mask = checkable.fillna(False).astype(bool).to_numpy()
    if mask.any():
        ok = pd.Series(ok, index=index) if not isinstance(ok, pd.Series) else ok
        out[mask] = ok[mask].astype(bool).to_numpy()
    return out


def _exists(keys: pd.Series, known: pd.Series) -> pd.Series:
    """True if the key is in the reference table, None when the key itself is null."""
    return _tristate(keys.index, keys.notna(), keys.isin(set(known.dropna())))


def _span_checks(df: pd.DataFrame, text_col: str, articles: pd.DataFrame) -> dict[str, pd.Series]:
    """`_offsets_in_body` (char_end <= len(body)) and `_<text_col>_matches_body`. Each row looks
    its body up in a dict of the articles' own strings: no column of bodies is built, so 10,000
    rows of one 300 KB article cost 10,000 references, not 10,000 copies."""
    bodies = dict(zip(articles["article_id"], articles["body"]))     # the last row per id wins
    bodies = {k: b for k, b in bodies.items() if isinstance(b, str)}
    ids = _col(df, "article_id")
    start = pd.to_numeric(_col(df, "char_start"), errors="coerce")
    end = pd.to_numeric(_col(df, "char_end"), errors="coerce")
    text = _col(df, text_col)
    in_body, matches = [], []
    for aid, s, e, t in zip(ids, start, end, text):
        body = bodies.get(aid) if isinstance(aid, str) else None
        if body is None or pd.isna(e):
            in_body.append(None)
            matches.append(None)
            continue
        in_body.append(bool(e <= len(body)))
        sane = not pd.isna(s) and 0 <= s < e <= len(body)
        matches.append((isinstance(t, str) and body[int(s):int(e)] == t) if sane else None)
    return {"_offsets_in_body": pd.Series(in_body, index=df.index, dtype=object),
            f"_{text_col}_matches_body": pd.Series(matches, index=df.index, dtype=object)}


def _figures(df: pd.DataFrame, refs: Mapping[str, pd.DataFrame]) -> dict[str, pd.Series]:
    out = _span_checks(df, "quote", refs["articles"])
    out["_article_exists"] = _exists(_col(df, "article_id"), refs["articles"]["article_id"])
    out["_location_entity_exists"] = _exists(_col(df, "location_entity_id"), refs["entities"]["entity_id"])
    for role in ("by", "via"):
        out[f"_reported_{role}_entity_exists"] = _exists(_col(df, f"reported_{role}_entity_id"), refs["entities"]["entity_id"])
    return out


def _mentions(df: pd.DataFrame, refs: Mapping[str, pd.DataFrame]) -> dict[str, pd.Series]:
    out = _span_checks(df, "mention_text", refs["articles"])
    out["_article_exists"] = _exists(_col(df, "article_id"), refs["articles"]["article_id"])
    out["_entity_exists"] = _exists(_col(df, "entity_id"), refs["entities"]["entity_id"])
    return out


def _articles(df: pd.DataFrame, refs: Mapping[str, pd.DataFrame]) -> dict[str, pd.Series]:
    body = _col(df, "body")
    not_blank = body.map(lambda b: isinstance(b, str) and bool(b.strip())).astype(object)
    published = pd.to_datetime(_col(df, "published_at"), utc=True, errors="coerce")
    latest = pd.Timestamp.now(tz="UTC") + pd.Timedelta(days=FUTURE_TOLERANCE_DAYS)
    return {
        "_body_not_blank": not_blank,
        "_published_not_future": _tristate(df.index, published.notna(), published <= latest),
    }


_DERIVERS = {"figures": _figures, "entity_mentions": _mentions, "articles": _articles}


def _numpy_backed(frame: pd.DataFrame) -> pd.DataFrame:
    """Arrow-backed text columns (pandas 3's default `str` dtype) as plain object columns.
    GX filters the whole frame once per metric, and an Arrow `take` over 100k rows costs
    ~10 ms per column per filter: a 100k-row figures batch took 11 s that way, 0.8 s with
    object columns. Numeric and temporal columns are left alone."""
    slow = [
        c for c, dtype in frame.dtypes.items()
        if isinstance(dtype, pd.StringDtype)
        or (isinstance(dtype, pd.ArrowDtype) and not (
            pd.api.types.is_numeric_dtype(dtype) or pd.api.types.is_datetime64_any_dtype(dtype)))
    ]
    if not slow:
        return frame
    return frame.assign(**{c: frame[c].astype(object).where(frame[c].notna(), None) for c in slow})


def prepare(table: str, df: pd.DataFrame, refs: Mapping[str, pd.DataFrame] | None) -> pd.DataFrame:
    """A positional-index copy of `df` with the helper columns added; the caller's frame is
    never modified. An empty frame gets the table's columns so every rule has something to
    run on (and passes)."""
    if table not in TABLE_COLUMNS:
        raise ValueError(f"unknown table {table!r}; expected one of {sorted(TABLE_COLUMNS)}")
    frame = _numpy_backed(df.reset_index(drop=True))
    if frame.empty:
        frame = frame.reindex(columns=list(dict.fromkeys([*frame.columns, *TABLE_COLUMNS[table]])))
    needed = [name for name in REQUIRED_REFS.get(table, ()) if name not in (refs or {})]
    if needed and not frame.empty:
        raise ValueError(f"validating {table} needs refs {needed} for its foreign-key and offset rules")
    derive = _DERIVERS.get(table)
    if derive is None:
        return frame
    if frame.empty:
        helpers = {name: pd.Series([], dtype=object) for name in helper_columns(table)}
    else:
        helpers = derive(frame, refs or {})
    return frame.assign(**helpers)


def helper_columns(table: str) -> tuple[str, ...]:
    return {
        "figures": ("_offsets_in_body", "_quote_matches_body", "_article_exists", "_location_entity_exists",
                    "_reported_by_entity_exists", "_reported_via_entity_exists"),
        "entity_mentions": ("_offsets_in_body", "_mention_text_matches_body", "_article_exists", "_entity_exists"),
        "articles": ("_body_not_blank", "_published_not_future"),
    }.get(table, ())
