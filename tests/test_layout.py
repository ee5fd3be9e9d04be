"""The pure stages never import dagster: they must run from a notebook or a test alone."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pipelines_never_import_dagster():
    offenders = []
    for path in (ROOT / "pipelines").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0].startswith("dagster")]
    assert offenders == []


def test_seed_csvs_parse():
    from pipelines.seeds import SEEDS_DIR, read_csv

    csvs = sorted(SEEDS_DIR.glob("*.csv"))
    assert csvs, "seeds/ holds the rules' vocabulary"
    for path in csvs:
        assert read_csv(path.stem), f"{path.name} has no rows"
