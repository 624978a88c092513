"""Shared fixtures: real databases (SQLite and PostgreSQL), real Redis, real keys.

Every storage test runs on both databases. PostgreSQL gets one fresh database per test run,
migrated once and truncated between tests; SQLite gets a copy of a migrated template file per
test. PostgreSQL and Redis must be reachable: `make test` starts them; a test that needs one
fails (it does not skip) when it cannot reach it.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from argon2 import profiles
from redis.asyncio import Redis
from sqlalchemy import text

from intake.crypto import IndexKey, MasterKeyRing, generate_index_key, generate_master_key
from intake.db.migrate import upgrade
from intake.db.models import ALL_TABLES
from intake.keys import KeyMaterial
from intake.services import Services, build_services
from intake.settings import Settings
from intake.web.app import create_app
from tests.conftest_twilio import (  # noqa: F401  (fixtures for the outbound Twilio tests)
    fake_twilio,
    fake_twilio_server,
    twilio_client,
    twilio_services,
)
from tests.helpers import PUBLIC_URL, TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN

POSTGRES_ADMIN_DSN = os.environ.get(
    "INTAKE_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("INTAKE_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _pg_url(dsn: str, database: str) -> str:
    base = dsn.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://", 1)
    return f"{base}/{database}"


async def _pg_admin(statement: str) -> None:
    try:
        connection = await asyncpg.connect(POSTGRES_ADMIN_DSN, timeout=5)
    except (OSError, asyncpg.PostgresError) as exc:
        pytest.fail(f"PostgreSQL unreachable at {POSTGRES_ADMIN_DSN} ({exc}); run `make services`")
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test run."""
    name = f"intake_test_{uuid.uuid4().hex[:10]}"
    asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
    url = _pg_url(POSTGRES_ADMIN_DSN, name)
    upgrade(url)
    yield url
    asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "intake.db"
    upgrade(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "intake.db"
        shutil.copyfile(template, path)
        yield f"sqlite+aiosqlite:///{path}"
        return
    url: str = request.getfixturevalue("postgres_database")
    asyncio.run(_truncate_postgres(url))
    yield url


async def _truncate_postgres(url: str) -> None:
    from intake.db.engine import make_engine

    engine = make_engine(url)
    names = ", ".join(model.__tablename__ for model in ALL_TABLES)  # type: ignore[attr-defined]
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    await engine.dispose()


@pytest.fixture
def master_keys() -> MasterKeyRing:
    return MasterKeyRing([generate_master_key()])


@pytest.fixture
def index_key() -> IndexKey:
    return generate_index_key()


@pytest.fixture
def key_material(master_keys: MasterKeyRing, index_key: IndexKey) -> KeyMaterial:
    return KeyMaterial(master_keys=master_keys, index_key=index_key)


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "environment": "test",
        "var_dir": tmp_path / "var",
        "public_url": PUBLIC_URL,
        "twilio_account_sid": TWILIO_ACCOUNT_SID,
        "twilio_auth_token": TWILIO_AUTH_TOKEN,
        "argon2_profile": "cheapest",
        "redis_url": None,
        # No provider to delete at, except in the tests with the fake Twilio.
        "delete_at_provider": False,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return make_settings(tmp_path, database_url=database_url)


@pytest.fixture
async def services(settings: Settings, key_material: KeyMaterial) -> AsyncIterator[Services]:
    built = build_services(settings, key_material)
    try:
        yield built
    finally:
        await built.aclose()


@pytest.fixture
async def client(services: Services) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(services=services)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@pytest.fixture
def cheap_argon2() -> Any:
    return profiles.CHEAPEST


@pytest.fixture
async def shared_redis() -> AsyncIterator[Redis]:
    redis = Redis.from_url(REDIS_URL)
    try:
        await redis.ping()
    except Exception as exc:  # pragma: no cover - environment problem
        pytest.fail(f"Redis unreachable at {REDIS_URL} ({exc}); run `make services`")
    await redis.flushdb()
    yield redis
    await redis.flushdb()
    await redis.aclose()


@pytest.fixture
async def redis_services(
    tmp_path: Path, database_url: str, key_material: KeyMaterial, shared_redis: Redis
) -> AsyncIterator[Services]:
    settings = make_settings(tmp_path, database_url=database_url, redis_url=REDIS_URL)
    built = build_services(settings, key_material)
    yield built
    await built.aclose()
