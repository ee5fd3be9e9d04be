"""Hostile inputs beyond the issue's list, through one real `unrest run` and a rerun: a JSON list
of 50,000 items, BOMs and UTF-16/32 (with and without a byte-order mark), binaries named .html or
.json, symlink loops, a FIFO, a file name that is not UTF-8, impossible dates, emoji-only text,
JSON nested 100,000 deep and a 5,000-digit integer. Each gets a status and a reason, the good ones
load, the books balance, the rerun adds nothing. Every text here is written for this test."""
from __future__ import annotations

import io
import json
import os
import random
import zipfile
from pathlib import Path

import pytest

from .helpers import article_figures, assert_books_balance, query, statuses, summary, unrest_run

NURSES = {"title": "Nurses strike", "body": "About 400 nurses walked out at the city hospital on Monday, their union said."}
DRIVERS = {"title": "Bus drivers march", "body": "Some 250 bus drivers marched to the depot on Friday."}
MINERS = {"title": "Miners rally", "body": "Nearly 900 miners rallied outside the ministry on Wednesday."}
CABBIES = {"title": "Cabbies protest", "body": "Taxi drivers protested at the airport, and 7 were detained."}
FARMERS = {"title": "Farmers block road", "body": "Farmers blocked the ring road on Tuesday, and police detained 12 of them."}
PORTERS = {"title": "Porters stop", "body": "Porters stopped work at the station and 3 were hurt."}
NOT_UTF8 = os.fsdecode(b"pickets-\xff\xfe.txt")


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("story.txt", "Police arrested 5 people at the rally. " * 50)
    return buf.getvalue()


def _write(raw: Path) -> None:
    raw.mkdir(parents=True)
    rng = random.Random(11)
    files = {
        "list50k.json": json.dumps([None] * 24_999 + [NURSES] + [7] * 24_999 + [DRIVERS]).encode(),
        "bom.json": b"\xef\xbb\xbf" + json.dumps(FARMERS).encode(),
        "utf16.json": json.dumps(MINERS, ensure_ascii=False).encode("utf-16"),
        "utf16le-nobom.json": json.dumps(CABBIES).encode("utf-16-le"),
        "utf16be-nobom.txt": "Welders strike\n\nAbout 80 welders struck at the shipyard on Thursday.".encode("utf-16-be"),
        "utf32.json": json.dumps(PORTERS).encode("utf-32"),
        "pdf.html": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 20,
        "zip.html": _zip(),
        "png.json": b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(5000)),
        "noise.html": bytes(rng.randrange(256) for _ in range(50_000)),
        "feb30.json": json.dumps({"title": "Clashes in the port", "published": "2024-03-04",
                                  "body": "Five people were killed in clashes in the port on Feb 30, police said. "
                                          "On February 30 another 4 were hurt."}).encode(),
        "feb30pub.json": json.dumps({"title": "Vigil", "published": "2024-02-30",
                                     "body": "Some 200 people held a vigil by the river on Sunday."}).encode(),
        "emoji.txt": ("🔥🔥🔥\n\n" + "😡✊🏽🚓💥 " * 500).encode(),
        "emoji.json": json.dumps({"title": "🔥", "body": "🔥" * 3000}).encode(),
        "deepjson.json": ('{"a":' * 100_000 + "1" + "}" * 100_000).encode(),
        "bigint.json": ('{"title": "Depot clash", "body": "Police said 3 guards were hurt at the depot.", "published": '
                        + "9" * 5000 + "}").encode(),
        NOT_UTF8: "Pickets held\n\nPolice held 10 pickets outside the plant on Monday.".encode(),
    }
    for name, data in files.items():
        (raw / name).write_bytes(data)
    (raw / "loopdir").symlink_to(raw, target_is_directory=True)
    (raw / "a").mkdir()
    (raw / "a" / "b").symlink_to(raw / "a", target_is_directory=True)
    (raw / "self.txt").symlink_to(raw / "self.txt")
    os.mkfifo(raw / "pipe.txt")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    raw, data = root / "raw", root / "data"
    _write(raw)
    first = unrest_run(raw, data, timeout=600)
    second = unrest_run(raw, data, timeout=600)
    return raw, data, first, second




