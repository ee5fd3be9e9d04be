"""Helpers for the ingestion tests: every fixture file is written into tmp_path by the test itself."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.ingest import InputRow, ingest

ARTICLE = (
    "Crowds gather outside the Velmora town hall\n"
    "\n"
    "Several hundred residents of Velmora rallied on Saturday against a planned rise in water prices, "
    "the regional police said. Officers detained four people after a window was broken.\n"
    "\n"
    "Organisers said they would march again next week.\n"
)


def run(raw: Path, known=None, **kwargs) -> list[InputRow]:
    return list(ingest(raw, known or {}, **kwargs))


def only(raw: Path, **kwargs) -> InputRow:
    rows = run(raw, **kwargs)
    assert len(rows) == 1, rows
    return rows[0]


def write_json(path: Path, obj) -> Path:
    path.write_text(json.dumps(obj), encoding="utf-8")
    return path


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder
