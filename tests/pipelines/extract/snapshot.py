"""Row snapshot of extraction on the dev set and the seed report (../shared/eval), kept as hashes only.

A restructuring of the extraction code must give the same figures, entities and mentions. The
snapshot file holds, per article, a sha256 of its rows (every field, canonical JSON) and the row
counts: no text of the third-party articles enters the repository.

    .venv/bin/python -m tests.pipelines.extract.snapshot            # compare, print the articles that differ
    .venv/bin/python -m tests.pipelines.extract.snapshot --write    # take a new snapshot (say why in the commit)
"""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
EVAL = ROOT.parent / "shared" / "eval"
SNAPSHOT = Path(__file__).with_name("snapshot.json")
SETS = ("dev", "seed")


def eval_articles():
    """ArticleText for every gold article: the .txt file as body (headline first), its published date."""
    from pipelines.extract.types import ArticleText

    out = []
    for name in SETS:
        folder = EVAL / name
        meta = {}
        if (folder / "meta.jsonl").exists():
            for line in (folder / "meta.jsonl").read_text(encoding="utf-8").splitlines():
                if line.strip():
                    m = json.loads(line)
                    meta[m["id"]] = m
        for p in sorted((folder / "articles").glob("*.txt")):
            body = p.read_text(encoding="utf-8").strip()
            published = meta.get(p.stem, {}).get("published")
            when = datetime.fromisoformat(published).replace(tzinfo=timezone.utc) if published else None
            out.append(ArticleText(article_id=f"{name}/{p.stem}", body=body, title=body.split("\n", 1)[0].strip(),
                                   published_at=when))
    return out


def _digest(rows: list[dict]) -> str:
    text = "\n".join(sorted(json.dumps(r, sort_keys=True, default=str, ensure_ascii=False) for r in rows))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def take() -> dict[str, dict]:
    from pipelines.extract import extract_articles

    snap = {}
    for ex in extract_articles(eval_articles()):
        parts = {"figures": [asdict(f) for f in ex.figures], "entities": [asdict(e) for e in ex.entities],
                 "mentions": [asdict(m) for m in ex.mentions]}
        snap[ex.article_id] = {k: {"rows": len(v), "sha256": _digest(v)} for k, v in parts.items()}
    return snap


def differences(old: dict, new: dict) -> list[str]:
    out = []
    for art in sorted(set(old) | set(new)):
        for table in ("figures", "entities", "mentions"):
            a, b = old.get(art, {}).get(table), new.get(art, {}).get(table)
            if a != b:
                out.append(f"{art} {table}: {a and a['rows']} rows -> {b and b['rows']} rows")
    return out


def main(argv: list[str]) -> int:
    snap = take()
    if "--write" in argv:
        SNAPSHOT.write_text(json.dumps(snap, indent=1, sort_keys=True) + "\n")
        print(f"wrote {SNAPSHOT} ({len(snap)} articles)")
        return 0
    diff = differences(json.loads(SNAPSHOT.read_text()), snap)
    print("\n".join(diff) or f"same rows on {len(snap)} articles")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
