"""The scores as text for a terminal."""
from __future__ import annotations

_ROW = "  {:<22} {:>9} {:>6} {:>6}   {:>4} {:>4} {:>4}"


def _line(name: str, s: dict) -> str:
    return _ROW.format(name, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", s["tp"], s["pred"], s["gold"])


def format_report(result: dict, max_misses: int | None = None) -> str:
    f = result["figures"]
    out = [f"unrest eval: {result['articles']} gold articles", "",
           _ROW.format("", "precision", "recall", "F1", "tp", "pred", "gold"), _line("figures", f)]
    out += [_line(f"  {cat}", s) for cat, s in result["figures_by_category"].items()]
    out += [_line(key, result[key]) for key in ("countries", "places", "persons", "organizations")]
    out += ["", f"  bound accuracy on matched figures  {f['bound_accuracy_on_matched']:.3f}",
            f"  who accuracy on matched figures    {f['who_accuracy_on_matched']:.3f}"]
    if "provenance" in result:
        out += ["", "  provenance on matched figures   accuracy  precision recall  F1   (matched)"]
        for key, s in result["provenance"].items():
            out.append(f"    {key:<28} {s['accuracy_on_matched']:>8.3f}  {s['precision']:>9.3f} {s['recall']:>6.3f}"
                       f" {s['f1']:>5.3f}   ({s['matched']})")
    if result["articles_missing_from_warehouse"]:
        out += ["", "  not in the warehouse: " + ", ".join(result["articles_missing_from_warehouse"])]
    misses = result["misses"] if max_misses is None else result["misses"][:max_misses]
    out += ["", f"misses ({len(result['misses'])}):"] + [f"  {m}" for m in misses]
    if len(misses) < len(result["misses"]):
        out.append(f"  ... {len(result['misses']) - len(misses)} more (--all-misses or --json)")
    return "\n".join(out)
