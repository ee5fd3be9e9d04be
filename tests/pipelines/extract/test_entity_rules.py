"""The entity rules' declared order, the one overlap-resolution step, the token tests written once,
and the entity vocabulary in seeds/ (hand-written sentences only)."""
from __future__ import annotations

import pytest

from pipelines.extract import entities, tokens
from pipelines.extract.entity_spans import Cand, P_CREDIT, P_GAZ, P_NER, TokenTable
from pipelines.extract.overlaps import resolve_overlaps
from pipelines.extract.vocab import name_particles, word_list
from pipelines.seeds import read_csv, SEEDS_DIR


def test_rules_run_in_the_declared_order():
    names = [r.__name__ for r in entities.RULES]
    assert names == [
        "countries", "credits", "credit_chains", "agencies", "known_orgs", "domains", "platform_x",
        "acronym_definitions", "lowercase_named_bodies", "romance_orgs", "org_cue_after", "outlet_after_noun", "place_kinds",
        "datelines", "kind_of", "ner", "acronyms_alone",
        "mark_covered", "role_persons", "learn_surnames", "surnames", "keyword_orgs", "gazetteer_places",
        "capitalized_bodies",
    ]


def test_rule_candidates_are_named_by_rule(nlp):
    # each rule's candidates, run alone after the ones it reads from: the acronym rule links both spans
    text = "The Harbour Workers Federation (HWF) called a strike. The HWF said 40 members were held."
    doc = nlp(text)
    cands, _ = entities.find_candidates(doc, text)
    acr = [text[c.start:c.end] for c in cands if c.label == "acronym"]
    assert acr[:2] == ["Harbour Workers Federation", "HWF"] and acr.count("HWF") == 2


def test_gap_rules_see_only_what_came_before(nlp):
    # without `mark_covered` the rules after it would read an empty covered set
    text = "Spokesman Tomas Berg said Berg would return."
    doc = nlp(text)
    order = entities.RULES[:entities.RULES.index(entities.mark_covered) + 1]
    ctx, spans = entities.article_context(doc, text)
    found = entities.Found(doc, ctx, spans)
    for rule in order:
        found.cands += rule(found)
    assert 1 in found.covered and 2 in found.covered  # "Tomas Berg", found by the NER, is marked
    assert 0 not in found.covered  # "Spokesman" is no candidate


def cand(start, end, prio, etype="organization", label="x"):
    return Cand(start, end, etype, label, prio)


def test_overlaps_higher_priority_wins():
    kept = resolve_overlaps([cand(0, 10, P_NER), cand(5, 15, P_CREDIT)])
    assert [(c.start, c.end) for c in kept] == [(5, 15)]


def test_overlaps_longer_wins_at_equal_priority_then_first():
    kept = resolve_overlaps([cand(0, 4, P_NER), cand(0, 9, P_NER), cand(20, 25, P_GAZ), cand(22, 27, P_GAZ)])
    assert [(c.start, c.end) for c in kept] == [(0, 9), (20, 25)]


def test_overlaps_country_layer_kept_unless_inside_a_person():
    person = cand(0, 15, P_NER, "person")
    inside = Cand(6, 15, "location", "country", 0)
    outside = Cand(30, 35, "location", "demonym", 0)
    other = cand(31, 40, P_NER)  # a country mention does not block other candidates
    kept = resolve_overlaps([person, inside, outside, other])
    assert [(c.start, c.label) for c in kept] == [(0, "x"), (30, "demonym"), (31, "x")]


def test_token_tests_agree_on_tokens_and_table(nlp):
    doc = nlp("Crowds rallied in\nOld-Town. “Zarvik Union” struck, said J. Roe.")
    tk = TokenTable.of(doc)
    for i in range(len(doc)):
        assert tokens.is_cap(doc[i]) == tk.is_cap(i)
        assert tokens.has_alpha(doc[i]) == tk.has_alpha(i)
        assert tokens.line_start(doc, i) == tk.line_start(i)
        assert tokens.glued(doc, i) == tk.glued(i)
    assert tokens.line_start(doc, [t.text for t in doc].index("Old"))
    assert tokens.sentence_start(doc, [t.text for t in doc].index("Zarvik"))


def test_every_declared_entity_word_list_is_in_the_seed():
    lists = {r["list"] for r in read_csv("entity_words")}
    header = (SEEDS_DIR / "entity_words.csv").read_text(encoding="utf-8")
    for name in lists:
        assert word_list(name)
        assert f"#   {name}:" in header  # each list is explained in the file
    assert {"loc_prep", "compass", "org_cue_after", "town_prep"} <= lists


def test_unknown_word_list_is_an_error():
    with pytest.raises(KeyError, match="no list"):
        word_list("no_such_list")


def test_name_particles_one_table_four_uses():
    assert "da" in name_particles("in_span") and "da" not in name_particles("opens_span")
    assert "bin" in name_particles("opens_span") and "bin" in name_particles("name_word")
    assert "les" in name_particles("org_function") and "les" not in name_particles("name_word")
    rows = read_csv("name_particles")
    assert len({r["particle"] for r in rows}) == len(rows)
    assert all(r[c] in {"0", "1"} for r in rows for c in ("in_span", "opens_span", "name_word", "org_function"))
