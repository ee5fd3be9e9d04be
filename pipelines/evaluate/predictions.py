"""What the warehouse predicts, per gold article: read once through a read-only connection.

Warehouse articles are tied to gold ids by the file name their first input had (…/d007.json →
d007), as `unrest eval` writes one input per gold article named by its id."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .text import norm

_EXT = re.compile(r"\.[A-Za-z0-9]+$")


def stem_of(source_uri: str) -> str:
    return _EXT.sub("", re.split(r"[/\\]", str(source_uri))[-1])


@dataclass
class Predictions:
    stems: set[str] = field(default_factory=set)
    figures: dict[str, list[tuple]] = field(default_factory=lambda: defaultdict(list))      # (category, value, bound, who)
    entities: dict[str, dict[str, dict]] = field(default_factory=lambda: defaultdict(dict))  # stem -> entity_id -> info
    provenance: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))


_FIGURES = "select article_id, lower(category), value, lower(cast(bound as varchar)), who from figures"
# Provenance pairs each gold figure with the first unpaired predicted figure of the same category and
# value, in the order this join returns them: the order the reference scorer (../shared/eval/score.py)
# pairs in, so both give the same numbers. That order is DuckDB's join output, not the text's; see
# the README ("Measuring accuracy") for what a pairing by position would change.
_PROVENANCE = """
    select f.article_id, lower(f.category), f.value, f.reported_by, f.reported_via,
           cast(f.event_date as varchar), e.canonical_name, e.country_code, e.location_kind, e.aliases,
           (select list(distinct m.mention_text) from entity_mentions m
             where m.article_id = f.article_id and m.entity_id = e.entity_id)
    from figures f left join entities e on e.entity_id = f.location_entity_id"""
_MENTIONS = """select m.article_id, lower(e.entity_type), e.entity_id, e.canonical_name, e.country_code,
                      m.mention_text, e.location_kind
               from entity_mentions m join entities e using (entity_id) order by m.article_id, m.char_start"""


def _etype(raw: str | None) -> str:
    raw = (raw or "").lower()
    if raw.startswith("per"):
        return "person"
    if raw.startswith("org"):
        return "organization"
    return "location" if raw.startswith(("loc", "gpe", "place", "country", "city")) else raw


def read_predictions(con) -> Predictions:
    pred = Predictions()
    stem = {aid: stem_of(uri) for aid, uri in con.execute("select article_id, source_uri from articles").fetchall()}
    pred.stems = set(stem.values())
    for aid, etype, eid, canonical, cc, mention, kind in con.execute(_MENTIONS).fetchall():
        if aid not in stem:
            continue
        info = pred.entities[stem[aid]].setdefault(eid, {"type": _etype(etype), "names": set(),
                                                          "cc": (cc or "").upper(), "canonical": canonical or "",
                                                          "kind": (kind or "").lower()})
        info["names"].update(n for n in (norm(canonical), norm(mention)) if n)
    for aid, cat, value, bound, who in con.execute(_FIGURES).fetchall():
        if aid in stem and value is not None:
            pred.figures[stem[aid]].append((cat, int(value), bound or "", who or ""))
    for aid, cat, value, by, via, date, canonical, cc, kind, aliases, mentions in con.execute(_PROVENANCE).fetchall():
        if aid not in stem or value is None:
            continue
        names = {norm(x) for x in [canonical, *(aliases or []), *(mentions or [])] if x} - {""}
        pred.provenance[stem[aid]].append({
            "category": cat, "value": int(value), "reported_by": by or "", "reported_via": via or "",
            "country": (cc or "").upper(), "place_names": names,
            "place_is_country": (kind or "").lower() == "country" or not canonical, "date": (date or "")[:10]})
    return pred
