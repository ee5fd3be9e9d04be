"""Entities: countries as ISO codes per article; places, persons and organizations matched one to
one on any shared normalized name (persons also on a shared surname)."""
from __future__ import annotations

from functools import lru_cache

from .text import norm, prf

KEYS = (("places", "location"), ("persons", "person"), ("organizations", "organization"))


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """ISO names (pycountry) and the project's own short forms (seeds/country_names.csv)."""
    import pycountry

    from pipelines.seeds import read_csv

    names = {norm(getattr(c, a, None)) for c in pycountry.countries for a in ("name", "common_name", "official_name")}
    names |= {norm(row["name"]) for row in read_csv("country_names")}
    return frozenset(names - {""})


def is_country(info: dict) -> bool:
    """A whole country is scored under countries, not places."""
    return info["kind"] == "country" or bool(info["names"] & _country_names()) or norm(info["canonical"]) in _country_names()


def _gold_names(item) -> set[str]:
    names = [item] if isinstance(item, str) else [item.get("name", ""), *item.get("aliases", [])]
    return {n for n in map(norm, names) if n}


def _surnames(names: set[str]) -> set[str]:
    return {n.split()[-1] for n in names}


def _score_kind(gold, entities, key: str, etype: str, misses: list[str]) -> dict:
    tp = npred = ngold = 0
    for gid, g in gold.items():
        gitems = [_gold_names(x) for x in g.get(key, [])]
        preds = [x["names"] for x in entities.get(gid, {}).values() if x["type"] == etype
                 and not (key == "places" and x["names"] and is_country(x))]
        used: set[int] = set()
        for gnames in gitems:
            hit = next((i for i, pnames in enumerate(preds) if i not in used and (
                gnames & pnames or (key == "persons" and _surnames(gnames) & _surnames(pnames)))), None)
            if hit is None:
                misses.append(f"{gid} MISSED {key[:-1]} {sorted(gnames)}")
            else:
                used.add(hit); tp += 1
        misses += [f"{gid} EXTRA  {key[:-1]} {sorted(p)}" for i, p in enumerate(preds) if i not in used]
        npred += len(preds); ngold += len(gitems)
    return prf(tp, npred, ngold)


def score_entities(gold: dict[str, dict], entities: dict[str, dict]) -> tuple[dict, list[str]]:
    out, misses = {}, []
    tp = npred = ngold = 0
    for gid, g in gold.items():
        gc = {c.upper() for c in g.get("countries", [])}
        pc = {x["cc"] for x in entities.get(gid, {}).values() if x["type"] == "location" and x["cc"]}
        tp += len(gc & pc); npred += len(pc); ngold += len(gc)
        misses += [f"{gid} MISSED country {c}" for c in sorted(gc - pc)]
        misses += [f"{gid} EXTRA  country {c}" for c in sorted(pc - gc)]
    out["countries"] = prf(tp, npred, ngold)
    for key, etype in KEYS:
        out[key] = _score_kind(gold, entities, key, etype, misses)
    return out, misses
