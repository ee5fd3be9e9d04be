"""Fast, in-process checks of the ingest fixes the end-to-end robustness runs exposed:
- non-UTF-8 file names and lone surrogates in JSON failed the whole batch (the Parquet writer
  refuses them);
- UTF-8 text with one stray bad byte was decoded with a legacy codepage, garbling every accent;
- an entry that cannot be read (a symlink out of raw_dir, a FIFO) got a new quarantine row on
  every run instead of once."""
import json
import os

from pipelines.ingest import KnownInput, ingest
from pipelines.ingest.decode import decode_bytes
from pipelines.ingest.normalize import utf8_safe
from pipelines.parse import raw_rows
from pipelines.schemas import to_table

ARTICLE = "Crowds gather in Ostmarsh\n\nSeveral hundred people gathered in Ostmarsh on Sunday, police said.\n"


def rows_as_table(raw):
    rows = list(ingest(raw, {}))
    to_table("raw_articles", raw_rows(rows, "b1"))   # what failed: the Parquet writer's input
    return rows


def test_non_utf8_file_name_gets_a_stable_readable_uri(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    with open(os.fsencode(raw) + b"/caf\xe9 \xff.txt", "wb") as fh:
        fh.write(ARTICLE.encode())
    rows = rows_as_table(raw)
    assert [(r.status, r.source_uri) for r in rows] == [("pending", f"{raw}/caf\\xe9 \\xff.txt")]
    assert rows[0].record.source_uri == rows[0].source_uri
    known = {rows[0].source_uri: KnownInput(rows[0].sha256, rows[0].size, rows[0].mtime_ns)}
    assert list(ingest(raw, known)) == []   # recognised as unchanged on the next run


def test_lone_surrogates_in_json_are_replaced(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "s.json").write_text('{"title": "Strike \\ud800 in Vell", "text": "Police said 5 were held \\udce9.",'
                                ' "url": "https://x.example/\\ud800", "source": "\\ud83d", "other": {"k\\udfff": "\\udc00"}}')
    [row] = rows_as_table(raw)
    rec = row.record
    assert row.status == "pending"
    assert rec.url == "https://x.example/\ufffd" and rec.extra["other"] == {"k\ufffd": "\ufffd"}
    json.dumps(rec.extra, ensure_ascii=False).encode("utf-8")


def test_utf8_safe():
    assert utf8_safe("plain é 東京") == "plain é 東京"
    assert utf8_safe(os.fsdecode(b"caf\xe9")) == "caf\\xe9"
    assert utf8_safe("a\ud800b") == "a\ufffdb"


def test_mostly_utf8_with_a_stray_byte_stays_utf8():
    text = "Café owners in Saint-Aubel protested on Tuesday, the préfecture said."
    data = text.encode().replace(b"Tuesday", b"Tues\xffday")
    assert decode_bytes(data) == text.replace("Tuesday", "Tues\ufffdday")
    truncated = text.encode() + "é".encode()[:1]   # cut in the middle of a character
    assert decode_bytes(truncated) == text + "\ufffd"


def test_legacy_encodings_still_win_over_utf8_with_errors():
    ru = "Демонстранты собрались у здания администрации, сообщила полиция. Ёлка — «да»"
    fr = "Les manifestants se sont réunis près de la préfecture à Valnoir, où la sécurité était renforcée."
    assert decode_bytes(ru.encode("cp1251")) == ru
    assert decode_bytes(fr.encode("latin-1")) == fr


def test_unreadable_entries_are_reported_once(tmp_path):
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    raw.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("not for us")
    (raw / "link.txt").symlink_to(outside / "secret.txt")
    (raw / "broken.txt").symlink_to(raw / "missing.txt")
    os.mkfifo(raw / "pipe.txt")
    first = list(ingest(raw, {}))
    assert sorted(r.reason for r in first) == ["not_a_file", "not_a_file", "symlink_outside_raw"]
    assert all(r.size is not None and r.mtime_ns is not None for r in first)
    known = {r.source_uri: KnownInput(r.sha256, r.size, r.mtime_ns) for r in first}
    assert list(ingest(raw, known)) == []
    # the broken link's target appears: the link now reads as a file and is ingested
    (raw / "missing.txt").write_text(ARTICLE)
    again = {r.source_uri.rsplit("/", 1)[1]: r.status for r in ingest(raw, known)}
    assert again == {"broken.txt": "pending", "missing.txt": "pending"}


def test_files_renamed_or_swapped_during_the_walk(tmp_path):
    """The walk lists a chunk of entries before reading them: one renamed, one deleted and one
    replaced by a folder after the listing are quarantined (unreadable / not a file) without
    stopping the walk, and the renamed file is read under its new name by the next run."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt"):
        (raw / name).write_text(ARTICLE.replace("Sunday", f"Sunday ({name})"))
    walk = ingest(raw, {})
    first = [next(walk)]
    (raw / "b.txt").rename(raw / "z.txt")
    (raw / "c.txt").unlink()
    (raw / "d.txt").unlink()
    (raw / "d.txt").mkdir()
    first += list(walk)
    got = {r.source_uri.rsplit("/", 1)[1]: (r.status, r.reason) for r in first}
    assert got["a.txt"] == got["e.txt"] == ("pending", None)
    assert got["b.txt"][0] == got["c.txt"][0] == got["d.txt"][0] == "quarantined"
    assert {got["b.txt"][1], got["c.txt"][1], got["d.txt"][1]} <= {"unreadable", "not_a_file"}
    assert "z.txt" not in got
    to_table("raw_articles", raw_rows(first, "b1"))
    known = {r.source_uri: KnownInput(r.sha256, r.size, r.mtime_ns) for r in first if r.size is not None}
    again = {r.source_uri.rsplit("/", 1)[1]: r.status for r in ingest(raw, known)}
    assert again.get("z.txt") == "pending" and "a.txt" not in again
