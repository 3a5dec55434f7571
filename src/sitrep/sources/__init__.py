"""Turning raw input (files, JSON Lines, HTML pages, URLs) into clean ``Document`` records.

The front door is :mod:`sitrep.sources.load`; :mod:`sitrep.sources.fetch` is the
only module that touches the network. Every refusal is an ``InputError`` or
``FetchError`` with a one-line message, so a batch can record it and go on.
"""

from __future__ import annotations

from sitrep.sources.load import (
    document_from_bytes,
    document_from_path,
    iter_documents,
    iter_jsonl,
    iter_paths,
    normalise_published,
)

__all__ = [
    "document_from_bytes",
    "document_from_path",
    "iter_documents",
    "iter_jsonl",
    "iter_paths",
    "normalise_published",
]
