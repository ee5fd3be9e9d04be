"""The scoring rules (pipelines/evaluate) on invented gold records and a small real DuckDB warehouse
holding just the columns the scorer reads."""
from __future__ import annotations

import json

import duckdb
import pytest

from pipelines.evaluate import GoldError, evaluate, load_gold, write_inputs
from pipelines.evaluate.report import format_report
from pipelines.evaluate.text import names_overlap, norm


@pytest.mark.parametrize("raw,expected", [
    ("The Interior Ministry", "interior ministry"),   # a leading "the" goes
    ("ombudsman\u2019s office", "ombudsmans office"),  # curly apostrophe vanishes like a straight one
    ("Valparaíso", "valparaiso"),                     # accents fold
    ("Theodore Osei", "theodore osei"),               # "the" only as a whole word
    ("  Red-Cross (local) ", "red cross local"),
    (None, ""),
])
def test_norm(raw, expected):
    assert norm(raw) == expected


@pytest.mark.parametrize("pred,golds,right", [
    ("health ministry", ["Kazakh Health Ministry"], True),   # shorter form inside the gold one
    ("the city's fire service", ["fire service"], True),     # gold inside the prediction
    ("police", ["policemen"], False),                       # whole words only
    ("", ["police"], False),
    ("police", [""], False),
    ("Amnesty", ["Amnesty International", "Amnesty"], True), # an alternate form
])
def test_attribution_overlap(pred, golds, right):
    assert names_overlap(pred, golds) is right


ARTICLES = {"a1": "Riots in Velmora\n\nThree people died and 40 were hurt in Velmora, police said.",
            "a2": "March in Port Ellery\n\nAbout 500 people marched, organisers said."}


def _gold_dir(tmp_path, records, meta=None):
    (tmp_path / "articles").mkdir(parents=True, exist_ok=True)
    for gid, text in ARTICLES.items():
        (tmp_path / "articles" / f"{gid}.txt").write_text(text)
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    if meta:
        (tmp_path / "meta.jsonl").write_text("".join(json.dumps(m) + "\n" for m in meta))
    return tmp_path


def _fig(cat, value, bound="exact", who="", **prov):
    return {"category": cat, "value": value, "bound": bound, "who": who, "quote": "x", **prov}


