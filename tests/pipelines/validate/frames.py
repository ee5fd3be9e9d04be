"""Small valid frames for every table; tests copy one and plant a single defect."""
from __future__ import annotations

import pandas as pd

BODY_1 = "Clashes in Paris. Police said 12 people were killed and at least 40 injured in Paris on Sunday."
BODY_2 = "Protest in Nairobi. Thousands marched; officials said 250 were arrested, Reuters reported."


def span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def make_articles() -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": ["a1", "a2"],
        "story_id": ["a1", "a2"],
        "source_uri": ["file:///data/raw/a1.html", "file:///data/raw/a2.html"],
        "title": ["Clashes in Paris", "Protest in Nairobi"],
        "body": [BODY_1, BODY_2],
        "published_at": pd.to_datetime(["2024-03-03T10:00:00Z", "2024-03-04T08:30:00Z"]),
        "outlet": ["Le Monde", "Daily Nation"],
        "agencies": [["AFP"], ["Reuters", "AP"]],
        "language": ["en", None],
        "ingested_at": pd.to_datetime(["2024-03-05T00:00:00Z"] * 2),
        "batch_id": ["b1", "b1"],
        "sha256": ["0" * 64, "1" * 64],
        "url": ["https://example.org/a1", None],
        "fmt": ["html", "html"],
        "extra": ["{}", '{"section": "world"}'],
    }, index=[100, 101])


def make_entities() -> pd.DataFrame:
    return pd.DataFrame({
        "entity_id": ["e_paris", "e_nairobi", "e_police"],
        "entity_type": ["location", "location", "organization"],
        "canonical_name": ["Paris", "Nairobi", "Police"],
        "country_code": ["FR", "KE", None],
        "location_kind": ["city", "city", None],
        "latitude": [48.8566, -1.2864, None],
        "longitude": [2.3522, 36.8172, None],
        "geonames_id": pd.array([2988507, 184745, None], dtype="Int64"),
        "admin1": ["11", "30", None],
        "aliases": [["Paname"], [], []],
        "batch_id": ["b1"] * 3,
    }, index=[0, 1, 2])


def make_figures() -> pd.DataFrame:
    q1, q2, q3 = "12 people were killed", "at least 40 injured", "250 were arrested"
    (s1, e1), (s2, e2), (s3, e3) = span(BODY_1, q1), span(BODY_1, q2), span(BODY_2, q3)
    return pd.DataFrame({
        "figure_id": ["f1", "f2", "f3"],
        "article_id": ["a1", "a1", "a2"],
        "category": ["killed", "injured", "arrested"],
        "value": [12, 40, 250],
        "bound": ["exact", "at_least", "exact"],
        "value_low": pd.array([None, 40, 200], dtype="Int64"),
        "value_high": pd.array([None, None, 300], dtype="Int64"),
        "who": ["people", "", ""],
        "quote": [q1, q2, q3],
        "char_start": [s1, s2, s3],
        "char_end": [e1, e2, e3],
        "sentence": ["", "", ""],
        "reported_by": ["Police", "Police", "officials"],
        "reported_via": [None, None, "Reuters"],
        "event_date": [pd.Timestamp("2024-03-03").date(), None, None],
        "location_entity_id": ["e_paris", "e_paris", None],
        "trigger": ["killed", "injured", "arrested"],
        "number_text": ["12", "at least 40", "250"],
        "batch_id": ["b1"] * 3,
        "reported_by_entity_id": ["e_police", "e_police", None],
        "reported_via_entity_id": [None, None, None],
    }, index=[10, 11, 12])


def make_mentions() -> pd.DataFrame:
    rows = [("m1", "a1", "e_paris", BODY_1, "Paris"), ("m2", "a1", "e_police", BODY_1, "Police"),
            ("m3", "a2", "e_nairobi", BODY_2, "Nairobi")]
    return pd.DataFrame({
        "mention_id": [r[0] for r in rows],
        "article_id": [r[1] for r in rows],
        "entity_id": [r[2] for r in rows],
        "mention_text": [r[4] for r in rows],
        "char_start": [span(r[3], r[4])[0] for r in rows],
        "char_end": [span(r[3], r[4])[1] for r in rows],
        "label": ["GPE", "ORG", "GPE"],
        "batch_id": ["b1"] * 3,
    }, index=[20, 21, 22])


def make_raw_files() -> pd.DataFrame:
    return pd.DataFrame({
        "source_uri": ["file:///data/raw/a1.html", "file:///data/raw/a2.html", "file:///data/raw/a1.html"],
        "sha256": ["0" * 64, "1" * 64, "2" * 64],
        "size": [1200, 900, 1210],
        "mtime_ns": [1, 2, 3],
        "status": ["loaded", "loaded", "duplicate"],
        "article_id": ["a1", "a2", None],
        "reason": [None, None, "same body as a1"],
        "detail": [None, None, None],
        "seen_at": pd.to_datetime(["2024-03-05T00:00:00Z"] * 3),
        "batch_id": ["b1"] * 3,
    }, index=[30, 31, 32])


def make_quarantine() -> pd.DataFrame:
    return pd.DataFrame({
        "source_uri": ["file:///data/raw/bad.pdf"],
        "stage": ["ingest"],
        "reason": ["unreadable"],
        "detail": ["not a PDF"],
        "seen_at": pd.to_datetime(["2024-03-05T00:00:00Z"]),
        "batch_id": ["b1"],
        "table_name": [None],
        "record_key": [None],
    }, index=[40])


MAKERS = {
    "articles": make_articles, "figures": make_figures, "entities": make_entities,
    "entity_mentions": make_mentions, "raw_files": make_raw_files, "quarantine": make_quarantine,
}

