"""`unrest explain`: why each number of an article became a figure row, or which stage and rule
dropped it. The article is a text file, an article id in the published warehouse, or `--text`.
The tracing itself is pure (pipelines/extract/explain.py); this module finds the text and prints."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import duckdb

from pipelines.extract.types import ArticleText
from pipelines.ingest.readers import read_txt
from pipelines.ingest.types import IngestLimits

from .reader import open_reader


class NotFound(Exception):
    pass


def _from_file(path: Path) -> ArticleText:
    """The article a .txt file becomes on ingest (normalized text, headline first)."""
    row = read_txt(str(path), path.read_bytes(), IngestLimits())
    if row.record is None:
        raise NotFound(f"{path}: not an article ({row.reason}: {row.detail})")
    r = row.record
    return ArticleText(article_id=path.stem, body=r.body, title=r.title, published_at=r.published_at)


def _from_warehouse(data: Path, article_id: str) -> ArticleText:
    try:
        con = open_reader(data)
    except FileNotFoundError:
        raise NotFound(f"{article_id!r} is no file, and there is no warehouse in {data} to look it up in") from None
    with con:
        row = con.execute("SELECT body, title, published_at FROM articles WHERE article_id = ?",
                          [article_id]).fetchone()
    if row is None:
        raise NotFound(f"no file and no article {article_id!r} in the warehouse in {data}")
    return ArticleText(article_id=article_id, body=row[0], title=row[1] or "", published_at=row[2])


def find_article(target: str | None, text: str | None, data: Path) -> ArticleText:
    if text is not None:
        return ArticleText(article_id="text", body=text)
    path = Path(target)
    if path.is_file():
        return _from_file(path)
    return _from_warehouse(data, target)


def run_explain(target: str | None, text: str | None, data: Path, as_json: bool = False) -> int:
    from pipelines.extract.explain import explain_article, format_rows

    if (target is None) == (text is None):
        print("unrest explain: give a FILE or ARTICLE_ID, or --text", file=sys.stderr)
        return 2
    try:
        article = find_article(target, text, data)
    except (NotFound, OSError, duckdb.Error) as exc:
        print(f"unrest explain: {exc}", file=sys.stderr)
        return 1
    rows = explain_article(article)
    if as_json:
        sys.stdout.write(json.dumps(rows, default=str, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(format_rows(rows))
    return 0
