"""`make ui` serves the Dagster UI from a shell whose PATH knows nothing of the virtualenv (what a
new user has), and stops with its process group. The browser test checks what the UI shows; this
one runs where Chromium is not installed too."""
from __future__ import annotations

import os
import subprocess
import time
import urllib.request

from .test_browser import REPO, _free_port, _stop


def test_make_ui_serves_without_the_virtualenv_on_path(tmp_path):
    port, log = _free_port(), tmp_path / "make-ui.log"
    env = {"HOME": os.environ.get("HOME", str(tmp_path)), "PATH": "/usr/local/bin:/usr/bin:/bin",
           "DAGSTER_DISABLE_TELEMETRY": "1"}
    with open(log, "wb") as out:
        proc = subprocess.Popen(["make", "ui", f"DATA={tmp_path / 'data'}", f"UI_PORT={port}"], cwd=REPO, env=env,
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline, info = time.monotonic() + 240, None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2) as resp:
                    info = resp.read().decode()
                    break
            except OSError:
                time.sleep(1)
        assert info and "dagster_webserver_version" in info, log.read_text()[-3000:]
        assert (tmp_path / "data" / "dagster" / "dagster.yaml").exists()  # the data folder's own instance
    finally:
        _stop(proc)
    assert proc.poll() is not None
