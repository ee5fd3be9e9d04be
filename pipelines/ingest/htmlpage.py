"""HTML pages: trafilatura finds the main text and the metadata, leaving navigation, scripts and footers out.

libxml2 stops following a page nested deeper than 255 elements, or holding a node over its
size limits (a 15 MB attribute), and trafilatura then finds only the headline: the body would
be lost without a word. Such a page is parsed again with lxml's `huge_tree` (depth up to about
2,000, no size limits); a page that still loses its text is quarantined (`no_main_text`, with a
detail saying so), never loaded as a headline alone."""
from __future__ import annotations

import logging

import trafilatura

from .decode import decode_bytes
from .htmltext import html_to_text
from .records import make_record
from .types import IngestLimits, RawRecord, Rejected

# Dates from the page's own metadata only: no guessing from today's date or from free text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
logging.getLogger("trafilatura").setLevel(logging.ERROR)   # it warns on every page with little text
_LOST_LETTERS = 20      # a body with fewer letters than this, beside the title, was not found
_PAGE_LETTERS = 100     # ... while the page shows at least this many: it was lost


def _extract(page, url: str | None):
    try:
        return trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:   # trafilatura/lxml raise many types on hostile markup; none may escape
        raise Rejected("no_main_text", f"HTML extraction failed: {type(exc).__name__}: {exc}") from None


def _letters(text: str, title: str) -> int:
    return sum(ch.isalpha() for ch in text.replace(title, "", 1)) if text else 0


def _huge_tree(text: str):
    import lxml.html

    try:
        return lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
    except Exception:   # unparsable even so: the caller quarantines
        return None


def record_from_html(uri: str, raw: bytes, limits: IngestLimits, *, url: str | None = None,
                     fmt: str = "html", extra: dict | None = None) -> RawRecord:
    """A record from a full page; `Rejected("no_main_text")` when trafilatura finds no article."""
    text = decode_bytes(raw)
    doc = _extract(text, url)
    if doc is not None and _letters(doc.text or "", doc.title or "") < _LOST_LETTERS:
        shown = _letters(html_to_text(text), doc.title or "")
        if shown >= _PAGE_LETTERS:   # the parser gave up on the page's structure: try harder
            tree = _huge_tree(text)
            again = _extract(tree, url) if tree is not None else None
            if again is None or _letters(again.text or "", again.title or "") < _LOST_LETTERS:
                raise Rejected("no_main_text", f"the page's {shown} letters of text are nested deeper (or hold "
                                               "larger nodes) than the HTML parser reads; only its title was found")
            doc = again
    if doc is None or not (doc.text or "").strip():
        raise Rejected("no_main_text", "trafilatura found no main text in the page")
    return make_record(
        uri, raw, fmt, doc.title or "", doc.text, limits, url=url or doc.url, published=doc.date,
        outlet=doc.sitename, extra=extra, empty_reason="no_main_text",
    )
