"""All scores of one warehouse against one gold set, as one dict (what `unrest eval --json` prints)."""
from __future__ import annotations

from .entities import score_entities
from .figures import score_figures
from .predictions import read_predictions
from .provenance import score_provenance


def evaluate(gold: dict[str, dict], con) -> dict:
    """`con`: a read-only connection to the warehouse (anything with execute().fetchall())."""
    pred = read_predictions(con)
    figures, by_category, fig_misses = score_figures(gold, pred.figures)
    entities, ent_misses = score_entities(gold, pred.entities)
    result = {"articles": len(gold), "figures": figures, "figures_by_category": by_category, **entities}
    misses = fig_misses + ent_misses
    if any("reported_by" in f for g in gold.values() for f in g.get("figures", [])):
        result["provenance"], prov_misses = score_provenance(gold, pred.provenance)
        misses += prov_misses
    result["articles_missing_from_warehouse"] = sorted(set(gold) - pred.stems)
    result["misses"] = sorted(misses)
    return result
