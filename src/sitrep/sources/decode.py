"""Bytes to text, refusing what is not an article before any work is spent on it.

News arrives as UTF-8 mostly, but archives and wire feeds still carry
Windows-1252 and Windows-1251 files. Decoding them wrongly does not fail: it
silently yields mojibake that no later stage can repair, so the choice of
encoding is made here, once, and refused when it cannot be made with
confidence.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from sitrep import settings
from sitrep.errors import InputError

ACCEPTED = "plain text (UTF-8, UTF-16 with BOM, Latin-1, Windows-1252/1251), HTML, JSON or JSON Lines"

# Leading bytes of formats people hand over by mistake, with a name the message can use.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip file"),
    (b"BZh", "a bzip2 file"),
    (b"\xfd7zXZ\x00", "an xz file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"RIFF", "a media file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an audio file"),
    (b"fLaC", "an audio file"),
    (b"ID3", "an MP3 file"),
)

# Byte-order marks, longest first so UTF-32 is not mistaken for UTF-16.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# When several single-byte encodings read the bytes equally well, the one
# news text most likely used wins: charset_normalizer alone picks cp1250 for
# plain Western text, turning "señor" into "seńor".
PREFERRED = ("cp1252", "iso8859_1", "cp1251", "koi8_r", "iso8859_15", "cp1250", "iso8859_2", "mac_roman")

# Punctuation that a right decoding of news text produces from high bytes.
TYPOGRAPHY = frozenset("“”‘’„«»–—…•·°€£¥§©®™ ")

SNIFF = 8192
MAX_CONTROL_SHARE = 0.05


def human_size(n: int) -> str:
    """Sizes in messages: ``31457280`` is easier to act on as ``30.0 MB``."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def check_size(size: int, *, name: str, limit: int | None = None) -> None:
    """Refuse an input over the limit, naming the setting that raises it."""
    limit = settings.max_bytes() if limit is None else limit
    if size > limit:
        raise InputError(
            f"{name} is {human_size(size)}, over the {human_size(limit)} limit: "
            f"split it, or raise the limit with SITREP_MAX_BYTES={size}"
        )


def binary_kind(data: bytes) -> str | None:
    """What a binary input looks like (``"a PNG image"``), or None when it may be text."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    if any(data.startswith(bom) for bom, _ in BOMS):
        return None  # UTF-16/32 text legitimately holds NUL bytes
    head = data[:SNIFF]
    if b"\x00" in head:
        return "binary data (it holds NUL bytes)"
    control = sum(1 for b in head if b < 0x20 and b not in b"\t\n\r\f\v\x1b")
    if head and control / len(head) > MAX_CONTROL_SHARE:
        return "binary data (it holds many control bytes)"
    return None


def decode_bytes(data: bytes, *, name: str, encoding_hint: str | None = None) -> str:
    """Decode an article's bytes, or raise an ``InputError`` saying why it is not one.

    Order: size, emptiness, binary sniffing, byte-order mark, strict UTF-8,
    the caller's hint (an HTTP or HTML charset), then statistical detection.
    The BOM is dropped; nothing else is changed, so ``--no-clean`` offsets
    still point into the input as its author wrote it.
    """
    check_size(len(data), name=name)
    if not data.strip():
        raise InputError(f"{name} is empty: give a file with article text")
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(f"{name} looks like {kind}, not text: give {ACCEPTED}")
    text = _decode(data, name=name, encoding_hint=encoding_hint)
    if not text.strip():
        raise InputError(f"{name} is empty: give a file with article text")
    return text


def _decode(data: bytes, *, name: str, encoding_hint: str | None) -> str:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(
                    f"{name} starts with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()} (byte {err.start}): re-save it as UTF-8"
                ) from None
            return text.removeprefix("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if encoding_hint and _known(encoding_hint) and _known(encoding_hint) != "utf-8":
        try:
            return data.decode(encoding_hint)
        except UnicodeDecodeError:
            pass  # a wrong header or meta tag is common; fall through to detection
    return _detect(data, name=name)


def _known(encoding: str) -> str | None:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def _detect(data: bytes, *, name: str) -> str:
    """Detect a single-byte encoding, preferring the readings news text produces."""
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(
            f"cannot tell the text encoding of {name} (it is not UTF-8 and no other encoding "
            f"reads it cleanly): re-save it as UTF-8"
        )
    candidates: list[str] = []
    for match in matches:
        if match.chaos > best.chaos + 0.01:
            continue
        for encoding in (match.encoding, *match.could_be_from_charset):
            if encoding not in candidates:
                candidates.append(encoding)
    rank = {enc: i for i, enc in enumerate(PREFERRED)}
    candidates.sort(key=lambda enc: rank.get(enc, len(PREFERRED)))
    readings: list[tuple[int, int, int, str]] = []
    for order, encoding in enumerate(candidates):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        good, bad = _plausibility(text)
        readings.append((good - bad, -order, bad - good, text))
    if not readings:
        return str(best)
    _, _, deficit, text = max(readings)
    if deficit > 2:
        raise InputError(
            f"cannot tell the text encoding of {name} with confidence (every reading gives "
            f"stray symbols): re-save it as UTF-8"
        )
    return text


def _plausibility(text: str) -> tuple[int, int]:
    """How much a decoding looks like prose, as (good, bad) counts of non-ASCII characters.

    Letters inside words and typographic punctuation are good; stray symbols
    and control characters are bad. Only non-ASCII characters differ between
    candidate readings, so only they are counted.
    """
    good = bad = 0
    for i, ch in enumerate(text):
        if ord(ch) < 128:
            continue
        in_word = ch.isalpha() and (
            (i > 0 and text[i - 1].isalpha()) or (i + 1 < len(text) and text[i + 1].isalpha())
        )
        if ch in TYPOGRAPHY or in_word:
            good += 1
        elif unicodedata.category(ch).startswith("C"):
            bad += 3
        else:
            bad += 1
    return good, bad
