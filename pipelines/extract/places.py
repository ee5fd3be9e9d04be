"""Where a figure happened: the nearest location mention in its sentence, else the article's
main location (the most mentioned place that is not a country, else the most mentioned one)."""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from .candidate import Article, Sentence
from .dedupe import headline_end
from .types import ArticleText, Entity, Mention


def read_article(article: ArticleText, entities: list[Entity], mentions: list[Mention]) -> Article:
    by_id = {e.entity_id: e for e in entities}
    # a nationality adjective ("Russian-led", label demonym/NORP) says nothing about where it happened
    locs = sorted((m for m in mentions if (e := by_id.get(m.entity_id)) and e.entity_type == "location"
                   and m.label.lower() not in ("demonym", "norp")), key=lambda m: m.char_start)
    counts = Counter(m.entity_id for m in locs)
    non_country = [eid for eid, _ in counts.most_common() if by_id[eid].location_kind != "country"]
    main = non_country[0] if non_country else (counts.most_common(1)[0][0] if counts else None)
    return Article(article.body, article.published_at, tuple(mentions), by_id, tuple(locs),
                   tuple(m.char_start for m in locs), main, headline_end(article.body))


def place_of(article: Article, s: Sentence, pos: int) -> tuple[str | None, bool]:
    """(location_entity_id, placed by its own sentence) for a figure quoted from body offset `pos`."""
    lo = bisect_left(article.location_starts, s.offset)
    hi = bisect_left(article.location_starts, s.offset + len(s.text))
    inside = article.location_mentions[lo:hi]
    if inside:
        return min(inside, key=lambda m: abs(m.char_start - pos)).entity_id, True
    return article.main_location, False
