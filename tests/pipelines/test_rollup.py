"""country_daily reads a table each load maintains (pipelines/warehouse/rollup.py); its rows must
be the ones views.COUNTRY_DAILY_SCRATCH computes from every stored row, after every batch."""
import random
from datetime import date, datetime, timedelta, timezone

from pipelines.schemas import to_table
from pipelines.warehouse import Warehouse, _run, rollup, views
from pipelines.warehouse.maintain import compact, expire

T0 = datetime(2024, 5, 6, 9, tzinfo=timezone.utc)   # a Monday


def _scratch(con) -> list:
    con.execute(views.COUNTRY_DAILY_SCRATCH.replace("create or replace view country_daily as",
                                                   "create or replace temp view country_daily_scratch as")).fetchall()
    return con.execute("select * from country_daily_scratch order by all").fetchall()


def _both(wh, **snapshot):
    with wh.connect(**snapshot) as con:
        return con.execute("select * from country_daily order by all").fetchall(), _scratch(con)


def _batch(batch, articles=(), entities=(), mentions=(), figures=()):
    return {
        "articles": to_table("articles", [{"article_id": a, "story_id": s, "source_uri": f"/raw/{a}", "title": "T",
                                           "body": "B", "published_at": p, "outlet": o, "ingested_at": T0,
                                           "batch_id": batch} for a, s, p, o in articles]),
        "entities": to_table("entities", [{"entity_id": e, "entity_type": t, "canonical_name": n, "country_code": c,
                                           "location_kind": k, "batch_id": batch} for e, t, n, c, k in entities]),
        "entity_mentions": to_table("entity_mentions", [{"mention_id": f"{batch}-m{i}", "article_id": a, "entity_id": e,
                                                         "mention_text": "x", "char_start": 0, "char_end": 1,
                                                         "batch_id": batch} for i, (a, e) in enumerate(mentions)]),
        "figures": to_table("figures", [{"figure_id": f"{batch}-f{i}", "article_id": a, "category": c, "value": v,
                                         "bound": "exact", "quote": "q", "char_start": 0, "char_end": 1,
                                         "event_date": d, "location_entity_id": e, "batch_id": batch}
                                        for i, (a, c, v, d, e) in enumerate(figures)]),
    }


def test_copies_of_one_story_and_a_moving_undated_day_across_batches(tmp_path):
    wh = Warehouse(tmp_path)
    # batch 1: a city and its country; an undated toll early in the week, a dated one, a national one
    wh.load_batch("b1", _batch("b1",
        articles=[("x1", "x1", T0, "Daily Post"), ("x2", "x2", T0 + timedelta(hours=5), "Evening Wire")],
        entities=[("KE", "location", "Kenya", "KE", "country"), ("KE-n", "location", "Nakuru", "KE", "city")],
        mentions=[("x1", "KE-n"), ("x2", "KE")],
        figures=[("x1", "killed", 4, None, "KE-n"), ("x2", "killed", 9, date(2024, 5, 5), "KE"),
                 ("x2", "injured", 12, date(2024, 5, 5), "KE-n")]))
    ours, ref = _both(wh)
    assert ours == ref and len(ours) == 2
    # batch 2: a copy of x1's story by the same outlet, two days later in the same week, with a
    # higher undated toll at the same place: the undated group's day moves from the 6th to the 8th
    wh.load_batch("b2", _batch("b2",
        articles=[("x3", "x1", T0 + timedelta(days=2), "Daily Post")],
        mentions=[("x3", "KE-n")],
        figures=[("x3", "killed", 7, None, "KE-n")]))
    ours, ref = _both(wh)
    assert ours == ref
    by_day = {r[2]: r for r in ours}
    assert by_day[date(2024, 5, 8)][3:7] == (1, 1, 4, 7)          # one article, its story, killed 4-7
    assert date(2024, 5, 6) in by_day and by_day[date(2024, 5, 6)][5] is None   # x1's day keeps its article only
    # batch 3: a later copy of the story on x1's own day (stories stays 1), a mention of an
    # article of batch 1, and a second, alphabetically earlier name for the country
    wh.load_batch("b3", _batch("b3",
        articles=[("x4", "x1", T0 + timedelta(hours=1), "Daily Post")],
        entities=[("KE-2", "location", "Jamhuri", "KE", "country"), ("KE-n", "location", "Other name", "KE", "city")],
        mentions=[("x4", "KE-n"), ("x2", "KE-n")],
        figures=[("x4", "arrested", 30, None, "KE-2"), ("x1", "killed", 2, date(2024, 5, 8), "KE-n")]))
    ours, ref = _both(wh)
    assert ours == ref
    day6 = [r for r in ours if r[2] == date(2024, 5, 6)][0]
    assert day6[1] == "Jamhuri" and day6[3:5] == (3, 2)              # x1, x2, x4: x4 copies x1
    # an earlier snapshot still reads its own rows
    first = wh.batch_snapshots()["b1"]
    ours, ref = _both(wh, snapshot_version=first)
    assert ours == ref and len(ours) == 2


