"""The Dagster instance for a data folder: the repository's dagster.yaml with its `data/`
paths re-rooted under the chosen folder, so `unrest run --data DIR` and the UI share it."""
from __future__ import annotations

from pathlib import Path

import yaml

from ..paths import REPO_ROOT

_PATH_KEYS = (("storage", "sqlite", "base_dir"), ("local_artifact_storage", "config", "base_dir"),
              ("compute_logs", "config", "base_dir"))


def render_instance_yaml(data_dir: Path) -> Path:
    """Write DIR/dagster/dagster.yaml from the template and return the instance home."""
    config = yaml.safe_load((REPO_ROOT / "dagster.yaml").read_text())
    for keys in _PATH_KEYS:
        node = config
        for k in keys[:-1]:
            node = node.get(k, {})
        rel = Path(node.get(keys[-1], "data/dagster"))
        node[keys[-1]] = str(data_dir.joinpath(*rel.parts[1:]) if rel.parts and rel.parts[0] == "data" else data_dir / rel)
    home = data_dir / "dagster"
    home.mkdir(parents=True, exist_ok=True)
    target = home / "dagster.yaml"
    text = "# rendered by `unrest` from the repository's dagster.yaml; edit that file instead\n" + yaml.safe_dump(config, sort_keys=False)
    if not target.exists() or target.read_text() != text:
        target.write_text(text)
    return home


def instance_for(data_dir: Path):
    from dagster import DagsterInstance

    return DagsterInstance.from_config(str(render_instance_yaml(data_dir)))
