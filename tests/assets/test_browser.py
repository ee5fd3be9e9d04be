"""The Dagster UI in a real browser: `make ui` on a data folder that `unrest run` filled,
headless Chromium from Debian (packages chromium and chromium-driver; CI installs them in
.ci/run), and the global asset graph with every asset of the project.

Why selenium with the system chromedriver: no test tool may download its own browser here."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
REPO = Path(__file__).resolve().parents[2]
ASSETS = ("raw_articles", "articles", "article_sources", "raw_files", "entities", "entity_mentions", "figures",
          "warehouse", "tolls_report")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium and chromium-driver (apt-get install chromium "
                                       "chromium-driver); .ci/run installs them")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_server(url: str, proc: subprocess.Popen, log: Path, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"make ui exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/server_info", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    pytest.fail(f"make ui did not answer within {timeout:.0f} s:\n{log.read_text()[-3000:]}")


def _stop(proc: subprocess.Popen) -> None:
    """make, unrest ui (exec'd into dagster dev), its webserver, daemon and code servers: end the whole group."""
    for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def _browser(profile: str):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1920,1080", f"--user-data-dir={profile}"):
        opts.add_argument(arg)
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)


def _asset_graph_names(driver, zoom_out: bool) -> tuple[set[str], int]:
    """Names in the lineage graph's nodes (it renders only what is on screen); expands one
    collapsed group per call, else zooms out one step if asked."""
    from selenium.webdriver.common.by import By

    for button in driver.find_elements(By.XPATH, "//button[normalize-space()='Skip']"):  # community pop-up
        button.click()
    collapsed = driver.find_elements(By.CSS_SELECTOR, "foreignObject.group [aria-label='unfold_more']")
    if collapsed:
        driver.execute_script("arguments[0].click()", collapsed[0])
    elif zoom_out:
        for icon in driver.find_elements(By.CSS_SELECTOR, "[aria-label='zoom_out']")[:1]:
            driver.execute_script("arguments[0].closest('button').click()", icon)
    text = " ".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, "svg foreignObject"))
    return set(text.split()), len(collapsed)


def _chart_shows_in_the_ui(driver, url: str, tmp_path: Path) -> None:
    """The latest tolls chart, embedded in the materialization metadata, renders in the UI."""
    from selenium.webdriver.common.by import By

    driver.get(url + "/assets/tolls_report?view=events")
    deadline, charts = time.monotonic() + 60, []
    while time.monotonic() < deadline:
        charts = [img for img in driver.find_elements(By.CSS_SELECTOR, "img")
                  if (img.get_attribute("src") or "").startswith("data:image/png;base64,")]
        if charts:
            break
        for link in driver.find_elements(By.XPATH, "//*[normalize-space(text())='[Show Markdown]']")[-1:]:
            driver.execute_script("arguments[0].click()", link)  # opens the Markdown dialog
        time.sleep(1)
    driver.save_screenshot(str(tmp_path / "ui_chart.png"))
    assert charts, "the tolls chart did not show in the asset's materialization metadata"


def _report_and_docs_open_in_the_browser(driver, data: Path, tmp_path: Path) -> None:
    """The HTML report renders its embedded chart; the Data Docs index and a table's site open."""
    driver.get((data / "reports" / "report.html").as_uri())
    width = driver.execute_script("const i = document.querySelector('img'); return i && i.complete ? i.naturalWidth : 0")
    assert width > 400, "the report's embedded chart did not render"
    assert "reported tolls" in driver.title.lower()
    driver.save_screenshot(str(tmp_path / "report.png"))
    from selenium.webdriver.common.by import By

    driver.get((data / "docs" / "index.html").as_uri())
    assert "Data Docs" in driver.title
    driver.find_element(By.LINK_TEXT, "figures").click()
    text = driver.execute_script("return document.body.innerText")
    assert "Expectation Validation Result" in text and "unrest.figures" in text
    driver.save_screenshot(str(tmp_path / "data_docs.png"))


def test_ui_shows_the_asset_graph_with_the_projects_assets(event_data, tmp_path):
    """Started exactly as the README says (`make ui`, DATA pointing at the data folder), with a PATH
    that knows nothing of the virtualenv, and stopped by its process group."""
    port, log = _free_port(), tmp_path / "make-ui.log"
    env = {"HOME": os.environ.get("HOME", str(tmp_path)), "PATH": "/usr/local/bin:/usr/bin:/bin",
           "DAGSTER_DISABLE_TELEMETRY": "1"}
    with open(log, "wb") as out:
        proc = subprocess.Popen(["make", "ui", f"DATA={event_data}", f"UI_PORT={port}"], cwd=REPO, env=env,
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    driver = None
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_for_server(url, proc, log)
        driver = _browser(tempfile.mkdtemp(prefix="chromium-", dir=tmp_path))
        driver.get(url + "/asset-groups")
        deadline, names, collapsed = time.monotonic() + 120, set(), 1
        while time.monotonic() < deadline:
            names, collapsed = _asset_graph_names(driver, zoom_out=bool(names) and not set(ASSETS) <= names)
            if set(ASSETS) <= names and not collapsed:
                break
            time.sleep(0.5)
        shot = tmp_path / "asset_graph.png"
        driver.save_screenshot(str(shot))
        print(f"screenshot: {shot}")
        assert shot.read_bytes().startswith(b"\x89PNG")
        assert set(ASSETS) <= names, f"missing from the asset graph: {sorted(set(ASSETS) - names)}; see {shot}"
        page = driver.execute_script("return document.body.innerText").split()
        for group in ("ingest", "parse", "extract", "load", "report"):
            assert group in page, group
        _chart_shows_in_the_ui(driver, url, tmp_path)
        _report_and_docs_open_in_the_browser(driver, event_data, tmp_path)
    finally:
        if driver is not None:
            driver.quit()
        _stop(proc)
