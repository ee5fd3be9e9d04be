"""Trailing credit lines such as "( Jowharwith AFP and REUTERS)": the outlet and the agencies it relays.

We only parse the line; it stays in the body so character offsets keep matching the source.
Agency spellings come from seeds/agencies.csv, so a reviewer can add one without touching code.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipelines.seeds import read_csv

# The last parenthesised group, at the very end of the text.
_TRAILING = re.compile(r"\(\s*([^()\n]{1,200}?)\s*\)\s*$")
# Greedy outlet: the *last* "with" splits outlet from agencies, even when glued ("Jowharwith").
_WITH = re.compile(r"^(?P<outlet>.*)with\b\s*(?P<agencies>.+)$", re.IGNORECASE | re.DOTALL)
_TAIL = 400
_SPLIT = re.compile(r"\s*(?:,|;|/|&|\+|\band\b)\s*", re.IGNORECASE)


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


@lru_cache(maxsize=1)
def agency_aliases() -> dict[str, str]:
    """alias key -> canonical agency name, from the seed."""
    return {_key(row["alias"]): row["agency"] for row in read_csv("agencies")}


def canonical_agency(name: str) -> str | None:
    return agency_aliases().get(_key(name))


def _agencies(part: str) -> list[str] | None:
    """Canonical agencies for "AFP and REUTERS"; None when any piece is not a known agency."""
    found: list[str] = []
    for piece in filter(None, _SPLIT.split(part.strip(" .,"))):
        agency = canonical_agency(piece)
        if agency is None:
            return None
        if agency not in found:
            found.append(agency)
    return found or None


def parse_credit_line(text: str) -> tuple[str | None, list[str]]:
    """(outlet, agencies) from a trailing "(Outlet with A and B)" or "(A, B)"; (None, []) otherwise."""
    match = _TRAILING.search(text.rstrip()[-_TAIL:])   # only the end matters; keeps long bodies cheap
    if not match:
        return None, []
    inner = match.group(1)
    split = _WITH.match(inner)
    if split is None:
        # No "with": only a credit when every piece is a known agency, e.g. "(AFP)" or "(Reuters/AP)".
        return None, _agencies(inner) or []
    agencies = _agencies(split.group("agencies"))
    if agencies is None:
        return None, []
    outlet = " ".join(split.group("outlet").split()).strip(" ,;-") or None
    return outlet, agencies
