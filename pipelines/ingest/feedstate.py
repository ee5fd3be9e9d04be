"""Conditional GET for configured feeds: the ETag / Last-Modified each feed last answered with.

A small JSON file in the data folder (`state/feeds.json`) maps each feed URL to its validators
and the sha256 of the body they describe. They are sent (If-None-Match / If-Modified-Since) only
when the warehouse's manifest holds that same sha256 for the URL, i.e. when the body they stand
for was committed: a run that fetched a feed and then failed before its commit leaves validators
that the manifest does not match, so the next run fetches the whole feed again instead of taking
a 304 for entries it never loaded. A 304 then adds nothing, as an unchanged content hash does.

The file is only an optimization: unreadable, malformed or unwritable, it is ignored (a full GET
and the content hash decide), never a failed run."""
from __future__ import annotations

import json
import os
from pathlib import Path

from .fetch import Validators

STATE_FILE = Path("state") / "feeds.json"


class FeedState:
    def __init__(self, path: Path | None):
        self.path = path
        self._feeds: dict[str, dict] = {}
        self._changed = False
        if path is not None:
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                self._feeds = {u: v for u, v in loaded.items() if isinstance(v, dict)} if isinstance(loaded, dict) else {}
            except (OSError, ValueError):
                pass

    @classmethod
    def in_data(cls, data_dir: Path | None) -> "FeedState":
        return cls(Path(data_dir) / STATE_FILE if data_dir else None)

    def validators(self, url: str, committed_sha256: str | None) -> Validators | None:
        """The validators to send for `url`, if they describe the committed body."""
        got = self._feeds.get(url)
        if not got or committed_sha256 is None or got.get("sha256") != committed_sha256:
            return None
        v = Validators(got.get("etag") or None, got.get("last_modified") or None)
        return v if v.headers() else None

    def remember(self, url: str, validators: Validators, sha256: str) -> None:
        """Keep what the server sent with the body of `sha256` (nothing, if it sent no validator)."""
        if validators.headers():
            self._feeds[url] = {"etag": validators.etag, "last_modified": validators.last_modified, "sha256": sha256}
            self._changed = True
        elif self._feeds.pop(url, None) is not None:
            self._changed = True

    def save(self) -> None:
        """Write what `remember` changed, once per run (not once per feed)."""
        if self.path is None or not self._changed:
            return
        self._changed = False
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(self._feeds, sort_keys=True, indent=1), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
