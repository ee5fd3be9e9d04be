import json
import os
from pathlib import Path

import duckdb
import pytest

GOOD_TXT = """Police detain 40 after night of clashes in Riverton

Police in the city of Riverton said on Friday they had detained 40 people after protesters
set fire to cars. At least three people were killed and 25 were injured, the health ministry said.
"""

GOOD_JSONL = [
    {"title": "Thousands march in Lakeside", "text": "Thousands of people marched through Lakeside on Sunday. "
     "Organisers said 12 marchers were arrested by police.", "url": "https://example.org/a", "published": "2023-05-07",
     "source": "Example Wire"},
    {"title": "Two dead in port strike", "body": "Two dockworkers died when police broke up a strike in Porthaven, officials said.",
     "date": "2023-05-08T10:00:00Z"},
]

GOOD_HTML = """<html><head><title>Curfew imposed after riots</title><meta property="og:site_name" content="Daily Example">
<script>var tracker = 1;</script></head><body><nav>Home | World | Sport</nav>
<article><h1>Curfew imposed after riots</h1><p>Authorities imposed a curfew in Hillford on Tuesday after two nights of
rioting in which 15 people were injured and more than 60 were arrested, the regional governor said.</p>
<p>The governor said 300 police officers had been deployed to the town centre to restore order.</p></article>
<footer>Copyright Daily Example</footer></body></html>"""


def write_mixed_inputs(raw: Path) -> None:
    """Good inputs in four formats, plus the bad ones each labelled with the reason we expect."""
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "riverton.txt").write_text(GOOD_TXT)
    (raw / "wire.jsonl").write_text("\n".join(json.dumps(o) for o in GOOD_JSONL)
                                    + "\n{\"title\": \"no text here\"}\n")  # planted: a line without text
    (raw / "hillford.html").write_text(GOOD_HTML)
    (raw / "empty.txt").write_text("")                              # planted: empty
    (raw / "noise.txt").write_bytes(os.urandom(4096))              # planted: random bytes
    (raw / "broken.json").write_text('{"title": "x", "text": ')    # planted: malformed JSON


def warehouse_rows(data: Path, sql: str) -> list[tuple]:
    from pipelines.warehouse import Warehouse

    with Warehouse(data).connect(read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture
def mixed_raw(tmp_path):
    raw = tmp_path / "raw"
    write_mixed_inputs(raw)
    return raw


@pytest.fixture(scope="session")
def event_data(tmp_path_factory):
    """Two `unrest run`s over the invented Nairobi event (tests/assets/event_articles.py): the
    articles, then a late syndicated copy in a second batch. Shared by the views, reports and
    browser tests; they only read it."""
    from assets.cli import main

    from .event_articles import LATE_COPY, write_event

    root = tmp_path_factory.mktemp("event")
    raw = write_event(root / "raw")
    data = root / "data"
    assert main(["run", "--raw", str(raw), "--data", str(data)]) == 0
    LATE_COPY.write(raw)
    assert main(["run", "--raw", str(raw), "--data", str(data)]) == 0
    return data
