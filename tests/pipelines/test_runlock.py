import subprocess
import sys
import time

import pytest

from pipelines.runlock import RunLock, RunLockTimeout


def test_second_holder_waits_then_gives_up_with_a_clear_message(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; sys.path.insert(0, '.');"
        "from pipelines.runlock import RunLock;"
        f"l = RunLock({str(tmp_path)!r}); l.acquire(); print('held', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        waited = []
        with pytest.raises(RunLockTimeout, match="another unrest run"):
            RunLock(tmp_path).acquire(timeout_s=0.5, on_wait=waited.append)
        assert waited and waited[0].startswith("pid ")
    finally:
        holder.kill()
        holder.wait()
    # the kernel released the dead holder's lock: the next run proceeds
    lock = RunLock(tmp_path)
    t0 = time.monotonic()
    lock.acquire(timeout_s=5)
    assert time.monotonic() - t0 < 2
    lock.release()


def test_reentrant_within_one_process(tmp_path):
    outer = RunLock(tmp_path)
    outer.acquire(timeout_s=1)
    inner = RunLock(tmp_path)
    inner.acquire(timeout_s=0.5)  # no deadlock against ourselves
    inner.release()
    outer.release()
