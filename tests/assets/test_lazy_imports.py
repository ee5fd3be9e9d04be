"""A run with nothing new stays cheap: loading the code location imports neither Great
Expectations nor spaCy (seconds each); they load when a batch has rows to validate or extract."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("great_expectations", "spacy", "thinc")


def test_code_location_imports_neither_great_expectations_nor_spacy():
    probe = ("import sys, assets.definitions as d; d.defs.resolve_job_def('unrest_job'); "
             f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_run_with_nothing_new_imports_neither(tmp_path):
    """An empty raw folder: every step sees an empty batch, the checks pass without validating."""
    (tmp_path / "raw").mkdir()
    probe = ("import sys; from pathlib import Path; from assets.cli.runner import run_pipeline; "
             f"code = run_pipeline(Path({str(tmp_path / 'raw')!r}), Path({str(tmp_path / 'data')!r}), None); "
             f"print(code, sorted(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "0 []"
