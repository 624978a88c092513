"""The one settings class of the service, read from `INTAKE_*` environment variables or `.env`.

Names are a public contract (see docs/operations.md). Secrets are `SecretStr` so that they never
appear in a repr, a log line or an error report. Outside development the service refuses to
start with a missing or placeholder secret and names the setting that is wrong.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# Values that people paste from examples; a secret equal to one of these is not a secret.
_PLACEHOLDER_SECRETS = frozenset(
    {
        "",
        "changeme",
        "change-me",
        "change_me",
        "secret",
        "password",
        "placeholder",
        "xxx",
        "todo",
        "your_auth_token",
        "your-auth-token",
        "dev",
        "development",
        "test",
    }
)


class Environment(StrEnum):
    DEVELOPMENT = "development"
    TEST = "test"
    PRODUCTION = "production"


class SettingsError(Exception):
    """The configuration cannot be used; the message names the setting, never its value."""

    code = "settings.invalid"


class Settings(BaseSettings):
    """Every knob of the service. Field names map to `INTAKE_<NAME>`."""

    model_config = SettingsConfigDict(
        env_prefix="INTAKE_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    environment: Environment = Environment.DEVELOPMENT
    var_dir: Path = Path("var")

    # URLs may carry passwords, so they are secrets too.
    database_url: SecretStr | None = None
    redis_url: SecretStr | None = None

    master_keys: SecretStr | None = None
    master_key_file: Path | None = None
    index_key: SecretStr | None = None
    index_key_file: Path | None = None

    public_url: str = "http://127.0.0.1:8000"
    twilio_account_sid: str = "AC00000000000000000000000000000000"
    twilio_auth_token: SecretStr = SecretStr("")
    twilio_sms_from: str | None = None
    twilio_whatsapp_from: str | None = None
    twilio_api_base: str | None = None

    # A sender's messages join their open report while it is younger than this.
    report_grouping_window_s: int = Field(default=24 * 3600, ge=60)
    # Reports (and everything under them) are shredded this long after their last activity.
    report_retention_days: int = Field(default=365, ge=1)
    max_request_body_bytes: int = Field(default=64 * 1024, ge=1024)
    outbox_sweep_interval_s: float = Field(default=30.0, gt=0)
    # An enqueued outbox row not done after this long is handed to the queue again.
    outbox_stale_after_s: float = Field(default=120.0, gt=0)
    redis_timeout_s: float = Field(default=2.0, gt=0)
    # A texting conversation ends after this much silence; the service never texts first.
    conversation_idle_s: int = Field(default=15 * 60, ge=60)
    # WhatsApp templates (neutral, pre-approved) per locale, for writing outside the 24 h
    # window: "en:HX...,es:HX...".
    whatsapp_template_sids: Annotated[dict[str, str], NoDecode] = Field(default_factory=dict)
    sms_send_rate_per_s: float = Field(default=1.0, gt=0)  # a US long code: 1 segment/s
    whatsapp_send_rate_per_s: float = Field(default=10.0, gt=0)
    max_media_bytes: int = Field(default=16 * 1024 * 1024, ge=1024)
    # Delete each inbound message at Twilio once it is stored here (Twilio refuses deletion
    # in a message's first minute, so the job waits this long first).
    delete_at_provider: bool = True
    delete_at_provider_after_s: int = Field(default=120, ge=60)
    web_reports_per_ip_per_hour: int = Field(default=10, ge=1)
    code_lookups_per_hour: int = Field(default=10, ge=1)
    # Beyond this a sender's messages are still stored but no longer answered.
    inbound_per_sender_per_hour: int = Field(default=120, ge=1)
    argon2_profile: str = "rfc_9106_low_memory"
    log_level: str = "INFO"
    default_phone_region: str = "US"

    trusted_proxy_ips: Annotated[list[str], NoDecode] = Field(default_factory=list)

    @field_validator("trusted_proxy_ips", mode="before")
    @classmethod
    def _split_csv(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("argon2_profile")
    @classmethod
    def _known_argon2_profile(cls, value: str) -> str:
        from argon2 import Parameters, profiles

        if not isinstance(getattr(profiles, value.upper(), None), Parameters):
            raise ValueError("unknown argon2 profile (see argon2.profiles)")
        return value

    @field_validator("whatsapp_template_sids", mode="before")
    @classmethod
    def _parse_templates(cls, value: object) -> object:
        if isinstance(value, str):
            pairs = (item.split(":", 1) for item in value.split(",") if item.strip())
            return {locale.strip(): sid.strip() for locale, sid in pairs}
        return value

    @field_validator("public_url")
    @classmethod
    def _strip_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @property
    def is_development(self) -> bool:
        return self.environment in (Environment.DEVELOPMENT, Environment.TEST)

    @property
    def resolved_database_url(self) -> str:
        """The async SQLAlchemy URL, defaulting to the embedded SQLite file under var_dir."""
        if self.database_url is not None and self.database_url.get_secret_value():
            return _async_database_url(self.database_url.get_secret_value())
        return f"sqlite+aiosqlite:///{(self.var_dir / 'intake.db').resolve()}"

    @property
    def resolved_redis_url(self) -> str | None:
        """The Redis URL, or None for in-process jobs."""
        if self.redis_url is None or not self.redis_url.get_secret_value():
            return None
        return self.redis_url.get_secret_value()

    @property
    def resolved_master_key_file(self) -> Path:
        return self.master_key_file or self.var_dir / "master.keys"

    @property
    def resolved_index_key_file(self) -> Path:
        return self.index_key_file or self.var_dir / "index.key"

    def check_secrets(self) -> None:
        """Refuse to run outside development with missing or placeholder secrets."""
        if self.is_development:
            return
        problems: list[str] = []
        if _is_placeholder(self.twilio_auth_token):
            problems.append("INTAKE_TWILIO_AUTH_TOKEN is missing or a placeholder")
        if self.twilio_account_sid.strip("AC0") == "":
            problems.append("INTAKE_TWILIO_ACCOUNT_SID is missing or a placeholder")
        if self.master_keys is not None and _is_placeholder(self.master_keys):
            problems.append("INTAKE_MASTER_KEYS is a placeholder")
        if self.master_keys is None and self.master_key_file is None:
            problems.append("INTAKE_MASTER_KEYS or INTAKE_MASTER_KEY_FILE must be set")
        if self.index_key is not None and _is_placeholder(self.index_key):
            problems.append("INTAKE_INDEX_KEY is a placeholder")
        if self.index_key is None and self.index_key_file is None:
            problems.append("INTAKE_INDEX_KEY or INTAKE_INDEX_KEY_FILE must be set")
        if not self.public_url.startswith("https://"):
            problems.append("INTAKE_PUBLIC_URL must be an https:// URL")
        if self.database_url is None:
            problems.append("INTAKE_DATABASE_URL must be set (PostgreSQL in production)")
        if problems:
            raise SettingsError("refusing to start: " + "; ".join(problems))


def _is_placeholder(secret: SecretStr) -> bool:
    value = secret.get_secret_value().strip()
    return value.lower() in _PLACEHOLDER_SECRETS or len(value) < 8 or set(value) <= {"x", "0"}


def _async_database_url(url: str) -> str:
    """Map plain URLs to the async drivers this service uses."""
    for plain, async_prefix in (
        ("postgresql://", "postgresql+asyncpg://"),
        ("postgres://", "postgresql+asyncpg://"),
        ("postgresql+psycopg://", "postgresql+asyncpg://"),
        ("sqlite://", "sqlite+aiosqlite://"),
    ):
        if url.startswith(plain):
            return async_prefix + url[len(plain) :]
    return url
