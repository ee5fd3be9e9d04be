"""Hostile and odd inputs through a real `unrest run`: every input gets a status (and a reason when
quarantined), the run goes on, text comes out right, nothing outside the raw folder is read,
nothing is unpickled, untrusted text stays data, and the run's accounting adds up."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import dagster as dg

from pipelines.ingest import REASONS

from .conftest import FEEDS
from .corpus import EXPECTED, EXPECTED_LANGUAGE, EXPECTED_TEXT, HOSTILE_JSON, HOSTILE_TITLE, SECRET, discovered
from .helpers import query, rel, summary, unrest_run


def by_name(reference, corpus, sql: str) -> dict[str, tuple]:
    return {rel(r[0], corpus.raw): r[1:] for r in query(reference.data, sql)}


def test_every_input_gets_its_status_and_reason(corpus, reference):
    rows = by_name(reference, corpus, "select source_uri, status, reason, detail from raw_files")
    assert len(rows) == len(query(reference.data, "select * from raw_files")), "one raw_files row per input"
    for name, (status, reason) in EXPECTED.items():
        assert name in rows, f"{name!r} has no raw_files row"
        got_status, got_reason, detail = rows[name]
        assert got_status == status, (name, rows[name])
        if status == "quarantined":
            assert got_reason in reason.split("|"), (name, rows[name])
            assert got_reason in REASONS and detail, (name, rows[name])
    for url in FEEDS:   # the feed list: refused before any connection is made
        assert rows[url][:2] == ("quarantined", "fetch_refused"), rows[url]
    assert set(rows) == set(EXPECTED) | set(FEEDS), "no input accounted for twice or unexpectedly"
    quarantine = by_name(reference, corpus, "select source_uri, reason, stage from quarantine where stage = 'ingest'")
    assert {n for n, (s, _, _) in rows.items() if s == "quarantined"} == set(quarantine)


def test_accounting_adds_up_and_is_printed(corpus, reference):
    seen, loaded, duplicate, quarantined = summary(reference.stdout)
    assert seen == loaded + duplicate + quarantined == discovered() + len(FEEDS)
    counts = dict(query(reference.data, "select status, count(*) from raw_files group by 1"))
    assert (counts["loaded"], counts["duplicate"], counts["quarantined"]) == (loaded, duplicate, quarantined)
    assert query(reference.data, "select count(*) from articles")[0][0] == loaded


def test_text_of_odd_encodings_comes_out_right(corpus, reference):
    bodies = by_name(reference, corpus, "select source_uri, body, language from articles")
    for name, text in EXPECTED_TEXT.items():
        assert text in bodies[name][0], (name, bodies[name][0][:200])
    assert "\x00" not in "".join(b for b, _ in bodies.values())
    assert "Tues\ufffdday" in bodies["invalid-utf8.txt"][0]   # the one bad byte, and only it, is replaced


def test_non_english_articles_are_tagged_and_not_run_through_the_english_model(corpus, reference):
    rows = by_name(reference, corpus, """
        select a.source_uri, a.language,
               (select count(*) from figures f where f.article_id = a.article_id),
               (select count(*) from entity_mentions m where m.article_id = a.article_id)
        from articles a""")
    for name, lang in EXPECTED_LANGUAGE.items():
        assert rows[name] == (lang, 0, 0), (name, rows[name])
    english = {n: r for n, r in rows.items() if n not in EXPECTED_LANGUAGE}
    assert all(lang == "en" for lang, _, _ in english.values()), english
    assert rows["copy of march.txt"][1] > 0 and rows["page.html"][1] > 0   # English ones are extracted


def test_nothing_outside_the_raw_folder_is_read_and_nothing_is_unpickled(corpus, reference):
    assert not query(reference.data, "select count(*) from articles where body like ?", [f"%{SECRET[:30]}%"])[0][0]
    assert not corpus.canary.exists(), "an input was unpickled"
    # paths in untrusted fields never become files
    for field in ("url", "source"):
        name = Path(HOSTILE_JSON[field]).name
        assert not list(corpus.root.rglob(name)) and not Path("/tmp", name).exists()
    assert not list(corpus.root.rglob("pwned")) and not Path("pwned").exists()   # no shell ever saw a name


def test_untrusted_text_is_stored_verbatim_as_data(corpus, reference):
    (title, url, extra), = query(reference.data, "select title, url, extra from articles where title = ?", [HOSTILE_TITLE])
    assert title == HOSTILE_TITLE and url == HOSTILE_JSON["url"]
    assert HOSTILE_JSON["published"] in extra          # an unparseable date is kept, never interpreted
    tables = {r[0] for r in query(reference.data, "select table_name from duckdb_tables()")}
    assert {"articles", "figures", "raw_files"} <= tables
    assert query(reference.data, "select count(*) from figures")[0][0] == reference.snap.figures > 0


def test_untrusted_text_is_escaped_in_ui_metadata(corpus, reference):
    from assets.cli.instance import instance_for

    with instance_for(reference.data) as instance:
        previews = []
        for key in ("raw_articles", "articles", "raw_files"):
            event = instance.get_latest_materialization_event(dg.AssetKey(key))
            previews.append(event.asset_materialization.metadata["preview"].value)
    text = "\n".join(previews)
    assert "Mayor" in text, "the hostile title should be in the preview (it sorts first)"
    assert "[click](javascript" not in text and "DROP TABLE articles;--" not in text
    assert "\\[click\\]\\(javascript:alert\\(1\\)\\) \\<img src=x" in text
    assert not re.search(r"(?<!\\)[<>*\[\]()`]", text), "an unescaped Markdown/HTML character"
    # one table row per line: a newline in a file name cannot break the table
    for md in previews:
        widths = {line.count(" | ") for line in md.splitlines() if line.startswith("| ")}
        assert len(widths) == 1, md


def test_rerun_adds_nothing_and_accounts_for_zero_inputs(corpus, reference, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(reference.data, data, symlinks=True)
    before = {t: query(data, f"select count(*) from {t}") for t in ("articles", "raw_files", "quarantine", "figures")}
    proc = unrest_run(corpus.raw, data)   # no feed list: feeds are fetched again on every run by design
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert summary(proc.stdout) == (0, 0, 0, 0), proc.stdout
    assert {t: query(data, f"select count(*) from {t}") for t in before} == before
