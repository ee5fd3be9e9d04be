"""country_daily as a maintained table: each load updates it from the batch's new rows only, inside
the load's transaction, so its cost follows the batch and reading country_daily reads ~40 k rows
instead of aggregating every figure (README "Warehouse scale").

Three tables in the lake, so snapshots (`unrest sql --as-of`), compaction and expiry cover them:
- country_daily_places: incident ranges per country, place, category, event date and window (an
  undated figure's window is its article's publication week), the groups of views._INCIDENT_RANGES:
  min and max value and latest publication time. min/max merge exactly, so a batch's partial
  groups are folded into the stored ones; `day` is the group's day in country_daily (its event
  date, else the date of its latest report), which a later report in the same week can move.
- country_daily_articles: one row per country, publication day and article that mentions a place
  of that country, with its story; distinct story counts are exact only over these rows, never
  by adding counts, because copies of one story arrive in different batches.
- country_daily_rollup: country_daily's rows without country_name (joined from the country
  entities when read, so a new country entity renames every day of its country at no cost).
  A load recomputes exactly the (country, day) keys its rows touch (a group's old day and its
  new one, the days of its new article rows) from the first two tables, which it reads only at
  those keys; tests/pipelines/test_rollup.py compares the result with views.COUNTRY_DAILY_SCRATCH.
Rows are written in (day, country) order, so a rebuild's files hold day ranges and a load's reads
at its keys skip most row groups by their min/max (DuckDB pushes the keys' range into the scan).

Stored rows never change once loaded (keyed articles and entities keep their first row), and a
batch's figures and mentions come with the entities and articles they point at or point at ones
already stored (settle() quarantines rows whose target was rejected), so the new rows are all
that can change a key. Dates come from timestamps in the load's session time zone, as the view's
do in the reader's (UTC on our machines)."""
from __future__ import annotations

TABLES = ("country_daily_places", "country_daily_articles", "country_daily_rollup")
# the tables whose inserted rows a load keeps (as temp tables _new_<table>) for apply()
INPUTS = ("articles", "entities", "entity_mentions", "figures")
CATEGORIES = ("killed", "injured", "arrested", "protesters")
_KEY = ("country", "place", "category", "event_date", "window_start")

DDL = [
    """create table if not exists country_daily_places (country VARCHAR, place VARCHAR, category VARCHAR,
       event_date DATE, window_start DATE, min_value BIGINT, max_value BIGINT, latest_published_at TIMESTAMPTZ,
       day DATE)""",
    """create table if not exists country_daily_articles (country VARCHAR, day DATE, article_id VARCHAR,
       story_id VARCHAR)""",
    "create table if not exists country_daily_rollup (country VARCHAR, day DATE, articles BIGINT, stories BIGINT, "
    + ", ".join(f"{c}_{e} BIGINT" for c in CATEGORIES for e in ("low", "high")) + ")",
]

_CATS = ", ".join(f"'{c}'" for c in CATEGORIES)
# country, category and window_start are never null in a group; equalities on them let DuckDB push
# the batch's range of each into the scan of the stored groups
_SAME_GROUP = " and ".join([f"t.{k} = o.{k}" for k in ("country", "category", "window_start")]
                           + [f"t.{k} is not distinct from o.{k}" for k in ("place", "event_date")])


def present(con) -> bool:
    return bool(con.execute("select count(*) from duckdb_tables() where database_name = current_database() "
                            "and table_name = 'country_daily_rollup'").fetchone()[0])


