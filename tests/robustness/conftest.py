"""One corpus of good and hostile inputs and one clean reference run of it, shared by the
robustness tests (a real `unrest run` costs seconds; the crash tests compare against it)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from .corpus import write_corpus
from .helpers import Snapshot, snapshot, unrest_run

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


@pytest.fixture(scope="session")
def reference(corpus: Corpus) -> Reference:
    """A clean `unrest run` of the whole corpus (and a feed list of URLs it must refuse)."""
    data = corpus.root / "reference-data"
    proc = unrest_run(corpus.raw, data, "--feeds", str(corpus.feeds))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return Reference(data, proc.stdout, proc.stderr, proc.returncode, snapshot(data, corpus.raw))
