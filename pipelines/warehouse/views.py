"""Analysis views created by every load (`create or replace`, so a changed definition reaches
old warehouses too). The README documents them with example queries, which the tests run.

Why views rather than tables: they are always consistent with the loaded rows and cost
nothing to keep. country_daily is the exception: it reads a table each load maintains
(pipelines/warehouse/rollup.py), since computing it on demand grows with every figure held.

Reconciliation rules (incident_tolls):
- a figure's place is its location entity: a city or region gives `place` and its country;
  a country gives only `country`; no location gives neither;
- a figure with an event_date belongs to that day; one without is placed in the ISO week
  (Monday to Sunday) its article was published in, so undated running tolls of one week
  reconcile with each other; with no publication date either, the window is unknown (null);
- copies of one story (same articles.story_id) count as one source."""
from __future__ import annotations

# place and country of every location entity; country names come from the country entities
_PLACES = """
    select l.entity_id,
           l.country_code as country,
           coalesce(c.country_name, l.country_code) as country_name,
           case when l.location_kind = 'country' then null else l.canonical_name end as place
    from entities l
    left join (select country_code, min(canonical_name) as country_name from entities
               where entity_type = 'location' and location_kind = 'country' group by country_code) c
      on c.country_code = l.country_code
    where l.entity_type = 'location'
"""

CASUALTY_REPORTS = f"""
create or replace view casualty_reports as
with places as ({_PLACES})
select f.figure_id, f.article_id, coalesce(a.story_id, a.article_id) as story_id,
       a.title, a.outlet, a.published_at,
       p.country, p.country_name, p.place,
       f.category, f.value, f.bound, f.value_low, f.value_high, f.who,
       f.event_date, f.reported_by, f.reported_via, f.quote
from figures f
join articles a using (article_id)
left join places p on p.entity_id = f.location_entity_id
"""

INCIDENT_TOLLS = """
create or replace view incident_tolls as
with r as (
    select *,
           coalesce(event_date, cast(date_trunc('week', published_at) as date)) as window_start,
           coalesce(event_date, cast(date_trunc('week', published_at) as date) + 6) as window_end,
           row_number() over (order by published_at nulls first, article_id, figure_id) as seq
    from casualty_reports
)
select country, any_value(country_name) as country_name, place, category,
       event_date, window_start, window_end,
       min(value) as min_value,
       max(value) as max_value,
       arg_max(value, seq) as latest_value,
       max(published_at) as latest_published_at,
       count(distinct story_id) as sources,
       count(distinct article_id) as articles,
       count(*) as reports,
       list(distinct outlet order by outlet) filter (where outlet is not null) as outlets,
       list(distinct reported_by order by reported_by) filter (where reported_by is not null) as reported_by
from r
group by country, place, category, event_date, window_start, window_end
"""

# incident_tolls' groups with only the columns country_daily reads: the same rows as
# incident_tolls for them, without its distinct counts, lists and ordered window (5x faster on
# 1M figures; tests/pipelines/test_bench.py checks both give the same country_daily)
_INCIDENT_RANGES = """
    select country, any_value(country_name) as country_name, place, category, event_date,
           min(value) as min_value, max(value) as max_value, max(published_at) as latest_published_at
    from casualty_reports
    group by country, place, category, event_date,
             coalesce(event_date, cast(date_trunc('week', published_at) as date))
"""

# a country's toll for a day: each place's range over its rows for that day, then the
# country-level figure or the sum of its places', whichever is higher
_DAILY_TOLLS = """
    with per_place as (
        select country, any_value(country_name) as country_name, place, category,
               coalesce(event_date, cast(latest_published_at as date)) as day,
               min(min_value) as low, max(max_value) as high
        from (""" + _INCIDENT_RANGES + """)
        where country is not null and category in ('killed', 'injured', 'arrested', 'protesters')
        group by country, place, category, day
    )
    select country, any_value(country_name) as country_name, day, category,
           cast(greatest(max(low) filter (where place is null), sum(low) filter (where place is not null)) as bigint) as low,
           cast(greatest(max(high) filter (where place is null), sum(high) filter (where place is not null)) as bigint) as high
    from per_place
    group by country, day, category
"""

