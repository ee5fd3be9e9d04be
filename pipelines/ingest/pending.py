"""How many input files under the raw folder a run has still to look at: new ones, and ones whose
size or mtime differ from the manifest. The walk and the chunked manifest lookup are ingestion's
own, without reading a file; the count is an estimate for progress display (a changed file whose
content turns out the same still counts; feeds are not counted)."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from ..batched import batched
from .discover import walk
from .types import KnownInput

LOOKUP_CHUNK = 8192   # as ingestion asks the manifest


def count_pending(raw_dir: Path, known: Callable[[list[str]], Mapping[str, KnownInput]],
                  skip: tuple[Path, ...] = ()) -> int:
    pending = 0
    for chunk in batched(walk(Path(raw_dir), skip), LOOKUP_CHUNK):
        seen = known([f.uri for f in chunk])
        for found in chunk:
            if found.problem is not None or found.stat is None:
                continue
            k = seen.get(found.uri)
            pending += k is None or (k.size, k.mtime_ns) != (found.stat.st_size, found.stat.st_mtime_ns)
    return pending
