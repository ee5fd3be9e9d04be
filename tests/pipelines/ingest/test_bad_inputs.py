"""Every kind of bad file becomes exactly one quarantined row with a reason and a readable detail."""
import codecs
import random

import pytest

from pipelines.ingest import IngestLimits

from .conftest import ARTICLE, only, run


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\t\n  \r\n", "empty"),
    ("only-controls.txt", b"\x07\x08\x1b", "binary"),
    ("controls-and-spaces.txt", b"\x07 " + b" " * 200, "empty"),
    ("nuls.txt", b"\x00" * 2000, "binary"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" * 100, "binary"),
    ("random.txt", random.Random(3).randbytes(4000), "undecodable"),
    ("random.json", random.Random(4).randbytes(4000), "undecodable"),
    ("empty.jsonl", b"\n\n", "empty"),
    ("empty.html", b"", "empty"),
])
def test_quarantined(raw, name, data, reason):
    (raw / name).write_bytes(data)
    row = only(raw)
    assert (row.status, row.reason) == ("quarantined", reason)
    assert row.detail and row.sha256 and row.size == len(data) and row.record is None


def test_a_few_nul_bytes_are_cleaned(raw):
    (raw / "nul.txt").write_bytes(ARTICLE.replace("rallied", "ral\x00lied").encode())
    rec = only(raw).record
    assert "rallied" in rec.body and "\x00" not in rec.body


def test_utf16_with_bom(raw):
    (raw / "u16.txt").write_bytes(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"))
    assert only(raw).record.title == "Crowds gather outside the Velmora town hall"


def test_cp1251_file(raw):
    text = "Протест в Заречье\n\nЖители вышли на площадь, требуя отставки главы района, сообщила полиция."
    (raw / "ru.txt").write_bytes(text.encode("cp1251"))
    rec = only(raw).record
    assert rec.body == text and rec.language == "ru"


def test_latin1_file(raw):
    text = "Grève à Valnoir\n\nLes employés de la préfecture ont cessé le travail mercredi, a indiqué le syndicat."
    (raw / "fr.txt").write_bytes(text.encode("latin-1"))
    rec = only(raw).record
    assert rec.body == text and rec.language == "fr"


def test_mojibake_file(raw):
    text = "Protesters in SÃ£o Tomé say â€œno moreâ€\x9d\n\nThe march went on."
    (raw / "moji.txt").write_text(text, encoding="utf-8")
    assert only(raw).record.title == "Protesters in São Tomé say \u201cno more\u201d"


def test_oversized_file_is_hashed_not_read(raw):
    (raw / "big.txt").write_text(ARTICLE * 100)
    row = only(raw, limits=IngestLimits(max_file_bytes=1_000))
    assert (row.reason, row.size) == ("oversized", len(ARTICLE) * 100) and len(row.sha256) == 64


@pytest.mark.parametrize("name,text", [
    ("long.txt", ARTICLE * 20),
    ("long.json", '{"title": "T", "text": "%s"}' % ("word " * 400)),
])
def test_too_long(raw, name, text):
    (raw / name).write_text(text)
    row = only(raw, limits=IngestLimits(max_body_chars=1_000))
    assert row.reason == "too_long" and "1,000" in row.detail


def test_one_row_per_file_whatever_happens(raw):
    """Good and bad files side by side: every one accounted for, in sorted order."""
    (raw / "b.txt").write_text(ARTICLE)
    (raw / "a.txt").write_bytes(b"")
    (raw / "c.json").write_text("{")
    rows = run(raw)
    assert [(r.source_uri.rsplit("/", 1)[1], r.status) for r in rows] == [
        ("a.txt", "quarantined"), ("b.txt", "pending"), ("c.json", "quarantined")]
