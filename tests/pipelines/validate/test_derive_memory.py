"""The span helpers look each row's body up: 10,000 rows of one 300 KB article cost references,
not 10,000 copies of the body (that took gigabytes). Measured as the peak resident memory of a
separate process (VmHWM, which starts afresh at exec, unlike ru_maxrss, which a child forked from
a large pytest process inherits), since Arrow's allocations are invisible to tracemalloc."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
PEAK_MB = 600     # python, pandas, pyarrow and the frames take ~200 MB; a copy per row took 3 GB
SCRIPT = """
import pandas as pd
from pipelines.validate.derive import _span_checks
sentence = "Police arrested 12 men there. "
body = sentence * 10_000
articles = pd.DataFrame({"article_id": ["big"], "body": pd.Series([body], dtype="str")})
starts = [i * len(sentence) + 16 for i in range(10_000)]
rows = pd.DataFrame({"article_id": ["big"] * 10_000, "char_start": starts, "char_end": [s + 2 for s in starts],
                     "quote": ["12"] * 9_999 + ["13"]})
out = _span_checks(rows, "quote", articles)
assert out["_quote_matches_body"].tolist() == [True] * 9_999 + [False]
assert out["_offsets_in_body"].all()
print(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])
"""


def test_ten_thousand_rows_of_one_big_article_do_not_copy_its_body():
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    peak_mb = int(done.stdout.split()[-1]) / 1024
    assert peak_mb < PEAK_MB, f"peak {peak_mb:.0f} MB"
