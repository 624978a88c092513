"""Where the service's key material comes from: settings, key files, or (embedded default,
development only) files generated on first start under `./var/` with mode 0600.

Master keys wrap data keys; the index key feeds the blind indexes. Both live outside the
database, so a copy of the database alone reads nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from intake.crypto import (
    IndexKey,
    MasterKeyRing,
    add_master_key_to_file,
    format_index_key,
    generate_index_key,
    load_index_key_file,
    load_master_key_file,
    parse_index_key,
    parse_master_keys,
    write_key_file_atomic,
)
from intake.settings import Settings, SettingsError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, repr=False)
class KeyMaterial:
    master_keys: MasterKeyRing
    index_key: IndexKey

    def __repr__(self) -> str:
        return f"KeyMaterial(kids={list(self.master_keys.kids)!r})"


def load_key_material(settings: Settings, *, create_missing: bool | None = None) -> KeyMaterial:
    """Load both keys; in development, generate missing key files instead of failing."""
    if create_missing is None:
        create_missing = settings.is_development
    return KeyMaterial(
        master_keys=_load_master_keys(settings, create_missing=create_missing),
        index_key=_load_index_key(settings, create_missing=create_missing),
    )


def _load_master_keys(settings: Settings, *, create_missing: bool) -> MasterKeyRing:
    if settings.master_keys is not None:
        return parse_master_keys(settings.master_keys.get_secret_value())
    path = settings.resolved_master_key_file
    if not path.exists():
        if not create_missing:
            raise SettingsError(f"master key file not found: {path} (run `intake keys generate`)")
        _ensure_private_dir(path.parent)
        key = add_master_key_to_file(path)
        log.warning("generated a new master key %s into %s (mode 0600)", key.kid, path)
    return load_master_key_file(path)


def _load_index_key(settings: Settings, *, create_missing: bool) -> IndexKey:
    if settings.index_key is not None:
        return parse_index_key(settings.index_key.get_secret_value())
    path = settings.resolved_index_key_file
    if not path.exists():
        if not create_missing:
            raise SettingsError(f"index key file not found: {path}")
        _ensure_private_dir(path.parent)
        write_key_file_atomic(path, format_index_key(generate_index_key()))
        log.warning("generated a new blind-index key into %s (mode 0600)", path)
    return load_index_key_file(path)


def _ensure_private_dir(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
