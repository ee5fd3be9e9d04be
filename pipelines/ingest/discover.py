"""Walk raw_dir deterministically without following links out of it.

Rules (documented here because callers see their effect in the manifest):
- entries are visited depth-first in sorted name order, so two runs list inputs identically;
- names starting with "." (hidden files and folders) are skipped, and so is the feeds config: the
  file passed as `skip` (wherever it sits), or any feeds.conf / feeds.cfg / feeds.txt at the top of raw_dir;
- a symlink whose target lies outside raw_dir is reported, never opened ("symlink_outside_raw");
- a symlink to a file inside raw_dir is read under the link's own path; a symlink to a folder is
  reported ("not_a_file") and not descended, since its files are already visited at their real path;
- anything that is not a regular file (FIFO, socket, device, broken link) is reported ("not_a_file").
"""
from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .normalize import utf8_safe

FEEDS_CONFIG_NAMES = frozenset({"feeds.conf", "feeds.cfg", "feeds.txt"})


@dataclass
class Found:
    path: Path
    uri: str                         # str(path), UTF-8-safe (see utf8_safe): the source_uri of the file's row
    stat: os.stat_result | None      # of the target, for regular files we may read
    problem: tuple[str, str] | None = None   # (reason, detail) when the entry must not be read


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _classify(path: Path, root: str) -> Found:
    uri = utf8_safe(str(path))
    if path.is_symlink():
        target = os.path.realpath(path)
        if not _inside(target, root):
            return Found(path, uri, None, ("symlink_outside_raw", f"symlink points outside raw_dir, to {utf8_safe(target)}"))
        if os.path.isdir(target):
            return Found(path, uri, None, ("not_a_file", f"symlink to the folder {utf8_safe(target)}, read at its real path"))
    try:
        st = os.stat(path)
    except OSError as exc:
        return Found(path, uri, None, ("not_a_file", f"cannot stat: {exc.strerror or exc}"))
    if not stat.S_ISREG(st.st_mode):
        return Found(path, uri, None, ("not_a_file", "not a regular file (FIFO, socket or device)"))
    return Found(path, uri, st)


def walk(raw_dir: Path, skip: Iterable[Path] = ()) -> Iterator[Found]:
    """Every candidate input under raw_dir, one at a time (nothing is read here)."""
    root = os.path.realpath(raw_dir)
    skipped = {os.path.realpath(p) for p in skip}
    stack = [Path(raw_dir)]
    while stack:
        folder = stack.pop()
        try:
            names = sorted(os.listdir(folder))
        except OSError as exc:
            yield Found(folder, utf8_safe(str(folder)), None, ("unreadable", f"cannot list folder: {exc.strerror or exc}"))
            continue
        subdirs = []
        for name in names:
            path = folder / name
            if name.startswith(".") or (folder == Path(raw_dir) and name in FEEDS_CONFIG_NAMES):
                continue
            if skipped and os.path.realpath(path) in skipped:
                continue
            if path.is_dir() and not path.is_symlink():
                subdirs.append(path)
            else:
                yield _classify(path, root)
        stack.extend(reversed(subdirs))   # files of a folder first, then its subfolders in name order
