"""Name keys: the one form every place name is stored and looked up under.

News copy spells the same place many ways (Kharkiv / Kharkov / KHARKIV,
Mykolayiv / Mykolaiv, Sant Julià / Sant Julia, Kam'yanske /
Kam’yanske); GeoNames carries most of those spellings as alternate names,
so a key only has to erase the differences that are typography rather than
spelling: case, diacritics, apostrophe and hyphen variants, dots in
abbreviations, and runs of spaces.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_APOSTROPHES = "'’‘ʼʻ`´′"
_HYPHENS = "-‐‑‒–—―−_/"
#: Apostrophes and dots go, hyphens and punctuation become spaces: one table, so one pass over the text.
_CLEAN = str.maketrans({**dict.fromkeys(_APOSTROPHES + ".", None), **dict.fromkeys(_HYPHENS + ",()", " ")})
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
                          "ı": "i", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th"})


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The lookup key of a name: casefolded, without diacritics, apostrophes or dots.

    Hyphens and slashes become spaces so "Ivano-Frankivsk" meets "Ivano Frankivsk".
    """
    if text.isascii():
        # Most names in English copy: ASCII has nothing to decompose and casefolds as lower(),
        # and a single word of letters ("Kharkiv") has nothing to drop or split either.
        stripped = text.lower()
        if stripped.isalpha():
            return stripped
    else:
        text = text.translate(_SPECIAL)
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(stripped.translate(_CLEAN).split())


def is_latin_key(key: str) -> bool:
    """True when a key is written in the Latin alphabet (what English news uses).

    The index keeps only these: names in other scripts never occur in English
    copy and would triple the index for nothing.
    """
    return bool(key) and key.isascii() and any(ch.isalpha() for ch in key)


def strip_article(key: str) -> str:
    """"the white house" -> "white house": news writes seats and regions with and without "the"."""
    return key[4:] if key.startswith("the ") else key
