"""Where the repository and its default raw folder are: plain paths, importable without Dagster
(the command line reads them before it needs the code location)."""
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RAW = REPO_ROOT / "seeds" / "articles"
