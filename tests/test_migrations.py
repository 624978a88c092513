"""Every migration upgrades (and downgrades) on both databases, and the result matches the
table models exactly."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

from intake.db import models  # noqa: F401  (registers the tables)
from intake.db.engine import make_engine
from intake.db.migrate import downgrade, revisions_oldest_first, upgrade
from tests.conftest import POSTGRES_ADMIN_DSN, _pg_admin, _pg_url


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
        return
    name = f"intake_migr_{uuid.uuid4().hex[:10]}"
    asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
    yield _pg_url(POSTGRES_ADMIN_DSN, name)
    asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def _inspect(url: str) -> tuple[set[str], list[object], str | None]:
    engine = make_engine(url)
    async with engine.connect() as connection:

        def read(sync):  # type: ignore[no-untyped-def]
            context = MigrationContext.configure(sync, opts={"compare_type": True})
            diff = compare_metadata(context, SQLModel.metadata)
            return set(inspect(sync).get_table_names()), diff, context.get_current_revision()

        result = await connection.run_sync(read)
    await engine.dispose()
    return result


def test_each_migration_upgrades_one_step_at_a_time_and_ends_matching_the_models(
    empty_database: str,
) -> None:
    revisions = revisions_oldest_first()
    assert revisions, "no migrations found"
    for revision in revisions:
        upgrade(empty_database, revision)
        tables, _diff, current = asyncio.run(_inspect(empty_database))
        assert current == revision
    tables, diff, _current = asyncio.run(_inspect(empty_database))
    assert diff == [], f"models and migrations disagree: {diff}"
    assert set(SQLModel.metadata.tables) <= tables


def test_downgrade_to_base_removes_every_table_and_upgrade_again_works(
    empty_database: str,
) -> None:
    upgrade(empty_database)
    downgrade(empty_database, "base")
    tables, _diff, current = asyncio.run(_inspect(empty_database))
    assert current is None
    assert tables <= {"alembic_version"}
    upgrade(empty_database)
    tables, diff, _current = asyncio.run(_inspect(empty_database))
    assert diff == []


async def _execute(url: str, *statements: str) -> list[tuple[object, ...]]:
    from sqlalchemy import text

    engine = make_engine(url)
    rows: list[tuple[object, ...]] = []
    async with engine.begin() as connection:
        for statement in statements:
            result = await connection.execute(text(statement))
            if result.returns_rows:
                rows.extend(tuple(row) for row in result)
    await engine.dispose()
    return rows


def test_0003_keeps_existing_rows_with_the_strictest_defaults(empty_database: str) -> None:
    upgrade(empty_database, "0002")
    now = "'2026-11-01 10:00:00'"
    asyncio.run(
        _execute(
            empty_database,
            f"INSERT INTO data_keys (id, kid, created_at) VALUES ('k1', 'mk', {now})",
            "INSERT INTO reports (id, data_key_id, channel, status, message_count, created_at,"
            f" last_activity_at, expires_at) VALUES ('r1', 'k1', 'sms', 'open', 1, {now},"
            f" {now}, {now})",
            "INSERT INTO messages (id, report_id, direction, channel, num_media, created_at)"
            f" VALUES ('m1', 'r1', 'inbound', 'sms', 0, {now})",
        )
    )
    upgrade(empty_database, "0003")
    rows = asyncio.run(
        _execute(
            empty_database,
            "SELECT r.disclosure, m.kind FROM reports r JOIN messages m ON m.report_id = r.id",
        )
    )
    assert rows == [("anonymous", "text")]