# an article counts for every country whose places it mentions, on its publication day
_DAILY_ARTICLES = """
    select p.country, any_value(p.country_name) as country_name, cast(a.published_at as date) as day,
           count(distinct a.article_id) as articles, count(distinct coalesce(a.story_id, a.article_id)) as stories
    from entity_mentions m
    join articles a using (article_id)
    join (""" + _PLACES + """) p on p.entity_id = m.entity_id
    where p.country is not null and a.published_at is not null
    group by p.country, day
"""

# country_daily computed from every stored row: the definition, which the maintained table
# country_daily_rollup (pipelines/warehouse/rollup.py) must reproduce row for row
# (tests/pipelines/test_rollup.py), and the view of the single-file warehouse `unrest bench` times
COUNTRY_DAILY_SCRATCH = f"""
create or replace view country_daily as
with t as ({_DAILY_TOLLS}), d as ({_DAILY_ARTICLES}),
keys as (select country, day from t where day is not null union select country, day from d)
select k.country, coalesce(any_value(d.country_name), any_value(t.country_name), k.country) as country_name, k.day,
       coalesce(any_value(d.articles), 0) as articles,
       coalesce(any_value(d.stories), 0) as stories,
       max(t.low) filter (where t.category = 'killed') as killed_low,
       max(t.high) filter (where t.category = 'killed') as killed_high,
       max(t.low) filter (where t.category = 'injured') as injured_low,
       max(t.high) filter (where t.category = 'injured') as injured_high,
       max(t.low) filter (where t.category = 'arrested') as arrested_low,
       max(t.high) filter (where t.category = 'arrested') as arrested_high,
       max(t.low) filter (where t.category = 'protesters') as protesters_low,
       max(t.high) filter (where t.category = 'protesters') as protesters_high
from keys k
left join d on d.country = k.country and d.day = k.day
left join t on t.country = k.country and t.day = k.day
group by k.country, k.day
"""

# the warehouse's country_daily: the maintained rows, named by the country entities when read
COUNTRY_DAILY = """
create or replace view country_daily as
select r.country, coalesce(n.country_name, r.country) as country_name, r.day, r.articles, r.stories,
       r.killed_low, r.killed_high, r.injured_low, r.injured_high,
       r.arrested_low, r.arrested_high, r.protesters_low, r.protesters_high
from country_daily_rollup r
left join (select country_code, min(canonical_name) as country_name from entities
           where entity_type = 'location' and location_kind = 'country' group by country_code) n
  on n.country_code = r.country
"""

ENTITY_COOCCURRENCE = """
create or replace view entity_cooccurrence as
with pairs as (
    select distinct m1.article_id, m1.entity_id as entity_a, m2.entity_id as entity_b
    from entity_mentions m1
    join entity_mentions m2 on m1.article_id = m2.article_id and m1.entity_id < m2.entity_id
)
select p.entity_a, ea.canonical_name as name_a, ea.entity_type as type_a,
       p.entity_b, eb.canonical_name as name_b, eb.entity_type as type_b,
       count(*) as articles,
       count(distinct coalesce(a.story_id, a.article_id)) as stories
from pairs p
join articles a using (article_id)
join entities ea on ea.entity_id = p.entity_a
join entities eb on eb.entity_id = p.entity_b
group by all
"""

VIEW_DOCS = {
    "casualty_reports": "one row per figure, with its article's title, outlet, published_at and story_id, and its country and place",
    "incident_tolls": "figures reconciled across articles per country, place, category and event date (or publication week): "
                      "min, max and latest value, independent sources (copies of one story count once), outlets, reported_by",
    "country_daily": "per country and day: articles, stories, and the killed, injured, arrested and protesters ranges from incident_tolls",
    "entity_cooccurrence": "pairs of entities named in the same article, with article and story counts",
}
VIEWS = tuple(VIEW_DOCS)
# the descriptions travel with the warehouse: duckdb_views() shows them
_COMMENTS = ["comment on view %s is '%s'" % (name, doc.replace("'", "''")) for name, doc in VIEW_DOCS.items()]
VIEW_STATEMENTS: list[str] = [CASUALTY_REPORTS, INCIDENT_TOLLS, COUNTRY_DAILY, ENTITY_COOCCURRENCE] + _COMMENTS
# a plain DuckDB file without the maintained table (bench.build_rollup_warehouse: today's single file)
SCRATCH_VIEW_STATEMENTS: list[str] = [CASUALTY_REPORTS, INCIDENT_TOLLS, COUNTRY_DAILY_SCRATCH, ENTITY_COOCCURRENCE] + _COMMENTS
