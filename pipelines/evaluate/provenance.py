"""Provenance of each figure (the v2 keys): on gold figures that carry `reported_by`, each paired
with the first unpaired predicted figure of the same category and value in its article."""
from __future__ import annotations

from collections import defaultdict

from .gold import CATEGORIES
from .text import names_overlap, norm, prf

KEYS = ("reported_by", "reported_via", "country", "place", "date")


def _judge(key: str, gf: dict, pf: dict) -> tuple[str, str, bool]:
    """(gold value, predicted value, right) for one key of one pair."""
    if key == "reported_by":
        gv, pv = gf.get("reported_by", ""), pf["reported_by"]
        return gv, pv, names_overlap(pv, [gv, *gf.get("reported_by_alt", [])])
    if key == "reported_via":
        gv, pv = gf.get("reported_via", ""), pf["reported_via"]
        return gv, pv, names_overlap(pv, [gv])
    if key == "place":   # a national figure's place is the country itself
        gv = gf.get("place", "")
        pv = "" if pf["place_is_country"] else min(pf["place_names"], default="")
        return gv, pv, (norm(gv) in pf["place_names"]) if gv else pf["place_is_country"]
    gv, pv = gf.get(key, "") or "", pf[key]
    return gv, pv, gv == pv


def score_provenance(gold: dict[str, dict], provenance: dict[str, list[dict]]) -> tuple[dict, list[str]]:
    counts = {k: {"right": 0, "n": 0, "tp": 0, "pred": 0, "gold": 0} for k in KEYS}
    misses: list[str] = []
    for gid, g in gold.items():
        pool = defaultdict(list)
        for pf in provenance.get(gid, []):
            pool[(pf["category"], pf["value"])].append(pf)
        for gf in g.get("figures", []):
            if gf["category"] not in CATEGORIES or "reported_by" not in gf:
                continue
            candidates = pool.get((gf["category"], int(gf["value"])))
            if not candidates:
                continue
            pf = candidates.pop(0)
            for key in KEYS:
                gv, pv, hit = _judge(key, gf, pf)
                ok = hit or (not gv and not pv)
                c = counts[key]
                c["n"] += 1; c["right"] += ok
                c["gold"] += bool(gv); c["pred"] += bool(pv); c["tp"] += bool(gv and pv and hit)
                if not ok:
                    misses.append(f"{gid} WRONG  {key} of {gf['category']} {gf['value']}: gold {gv!r}, got {pv!r}")
    out = {}
    for key, c in counts.items():
        out[key] = prf(c["tp"], c["pred"], c["gold"])
        out[key]["accuracy_on_matched"] = round(c["right"] / c["n"], 3) if c["n"] else 0.0
        out[key]["matched"] = c["n"]
    return out, misses
