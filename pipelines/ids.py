"""Stable identifiers: the same content always gets the same id, across runs and machines."""
from __future__ import annotations

import hashlib


def digest(*parts: object, length: int = 16) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(str(part if part is not None else "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def article_id(title: str, body: str) -> str:
    return digest("article", title, body)


def entity_id(entity_type: str, key: str) -> str:
    """`key` is the entity's identity: a GeoNames id or ISO code for places, the normalized canonical name otherwise."""
    return digest("entity", entity_type, key.casefold())


def figure_id(article_id_: str, category: str, value: int, char_start: int, char_end: int) -> str:
    """Two figures may share a start (a quote can open on the trigger word), never a whole span."""
    return digest("figure", article_id_, category, value, char_start, char_end)
