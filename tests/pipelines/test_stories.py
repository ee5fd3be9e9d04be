"""Story identity: near-duplicates share a story_id, unrelated texts do not, and a copy in a
later batch finds its original through the persisted band keys alone."""
from datetime import datetime, timezone

import subprocess
import sys

import duckdb
import numpy as np

from pipelines.stories import (BANDS, Prior, assign_stories, band_keys, compact, first_same_story, same_story,
                               shingles)
from pipelines.schemas import to_table
from pipelines.warehouse import Warehouse

ORIGINAL = ("Riot police used water cannon against several thousand farmers who had driven their tractors "
            "into the port city on Monday to protest against a new fuel tax. Officials said 9 people were "
            "injured and 31 were detained. The farmers' union said it would return next week if the "
            "government refused to meet its leaders, and several roads into the city remained blocked overnight.")
EDITED = (ORIGINAL.replace("on Monday", "on Monday morning").replace("several roads", "many roads")
          + " (Reporting by an agency)")
TRIMMED = ORIGINAL.split(" The farmers' union")[0]
OTHER = ("Teachers in the northern province began an open-ended strike on Wednesday over unpaid salaries. "
         "The education ministry said talks would continue and that schools would remain open.")


def art(aid, body, title="Headline", day=1):
    return {"article_id": aid, "title": title, "body": f"{title}\n\n{body}",
            "published_at": datetime(2024, 5, day, tzinfo=timezone.utc)}


def test_copies_share_the_earliest_articles_story_and_others_stay_apart():
    arts = [art("copy", EDITED, "Another headline", day=2), art("orig", ORIGINAL, day=1),
            art("trim", TRIMMED, day=3), art("other", OTHER, day=1)]
    out = assign_stories(arts)
    assert out.story == {"orig": "orig", "copy": "orig", "trim": "orig", "other": "other"}
    per = {aid: sum(b["article_id"] == aid for b in out.bands) for aid in out.story}
    # the two originals represent every bucket they hash to; copies only buckets their story is not in yet
    assert per["orig"] == per["other"] == BANDS and per["copy"] < BANDS and per["trim"] < BANDS
    assert {b["story_id"] for b in out.bands if b["article_id"] in ("copy", "trim")} <= {"orig"}
    assert {p["article_id"] for p in out.prints} == {aid for aid, n in per.items() if n}
    assert np.array_equal(next(p["shingles"] for p in out.prints if p["article_id"] == "orig"),
                          compact(shingles(ORIGINAL)))


def test_similarity_rules():
    assert same_story(shingles(ORIGINAL), shingles(EDITED))
    assert same_story(shingles(TRIMMED), shingles(ORIGINAL))     # contained wire cut
    assert not same_story(shingles(ORIGINAL), shingles(OTHER))
    assert not same_story(set(), set())
    assert band_keys(set()) == []
    assert same_story(compact(shingles(ORIGINAL)), compact(shingles(EDITED)))
    assert not same_story(compact(shingles(ORIGINAL)), compact(shingles(OTHER)))


def test_the_vectorized_comparison_agrees_with_same_story_pair_by_pair():
    """first_same_story compares one print with many at once; it must pick exactly the candidate a
    loop of same_story would: random sets around both thresholds, empty ones included."""
    import random

    rng = random.Random(3)
    for _ in range(300):
        base = set(rng.sample(range(400), rng.choice((0, 5, 19, 20, 40, 120))))
        cands = []
        for _ in range(rng.randint(1, 12)):
            kept = {x for x in base if rng.random() < rng.choice((0.3, 0.5, 0.7, 0.8, 0.9, 1.0))}
            cands.append(kept | set(rng.sample(range(400, 900), rng.choice((0, 3, 10, 60, 200)))))
        a = compact({str(x) for x in base})
        prints = [compact({str(x) for x in c}) for c in cands]
        expected = next((i for i, p in enumerate(prints) if same_story(a, p)), None)
        assert first_same_story(a, prints) == expected


def test_band_keys_and_prints_are_the_same_in_another_process():
    """Both are stored in the warehouse and compared with later batches' (the built-in str hash is
    salted per process: a print made with it would never match again)."""
    code = ("import sys; from pipelines.stories import band_keys, compact, shingles; "
            "sh = shingles(sys.stdin.read()); print(band_keys(sh)); print(compact(sh).tolist())")
    outs = [subprocess.run([sys.executable, "-c", code], input=ORIGINAL, capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}, cwd=".").stdout for seed in ("1", "2")]
    sh = shingles(ORIGINAL)
    assert outs[0] == outs[1] == f"{band_keys(sh)}\n{compact(sh).tolist()}\n"


def test_prior_lookup_gets_only_band_keys_and_its_story_wins():
    asked = []

    def prior(keys):
        asked.append(keys)
        return [Prior("old", "older-story", "Headline", "Headline\n\n" + ORIGINAL)]

    story = assign_stories([art("new", EDITED), art("new2", OTHER)], prior).story
    assert story == {"new": "older-story", "new2": "new2"}
    assert len(asked) == 1 and all(isinstance(b, int) and isinstance(h, str) for b, h in asked[0])


