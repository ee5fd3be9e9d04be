import pytest
from hypothesis import given, settings, strategies as st

from pipelines.ingest.normalize import normalize_text, one_line


def test_whitespace_rules():
    text = "  Title  here \r\nline\twith\t\ttabs   and  spaces   \r\n\r\n\r\n\r\n\r\nnext\n\n\n"
    assert normalize_text(text) == "Title here\nline\twith tabs and spaces\n\nnext"


def test_controls_removed_but_newlines_and_tabs_kept():
    assert normalize_text("a\x00b\x07c\x1bd\te\nf\x0cg") == "abcd\te\nfg"


def test_c1_controls_read_as_windows_1252():
    # ftfy's repair: a C1 control in text is almost always a cp1252 byte decoded as latin-1.
    assert normalize_text("Wait\x85 then") == "Wait\u2026 then"


def test_nfc():
    assert normalize_text("Sa\u0301o Paulo") == "S\u00e1o Paulo"


def test_mojibake_repaired():
    garbled = "The mayor said â€œenoughâ€\x9d as crowds reached SÃ£o Paulo"
    assert normalize_text(garbled) == "The mayor said \u201cenough\u201d as crowds reached S\u00e3o Paulo"


def test_curly_quotes_kept():
    assert normalize_text("\u201cWe stay,\u201d she said") == "\u201cWe stay,\u201d she said"


def test_one_line():
    assert one_line("  A\nheadline \t split ") == "A headline split"


# Characters that stress the normalizer: controls, combining marks, odd spaces, mojibake makers.
_tricky = st.sampled_from(list("\x00\x07\r\n\t \u00a0\u2028\u0301\u0308Ã©â€œ™\ufeff\ud800\x85é\u200b"))
texts = st.lists(st.one_of(st.characters(), _tricky, st.sampled_from(["Ã©", "â€™", "\r\n", "  ", "\n\n\n"])),
                 max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_never_raises_and_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "\r" not in once and "\x00" not in once
    assert once == once.strip()


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_idempotent_on_any_text(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_control_class_is_exactly_cc_and_cs_but_newline_and_tab():
    import sys
    import unicodedata

    from pipelines.ingest.normalize import _CONTROLS

    expected = {cp for cp in range(sys.maxunicode + 1)
                if chr(cp) not in "\n\t" and unicodedata.category(chr(cp)) in ("Cc", "Cs")}
    matched = {cp for cp in range(sys.maxunicode + 1) if _CONTROLS.fullmatch(chr(cp))}
    assert matched == expected


@pytest.mark.parametrize("raw, expected", [
    ("1\u200b000 marched", "1000 marched"),     # zero-width space inside a numeral
    ("2\u00ad000 marched", "2000 marched"),     # soft hyphen
    ("4\u200d5 were hurt", "45 were hurt"),     # zero-width joiner
    ("1,\u2060000 people", "1,000 people"),     # word joiner after a thousands separator
    ("3\ufeff.5 million", "3.5 million"),       # BOM before a decimal point
])
def test_format_characters_inside_numerals_are_removed(raw, expected):
    assert normalize_text(raw) == expected


def test_format_characters_outside_numerals_stay():
    assert normalize_text("co\u200boperate 12 \u200b13") == "co\u200boperate 12 \u200b13"


def test_the_format_class_is_exactly_unicode_cf():
    import unicodedata

    from pipelines.ingest.normalize import _CF
    assert set(_CF) == {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"}
