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


def _classify(entry: os.DirEntry, root: str) -> Found:
    path, uri = Path(entry.path), utf8_safe(entry.path)
    if entry.is_symlink():
        target = os.path.realpath(path)
        if not _inside(target, root):
            return Found(path, uri, None, ("symlink_outside_raw", f"symlink points outside raw_dir, to {utf8_safe(target)}"))
        if os.path.isdir(target):
            return Found(path, uri, None, ("not_a_file", f"symlink to the folder {utf8_safe(target)}, read at its real path"))
    try:
        st = entry.stat()   # of the target; one system call, the only one for a plain file
    except OSError as exc:
        return Found(path, uri, None, ("not_a_file", f"cannot stat: {exc.strerror or exc}"))
    if not stat.S_ISREG(st.st_mode):
        return Found(path, uri, None, ("not_a_file", "not a regular file (FIFO, socket or device)"))
    return Found(path, uri, st)


def walk(raw_dir: Path, skip: Iterable[Path] = ()) -> Iterator[Found]:
    """Every candidate input under raw_dir, one at a time (nothing is read here).

    Every run walks every file (a changed file is only told by its size and mtime), so the walk
    costs one stat a plain file: `os.scandir` says from the folder listing which entries are
    folders or links. Paths are spelled as pathlib spells them (they are the manifest's keys)."""
    root = os.path.realpath(raw_dir)
    skipped = {os.path.realpath(p) for p in skip}
    top = str(Path(raw_dir))
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Found(Path(folder), utf8_safe(folder), None, ("unreadable", f"cannot list folder: {exc.strerror or exc}"))
            continue
        subdirs = []
        for entry in entries:
            name = entry.name
            if name.startswith(".") or (folder == top and name in FEEDS_CONFIG_NAMES):
                continue
            if skipped and os.path.realpath(entry.path) in skipped:
                continue
            try:
                real_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                real_dir = False
            if real_dir:
                subdirs.append(entry.path)
            else:
                yield _classify(entry, root)
        stack.extend(reversed(subdirs))   # files of a folder first, then its subfolders in name order
