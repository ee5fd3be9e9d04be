"""Planted defects in entity_mentions."""
from __future__ import annotations

from pipelines.validate import validate

from .frames import BODY_2, make_mentions


def check(df, refs):
    return validate("entity_mentions", df, refs=refs)


def test_duplicate_mention_id_blocks(refs):
    df = make_mentions()
    df.loc[22, "mention_id"] = "m2"  # defect: duplicate key
    report = check(df, refs)
    assert [r.rule for r in report.blocking_failures] == ["entity_mentions.mention_id_unique"]
    assert report.blocking_failures[0].failing_index == [21, 22]


def test_mention_text_not_matching_body(refs):
    df = make_mentions()
    df.loc[21, "mention_text"] = "Gendarmes"  # defect: quote not matching body
    report = check(df, refs)
    assert report.rejected() == {21: ["entity_mentions.mention_text_matches_body"]}
    example = report.result("entity_mentions.mention_text_matches_body").examples[0]
    assert example["mention_id"] == "m2" and example["mention_text"] == "Gendarmes"


def test_offset_beyond_body(refs):
    df = make_mentions()
    df.loc[22, "char_end"] = len(BODY_2) + 1  # defect: offset beyond body
    assert check(df, refs).rejected() == {22: ["entity_mentions.offsets_within_body"]}


def test_offset_at_end_of_body_is_fine(refs):
    df = make_mentions()
    df.loc[22, ["mention_text", "char_start", "char_end"]] = ["reported.", len(BODY_2) - 9, len(BODY_2)]
    assert check(df, refs).success


def test_dangling_entity(refs):
    df = make_mentions()
    df.loc[20, "entity_id"] = "e_gone"  # defect: dangling foreign key (entity)
    report = check(df, refs)
    assert report.rejected() == {20: ["entity_mentions.entity_exists"]}
    assert report.result("entity_mentions.entity_exists").examples == [
        {"index": 20, "mention_id": "m1", "article_id": "a1", "entity_id": "e_gone"}]


def test_dangling_article(refs):
    df = make_mentions()
    df.loc[20, "article_id"] = "a404"  # defect: dangling foreign key (article)
    assert check(df, refs).rejected() == {20: ["entity_mentions.article_exists"]}


def test_null_entity_id(refs):
    df = make_mentions()
    df.loc[21, "entity_id"] = None  # defect: missing foreign key
    assert check(df, refs).rejected() == {21: ["entity_mentions.entity_id_not_null"]}
