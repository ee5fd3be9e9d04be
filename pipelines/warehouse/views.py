"""Analysis views created by every load (see README for example queries)."""
from __future__ import annotations

VIEW_STATEMENTS: list[str] = []
