"""A country named like a region of the article's other country ("Georgia", "Niger")."""
from __future__ import annotations

from collections import Counter

from .entity_spans import Cand, Context, P_PLACE_KIND
from .gazetteer import lookup_place


def regions_named_like_countries(doc, country_cands: list[Cand], ctx: Context) -> list[Cand]:
    """'Georgia' next to Minnesota and Texas is the US state; 'Niger' among Nigerian states is Niger
    State: a country named only by that name, in an article whose other places are in another named
    country that has a region of that name, is that region."""
    by_cc: dict[str, list[Cand]] = {}
    for c in country_cands:
        by_cc.setdefault(c.place.country_code, []).append(c)
    out = list(country_cands)
    for cc, cands in by_cc.items():
        texts = {ctx.body[c.start:c.end] for c in cands}
        if len(texts) != 1 or any(c.label != "country" for c in cands):
            continue
        others = frozenset(ctx.countries) - {cc}
        if not others:
            continue
        region = lookup_place(next(iter(texts)), others, prefer="region")
        if region is None or region.kind != "region" or region.country_code not in others:
            continue
        support = Counter()
        for ent in doc.ents:
            if ent.label_ in {"GPE", "LOC"} and ent.text not in texts:
                p = lookup_place(ent.text, others)
                if p is not None and p.country_code == region.country_code:
                    support[p.kind] += 1
        if support["region"] >= 1 or support["city"] >= 2:
            for c in cands:
                out[out.index(c)] = Cand(c.start, c.end, "location", "region-name", P_PLACE_KIND, place=region)
            del ctx.countries[cc]
    return out
