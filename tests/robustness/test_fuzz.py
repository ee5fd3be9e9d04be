"""The whole-run fuzz test: a seeded folder of hostile articles through a real `unrest run` and a
rerun. Each run exits 0, the books balance (seen = loaded + duplicate + quarantined, every
`loaded` input has its article, nothing dangles), and the rerun adds nothing. Two real runs keep
it within CI's time; set UNREST_FUZZ_SEED to try another folder (the seed is in every message)."""
from __future__ import annotations

import os

from .fuzz import write_fuzz
from .helpers import assert_books_balance, query, summary, unrest_run

SEED = int(os.environ.get("UNREST_FUZZ_SEED", "1101"))
INPUTS = 32


def _counts(data) -> tuple:
    return tuple(query(data, f"select count(*) from {t}")[0][0]
                 for t in ("raw_files", "articles", "figures", "article_sources", "quarantine"))


def test_hostile_articles_never_fail_a_run(tmp_path):
    raw, data = tmp_path / "raw", tmp_path / "data"
    write_fuzz(raw, SEED, INPUTS)
    first = unrest_run(raw, data, timeout=600)
    assert first.returncode == 0, f"seed {SEED}:\n{first.stdout}\n{first.stderr}"
    seen, loaded, duplicate, quarantined = assert_books_balance(data, first.stdout)
    assert seen >= INPUTS and loaded, f"seed {SEED}: {seen} seen, {loaded} loaded"
    statuses = dict(query(data, "select status, count(*) from raw_files group by 1"))
    assert statuses.get("loaded", 0) == loaded and query(data, "select count(*) from articles")[0][0] == loaded
    before = _counts(data)

    second = unrest_run(raw, data, timeout=600)
    assert second.returncode == 0, f"seed {SEED}:\n{second.stdout}\n{second.stderr}"
    assert summary(second.stdout)[0] == 0, f"seed {SEED}: the rerun saw inputs again:\n{second.stdout}"
    assert _counts(data) == before, f"seed {SEED}: the rerun added rows"
    assert_books_balance(data, second.stdout)
