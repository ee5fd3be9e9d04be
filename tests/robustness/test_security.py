"""Static guards over the product code (pipelines/, assets/): nothing from an input is unpickled or
evaluated, no shell is spawned, and every HTTP request goes through pipelines/ingest/fetch.py,
which enforces the scheme, private-address, timeout and size rules. The behaviour itself (hostile
text stays data, pickles are never opened, refused URLs) is tested end to end in test_inputs.py."""
from __future__ import annotations

import ast
from pathlib import Path

from pipelines.ingest import IngestLimits

from .helpers import REPO

PRODUCT = [p for d in ("pipelines", "assets") for p in sorted((REPO / d).rglob("*.py"))]
FETCH = REPO / "pipelines" / "ingest" / "fetch.py"

# module -> functions that deserialize or execute what they are given
UNSAFE_CALLS = {
    "pickle": {"load", "loads", "Unpickler"}, "cPickle": {"load", "loads"}, "dill": {"load", "loads"},
    "marshal": {"load", "loads"}, "shelve": {"open"}, "joblib": {"load"}, "cloudpickle": {"load", "loads"},
    "yaml": {"load", "unsafe_load", "full_load", "load_all", "unsafe_load_all"},
    "pandas": {"read_pickle"}, "pd": {"read_pickle"}, "os": {"system", "popen"},
}
UNSAFE_BUILTINS = {"eval", "exec", "compile"}
HTTP_MODULES = {"urllib.request", "requests", "httpx", "urllib3", "aiohttp", "http.client"}


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _problems(path: Path, root: Path = REPO) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(root)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for name in names:
                if name.split(".")[0] in {"pickle", "cPickle", "dill", "marshal", "shelve", "cloudpickle"}:
                    found.append(f"{where}:{node.lineno} imports {name}")
                if path != FETCH and (name in HTTP_MODULES or name.split(".")[0] in {"requests", "httpx", "urllib3", "aiohttp"}):
                    found.append(f"{where}:{node.lineno} makes HTTP requests outside fetch.py ({name})")
        if not isinstance(node, ast.Call):
            continue
        name = _dotted(node.func)
        head, _, attr = name.rpartition(".")
        if name in UNSAFE_BUILTINS or (name == "__import__" and not isinstance(node.args[0], ast.Constant)):
            found.append(f"{where}:{node.lineno} calls {name}()")
        if attr in UNSAFE_CALLS.get(head.split(".")[-1], ()):
            loader = {kw.arg: _dotted(kw.value) for kw in node.keywords}.get("Loader", "")
            if not (head.endswith("yaml") and attr == "load" and "SafeLoader" in loader):
                found.append(f"{where}:{node.lineno} calls {name}()")
        if name in ("trafilatura.fetch_url", "trafilatura.downloads.fetch_url"):
            found.append(f"{where}:{node.lineno} fetches with trafilatura, bypassing fetch.py")
        if any(kw.arg == "shell" and isinstance(kw.value, ast.Constant) and kw.value.value for kw in node.keywords):
            found.append(f"{where}:{node.lineno} spawns a shell")
    return found


def test_nothing_is_unpickled_evaluated_or_fetched_around_the_guard():
    assert PRODUCT and FETCH in PRODUCT
    problems = [p for path in PRODUCT for p in _problems(path)]
    assert not problems, "\n".join(problems)


def test_the_scan_catches_what_it_looks_for(tmp_path):
    bad = tmp_path / "probe.py"
    bad.write_text("import pickle, yaml, subprocess\nimport urllib.request\n"
                   "pickle.loads(b'')\nyaml.load('x')\neval('1')\nsubprocess.run('ls', shell=True)\n"
                   "yaml.load('x', Loader=yaml.SafeLoader)\n__import__('json')\n__import__(name)\n")
    problems = _problems(bad, tmp_path)
    assert len(problems) == 7, problems   # pickle import, urllib.request, loads, yaml.load, eval, shell, __import__(name)


def test_http_limits_are_finite_by_default():
    limits = IngestLimits()
    assert 0 < limits.http_timeout_s <= 60 and 0 < limits.http_max_bytes <= 50_000_000
    assert limits.allow_private_hosts is False
    assert 0 < limits.max_file_bytes and 0 < limits.max_body_chars