def _random_batch(rng, k, articles_so_far, entities_so_far):
    countries = ["AA", "BB", "CC"]
    ents = [(f"{c}", "location", f"Land {c}{rng.randrange(3)}", c, "country") for c in countries if rng.random() < 0.3]
    ents += [(f"{c}-{k}-{i}", "location", f"Town {k}{i}", c, "city") for i in range(3) for c in [rng.choice(countries)]]
    ents += [(f"org-{k}", "organization", "Union", None, None)]
    pool = entities_so_far + [e[0] for e in ents]
    arts = []
    for i in range(6):
        aid = f"r{k}-{i}"
        story = rng.choice(articles_so_far) if articles_so_far and rng.random() < 0.4 else aid
        published = None if rng.random() < 0.1 else T0 + timedelta(hours=rng.randrange(24 * 9))
        arts.append((aid, story, published, f"outlet{rng.randrange(3)}"))
    if articles_so_far and rng.random() < 0.5:   # a copy of a stored article's id: the stored row wins
        arts.append((rng.choice(articles_so_far), None, T0, "outlet0"))
    targets = articles_so_far + [a[0] for a in arts]
    mentions = [(rng.choice(targets), rng.choice(pool)) for _ in range(8)]
    figures = [(rng.choice(targets), rng.choice(["killed", "injured", "arrested", "protesters", "missing"]),
                None if rng.random() < 0.05 else rng.randrange(1, 60),
                None if rng.random() < 0.5 else date(2024, 5, 6) + timedelta(days=rng.randrange(20)),
                None if rng.random() < 0.1 else rng.choice(pool)) for _ in range(12)]
    return _batch(f"k{k}", arts, ents, mentions, figures), [a[0] for a in arts], [e[0] for e in ents]


def test_random_batches_keep_the_table_equal_to_the_view(tmp_path):
    rng = random.Random(15)
    wh = Warehouse(tmp_path)
    articles, entities = [], []
    for k in range(10):
        batch, new_articles, new_entities = _random_batch(rng, k, articles, entities)
        wh.load_batch(f"k{k}", batch)
        articles += new_articles
        entities += new_entities
        ours, ref = _both(wh)
        assert ours == ref, k
    assert len(ours) > 20 and any(r[4] < r[3] for r in ours)         # copies of one story were counted once
    # maintenance rewrites the files and forgets snapshots; the rows stay
    compact(wh)
    expire(wh, timedelta(0))
    ours2, ref2 = _both(wh)
    assert ours2 == ours == ref2


def test_a_warehouse_from_before_the_table_gets_it_on_its_next_load(tmp_path):
    rng = random.Random(3)
    wh = Warehouse(tmp_path)
    batch, articles, entities = _random_batch(rng, 0, [], [])
    wh.load_batch("k0", batch)
    with wh.connect(read_only=False) as con:       # as a warehouse loaded by the code before rollup.py
        for table in rollup.TABLES:
            _run(con, f"drop table {table}")
    batch, _, _ = _random_batch(rng, 1, articles, entities)
    wh.load_batch("k1", batch)
    ours, ref = _both(wh)
    assert ours == ref and ours
