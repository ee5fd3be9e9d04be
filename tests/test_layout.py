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


def test_only_settings_reads_the_environment_in_pipelines():
    """Settings reach pipelines/ as arguments (from the Dagster resource) or through pipelines/settings.py."""
    offenders = []
    for path in (ROOT / "pipelines").rglob("*.py"):
        if path.name == "settings.py" and path.parent.name == "pipelines":
            continue
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "putenv") \
                    and isinstance(node.value, ast.Name) and node.value.id == "os":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_seed_csvs_parse():
    from pipelines.seeds import SEEDS_DIR, read_csv

    csvs = sorted(SEEDS_DIR.glob("*.csv"))
    assert csvs, "seeds/ holds the rules' vocabulary"
    for path in csvs:
        assert read_csv(path.stem), f"{path.name} has no rows"


def _assets_imports() -> dict[str, set[str]]:
    """assets module -> the assets modules it imports, at module level or inside functions."""
    graph: dict[str, set[str]] = {}
    for path in (ROOT / "assets").rglob("*.py"):
        mod = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        package = mod if path.name == "__init__.py" else mod.rsplit(".", 1)[0]
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)] if node.level else []
                target = ".".join(base + ([node.module] if node.module else []))
                deps.add(target)
                deps.update(f"{target}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                deps.update(a.name for a in node.names)
        graph[mod] = deps
    return {m: {d for d in deps if d in graph and d != m} for m, deps in graph.items()}


def test_assets_have_no_import_cycle():
    graph = _assets_imports()
    state: dict[str, int] = {}

    def visit(mod: str, path: list[str]) -> None:
        state[mod] = 1
        for dep in sorted(graph[mod]):
            assert state.get(dep) != 1, "import cycle: " + " -> ".join(path + [mod, dep])
            if dep not in state:
                visit(dep, path + [mod])
        state[mod] = 2

    for mod in sorted(graph):
        if mod not in state:
            visit(mod, [])


def test_code_location_never_imports_the_command_line():
    graph = _assets_imports()
    seen, todo = set(), ["assets.definitions"]
    while todo:
        mod = todo.pop()
        if mod not in seen:
            seen.add(mod)
            todo += graph.get(mod, ())
    assert not {m for m in seen if m.startswith("assets.cli")}, "the code location imports the CLI"
