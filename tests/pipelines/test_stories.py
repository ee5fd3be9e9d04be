"""Story identity: near-duplicates share a story_id, unrelated texts do not, and a copy in a
later batch finds its original through the persisted band keys alone."""
from datetime import datetime, timezone

from pipelines.stories import BANDS, Prior, assign_stories, band_keys, same_story, shingles
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
    story, bands = assign_stories(arts)
    assert story == {"orig": "orig", "copy": "orig", "trim": "orig", "other": "other"}
    assert len(bands) == BANDS * 4
    assert {b["story_id"] for b in bands if b["article_id"] == "copy"} == {"orig"}


def test_similarity_rules():
    assert same_story(shingles(ORIGINAL), shingles(EDITED))
    assert same_story(shingles(TRIMMED), shingles(ORIGINAL))     # contained wire cut
    assert not same_story(shingles(ORIGINAL), shingles(OTHER))
    assert not same_story(set(), set())
    assert band_keys(set()) == []
    # band keys are deterministic across processes: they are persisted in the warehouse
    assert band_keys(shingles(ORIGINAL)) == band_keys(shingles(ORIGINAL))


def test_prior_lookup_gets_only_band_keys_and_its_story_wins():
    asked = []

    def prior(keys):
        asked.append(keys)
        return [Prior("old", "older-story", "Headline", "Headline\n\n" + ORIGINAL)]

    story, _ = assign_stories([art("new", EDITED), art("new2", OTHER)], prior)
    assert story == {"new": "older-story", "new2": "new2"}
    assert len(asked) == 1 and all(isinstance(b, int) and isinstance(h, str) for b, h in asked[0])


def test_a_copy_in_a_later_batch_finds_its_original_in_the_warehouse(tmp_path):
    wh = Warehouse(tmp_path)
    first = [art("orig", ORIGINAL)]
    story, bands = assign_stories(first)
    rows = [{**a, "story_id": story[a["article_id"]], "batch_id": "b1"} for a in first]
    wh.load_batch("b1", {"articles": to_table("articles", rows),
                         "story_bands": to_table("story_bands", [{**b, "batch_id": "b1"} for b in bands])})
    story2, _ = assign_stories([art("copy", EDITED, day=3), art("x", OTHER)], wh.story_candidates)
    assert story2 == {"copy": "orig", "x": "x"}
    assert wh.story_candidates([(0, "no-such-hash")]) == []


def test_story_candidates_on_a_warehouse_without_story_bands(tmp_path):
    import duckdb

    (tmp_path / "state").mkdir()
    duckdb.connect(str(tmp_path / "state" / "warehouse.duckdb")).execute("create table articles (article_id varchar)").fetchall()
    assert Warehouse(tmp_path).story_candidates([(0, "x")]) == []


def test_cost_grows_linearly_no_pairwise_comparison(monkeypatch):
    """2,000 distinct articles: only band-sharing candidates are compared, not ~2 million pairs."""
    import random

    import pipelines.stories as stories

    rng = random.Random(5)
    words = [f"w{i}" for i in range(3000)]
    arts = [art(f"a{i}", " ".join(rng.choice(words) for _ in range(60))) for i in range(2000)]
    calls = []
    real = stories.same_story
    monkeypatch.setattr(stories, "same_story", lambda a, b: calls.append(1) or real(a, b))
    story, _ = assign_stories(arts)
    assert len(set(story.values())) == 2000
    assert len(calls) < 200


def test_a_crowded_bucket_keeps_one_article_per_story_and_a_bounded_number_of_stories(monkeypatch):
    """Articles that share band keys but are not copies must not make every new article compare
    itself with all of them: a bucket holds one representative per story, BUCKET_STORIES at most."""
    from pipelines import stories

    cap = stories.BUCKET_STORIES
    monkeypatch.setattr(stories, "band_keys", lambda sh: [(0, "shared"), (1, "also-shared")])
    calls = []
    real = stories.same_story
    monkeypatch.setattr(stories, "same_story", lambda a, b: calls.append(1) or real(a, b))
    unrelated = [{"article_id": f"u{i}", "title": "", "published_at": None,
                  "body": f"word{i} " * 5 + f"alpha{i} beta{i} gamma{i} delta{i}"} for i in range(3 * cap)]
    story, _ = assign_stories(unrelated)
    assert len(set(story.values())) == len(unrelated)          # nothing merged
    # article i meets min(i, cap) representatives (the two buckets hold the same ones), not i
    assert len(calls) == sum(min(i, cap) for i in range(len(unrelated))) < sum(range(len(unrelated)))
