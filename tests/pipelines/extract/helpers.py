"""Shared by the figure tests: extract the figures of one invented body."""
from pipelines.extract.figures import extract_figures
from pipelines.extract.types import ArticleText


def run(nlp, body, published=None, entities=(), mentions=()):
    art = ArticleText(article_id="t", body=body, published_at=published)
    return extract_figures(nlp(body), art, list(entities), list(mentions))


def pairs(figs):
    """(category, value) of each figure, sorted: what most figure tests compare."""
    return sorted((f.category, f.value) for f in figs)


def entity_set(nlp, text):
    """{(entity_type, canonical_name)} of one invented text: what the entity tests compare."""
    from pipelines.extract.entities import extract_entities

    ents, _ = extract_entities(nlp(text), ArticleText(article_id="t", body=text))
    return {(e.entity_type, e.canonical_name) for e in ents}


def provenance_rows(cases, head):
    """{value: (reported_by, reported_via, place name)} per case body (head + case[0]), through the whole pipeline."""
    from pipelines.extract import extract_articles

    arts = [ArticleText(article_id=f"c{i}", body=head + c[0], title=head.strip() or "Protests", published_at=None)
            for i, c in enumerate(cases)]
    out = []
    for ex in extract_articles(arts):
        names = {e.entity_id: e.canonical_name for e in ex.entities}
        out.append({f.value: (f.reported_by, f.reported_via, names.get(f.location_entity_id)) for f in ex.figures})
    return out
