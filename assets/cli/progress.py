"""Progress of `unrest run` over its batches: a bar redrawn in place on a terminal (counts, rate,
time left), plain lines otherwise (logs, CI, pipes).

The total is an estimate taken before the first batch (pipelines/ingest/pending.py: new or changed
files); it grows if ingestion finds more. Done counts the input files each committed batch took."""
from __future__ import annotations

import sys
import threading
import time

WIDTH = 28


def _clock(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def describe(done: int, total: int, elapsed: float) -> tuple[str, str, str]:
    """(counts, rate, time left) as words; rate and time left are "-" until something is done."""
    total = max(total, done)
    counts = f"{done}/{total} inputs" + (f" ({100 * done // total}%)" if total else "")
    if done <= 0 or elapsed <= 0:
        return counts, "- inputs/s", "- left"
    rate = done / elapsed
    shown = f"{rate:.0f}" if rate >= 10 else f"{rate:.1f}" if rate >= 1 else f"{rate:.2f}"
    return counts, f"{shown} inputs/s", f"{_clock((total - done) / rate)} left"


def bar(done: int, total: int, elapsed: float, batch: int) -> str:
    total = max(total, done)
    filled = WIDTH * done // total if total else WIDTH
    counts, rate, left = describe(done, total, elapsed)
    return f"[{'#' * filled}{'-' * (WIDTH - filled)}] {counts}  batch {batch}  {rate}  {left}  {_clock(elapsed)} elapsed"


class Progress:
    """`start_batch()` before each batch, `finish_batch(files)` after it, `close()` at the end."""

    def __init__(self, total: int, stream=None, tty: bool | None = None, tick: float = 0.5):
        self.stream = stream or sys.stdout
        self.tty = self.stream.isatty() if tty is None else tty
        self.total, self.done, self.batch, self.tick = total, 0, 0, tick
        self.started = time.monotonic()
        self._lock, self._stop = threading.Lock(), threading.Event()
        self._thread = None
        if self.tty:
            self._thread = threading.Thread(target=self._ticker, name="unrest-progress", daemon=True)
            self._thread.start()

    def _draw(self) -> None:
        with self._lock:
            self.stream.write("\r\033[K" + bar(self.done, self.total, time.monotonic() - self.started, self.batch))
            self.stream.flush()

    def _ticker(self) -> None:
        while not self._stop.wait(self.tick):
            self._draw()

    def start_batch(self) -> None:
        self.batch += 1
        if self.tty:
            self._draw()

    def finish_batch(self, files: int) -> None:
        self.done += files
        self.total = max(self.total, self.done)
        if self.tty:
            self._draw()
        else:
            counts, rate, left = describe(self.done, self.total, time.monotonic() - self.started)
            self.stream.write(f"unrest: progress {counts}, {rate}, {left}\n")
            self.stream.flush()

    def close(self) -> None:
        if self._thread is not None:
            self._stop.set()
            self._thread.join()
            self._thread = None
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
