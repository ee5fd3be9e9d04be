"""`unrest run`'s progress: a bar redrawn in place on a terminal (a real pty), plain lines when
stdout is not a terminal (tests/assets/test_pipeline.py checks those on a real run too)."""
from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assets.cli.progress import Progress, bar, describe

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("done,total,elapsed,expected", [
    (0, 10, 5.0, ("0/10 inputs (0%)", "- inputs/s", "- left")),          # nothing done: no rate yet
    (5, 10, 10.0, ("5/10 inputs (50%)", "0.50 inputs/s", "0:10 left")),
    (400, 1000, 20.0, ("400/1000 inputs (40%)", "20 inputs/s", "0:30 left")),
    (12, 10, 6.0, ("12/12 inputs (100%)", "2.0 inputs/s", "0:00 left")),   # more found than estimated
    (1, 7201, 1.0, ("1/7201 inputs (0%)", "1.0 inputs/s", "2:00:00 left")),
    (0, 0, 1.0, ("0/0 inputs", "- inputs/s", "- left")),                  # nothing new at all
])
def test_describe(done, total, elapsed, expected):
    assert describe(done, total, elapsed) == expected


def test_bar_fills_with_the_share_done():
    assert bar(7, 28, 3.0, 2).startswith("[#######---------------------] 7/28 inputs (25%)  batch 2")


def test_plain_lines_when_not_a_terminal():
    out = io.StringIO()
    p = Progress(4, stream=out, tty=False)
    p.start_batch(); p.finish_batch(2); p.start_batch(); p.finish_batch(2); p.close()
    lines = out.getvalue().splitlines()
    assert [ln.split(",")[0] for ln in lines] == ["unrest: progress 2/4 inputs (50%)", "unrest: progress 4/4 inputs (100%)"]
    assert "\r" not in out.getvalue() and "\033" not in out.getvalue()


def _run_in_pty(argv: list[str], timeout: float = 400) -> tuple[int, str]:
    primary, secondary = pty.openpty()
    proc = subprocess.Popen(argv, stdout=secondary, stderr=secondary, stdin=subprocess.DEVNULL, cwd=REPO)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:   # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    return proc.wait(timeout=timeout), b"".join(chunks).decode("utf-8", "replace")


def test_terminal_shows_a_bar_with_counts_rate_and_time_left(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in (1, 2):
        (raw / f"s{n}.txt").write_text(f"Strike in Tarnwick\n\nDockers struck in Tarnwick on Monday; {n * 15} were "
                                       "arrested, police said.\n")
    code, out = _run_in_pty([sys.executable, "-m", "assets.cli", "run", "--raw", str(raw), "--data",
                             str(tmp_path / "data"), "--max-inputs-per-batch", "1"])
    assert code == 0, out[-2000:]
    frames = [f for f in re.split(r"\r\x1b\[K", out) if f.startswith("[")]
    assert any(re.match(r"\[#{14}-{14}\] 1/2 inputs \(50%\)  batch [12]  \d+\.\d+ inputs/s  \d+:\d\d left", f)
               for f in frames), frames[:5]
    assert re.match(r"\[#{28}\] 2/2 inputs \(100%\)  batch 2  ", frames[-1])
    assert "unrest: progress" not in out and "  ingest:" not in out   # the bar replaces the plain lines
    assert "inputs seen       2" in out                                # the summary still prints
