"""Errors a user can act on.

Every error sitrep raises on purpose is a ``SitrepError`` whose message is one
line saying what was wrong and what to do. The CLI prints that line and exits
non-zero; batch commands record it against the item and go on. Anything else
reaching the top is a bug.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base of all errors meant for the user; ``str(err)`` is the whole message."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class InputError(SitrepError):
    """The input cannot be read as an article (empty, binary, too big, undecodable, no text)."""

    exit_code = 2


class FetchError(SitrepError):
    """A URL could not be fetched."""

    exit_code = 3


class StoreError(SitrepError):
    """The database could not be opened, migrated or written."""

    exit_code = 4


class ConfigError(SitrepError):
    """A setting or model name is not usable."""

    exit_code = 5
