"""Where the third-party development data lives: ``../shared/dev`` beside the repository.

The data is never copied into the repository; ``SITREP_SHARED`` points
elsewhere when the checkout is not beside it.
"""

from __future__ import annotations

import os
from pathlib import Path

from sitrep.errors import InputError


class DevDataMissingError(InputError):
    """A development data file is not where the evaluation expects it."""


def shared_dir() -> Path:
    """``$SITREP_SHARED``, else ``<repo>/../shared``."""
    env = os.environ.get("SITREP_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared"


def dev_path(*parts: str) -> Path:
    """A file under ``shared/dev``; raises ``DevDataMissingError`` saying where it looked."""
    path = shared_dir().joinpath("dev", *parts)
    if not path.exists():
        raise DevDataMissingError(f"development data {path} is absent: put the shared data folder beside the "
                             "repository or set SITREP_SHARED to it")
    return path


def dev_data_present() -> bool:
    return (shared_dir() / "dev").is_dir()
