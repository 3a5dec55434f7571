"""All of sitrep's settings in one declarative table.

Each setting has one name, one environment variable and one default; the CLI,
the docs and the tests read this table rather than restating it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    env: str
    default: str
    help: str

    def value(self) -> str:
        return os.environ.get(self.env, self.default)


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("model", "SITREP_MODEL", "en_core_web_sm",
                "spaCy pipeline: en_core_web_sm (default) or en_core_web_md"),
        Setting("home", "SITREP_HOME", str(Path.home() / ".cache" / "sitrep"),
                "folder for the gazetteer index and the default database"),
        Setting("db", "SITREP_DB", "",
                "SQLAlchemy URL of the store; empty means sqlite:///<home>/sitrep.db"),
        Setting("max_bytes", "SITREP_MAX_BYTES", str(5 * 1024 * 1024),
                "largest input accepted, in bytes"),
    )
}


def get(name: str) -> str:
    return SETTINGS[name].value()


def home() -> Path:
    return Path(get("home")).expanduser()


def database_url() -> str:
    url = get("db")
    return url or f"sqlite:///{home() / 'sitrep.db'}"


def max_bytes() -> int:
    value = get("max_bytes")
    try:
        return int(value)
    except ValueError:
        raise ConfigError(
            f"SITREP_MAX_BYTES={value!r} is not a whole number of bytes: give e.g. 10000000") from None
