"""The warehouse views on a small invented event (tests/assets/event_articles.py), and the
README's example queries, run as written so they never go stale."""
import re
from pathlib import Path

import duckdb
import pytest

from assets.cli import main
from pipelines.warehouse.views import VIEWS

from .conftest import warehouse_rows

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_queries() -> list[str]:
    blocks = re.findall(r"```sql\n(.*?)```", README.read_text(), flags=re.S)
    return [q.strip() for b in blocks for q in b.split(";") if re.sub(r"--[^\n]*", "", q).strip()]


def ids(data) -> dict[str, tuple[str, str]]:
    """outlet -> (article_id, story_id) of the Nairobi articles (one per outlet)."""
    return {outlet: (aid, sid) for outlet, aid, sid in warehouse_rows(
        data, "select outlet, article_id, story_id from articles where title like '%Nairobi%'")}


def test_copies_share_the_original_story_id_within_and_across_batches(event_data):
    a = ids(event_data)
    wire_id, wire_story = a["Example Wire"]
    assert wire_story == wire_id, "the original wire story is its own story"
    assert a["Daily Example"][1] == wire_story       # same batch, published later, small edits
    assert a["Hill Gazette"][1] == wire_story        # a later batch: found through story_bands
    assert a["Coast Herald"][1] == a["Coast Herald"][0]
    assert a["Lakeside Times"][1] == a["Lakeside Times"][0]
    assert warehouse_rows(event_data, "select count(distinct batch_id) from articles") == [(2,)]


def test_incident_tolls_count_copies_of_one_story_once(event_data):
    rows = warehouse_rows(event_data, """
        select t.sources, t.articles, t.outlets, t.min_value, t.max_value
        from incident_tolls t where country = 'KE' and place = 'Nairobi' and category = 'killed'""")
    assert rows
    # every toll's source count is its number of distinct stories, never its number of articles
    check = warehouse_rows(event_data, """
        with r as (select *, coalesce(event_date, cast(date_trunc('week', published_at) as date)) as w
                   from casualty_reports)
        select t.sources, (select count(distinct story_id) from r where r.country is not distinct from t.country
                             and r.place is not distinct from t.place and r.category = t.category
                             and r.w is not distinct from t.window_start
                             and r.event_date is not distinct from t.event_date)
        from incident_tolls t""")
    assert check and all(s == n for s, n in check)
    copied = [r for r in rows if {"Example Wire", "Daily Example"} <= set(r[2])]
    assert copied, rows
    assert all(sources < articles for sources, articles, *_ in copied)
    assert max(r[4] for r in rows) >= 15 and min(r[3] for r in rows) <= 12


def test_views_exist_and_answer(event_data):
    for view in VIEWS:
        assert warehouse_rows(event_data, f"select count(*) > 0 from {view}") == [(True,)], view
    cols = {r[0] for r in warehouse_rows(event_data, "select column_name from duckdb_columns() where table_name = 'casualty_reports'")}
    assert {"title", "outlet", "published_at", "country", "place", "event_date", "reported_by", "quote", "story_id"} <= cols
    ke = warehouse_rows(event_data, "select articles, killed_low, killed_high from country_daily where country = 'KE' and day = date '2024-03-12'")
    assert ke and ke[0][0] >= 2 and ke[0][2] >= 12
    assert warehouse_rows(event_data, "select count(*) from entity_cooccurrence where entity_a >= entity_b") == [(0,)]


@pytest.mark.parametrize("query", readme_queries(), ids=lambda q: re.sub(r"\W+", "_", q[:50]))
def test_readme_example_queries_run(event_data, query, capsys):
    assert main(["sql", "--data", str(event_data), "--format", "csv", query]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out.strip().splitlines()
    if any(re.search(rf"\bfrom {v}\b", query) for v in VIEWS):
        assert len(out) > 1, f"no rows for README query:\n{query}"


def test_readme_documents_every_view():
    text = README.read_text()
    for view in VIEWS:
        assert f"`{view}`" in text and f"from {view}" in text, view


def test_views_survive_an_old_warehouse_without_story_id(tmp_path):
    """A single-file warehouse created before story identity, migrated: articles gains the column
    (null) and the views still work."""
    from pipelines.warehouse import Warehouse
    from pipelines.warehouse.migrate import migrate

    (tmp_path / "state").mkdir()
    with duckdb.connect(str(tmp_path / "state" / "warehouse.duckdb")) as con:
        con.execute("create table articles (article_id varchar, title varchar)").fetchall()
        con.execute("insert into articles values ('a1', 't')").fetchall()
    migrate(Warehouse(tmp_path))
    rows = warehouse_rows(tmp_path, "select article_id, story_id from articles")
    assert rows == [("a1", None)]
    assert warehouse_rows(tmp_path, "select count(*) from incident_tolls") == [(0,)]
