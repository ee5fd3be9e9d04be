"""One run at a time per data folder: an exclusive flock on <data>/state/run.lock.

The kernel drops the lock when its holder dies, even by SIGKILL, so a crashed run never
blocks the next one. The holder writes its pid into the file for the waiting message."""
from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable
from pathlib import Path

from . import settings

_HELD: dict[str, int] = {}  # lock path -> fd, for re-entrant use inside one process


class RunLockTimeout(RuntimeError):
    pass


class RunLock:
    def __init__(self, data_dir: Path | str):
        self.path = Path(data_dir) / "state" / "run.lock"
        self._owner = False

    def holder(self) -> str:
        try:
            return self.path.read_text().strip() or "unknown"
        except OSError:
            return "unknown"

    def acquire(self, timeout_s: float = 3600.0, on_wait: Callable[[str], None] | None = None) -> None:
        key = str(self.path.resolve()) if self.path.exists() else str(self.path)
        if key in _HELD or settings.run_lock_held() == str(self.path.parent.parent.resolve()):
            return  # this process (or the CLI that started it) already holds it
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + timeout_s
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not told and on_wait:
                    on_wait(self.holder())
                    told = True
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise RunLockTimeout(
                        f"another unrest run ({self.holder()}) is using {self.path.parent.parent}; "
                        f"gave up after {timeout_s:.0f} s") from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()}".encode())
        _HELD[str(self.path.resolve())] = fd
        self._owner = True

    def release(self) -> None:
        if not self._owner:
            return
        fd = _HELD.pop(str(self.path.resolve()), None)
        if fd is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        self._owner = False

    def __enter__(self) -> "RunLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
