"""Figures: precision/recall per category on (category, value) per article, then bound and `who`
on the matched pairs."""
from __future__ import annotations

from collections import Counter, defaultdict

from .gold import CATEGORIES
from .text import norm, prf


def _who_agrees(gold_who: str, pred_who: str) -> bool:
    g, p = norm(gold_who), norm(pred_who)
    return (not g and not p) or bool(g and p and (g in p or p in g))


def score_figures(gold: dict[str, dict], figures: dict[str, list[tuple]]) -> tuple[dict, dict, list[str]]:
    """(overall, per category, misses). Bound and who are judged once per matched (category,
    value) key, on its first gold and first predicted figure, over all matched figures."""
    tp = npred = ngold = bound_ok = who_ok = 0
    per_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses: list[str] = []
    for gid, g in gold.items():
        golds = [f for f in g.get("figures", []) if f["category"] in CATEGORIES]
        preds = [f for f in figures.get(gid, []) if f[0] in CATEGORIES]
        gkeys = Counter((f["category"], int(f["value"])) for f in golds)
        pkeys = Counter((f[0], f[1]) for f in preds)
        both = gkeys & pkeys
        tp += sum(both.values()); npred += sum(pkeys.values()); ngold += sum(gkeys.values())
        for i, counter in ((2, gkeys), (1, pkeys), (0, both)):
            for (cat, _), n in counter.items():
                per_cat[cat][i] += n
        for key in both:
            gf = next(f for f in golds if (f["category"], int(f["value"])) == key)
            pf = next(f for f in preds if (f[0], f[1]) == key)
            bound_ok += gf.get("bound", "exact") == pf[2]
            who_ok += _who_agrees(gf.get("who", ""), pf[3])
        misses += [f"{gid} MISSED figure {c} {v}" for c, v in sorted(gkeys - pkeys)]
        misses += [f"{gid} EXTRA  figure {c} {v}" for c, v in sorted(pkeys - gkeys)]
    overall = prf(tp, npred, ngold)
    overall["bound_accuracy_on_matched"] = round(bound_ok / tp, 3) if tp else 0.0
    overall["who_accuracy_on_matched"] = round(who_ok / tp, 3) if tp else 0.0
    return overall, {c: prf(*v) for c, v in sorted(per_cat.items())}, misses
