"""Bytes to str: BOMs first, then strict UTF-8, then charset-normalizer for legacy encodings.

Binary and garbage inputs are rejected here (not later) so no reader ever sees mojibake
produced by forcing random bytes through a single-byte codepage.
"""
from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer

from .language import classify
from .types import Rejected

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy encodings news sites still serve, most common first (the order breaks exact ties).
LEGACY = (
    "cp1252", "cp1251", "cp1250", "iso8859_15", "koi8_r", "cp1253", "cp1254", "cp1256", "cp1255",
    "cp1257", "iso8859_2", "iso8859_5", "mac_cyrillic", "gb18030", "big5", "shift_jis", "euc_jp",
    "euc_kr", "latin_1",
)
# Files that are not text whatever their name says (a PDF or an archive saved as .html): named by
# their first bytes, not run through the codepage guesser.
BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "an empty ZIP archive"), (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "xz-compressed data"), (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"\x7fELF", "an ELF executable"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_MAX_CANDIDATES = 8
_TIEBREAK_CHARS = 2000
_SNIFF = 1024
_MAX_NUL_SHARE = 0.10       # text files may carry a stray NUL; binaries are full of them
_MIN_GOOD_PER_BAD = 1      # see _mostly_utf8
_MAX_ODD_SHARE = 0.05       # controls / private-use / unassigned in what we decoded


def _decode_bom(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise Rejected("undecodable", f"starts with a {codec} byte-order mark but {exc}") from None
    return None


def _looks_garbled(text: str) -> bool:
    sample = text[:5000]
    odd = sum(1 for ch in sample if ch not in "\n\r\t" and unicodedata.category(ch) in ("Cc", "Co", "Cn"))
    return bool(sample) and odd / len(sample) > _MAX_ODD_SHARE


def _decode_legacy(data: bytes) -> str:
    """charset-normalizer's plausible candidates; ties go to the one whose text reads most like a language.

    Single-byte codepages often decode the same bytes equally "cleanly" (French in cp1250 gives
    "prčs" instead of "près"), so among near-equal candidates we ask the language identifier.
    """
    matches = list(charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY)))
    if not matches:
        raise Rejected("undecodable", "not UTF-8 and no legacy encoding fits the bytes")
    least = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= least + 0.01][:_MAX_CANDIDATES]
    head = data[:_TIEBREAK_CHARS]   # enough to judge; decoding the whole file per candidate is waste

    def score(match) -> tuple[float, int]:
        prob = classify(head.decode(match.encoding, errors="ignore"))[1]
        return -prob, LEGACY.index(match.encoding) if match.encoding in LEGACY else len(LEGACY)
    return str(min(close, key=score))


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray bad bytes (a truncated character, one byte of a legacy codepage
    pasted in) stays UTF-8, each bad sequence shown as U+FFFD. A legacy codepage would turn every
    one of its good multi-byte characters into mojibake ("Café" -> "CafУЉ"). Legacy-encoded text
    almost never forms valid multi-byte UTF-8 sequences (a cp1251 or latin-1 article has hundreds
    of bad ones and next to no good ones), so "mostly" means: at least _MIN_GOOD_PER_BAD valid
    non-ASCII characters per bad sequence."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ch > "\x7f") - text.count("\ufffd")
    return text if good >= _MIN_GOOD_PER_BAD * bad else None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark (some Windows tools write it): mostly ASCII-range
    text puts a NUL in nearly every other byte, all on one side. Decoded strictly, or None."""
    head = data[:_SNIFF - _SNIFF % 2]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if not half or max(even, odd) < 0.6 * half or min(even, odd) > 0.02 * half:
        return None
    try:
        return data.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None


def binary_kind(data: bytes) -> str | None:
    """What a file of binary format is ("a PDF document"), from its first bytes, or None."""
    head = data[:16]
    return next((kind for magic, kind in BINARY_SIGNATURES if head.startswith(magic)), None)


def decode_bytes(data: bytes) -> str:
    """Decoded text, or `Rejected` with reason empty / binary / undecodable."""
    if not data.strip():
        raise Rejected("empty", "the input is empty or only whitespace")
    kind = binary_kind(data)
    if kind:   # before any decoding: charset-normalizer would spend seconds on a large one
        raise Rejected("binary", f"{kind}, not text")
    text = _decode_bom(data)
    if text is None:
        text = _utf16_without_bom(data)
    if text is None:
        head = data[:_SNIFF]
        if head.count(0) / len(head) > _MAX_NUL_SHARE:
            raise Rejected("binary", f"{head.count(0)} NUL bytes in the first {len(head)} bytes")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _mostly_utf8(data) or _decode_legacy(data)
    if _looks_garbled(text):
        raise Rejected("binary", "decoded text is mostly control or unassigned characters")
    return text
