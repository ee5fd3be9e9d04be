"""HTML pages: trafilatura finds the main text and the metadata, leaving navigation, scripts and footers out."""
from __future__ import annotations

import logging

import trafilatura

from .decode import decode_bytes
from .records import make_record
from .types import IngestLimits, RawRecord, Rejected

# Dates from the page's own metadata only: no guessing from today's date or from free text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
logging.getLogger("trafilatura").setLevel(logging.ERROR)   # it warns on every page with little text


def record_from_html(uri: str, raw: bytes, limits: IngestLimits, *, url: str | None = None,
                     fmt: str = "html", extra: dict | None = None) -> RawRecord:
    """A record from a full page; `Rejected("no_main_text")` when trafilatura finds no article."""
    text = decode_bytes(raw)
    try:
        doc = trafilatura.bare_extraction(
            text, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:   # trafilatura/lxml raise many types on hostile markup; none may escape
        raise Rejected("no_main_text", f"HTML extraction failed: {type(exc).__name__}: {exc}") from None
    if doc is None or not (doc.text or "").strip():
        raise Rejected("no_main_text", "trafilatura found no main text in the page")
    return make_record(
        uri, raw, fmt, doc.title or "", doc.text, limits, url=url or doc.url, published=doc.date,
        outlet=doc.sitename, extra=extra, empty_reason="no_main_text",
    )
