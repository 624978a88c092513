"""Settings refuse placeholder secrets outside development; the embedded default generates its
keys into ./var with mode 0600 and says so without printing them."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from intake.keys import load_key_material
from intake.settings import Settings, SettingsError


def _production(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "environment": "production",
        "var_dir": tmp_path,
        "database_url": "postgresql://intake@db.internal/intake",
        "public_url": "https://intake.example.org",
        "twilio_account_sid": "AC" + "3e" * 16,
        "twilio_auth_token": "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        "master_key_file": tmp_path / "master.keys",
        "index_key_file": tmp_path / "index.key",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


def test_complete_production_settings_pass(tmp_path: Path) -> None:
    _production(tmp_path).check_secrets()


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({"twilio_auth_token": "changeme"}, "INTAKE_TWILIO_AUTH_TOKEN"),
        ({"twilio_auth_token": ""}, "INTAKE_TWILIO_AUTH_TOKEN"),
        ({"twilio_account_sid": "AC" + "0" * 32}, "INTAKE_TWILIO_ACCOUNT_SID"),
        ({"master_key_file": None}, "INTAKE_MASTER_KEYS"),
        ({"master_keys": "changeme"}, "INTAKE_MASTER_KEYS"),
        ({"index_key_file": None}, "INTAKE_INDEX_KEY"),
        ({"public_url": "http://intake.example.org"}, "INTAKE_PUBLIC_URL"),
        ({"database_url": None}, "INTAKE_DATABASE_URL"),
    ],
)
def test_production_refuses_missing_or_placeholder_secrets_and_names_them(
    tmp_path: Path, overrides: dict[str, object], named: str
) -> None:
    with pytest.raises(SettingsError) as raised:
        _production(tmp_path, **overrides).check_secrets()
    assert named in str(raised.value)
    assert "9f8e7d6c5b4a39281706f5e4d3c2b1a0" not in str(raised.value)


def test_secrets_do_not_show_in_repr(tmp_path: Path) -> None:
    settings = _production(tmp_path)
    assert "9f8e7d6c5b4a39281706f5e4d3c2b1a0" not in repr(settings)


def test_production_does_not_generate_missing_key_files(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="master key file not found"):
        load_key_material(_production(tmp_path))
    assert not (tmp_path / "master.keys").exists()


def test_development_generates_private_key_files_and_logs_without_the_key(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(_env_file=None, environment="development", var_dir=tmp_path / "var")  # type: ignore[call-arg]
    with caplog.at_level(logging.INFO):
        keys = load_key_material(settings)
    master_file = tmp_path / "var" / "master.keys"
    index_file = tmp_path / "var" / "index.key"
    for path in (master_file, index_file):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "var").stat().st_mode) == 0o700
    messages = " ".join(record.getMessage() for record in caplog.records)
    assert "generated a new master key" in messages
    assert "blind-index key" in messages
    secret_text = master_file.read_text() + index_file.read_text()
    secret_lines = [
        line.split(":", 1)[-1].strip()
        for line in secret_text.splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert secret_lines
    for secret in secret_lines:
        assert secret not in messages
    # Second start loads the same keys rather than generating new ones.
    again = load_key_material(settings)
    assert again.master_keys.current.kid == keys.master_keys.current.kid
    assert again.index_key.derive("audit-chain") == keys.index_key.derive("audit-chain")


def test_plain_database_urls_are_mapped_to_async_drivers() -> None:
    settings = Settings(_env_file=None, database_url="postgresql://u@h/db")  # type: ignore[call-arg]
    assert settings.resolved_database_url == "postgresql+asyncpg://u@h/db"
