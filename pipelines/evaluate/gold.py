"""Reading a gold folder and turning its articles into pipeline inputs.

    GOLD_DIR/articles/<id>.txt   headline, blank line, body
    GOLD_DIR/gold.jsonl          one annotation object per article: {"id": "<id>", "figures": [...], ...}
    GOLD_DIR/meta.jsonl          optional: {"id", "published" (YYYY-MM-DD), "outlet", "url"} per article

Article ids are the .txt files' own names; nothing read from a JSON line ever becomes a path.
"""
from __future__ import annotations

import json
from pathlib import Path

CATEGORIES = ("killed", "injured", "hospitalized", "arrested", "missing", "protesters", "deployed")
BOUNDS = ("exact", "at_least", "at_most", "approx")


class GoldError(ValueError):
    """The gold folder does not follow the format; the message says where."""


def _jsonl(path: Path) -> list[tuple[int, dict]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path.name} line {n}: not JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
            raise GoldError(f"{path.name} line {n}: expected an object with a string \"id\"")
        out.append((n, obj))
    return out


def _check_figure(where: str, fig: object) -> None:
    if not isinstance(fig, dict):
        raise GoldError(f"{where}: a figure must be an object")
    if fig.get("category") not in CATEGORIES:
        raise GoldError(f"{where}: category {fig.get('category')!r} is not one of {', '.join(CATEGORIES)}")
    value = fig.get("value")
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise GoldError(f"{where}: value {value!r} is not a non-negative integer")
    if fig.get("bound", "exact") not in BOUNDS:
        raise GoldError(f"{where}: bound {fig.get('bound')!r} is not one of {', '.join(BOUNDS)}")


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """id -> annotation, checked: every id has its article, figures have a known category, an
    integer value and a known bound; an id annotated twice is an error."""
    gold_dir = Path(gold_dir)
    path, articles = gold_dir / "gold.jsonl", gold_dir / "articles"
    if not path.is_file() or not articles.is_dir():
        raise GoldError(f"{gold_dir} needs gold.jsonl and an articles/ folder of <id>.txt files")
    have = {p.stem for p in articles.glob("*.txt")}
    gold: dict[str, dict] = {}
    for n, obj in _jsonl(path):
        gid = obj["id"]
        if gid in gold:
            raise GoldError(f"gold.jsonl line {n}: id {gid!r} is annotated twice")
        if gid not in have:
            raise GoldError(f"gold.jsonl line {n}: no articles/{gid}.txt for id {gid!r}")
        figures = obj.get("figures", [])
        if not isinstance(figures, list):
            raise GoldError(f"gold.jsonl line {n}: \"figures\" must be a list")
        for i, fig in enumerate(figures, start=1):
            _check_figure(f"gold.jsonl line {n} ({gid}) figure {i}", fig)
        gold[gid] = obj
    return gold


def load_meta(gold_dir: Path) -> dict[str, dict]:
    path = Path(gold_dir) / "meta.jsonl"
    return {obj["id"]: obj for _, obj in _jsonl(path)} if path.is_file() else {}


def write_inputs(gold_dir: Path, out_dir: Path) -> list[Path]:
    """One JSON input per annotated article (<id>.json: title, text, and the published date,
    outlet and url from meta.jsonl), so the pipeline resolves "on Tuesday" as the annotator did."""
    gold_dir, out_dir = Path(gold_dir), Path(out_dir)
    ids, meta = set(load_gold(gold_dir)), load_meta(gold_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for src in sorted((gold_dir / "articles").glob("*.txt")):
        if src.stem not in ids:
            continue
        title, _, body = src.read_text(encoding="utf-8").partition("\n")
        m = meta.get(src.stem, {})
        record = {"title": title.strip(), "text": body.strip("\n"), "url": m.get("url"), "outlet": m.get("outlet")}
        if m.get("published"):
            record["published"] = m["published"]
        target = out_dir / f"{src.stem}.json"
        text = json.dumps(record, ensure_ascii=False)
        if not target.exists() or target.read_text(encoding="utf-8") != text:  # unchanged inputs stay unchanged
            target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