def load(wh, batch, arts, prior=None):
    out = assign_stories(arts, prior)
    rows = [{**a, "story_id": out.story[a["article_id"]], "batch_id": batch} for a in arts]
    wh.load_batch(batch, {"articles": to_table("articles", rows),
                          "story_bands": to_table("story_bands", [{**b, "batch_id": batch} for b in out.bands]),
                          "story_prints": to_table("story_prints", [{**p, "batch_id": batch} for p in out.prints])})
    return out


def test_a_copy_in_a_later_batch_finds_its_original_in_the_warehouse(tmp_path):
    wh = Warehouse(tmp_path)
    load(wh, "b1", [art("orig", ORIGINAL)])
    [prior] = wh.story_candidates(band_keys(shingles(ORIGINAL))[:5])
    # it comes with the buckets asked for and its stored print; its body is not read again
    assert (prior.article_id, prior.story_id, prior.body, prior.title) == ("orig", "orig", None, None)
    assert prior.keys == band_keys(shingles(ORIGINAL))[:5]
    assert np.array_equal(prior.prints, compact(shingles(ORIGINAL)))
    story2 = assign_stories([art("copy", EDITED, day=3), art("x", OTHER)], wh.story_candidates).story
    assert story2 == {"copy": "orig", "x": "x"}
    assert wh.story_candidates([(0, "no-such-hash")]) == []


def test_a_warehouse_without_prints_still_finds_the_original_through_its_body(tmp_path):
    wh = Warehouse(tmp_path)
    load(wh, "b1", [art("orig", ORIGINAL)])
    with wh.connect(read_only=False) as con:
        con.execute("drop table story_prints")
    [prior] = wh.story_candidates(band_keys(shingles(ORIGINAL)))
    assert prior.prints is None and prior.body.endswith(ORIGINAL)
    assert assign_stories([art("copy", EDITED, day=3)], wh.story_candidates).story == {"copy": "orig"}


def test_story_candidates_on_a_warehouse_without_story_bands(tmp_path):
    wh = Warehouse(tmp_path)
    with wh.connect(read_only=False) as con:
        con.execute("create table articles (article_id varchar)").fetchall()
    assert wh.story_candidates([(0, "x")]) == []


def test_cost_grows_linearly_no_pairwise_comparison(monkeypatch):
    """2,000 distinct articles: only band-sharing candidates are compared, not ~2 million pairs."""
    import random

    import pipelines.stories as stories

    rng = random.Random(5)
    words = [f"w{i}" for i in range(3000)]
    arts = [art(f"a{i}", " ".join(rng.choice(words) for _ in range(60))) for i in range(2000)]
    calls = []
    real = stories.first_same_story
    monkeypatch.setattr(stories, "first_same_story", lambda a, cands: calls.extend([1] * len(cands)) or real(a, cands))
    story = assign_stories(arts).story
    assert len(set(story.values())) == 2000
    assert len(calls) < 200


def test_a_crowded_bucket_keeps_one_article_per_story_and_a_bounded_number_of_stories(monkeypatch):
    """Articles that share band keys but are not copies must not make every new article compare
    itself with all of them: a bucket holds one representative per story, BUCKET_STORIES at most."""
    from pipelines import stories

    cap = stories.BUCKET_STORIES
    monkeypatch.setattr(stories, "band_keys", lambda sh: [(0, "shared"), (1, "also-shared")])
    calls = []
    real = stories.first_same_story
    monkeypatch.setattr(stories, "first_same_story", lambda a, cands: calls.extend([1] * len(cands)) or real(a, cands))
    unrelated = [{"article_id": f"u{i}", "title": "", "published_at": None,
                  "body": f"word{i} " * 5 + f"alpha{i} beta{i} gamma{i} delta{i}"} for i in range(3 * cap)]
    story = assign_stories(unrelated).story
    assert len(set(story.values())) == len(unrelated)          # nothing merged
    # article i meets min(i, cap) representatives (the two buckets hold the same ones), not i
    assert len(calls) == sum(min(i, cap) for i in range(len(unrelated))) < sum(range(len(unrelated)))


def test_the_warehouse_keeps_a_bounded_number_of_representatives_per_bucket(tmp_path, monkeypatch):
    """Batch after batch of related articles that all hash to the same buckets: the stored rows of
    a bucket, and so what the next batch reads back, stop growing at BUCKET_STORIES."""
    from pipelines import stories

    cap = stories.BUCKET_STORIES
    monkeypatch.setattr(stories, "band_keys", lambda sh: [(0, "shared"), (1, "also-shared")])
    wh = Warehouse(tmp_path)
    read = []
    real = wh.story_candidates
    for b in range(4):
        batch = [{"article_id": f"b{b}u{i}", "title": "", "published_at": None,
                  "body": f"word{b}x{i} " * 5 + f"alpha{b}x{i} beta{b}x{i} gamma gamma"} for i in range(cap)]
        out = load(wh, f"b{b}", batch, lambda keys: read.append(len(got := real(keys))) or got)
        assert len(set(out.story.values())) == cap                  # unrelated: nothing merged
    with wh.connect(read_only=True) as con:
        per_bucket = con.execute("select count(*) from story_bands group by band, hash").fetchall()
        stored = con.execute("select count(*) from story_prints").fetchall()[0][0]
    assert per_bucket == [(cap,), (cap,)] and stored == cap
    assert read == [0, cap, cap, cap]
