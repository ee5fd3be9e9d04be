"""One corpus of good and hostile inputs and one clean reference run of it, shared by the
robustness tests (a real `unrest run` costs seconds; the crash tests compare against it)."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from .corpus import write_corpus
from .helpers import REPO, Snapshot, env, run_args, snapshot

FEEDS = ["file:///etc/passwd", "http://localhost:1/rss", "http://192.168.1.1/feed.xml", "ftp://example.org/feed"]


@dataclass
class Corpus:
    root: Path
    raw: Path
    outside: Path
    canary: Path
    feeds: Path


@dataclass
class Reference:
    data: Path
    stdout: str
    stderr: str
    returncode: int
    snap: Snapshot


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Corpus:
    root = tmp_path_factory.mktemp("robust")
    c = Corpus(root, root / "raw", root / "outside", root / "CANARY-unpickled", root / "feeds.list")
    write_corpus(c.raw, c.outside, c.canary)
    c.feeds.write_text("# feeds the run must refuse without fetching\n" + "\n".join(FEEDS) + "\n")
    return c


@pytest.fixture(scope="session", autouse=True)
def _reference_started(request, corpus: Corpus):
    """Starts the reference run in the background with the first robustness test, so it overlaps
    the tests that do not need it (a real run costs seconds of imports and model loading)."""
    if not any("reference" in item.fixturenames for item in request.session.items):
        yield None
        return
    data = corpus.root / "reference-data"
    out, err = corpus.root / "reference.out", corpus.root / "reference.err"
    with open(out, "w") as fo, open(err, "w") as fe:
        proc = subprocess.Popen(run_args(corpus.raw, data, "--feeds", str(corpus.feeds)), cwd=REPO, env=env(),
                                stdout=fo, stderr=fe, text=True)
    yield data, proc, out, err
    if proc.poll() is None:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def reference(corpus: Corpus, _reference_started) -> Reference:
    """A clean `unrest run` of the whole corpus (and a feed list of URLs it must refuse)."""
    data, proc, out, err = _reference_started
    proc.wait(timeout=900)
    stdout, stderr = out.read_text(), err.read_text()
    assert proc.returncode == 0, stdout + stderr
    return Reference(data, stdout, stderr, proc.returncode, snapshot(data, corpus.raw))
