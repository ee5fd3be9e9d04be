"""Article content that used to fail whole runs, through one real `unrest run` and a rerun:
the good articles load, only what is bad is dropped or quarantined, the books balance, and the
rerun adds nothing. Every text here is written for this test."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import REPO, article_figures, assert_books_balance, env, query, rel, run_args, statuses, summary

MARKER = "QX-FAULT-7f3"        # UNREST_FAULT_AT makes extraction raise on the article holding it
PIDGIN = ("Wetin dey happen for dis town? Di pipul dem no get light since Monday and dem dey vex well well. "
          "Na so dem waka go di goment office.")
CANTONESE = "佢哋喺街度行咗成日，差人話冇人受傷，但係好多人都好嬲，唔知點算。"
DARIJA = "هادشي بزاف عليا، ماعرفتش شنو ندير دابا، خاصني نمشي للدار ونشوف واش كاين شي حل"
PARA = "<p>" + "The river rose two metres overnight and the ferry to the island stayed in port. " * 4 + "</p>"
# The bound is relative: the same run over the usual articles alone (USUAL), measured in the same test.
# Measured here before phases.pieces: usual 0.8 GB, this folder 1.6-1.8 GB (spaCy's first pass over the
# 300 KB article as one 60k-token Doc added ~1 GB); a body copied per row took 3.8 GB.
PEAK_RATIO = 1.25
USUAL = ("good.json", "fault.json", "pcm.json", "edge-late.json", "zero-width.json")
REPEAT = "Police arrested 12 men there. "    # 30 characters: 10,000 of them make a 300 KB body


def _page(depth: int) -> str:
    return (f"<html><head><title>Ferry stays in port</title></head><body><article><h1>Ferry stays in port</h1>"
            + "<div>" * depth + PARA * 3 + "</div>" * depth + "</article></body></html>")


CASES = {   # file -> JSON object (or HTML text)
    "huge20.json": {"title": "Clashes at the depot",
                    "body": "Officials said 99999999999999999999 people were killed at the depot. "
                            "Medics said 14 people were injured."},
    "huge400.json": {"title": "March on the bridge",
                     "body": f"A crowd of {'7' * 400} protesters crossed the bridge. Police said 5 people were arrested."},
    "edge-early.json": {"title": "Unrest in the valley", "published": "0001-01-01",
                        "body": "Three people were killed in the valley on Sunday, witnesses said."},
    "edge-late.json": {"title": "Strike at the port", "published": "9999-12-31T23:00:00Z",
                       "body": "Police detained 9 dockers at the port on Friday and 4 more today."},
    "pcm.json": {"title": "Light don go", "body": PIDGIN},
    "yue.json": {"title": "行街", "body": CANTONESE},
    "ary.json": {"title": "الدار", "body": DARIJA},
    "digits.json": {"title": "4417", "body": "1203 8841 x 7730 2291 4410 9981 3375 6620 1189 5502 7714 3309"},
    "zero-width.json": {"title": "Rally in the square", "body": "Organisers said 1\u200b000 protesters gathered in the square."},
    "repeat.json": {"title": "Arrests at the market", "body": REPEAT * 10_000},
    "fault.json": {"title": "Vigil by the lake", "body": f"Two people were injured at the vigil by the lake. {MARKER}"},
    "fault-copy.json": {"title": "Vigil by the lake", "body": f"Two people were injured at the vigil by the lake. {MARKER}"},
    "good.json": {"title": "Teachers march", "body": "About 300 teachers marched to the ministry on Tuesday, union leaders said."},
    "deep.html": _page(1500),
    "deeper.html": _page(6000),
}


def _write(raw: Path, names=CASES) -> None:
    raw.mkdir(parents=True)
    for name in names:
        content = CASES[name]
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        (raw / name).write_text(text, encoding="utf-8")


# `unrest run`, reporting its peak resident memory (VmHWM: unlike ru_maxrss it starts afresh at
# exec, so a large pytest process that forks the run does not lend it its own peak)
_MEASURED = ("import atexit, sys\n"
             "atexit.register(lambda: print('VmHWM', open('/proc/self/status').read().split('VmHWM:')[1].split()[0],"
             " file=sys.stderr, flush=True))\n"
             "from assets.cli.main import main\n"
             "sys.exit(main(sys.argv[1:]))")


def _run(raw: Path, data: Path) -> tuple[subprocess.CompletedProcess, float]:
    """A real run, and its peak resident memory in MB."""
    args = [sys.executable, "-c", _MEASURED, *run_args(raw, data)[3:]]
    done = subprocess.run(args, cwd=REPO, env=env(extra={"UNREST_FAULT_AT": f"extract:{MARKER}"}),
                          capture_output=True, text=True, timeout=600)
    peak = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("VmHWM ")]
    return done, int(peak[-1]) / 1024 if peak else float("inf")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("content")
    raw, data = root / "raw", root / "data"
    _write(raw)
    first, peak_mb = _run(raw, data)
    second, _ = _run(raw, data)
    return raw, data, first, second, peak_mb


@pytest.fixture(scope="module")
def usual_peak_mb(tmp_path_factory):
    """The peak of the same run over a few articles of usual size."""
    root = tmp_path_factory.mktemp("usual")
    _write(root / "raw", USUAL)
    done, peak_mb = _run(root / "raw", root / "data")
    assert done.returncode == 0, done.stdout + done.stderr
    return peak_mb




def test_the_run_and_its_rerun_succeed_and_balance(runs):
    raw, data, first, second, _ = runs
    assert first.returncode == 0, first.stdout + first.stderr
    assert second.returncode == 0, second.stdout + second.stderr
    seen, loaded, duplicate, quarantined = assert_books_balance(data, first.stdout)
    assert seen == len(CASES)
    assert summary(second.stdout)[0] == 0, "the rerun found nothing new"
    assert_books_balance(data, second.stdout)


def test_numbers_too_big_for_bigint_are_dropped_and_their_articles_load(runs):
    raw, data, *_ = runs
    status = statuses(raw, data)
    assert status["huge20.json"][0] == status["huge400.json"][0] == "loaded"
    assert [(c, v) for c, v, _ in article_figures(raw, data, "huge20.json")] == [("injured", 14)]
    assert [(c, v) for c, v, _ in article_figures(raw, data, "huge400.json")] == [("arrested", 5)]
    assert query(data, "select max(value) from figures")[0][0] < 2**63


def test_dates_at_the_calendars_edges_resolve_or_stay_null(runs):
    raw, data, *_ = runs
    assert [(c, v, d) for c, v, d in article_figures(raw, data, "edge-early.json")] == [("killed", 3, None)]
    late = article_figures(raw, data, "edge-late.json")
    assert {v for _, v, _ in late} == {9, 4} and all(d is None or d.year == 9999 for _, _, d in late)


def test_three_letter_languages_load_with_their_codes(runs):
    raw, data, *_ = runs
    langs = {rel(u, raw): lang for u, lang in query(data, "select source_uri, language from articles")}
    assert (langs["pcm.json"], langs["yue.json"], langs["ary.json"], langs["digits.json"]) == ("pcm", "yue", "ary", "zxx")


def test_format_characters_inside_a_numeral_do_not_split_it(runs):
    raw, data, *_ = runs
    assert [(c, v) for c, v, _ in article_figures(raw, data, "zero-width.json")] == [("protesters", 1000)]


def test_a_sentence_repeated_10000_times_is_one_fact_within_usual_memory(runs, usual_peak_mb):
    raw, data, *_, peak_mb = runs
    print(f"peak {peak_mb:.0f} MB, usual {usual_peak_mb:.0f} MB")
    assert peak_mb < PEAK_RATIO * usual_peak_mb, f"the run peaked at {peak_mb:.0f} MB, usual {usual_peak_mb:.0f} MB"
    figures = article_figures(raw, data, "repeat.json")
    assert {(c, v) for c, v, _ in figures} == {("arrested", 12)} and len(figures) <= 2, figures


def test_an_article_whose_extraction_raises_is_quarantined_with_its_copy(runs):
    raw, data, *_ = runs
    status = statuses(raw, data)
    for name in ("fault.json", "fault-copy.json"):
        s, reason, detail = status[name]
        assert (s, reason) == ("quarantined", "extraction_failed") and "InjectedFault" in detail, status[name]
    rows = query(data, "select source_uri, stage, detail from quarantine where reason = 'extraction_failed'")
    assert {rel(u, raw) for u, _, _ in rows} == {"fault.json", "fault-copy.json"}
    assert {s for _, s, _ in rows} == {"extract"} and all("InjectedFault" in d for _, _, d in rows)
    assert status["good.json"][0] == "loaded" and article_figures(raw, data, "good.json")


def test_deep_html_keeps_its_text_or_is_quarantined_with_a_reason(runs):
    raw, data, *_ = runs
    status = statuses(raw, data)
    assert status["deep.html"][0] == "loaded"
    body = query(data, "select body from articles where source_uri = ?", [str(raw / "deep.html")])[0][0]
    assert "ferry to the island" in body
    assert status["deeper.html"][:2] == ("quarantined", "no_main_text") and "nested deeper" in status["deeper.html"][2]
