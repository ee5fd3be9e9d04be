"""Stage 3, extract: entities, their mentions, and attributed figures."""

import dagster as dg

from .columns import column_lineage, table_spec_metadata
from .metadata import committed_noop, table_metadata
from .partitions import batches
from .resources import UnrestResource

from pipelines.extract.tables import extraction_tables
from pipelines.schemas import empty

_COLUMNS = {
    "entities": ["entity_id", "entity_type", "canonical_name", "country_code", "location_kind"],
    "entity_mentions": ["article_id", "entity_id", "mention_text", "char_start"],
    "figures": ["category", "value", "bound", "who", "quote", "reported_by", "event_date"],
}
_DESCRIPTIONS = {
    "entities": "People, organizations and places (with ISO country codes and gazetteer coordinates).",
    "entity_mentions": "Where each entity is named in each article, as character offsets into the body.",
    "figures": "Counts of people killed, injured, hospitalized, arrested, missing, protesting or deployed, with bound, who, source, date and place.",
}


@dg.multi_asset(
    specs=[dg.AssetSpec(t, deps=["articles"], kinds={"spacy", "parquet"}, owners=["team:unrest"], description=d,
                        metadata=table_spec_metadata(t))
           for t, d in _DESCRIPTIONS.items()],
    partitions_def=batches,
    group_name="extract",
)
def extractions(context: dg.AssetExecutionContext, unrest: UnrestResource):
    """Run spaCy and the rule layers over the batch's English articles."""
    batch = context.partition_key
    lake, wh = unrest.lake, unrest.warehouse
    if batch in wh.committed_batches():
        yield from (committed_noop(lake, table, batch, keyed=True) for table in _COLUMNS)
        return
    articles = lake.read("articles", batch)
    out = (extraction_tables(articles, batch, two_phase=unrest.two_phase, processes=unrest.nlp_processes or None)
           if articles.num_rows else {t: empty(t) for t in (*_COLUMNS, "quarantine")})
    lake.write("quarantine", batch, out["quarantine"], part="extract")   # articles whose extraction raised
    context.log.info(f"extract: {articles.num_rows} articles -> " + ", ".join(f"{out[t].num_rows} {t}" for t in _COLUMNS)
                     + (f"; {out['quarantine'].num_rows} quarantined" if out["quarantine"].num_rows else ""))
    for table, columns in _COLUMNS.items():
        path = lake.write(table, batch, out[table])
        yield dg.MaterializeResult(asset_key=table, metadata={**table_metadata(out[table], path, columns),
                                                              "dagster/column_lineage": column_lineage(table)})
