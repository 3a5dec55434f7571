"""Bytes to text: refusing empty, binary and oversized input, and choosing the right encoding."""

from __future__ import annotations

import codecs
import random

import pytest

from sitrep.errors import InputError
from sitrep.sources.decode import decode_bytes, human_size

WESTERN = (
    "Le préfet du Rhône a ordonné l'évacuation de trois quartiers après la crue.\n"
    "Señor García, who runs the café on the quay, said the water reached the counter.\n"
    "Ça ne s'était jamais vu, a déclaré un pompier à la presse.\n"
)
CP1252_QUOTES = "The mayor called the damage “unprecedented” — and promised repairs by the end of May.\n"
RUSSIAN = (
    "Мэр Харькова заявил в понедельник, что город восстановит подачу электричества к вечеру.\n"
    "Жители пострадавших районов получат временное жильё и горячее питание.\n"
    "Спасатели продолжают разбирать завалы, сообщили в областной администрации.\n"
)
POLISH = "Burmistrz Krakowa powiedział w poniedziałek, że miasto przywróci dostawy prądu do wieczora.\n"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty_or_blank_input_is_refused_as_empty(data: bytes) -> None:
    with pytest.raises(InputError, match=r"report\.txt is empty: give a file with article text"):
        decode_bytes(data, name="report.txt")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"plain start then a NUL\x00 byte", "NUL bytes"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 40 + b"some words", "control bytes"),
    ],
)
def test_binary_input_is_refused_with_what_it_looks_like_and_what_is_accepted(data: bytes, kind: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data, name="upload")
    message = str(err.value)
    assert kind in message
    assert "not text" in message
    assert "UTF-8" in message


def test_oversized_input_is_refused_with_size_limit_and_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_MAX_BYTES", "1000")
    with pytest.raises(InputError) as err:
        decode_bytes(b"word " * 400, name="big.txt")
    message = str(err.value)
    assert "big.txt is 2.0 KB" in message
    assert "1000 bytes limit" in message
    assert "SITREP_MAX_BYTES" in message


def test_human_size_uses_the_largest_fitting_unit() -> None:
    assert human_size(512) == "512 bytes"
    assert human_size(2048) == "2.0 KB"
    assert human_size(30 * 1024 * 1024) == "30.0 MB"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_unicode_with_or_without_bom_decodes_exactly(encoding: str) -> None:
    data = RUSSIAN.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode_bytes(data, name="x") == RUSSIAN


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_western_single_byte_text_decodes_without_mojibake(encoding: str) -> None:
    assert decode_bytes(WESTERN.encode(encoding), name="x") == WESTERN


def test_windows_1252_typographic_quotes_and_dashes_survive() -> None:
    assert decode_bytes(CP1252_QUOTES.encode("cp1252"), name="x") == CP1252_QUOTES


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_cyrillic_single_byte_text_decodes(encoding: str) -> None:
    assert decode_bytes(RUSSIAN.encode(encoding), name="x") == RUSSIAN


def test_central_european_text_is_not_forced_into_windows_1252() -> None:
    assert decode_bytes(POLISH.encode("cp1250"), name="x") == POLISH


def test_charset_hint_is_used_when_the_bytes_are_not_utf8() -> None:
    data = "Größe".encode("iso8859_15")
    assert decode_bytes(data, name="x", encoding_hint="iso-8859-15") == "Größe"


def test_wrong_charset_hint_falls_back_to_detection() -> None:
    assert decode_bytes(RUSSIAN.encode("cp1251"), name="x", encoding_hint="ascii") == RUSSIAN


def test_invalid_utf16_after_a_bom_is_refused_with_advice() -> None:
    with pytest.raises(InputError, match="re-save it as UTF-8"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8\x41", name="odd.txt")  # lone surrogate


def test_bytes_no_encoding_reads_cleanly_are_refused_with_advice() -> None:
    rng = random.Random(7)
    alphabet = [*range(0x20, 0x7F), *range(0x80, 0x100)]
    data = bytes(rng.choice(alphabet) for _ in range(800))
    with pytest.raises(InputError, match=r"cannot tell the text encoding of noise\.txt.*re-save it as UTF-8"):
        decode_bytes(data, name="noise.txt")
