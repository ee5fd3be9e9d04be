"""Records the extraction stage produces. Offsets always index into the article body
(the full normalized text, headline first), so `body[char_start:char_end] == quote`."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

CATEGORIES = ("killed", "injured", "hospitalized", "arrested", "missing", "protesters", "deployed")
BOUNDS = ("exact", "at_least", "at_most", "approx")
ENTITY_TYPES = ("person", "organization", "location")
LOCATION_KINDS = ("country", "region", "city")


@dataclass(frozen=True)
class ArticleText:
    article_id: str
    body: str                      # full text, headline first; every offset indexes into it
    title: str = ""
    published_at: datetime | None = None
    language: str = "en"


@dataclass
class Entity:
    entity_id: str                 # stable across articles: see pipelines.ids.entity_id
    entity_type: str               # person | organization | location
    canonical_name: str
    country_code: str | None = None    # ISO 3166-1 alpha-2
    location_kind: str | None = None   # country | region | city (locations only)
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    admin1: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Mention:
    entity_id: str
    mention_text: str
    char_start: int
    char_end: int
    label: str = ""                # the NER label or rule that found it


@dataclass
class Figure:
    category: str
    value: int
    bound: str
    quote: str
    char_start: int
    char_end: int
    value_low: int | None = None
    value_high: int | None = None
    who: str = ""
    sentence: str = ""
    reported_by: str | None = None     # the source the sentence attributes the figure to
    reported_via: str | None = None    # the outlet/agency relaying that source ("via TASS")
    event_date: date | None = None
    location_entity_id: str | None = None
    trigger: str = ""                  # the word that gave the category
    number_text: str = ""              # the number as written ("more than 400", "dozens")
    reported_by_entity_id: str | None = None   # the person/organization entity reported_by names (alias match)
    reported_via_entity_id: str | None = None  # the same for reported_via


@dataclass
class ArticleExtraction:
    article_id: str
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