def _warehouse(path, figures, entities, mentions):
    con = duckdb.connect(str(path))
    con.execute("create table articles (article_id varchar, source_uri varchar)")
    con.executemany("insert into articles values (?, ?)", [("A1", "/in/a1.json"), ("A2", "/in/a2.json")])
    con.execute("""create table figures (figure_id varchar, article_id varchar, category varchar, value bigint,
                   bound varchar, who varchar, reported_by varchar, reported_via varchar, event_date date,
                   location_entity_id varchar, char_start int)""")
    con.executemany("insert into figures values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(f"F{i}", *f, i) for i, f in enumerate(figures)])
    con.execute("""create table entities (entity_id varchar, entity_type varchar, canonical_name varchar,
                   country_code varchar, location_kind varchar, aliases varchar[])""")
    con.executemany("insert into entities values (?, ?, ?, ?, ?, ?)", entities)
    con.execute("create table entity_mentions (article_id varchar, entity_id varchar, mention_text varchar, char_start int)")
    con.executemany("insert into entity_mentions values (?, ?, ?, ?)", [(*m, i) for i, m in enumerate(mentions)])
    return con


@pytest.fixture
def scored(tmp_path):
    gold = load_gold(_gold_dir(tmp_path / "gold", [
        {"id": "a1", "figures": [
            _fig("killed", 3, who="people", reported_by="police", country="XV", place="Velmora", date="2031-05-02"),
            _fig("injured", 40, reported_by="police", country="XV", place="")],   # national: no place
         "countries": ["XV"], "places": ["Velmora"], "persons": [{"name": "Ana Ruiz"}],
         "organizations": [{"name": "Velmora Police Service", "aliases": ["VPS"]}]},
        {"id": "a2", "figures": [_fig("protesters", 500, bound="approx", who="people", reported_by="organisers",
                                      country="XV", place="", date="")], "countries": ["XV"], "places": []},
    ]))
    entities = [("velmora", "location", "Velmora", "XV", "city", []), ("xv", "location", "Xanavia", "XV", "country", []),
                ("ruiz", "person", "Ana M. Ruiz", None, None, []), ("vps", "organization", "VPS", None, None, [])]
    con = _warehouse(tmp_path / "w.duckdb", [
        ("A1", "killed", 3, "at_least", "people", "Velmora police", "", "2031-05-02", "velmora"),  # bound wrong
        ("A1", "injured", 40, "exact", "", "", "", None, "xv"),           # by missing; place is the country: right
        ("A1", "arrested", 2, "exact", "", "", "", None, None),           # extra
        ("A2", "protesters", 500, "approx", "people", "organisers", "", None, None),
    ], entities, [("A1", "velmora", "Velmora"), ("A1", "xv", "Xanavian"), ("A1", "ruiz", "Ruiz"),
                  ("A1", "vps", "VPS"), ("A2", "xv", "Xanavia")])
    return evaluate(gold, con)


def test_figures_match_on_category_and_value(scored):
    f = scored["figures"]
    assert (f["tp"], f["pred"], f["gold"]) == (3, 4, 3)
    assert (f["precision"], f["recall"]) == (0.75, 1.0)
    assert f["bound_accuracy_on_matched"] == round(2 / 3, 3)   # "at_least" against gold "exact"
    assert f["who_accuracy_on_matched"] == 1.0                  # "" = "" counts as right
    assert scored["figures_by_category"]["arrested"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0,
                                                         "tp": 0, "pred": 1, "gold": 0}
    assert "a1 EXTRA  figure arrested 2" in scored["misses"]


def test_entities_match_on_names_and_persons_on_surnames(scored):
    assert scored["countries"]["f1"] == 1.0
    assert scored["places"]["tp"] == 1 and scored["places"]["pred"] == 1   # the country is no place
    assert scored["persons"]["tp"] == 1                                     # "Ana Ruiz" ~ "Ana M. Ruiz": same surname
    assert scored["organizations"]["tp"] == 1                               # through the alias VPS


def test_provenance_on_matched_figures(scored):
    p = scored["provenance"]
    assert p["reported_by"]["matched"] == 3
    assert p["reported_by"]["accuracy_on_matched"] == round(2 / 3, 3)     # "Velmora police" holds "police"
    assert p["place"]["accuracy_on_matched"] == 1.0                       # national figure on the country
    assert p["date"]["accuracy_on_matched"] == 1.0
    assert any("WRONG  reported_by of injured 40" in m for m in scored["misses"])


def test_report_text_lists_scores_and_misses(scored):
    text = format_report(scored)
    assert "figures" in text and "0.750" in text and "provenance" in text and "misses (" in text


@pytest.mark.parametrize("record,message", [
    ({"id": "a1", "figures": [_fig("looted", 3)]}, "category 'looted'"),
    ({"id": "a1", "figures": [_fig("killed", "3")]}, "value '3'"),
    ({"id": "a1", "figures": [_fig("killed", 3, bound="roughly")]}, "bound 'roughly'"),
    ({"id": "zz", "figures": []}, "no articles/zz.txt"),
    ({"figures": []}, "string \"id\""),
])
def test_bad_gold_is_a_clear_error(tmp_path, record, message):
    with pytest.raises(GoldError, match=message.replace("(", r"\(")):
        load_gold(_gold_dir(tmp_path, [record]))


def test_malformed_line_and_duplicate_ids_name_the_line(tmp_path):
    d = _gold_dir(tmp_path, [{"id": "a1"}, {"id": "a1"}])
    with pytest.raises(GoldError, match="line 2: id 'a1' is annotated twice"):
        load_gold(d)
    (d / "gold.jsonl").write_text('{"id": "a1"}\n{"id": \n')
    with pytest.raises(GoldError, match="line 2: not JSON"):
        load_gold(d)


def test_inputs_carry_the_published_date_and_only_annotated_articles(tmp_path):
    d = _gold_dir(tmp_path / "gold", [{"id": "a1", "figures": []}],
                  meta=[{"id": "a1", "published": "2031-05-02", "outlet": "Velmora Courier"},
                        {"id": "../../escape", "published": "2031-01-01"}])   # a meta id never becomes a path
    written = write_inputs(d, tmp_path / "inputs")
    assert [p.name for p in written] == ["a1.json"] and sorted(p.name for p in (tmp_path / "inputs").iterdir()) == ["a1.json"]
    rec = json.loads(written[0].read_text())
    assert rec["title"] == "Riots in Velmora" and rec["published"] == "2031-05-02" and rec["outlet"] == "Velmora Courier"
    assert rec["text"].startswith("Three people died")
