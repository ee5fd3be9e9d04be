"""The one place text gets cleaned, so every format yields comparable bodies.

Order matters for idempotence: repair (ftfy) and control-character removal run before NFC,
so nothing removed afterwards can create new combining sequences; whitespace rules run last.
"""
from __future__ import annotations

import re
import unicodedata

import ftfy

# Keep curly quotes: they are what the reporter wrote, and quote offsets must match the text.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, explain=False)
_MAX_PASSES = 4
_H_SPACE = "[^\\S\\n]"   # any whitespace except the newline
_RUN = re.compile(f"{_H_SPACE}{{2,}}")   # runs of spaces/tabs/NBSPs within a line
_TRAILING = re.compile(f"{_H_SPACE}+$", re.MULTILINE)
_BLANKS = re.compile(r"\n{3,}")


# Unicode categories Cc (C0 and C1 controls) and Cs (surrogates), but the newline and the tab:
# one regex pass instead of a category lookup per character (tests check the class is exact)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


# Unicode category Cf (zero-width space and joiners, soft hyphen, bidi marks, BOM, ...), built
# from the interpreter's Unicode tables; inside a numeral they would split "1\u200b000" in two
# (Cf lives in planes 0, 1 and 14 only: scanning those is a tenth of the cost of all 17)
_CF = "".join(chr(c) for c in (*range(0x20000), *range(0xE0000, 0xE1000)) if unicodedata.category(chr(c)) == "Cf")
_CF_IN_NUMERAL = re.compile(f"(?<=\\d)[{re.escape(_CF)}]+(?=[.,]?\\d)|(?<=\\d[.,])[{re.escape(_CF)}]+(?=\\d)")


def _join_numerals(text: str) -> str:
    """Drop format characters between the digits (and digit separators) of a numeral."""
    return _CF_IN_NUMERAL.sub("", text)


def _strip_controls(text: str) -> str:
    """Drop C0/C1 controls (except \\n, \\t) and lone surrogates, which break UTF-8 writers downstream."""
    return _CONTROLS.sub("", text)


def _one_pass(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ftfy.fix_text(text, _FTFY)
    text = _join_numerals(_strip_controls(text.replace("\r", "\n")))
    text = unicodedata.normalize("NFC", text)
    text = _RUN.sub(" ", text)
    text = _TRAILING.sub("", text)
    text = _BLANKS.sub("\n\n", text)
    return text.strip()


def normalize_text(text: str) -> str:
    """Repair mojibake, NFC, tidy whitespace. Repeats until stable so the result is a fixed point."""
    for _ in range(_MAX_PASSES):
        fixed = _one_pass(text)
        if fixed == text:
            return fixed
        text = fixed
    return text


SURROGATES = re.compile("[\ud800-\udfff]")


def utf8_safe(text: str) -> str:
    """Text every UTF-8 writer accepts. A file name that is not UTF-8 on disk comes from the OS
    with surrogate escapes: it becomes readable `\\xNN` escapes, the same every run. Lone
    surrogates from JSON escapes ("\\ud800") become U+FFFD."""
    if not SURROGATES.search(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return SURROGATES.sub("\ufffd", text)


def one_line(text: str) -> str:
    """A title or outlet name: normalized, and all whitespace folded into single spaces."""
    return " ".join(normalize_text(text).split())
