"""Pages beyond libxml2's default limits keep their text or are quarantined with a reason; they
never load as a headline alone."""
from __future__ import annotations

import pytest

from pipelines.ingest.htmlpage import record_from_html
from pipelines.ingest.types import IngestLimits, Rejected

PARA = "<p>" + "The river rose two metres overnight and the ferry to the island stayed in port. " * 4 + "</p>"


def page(inner: str) -> bytes:
    return (f"<html><head><title>Ferry stays in port</title></head><body><article><h1>Ferry stays in port</h1>"
            f"{inner}</article></body></html>").encode()


@pytest.mark.parametrize("depth", [300, 1500])   # beyond libxml2's 255 by default; within huge_tree's reach
def test_deep_pages_keep_their_text(depth):
    rec = record_from_html("deep.html", page("<div>" * depth + PARA * 3 + "</div>" * depth), IngestLimits())
    assert "ferry to the island" in rec.body


def test_a_huge_attribute_keeps_the_text():
    rec = record_from_html("attr.html", page('<div data-blob="' + "x" * 12_000_000 + '">' + PARA * 3 + "</div>"),
                           IngestLimits())
    assert "ferry to the island" in rec.body


def test_a_page_too_deep_even_for_huge_tree_is_quarantined_with_a_reason():
    with pytest.raises(Rejected) as err:
        record_from_html("deeper.html", page("<div>" * 6000 + PARA * 3 + "</div>" * 6000), IngestLimits())
    assert err.value.reason == "no_main_text" and "nested deeper" in err.value.detail