def apply(con, figures: str, mentions: str, articles: str = "_new_articles", entities: str = "_new_entities") -> None:
    """Fold the rows of the relations `figures` and `mentions` (this batch's inserted figures and
    entity_mentions) into the three tables. The articles and entities they point at are taken
    from `articles` / `entities` (the rows this batch inserted) and only the ids not found there
    are looked up among the stored rows: a batch's rows nearly always point at its own articles,
    so the stored articles (1 M at 10 M figures) are then not read at all."""
    def run(sql):
        return _exec(con, sql)

    _lookup(run, "_a", "articles", articles, "article_id", "article_id, story_id, published_at",
            f"select article_id from {figures} union select article_id from {mentions}")
    _lookup(run, "_l", "entities", entities, "entity_id",
            "entity_id, country_code as country, location_kind, canonical_name",
            f"select location_entity_id from {figures} union select entity_id from {mentions}",
            where="entity_type = 'location' and country_code is not null")
    # the batch's incident groups, over the articles and location entities its figures point at
    run(f"""create or replace temp table _b_groups as
        with f as (select article_id, category, value, event_date, location_entity_id from {figures}
                   where category in ({_CATS}) and location_entity_id is not null)
        select l.country, case when l.location_kind = 'country' then null else l.canonical_name end as place,
               f.category, f.event_date,
               coalesce(f.event_date, cast(date_trunc('week', a.published_at) as date)) as window_start,
               min(f.value) as min_value, max(f.value) as max_value, max(a.published_at) as latest_published_at
        from f join _a a using (article_id) join _l l on l.entity_id = f.location_entity_id
        group by all
        having window_start is not null""")   # no event date and no publication date: no day at all
    run(f"""create or replace temp table _o_groups as
        select t.* from country_daily_places t semi join _b_groups o on {_SAME_GROUP}""")
    run(f"""create or replace temp table _m_groups as
        select {", ".join(_KEY)}, min(min_value) as min_value, max(max_value) as max_value,
               max(latest_published_at) as latest_published_at,
               coalesce(event_date, cast(max(latest_published_at) as date)) as day
        from (select {", ".join(_KEY)}, min_value, max_value, latest_published_at from _b_groups
              union all
              select {", ".join(_KEY)}, min_value, max_value, latest_published_at from _o_groups)
        group by {", ".join(_KEY)}""")
    run(f"delete from country_daily_places t using _o_groups o where {_SAME_GROUP}")
    run("insert into country_daily_places by name select * from _m_groups order by day, country")
    # the batch's article rows not stored yet (a mention of an article of an earlier batch may add one)
    run(f"""create or replace temp table _b_articles as
        with b as (select distinct l.country, cast(a.published_at as date) as day, a.article_id,
                          coalesce(a.story_id, a.article_id) as story_id
                   from {mentions} m join _a a using (article_id) join _l l using (entity_id)
                   where a.published_at is not null)
        select * from b anti join (select country, day, article_id from country_daily_articles
                                   semi join b using (country, day, article_id)) using (country, day, article_id)""")
    run("insert into country_daily_articles by name select * from _b_articles order by day, country")
    # every (country, day) whose row may have changed, recomputed from the stored rows at those keys
    run("""create or replace temp table _keys as
        select country, day from _o_groups union select country, day from _m_groups
        union select country, day from _b_articles""")
    run("delete from country_daily_rollup r using _keys k where r.country = k.country and r.day = k.day")
    run(f"""insert into country_daily_rollup by name
        with per_place as (
            select country, place, category, day, min(min_value) as low, max(max_value) as high
            from country_daily_places semi join _keys using (country, day)
            group by country, place, category, day),
        t as (
            select country, day, category,
                   cast(greatest(max(low) filter (where place is null), sum(low) filter (where place is not null)) as bigint) as low,
                   cast(greatest(max(high) filter (where place is null), sum(high) filter (where place is not null)) as bigint) as high
            from per_place group by country, day, category),
        d as (
            select country, day, count(distinct article_id) as articles, count(distinct story_id) as stories
            from country_daily_articles semi join _keys using (country, day)
            group by country, day),
        keys as (select country, day from t union select country, day from d)
        select k.country, k.day,
               coalesce(any_value(d.articles), 0) as articles, coalesce(any_value(d.stories), 0) as stories,
               {", ".join(f"max(t.{e}) filter (where t.category = '{c}') as {c}_{e}" for c in CATEGORIES for e in ("low", "high"))}
        from keys k
        left join d on d.country = k.country and d.day = k.day
        left join t on t.country = k.country and t.day = k.day
        group by k.country, k.day
        order by k.day, k.country""")
    for name in ("_a", "_l", "_want", "_b_groups", "_o_groups", "_m_groups", "_b_articles", "_keys"):
        run(f"drop table if exists temp.{name}")


def _lookup(run, name: str, table: str, inserted: str, key: str, columns: str, wanted: str, where: str = "true") -> None:
    """temp table `name`: `columns` of the rows of `table` whose key is in `wanted`, from the
    batch's inserted rows first, then, for keys not among them, from the stored ones."""
    run(f"create or replace temp table _want as select distinct * from ({wanted}) w({key}) where {key} is not null")
    run(f"create or replace temp table {name} as select {columns} from {inserted} semi join _want using ({key}) "
        f"where {where}")
    run(f"delete from _want where {key} in (select {key} from {inserted})")
    if run("select count(*) from _want")[0][0]:
        run(f"insert into {name} select {columns} from {table} semi join _want using ({key}) where {where}")


def _exec(con, sql: str) -> list:
    return con.execute(sql).fetchall()


def rebuild(con) -> None:
    """The three tables from every stored row (a warehouse from before them, a migration, a
    repair), inside the caller's transaction."""
    for table in TABLES:
        con.execute(f"delete from {table}").fetchall()
    apply(con, "figures", "entity_mentions", "articles", "entities")
