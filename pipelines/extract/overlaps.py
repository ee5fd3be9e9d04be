"""The one overlap-resolution step of the entity rules (like spaCy's `filter_spans`, by priority first)."""
from __future__ import annotations

from .entity_spans import Cand


def resolve_overlaps(cands: list[Cand]) -> list[Cand]:
    """Keep the best candidate for each stretch of text: the highest priority, then the longest, then
    the first. Country and nationality mentions are a separate layer, kept unless inside a kept person."""
    kept: list[Cand] = []
    countries = [c for c in cands if c.label in {"country", "demonym"}]
    others = sorted((c for c in cands if c.label not in {"country", "demonym"}),
                    key=lambda c: (-c.prio, -(c.end - c.start), c.start))
    occupied = bytearray(max((c.end for c in cands), default=0) + 1)
    for c in others:
        if any(occupied[c.start:c.end]):
            continue
        kept.append(c)
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    person_ranges = [c for c in kept if c.etype == "person"]
    for c in countries:
        if any(p.start <= c.start and c.end <= p.end for p in person_ranges):
            continue
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept
