import codecs
import random

import pytest

from pipelines.ingest.decode import decode_bytes
from pipelines.ingest.types import Rejected

CYRILLIC = "Демонстранты собрались у здания администрации, сообщила полиция."
FRENCH = "Les manifestants se sont réunis près de la préfecture à Valnoir, où la sécurité était renforcée."


def reason(data: bytes) -> str:
    with pytest.raises(Rejected) as info:
        decode_bytes(data)
    return info.value.reason


def test_utf8_passes_through():
    assert decode_bytes("Grève à Lyon — “calme”".encode()) == "Grève à Lyon — “calme”"


@pytest.mark.parametrize("codec,bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                       ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-8", codecs.BOM_UTF8)])
def test_byte_order_marks(codec, bom):
    assert decode_bytes(bom + CYRILLIC.encode(codec)) == CYRILLIC


def test_cp1251_cyrillic():
    assert decode_bytes(CYRILLIC.encode("cp1251")) == CYRILLIC


def test_latin1_accents():
    assert decode_bytes(FRENCH.encode("latin-1")) == FRENCH


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty(data):
    assert reason(data) == "empty"


def test_nul_heavy_is_binary():
    assert reason(b"PK\x03\x04" + b"\x00\x01\x02\x00" * 300) == "binary"


def test_random_bytes_rejected():
    rng = random.Random(7)
    for _ in range(5):
        data = bytes(rng.randrange(256) for _ in range(3000))
        assert reason(data) in ("binary", "undecodable")


def test_a_stray_nul_is_not_binary():
    text = decode_bytes(b"Police blocked the bridge\x00 at dawn. " * 20)
    assert text.startswith("Police blocked the bridge\x00")   # removed later, by the normalizer
