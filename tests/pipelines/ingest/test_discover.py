"""Walking raw_dir: order, hidden files, odd names, symlinks, and skipping unchanged inputs."""
import os

import pytest

from pipelines.ingest import KnownInput

from .conftest import ARTICLE, only, run


def names(rows, raw):
    return [r.source_uri.removeprefix(str(raw) + "/") for r in rows]


def test_sorted_recursive_and_hidden_skipped(raw):
    (raw / "b").mkdir()
    (raw / "a").mkdir()
    (raw / ".git").mkdir()
    for rel in ("z.txt", "b/2.txt", "b/1.txt", "a/x.txt", ".hidden.txt", ".git/HEAD.txt", "feeds.conf"):
        (raw / rel).write_text(ARTICLE)
    assert names(run(raw), raw) == ["z.txt", "a/x.txt", "b/1.txt", "b/2.txt"]


def test_feeds_config_inside_raw_is_skipped(raw):
    (raw / "sub").mkdir()
    (raw / "sub" / "my-feeds.list.txt").write_text("https://example.org/rss\n")
    (raw / "sub" / "feeds.txt").write_text(ARTICLE)          # only the top-level name is reserved
    (raw / "feeds.txt").write_text("https://example.org/other\n")
    assert names(run(raw), raw) == ["sub/feeds.txt", "sub/my-feeds.list.txt"]
    assert names(run(raw, feeds_config=raw / "sub" / "my-feeds.list.txt"), raw) == ["sub/feeds.txt"]


@pytest.mark.parametrize("name", ["with space.txt", "line\nbreak.txt", "ünïcødé — 报道.txt", "-dash.txt", "a'quote\".txt"])
def test_odd_file_names(raw, name):
    path = raw / name
    path.write_text(ARTICLE)
    row = only(raw)
    assert row.status == "pending" and row.source_uri == str(path) == row.record.source_uri


def test_symlink_outside_raw_is_not_followed(raw, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET CONTENT that must not be read")
    (raw / "link.txt").symlink_to(secret)
    (raw / "dirlink").symlink_to(tmp_path, target_is_directory=True)
    rows = run(raw)
    assert [(r.reason, r.sha256, r.record) for r in rows] == [("symlink_outside_raw", None, None)] * 2
    assert str(secret) in rows[1].detail


def test_symlinks_inside_raw(raw):
    (raw / "real").mkdir()
    (raw / "real" / "a.txt").write_text(ARTICLE)
    (raw / "alias.txt").symlink_to(raw / "real" / "a.txt")
    (raw / "loop").symlink_to(raw, target_is_directory=True)
    (raw / "broken.txt").symlink_to(raw / "missing.txt")
    rows = {n: r for n, r in zip(names(run(raw), raw), run(raw))}
    assert rows["alias.txt"].status == "pending" and rows["real/a.txt"].status == "pending"
    assert rows["loop"].reason == "not_a_file" and rows["broken.txt"].reason == "not_a_file"


def test_fifo_is_not_opened(raw):
    os.mkfifo(raw / "pipe.txt")
    assert only(raw).reason == "not_a_file"


def known_from(rows):
    return {r.source_uri: KnownInput(r.sha256, r.size, r.mtime_ns) for r in rows if r.size is not None and r.mtime_ns}


def test_unchanged_inputs_are_skipped(raw):
    (raw / "a.txt").write_text(ARTICLE)
    (raw / "b.jsonl").write_text('{"title": "T", "text": "Marchers sang."}\n')
    (raw / "c.txt").write_bytes(b"")
    first = run(raw)
    known = known_from(first)
    assert set(known) == {str(raw / n) for n in ("a.txt", "b.jsonl", "c.txt")}
    assert run(raw, known) == []

    os.utime(raw / "a.txt", ns=(1, 1))                 # touched, same bytes: the sha256 says unchanged
    assert run(raw, known) == []

    (raw / "b.jsonl").write_text('{"title": "T", "text": "Marchers sang louder."}\n')   # changed
    (raw / "d.txt").write_text(ARTICLE)                 # new
    assert names(run(raw, known), raw) == ["b.jsonl", "b.jsonl#line=1", "d.txt"]


def test_the_manifest_is_asked_one_chunk_of_the_walk_at_a_time(raw, monkeypatch):
    """A lookup function (the warehouse's manifest) instead of a mapping: the same rows, and it is
    never asked for more than LOOKUP_CHUNK URIs at once, so nothing holds the whole manifest."""
    import pipelines.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "LOOKUP_CHUNK", 3)
    for i in range(8):
        (raw / f"n{i}.txt").write_text(ARTICLE.replace("Marchers", f"Marchers {i}"))
    known = known_from(run(raw))
    (raw / "n5.txt").write_text(ARTICLE + " Changed.")
    asked = []

    def lookup(uris):
        asked.append(list(uris))
        return {u: known[u] for u in uris if u in known}

    assert names(run(raw, lookup), raw) == names(run(raw, known), raw) == ["n5.txt"]
    assert [len(a) for a in asked] == [3, 3, 2] and sum(asked, []) == sorted(known)


def test_same_size_and_mtime_is_trusted_without_reading(raw):
    path = raw / "a.txt"
    path.write_text(ARTICLE)
    st = path.stat()
    assert run(raw, {str(path): KnownInput("0" * 64, st.st_size, st.st_mtime_ns)}) == []


def test_an_input_recorded_unreadable_is_read_again_once_readable(raw):
    """The manifest row of an unreadable file has no sha256; same size and mtime then mean "not
    read yet", not "unchanged" (chmod changes no mtime)."""
    path = raw / "a.txt"
    path.write_text(ARTICLE)
    st = path.stat()
    assert names(run(raw, {str(path): KnownInput(None, st.st_size, st.st_mtime_ns)}), raw) == ["a.txt"]


def test_the_data_folder_inside_raw_is_never_walked(raw):
    from pipelines.ingest import ingest

    (raw / "a.txt").write_text(ARTICLE)
    (raw / "data" / "docs").mkdir(parents=True)
    (raw / "data" / "docs" / "index.html").write_text("<html><body><p>Validation results</p></body></html>")
    rows = list(ingest(raw, data_dir=raw / "data"))
    assert names(rows, raw) == ["a.txt"]


def test_a_feed_url_listed_twice_is_fetched_once(raw):
    from pipelines.ingest import ingest

    rows = list(ingest(raw, feed_urls=["http://10.1.2.3/feed.xml", "http://10.1.2.3/feed.xml"]))
    assert [r.source_uri for r in rows] == ["http://10.1.2.3/feed.xml"]
