"""Fast extraction loop without Dagster: extract ../shared/eval/dev (or any folder of .txt articles)
straight into a scratch DuckDB with the public table shapes, then score it.

    .venv/bin/python scripts/dev_eval.py [ARTICLES_DIR] [--db /tmp/dev_eval.duckdb] [--verbose]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.extract import extract_articles  # noqa: E402
from pipelines.extract.types import ArticleText  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", nargs="?", default=str(ROOT.parent / "shared/eval/dev/articles"))
    ap.add_argument("--db", default="/tmp/dev_eval.duckdb")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    paths = sorted(Path(a.articles).glob("*.txt"))
    arts = []
    for p in paths:
        text = p.read_text(encoding="utf-8").strip()
        title = text.split("\n", 1)[0].strip()
        arts.append(ArticleText(article_id=p.stem, body=text, title=title))
    Path(a.db).unlink(missing_ok=True)
    con = duckdb.connect(a.db)
    con.execute("create table articles(article_id varchar, source_uri varchar)")
    con.execute("create table figures(article_id varchar, category varchar, value bigint, bound varchar, who varchar, quote varchar)")
    con.execute("create table entities(entity_id varchar, entity_type varchar, canonical_name varchar, country_code varchar, location_kind varchar)")
    con.execute("create table entity_mentions(article_id varchar, entity_id varchar, mention_text varchar)")
    seen = set()
    for p, ex in zip(paths, extract_articles(arts)):
        con.execute("insert into articles values (?, ?)", [ex.article_id, str(p)])
        for f in ex.figures:
            con.execute("insert into figures values (?,?,?,?,?,?)", [ex.article_id, f.category, f.value, f.bound, f.who, f.quote])
        for e in ex.entities:
            if e.entity_id not in seen:
                seen.add(e.entity_id)
                con.execute("insert into entities values (?,?,?,?,?)", [e.entity_id, e.entity_type, e.canonical_name, e.country_code, e.location_kind])
        for m in ex.mentions:
            con.execute("insert into entity_mentions values (?,?,?)", [ex.article_id, m.entity_id, m.mention_text])
    con.close()
    gold = Path(a.articles).parent
    cmd = [sys.executable, str(ROOT.parent / "shared/eval/score.py"), str(gold), a.db] + (["--verbose"] if a.verbose else [])
    subprocess.run(cmd, check=False)


if __name__ == "__main__":
    main()