def test_both_runs_succeed_balance_and_the_rerun_adds_nothing(runs):
    raw, data, first, second = runs
    assert first.returncode == 0, first.stdout + first.stderr
    assert second.returncode == 0, second.stdout + second.stderr
    seen, loaded, duplicate, quarantined = assert_books_balance(data, first.stdout)
    assert seen > 50_000
    assert summary(second.stdout)[0] == 0, second.stdout
    assert_books_balance(data, second.stdout)


def test_a_list_of_50000_items_loads_its_two_articles(runs):
    raw, data, *_ = runs
    rows = dict(query(data, "select status || coalesce(':' || reason, ''), count(*) from raw_files "
                            "where source_uri like ? group by 1", [str(raw / "list50k.json#item=%")]))
    assert rows == {"loaded": 2, "quarantined:not_an_object": 49_998}
    assert statuses(raw, data)["list50k.json"][0] == "expanded"


def test_byte_order_marks_and_utf16_without_one_decode(runs):
    raw, data, *_ = runs
    status = statuses(raw, data)
    for name in ("bom.json", "utf16.json", "utf16le-nobom.json", "utf16be-nobom.txt", "utf32.json"):
        assert status[name][0] == "loaded", (name, status[name])
    assert [(c, v) for c, v, _ in article_figures(raw, data, "utf16.json")] == [("protesters", 900)]
    assert [(c, v) for c, v, _ in article_figures(raw, data, "utf16le-nobom.json")] == [("arrested", 7)]
    assert [(c, v) for c, v, _ in article_figures(raw, data, "utf32.json")] == [("injured", 3)]


def test_binaries_under_text_names_are_quarantined_as_binary(runs):
    raw, data, *_ = runs
    status = statuses(raw, data)
    assert status["pdf.html"][:2] == ("quarantined", "binary") and "PDF" in status["pdf.html"][2]
    assert status["zip.html"][:2] == ("quarantined", "binary") and "ZIP" in status["zip.html"][2]
    assert status["png.json"][:2] == ("quarantined", "binary") and "PNG" in status["png.json"][2]
    assert status["noise.html"][0] == "quarantined" and status["noise.html"][1] in ("binary", "undecodable")


def test_loops_fifos_and_odd_names(runs):
    raw, data, *_ = runs
    status = statuses(raw, data)
    for name in ("loopdir", "a/b", "self.txt", "pipe.txt"):
        assert status[name][:2] == ("quarantined", "not_a_file"), (name, status[name])
    odd = [u for u in status if u.startswith("pickets-")]
    assert len(odd) == 1 and status[odd[0]][0] == "loaded"


def test_impossible_dates_stay_null(runs):
    raw, data, *_ = runs
    assert {(c, v, d) for c, v, d in article_figures(raw, data, "feb30.json")} == {("killed", 5, None), ("injured", 4, None)}
    published = dict(query(data, "select source_uri, published_at from articles"))
    assert published[str(raw / "feb30pub.json")] is None


def test_emoji_only_text_and_odd_json(runs):
    raw, data, *_ = runs
    status = statuses(raw, data)
    assert status["emoji.txt"][0] == status["emoji.json"][0] == "loaded"
    assert not article_figures(raw, data, "emoji.txt") and not article_figures(raw, data, "emoji.json")
    assert status["deepjson.json"][:2] == ("quarantined", "malformed_json")
    assert status["bigint.json"][0] == "loaded", status["bigint.json"]
    assert [(c, v) for c, v, _ in article_figures(raw, data, "bigint.json")] == [("injured", 3)]
    assert query(data, "select published_at from articles where source_uri = ?", [str(raw / "bigint.json")]) == [(None,)]
