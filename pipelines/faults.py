"""Named crash points for the crash-safety tests.

When UNREST_CRASH_AT names a point (optionally "point:N" for its N-th pass), the process kills
itself there with SIGKILL: no cleanup handlers, no flushing, exactly like `kill -9`. Unset in
normal use, where `crash_point` costs one dictionary lookup."""
from __future__ import annotations

import errno
import os
import signal

from . import settings

_passes: dict[str, int] = {}


def crash_point(name: str) -> None:
    target = settings.crash_at()
    if not target:
        return
    point, _, nth = target.partition(":")
    if point != name:
        return
    _passes[name] = _passes.get(name, 0) + 1
    if _passes[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)


class InjectedFault(RuntimeError):
    """Raised by `fault_point` in tests: a stand-in for a bug that one input triggers."""


def fault_point(name: str, text: str) -> None:
    """When UNREST_FAULT_AT is "name:marker" and `text` contains marker, raise InjectedFault: a
    test makes one article's extraction fail in a real run. Unset in normal use."""
    target = settings.fault_at()
    if not target:
        return
    point, _, marker = target.partition(":")
    if point == name and marker and marker in text:
        raise InjectedFault(f"injected fault at {name} for an input containing {marker!r}")


def disk_fault(name: str) -> None:
    """When UNREST_FAULT_AT is "enospc:name", raise the OSError a full disk raises at that write."""
    if settings.fault_at() == f"enospc:{name}":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
