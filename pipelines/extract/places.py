"""The article's read-only facts for the figure stages (`read_article`), and where a figure happened
(`place_of`): the rules are placing.py's (its own sentence, else its paragraph, else the article's
country; a national toll is placed at the country, never at a city)."""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from .candidate import Article, Sentence
from .dedupe import headline_end
from .placing import article_places, place
from .relay import in_outlet_name
from .types import ArticleText, Entity, Mention
from .vocab import word_list
import re


def read_article(article: ArticleText, entities: list[Entity], mentions: list[Mention]) -> Article:
    by_id = {e.entity_id: e for e in entities}
    # a nationality adjective ("Russian-led", label demonym/NORP) says nothing about where it happened
    locs = sorted((m for m in mentions if (e := by_id.get(m.entity_id)) and e.entity_type == "location"
                   and m.label.lower() not in ("demonym", "norp")), key=lambda m: m.char_start)
    counts = Counter(m.entity_id for m in locs)
    non_country = [eid for eid, _ in counts.most_common() if by_id[eid].location_kind != "country"]
    main = non_country[0] if non_country else (counts.most_common(1)[0][0] if counts else None)
    located = sorted((m for m in mentions if (e := by_id.get(m.entity_id)) and e.entity_type == "location"),
                     key=lambda m: m.char_start)
    orgs = tuple(m for m in mentions if (e := by_id.get(m.entity_id)) and e.entity_type == "organization")
    places, country = article_places(article.body, by_id, located, main, _in_names(article.body, by_id, mentions), orgs)
    # the setting's country, named only through its places, and a capital named only as "the capital", join the
    # article's entities
    for e in ((country,) if country is not None else ()) + places.made:
        if e.entity_id not in by_id:
            entities.append(e)
            by_id[e.entity_id] = e
    return Article(article.body, article.published_at, tuple(mentions), by_id, tuple(locs),
                   tuple(m.char_start for m in locs), main, headline_end(article.body), places)


def _in_names(body: str, by_id: dict[str, Entity], mentions: list[Mention]) -> frozenset[int]:
    """Starts of the location mentions that are part of an organization's name ("the Kenya Red Cross", "the Lagos State
    Police Command"): the body is named after the place, which says nothing about where the counted people were. Not
    a site named after its place ("Nairobi Hospital", "University of X"; entity_words site_org_head): people counted
    there were in that place."""
    outlets = frozenset(m.char_start for m in mentions if (e := by_id.get(m.entity_id)) and e.entity_type == "location"
                        and in_outlet_name(body, m.char_start, m.char_end))   # "Russia's TASS news agency"
    return outlets | _in_org_names(body, by_id, mentions)


def _in_org_names(body: str, by_id: dict[str, Entity], mentions: list[Mention]) -> frozenset[int]:
    sites = word_list("site_org_head")
    orgs = [m for m in mentions if (e := by_id.get(m.entity_id)) and e.entity_type == "organization"
            and not sites & set(re.findall(r"[a-z]+", m.mention_text.lower()))]
    if not orgs:
        return frozenset()
    return frozenset(m.char_start for m in mentions if (e := by_id.get(m.entity_id)) and e.entity_type == "location"
                     and any(o.char_start <= m.char_start and m.char_end <= o.char_end
                             and o.char_end - o.char_start > m.char_end - m.char_start for o in orgs))


def place_of(article: Article, s: Sentence, number_at: int) -> tuple[str | None, bool]:
    """(location_entity_id, placed by its own sentence) for a figure whose number starts at body
    offset `number_at`."""
    return place(article.places, article.body, s.offset, s.offset + len(s.text), number_at)
