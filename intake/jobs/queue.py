"""The job-queue interface and its two implementations.

`InlineJobQueue` runs jobs as asyncio tasks in the web process (embedded default, no Redis).
`ArqJobQueue` hands job ids to arq on Redis for `intake worker`. Either way the outbox row is
the truth: `dispatch` is best effort and never raises, and `sweep` hands over whatever is
still due, so jobs recorded while Redis was down run once it is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Sequence
from typing import Any, Protocol

from redis.exceptions import RedisError
from sqlalchemy import update
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from intake.db.models import JobStatus, OutboxJob, utcnow
from intake.jobs.outbox import due_job_ids
from intake.jobs.runner import JobContext, run_outbox_job

log = logging.getLogger(__name__)

ARQ_FUNCTION_NAME = "run_outbox_job"


class JobQueue(Protocol):
    kind: str

    async def dispatch(self, job_ids: Sequence[str]) -> int:
        """Hand jobs to the queue; returns how many were handed over. Never raises."""
        ...

    async def check(self) -> bool:
        """True when the queue can accept jobs now."""
        ...

    async def aclose(self) -> None: ...


async def mark_enqueued(ctx: JobContext, job_ids: Sequence[str]) -> None:
    if not job_ids:
        return
    now = utcnow()
    session: AsyncSession
    async with ctx.session_factory() as session, session.begin():
        await session.exec(
            update(OutboxJob)
            .where(col(OutboxJob.id).in_(list(job_ids)))
            .where(col(OutboxJob.status).in_([JobStatus.PENDING, JobStatus.ENQUEUED]))
            .values(status=JobStatus.ENQUEUED, enqueued_at=now, updated_at=now)
        )


async def sweep(ctx: JobContext, queue: JobQueue, *, stale_after_s: float) -> int:
    """Dispatch every due outbox job; returns how many were handed over."""
    async with ctx.session_factory() as session:
        job_ids = await due_job_ids(session, stale_after_s=stale_after_s)
    if not job_ids:
        return 0
    handed = await queue.dispatch(job_ids)
    log.info(
        "outbox sweep: %d of %d due jobs handed to the %s queue", handed, len(job_ids), queue.kind
    )
    return handed


class InlineJobQueue:
    """Runs jobs in this process, right after the request that recorded them.

    It writes nothing on dispatch: jobs in flight are remembered in memory, and whatever a
    crash interrupts is still pending in the outbox for the next sweep.
    """

    kind = "inline"

    def __init__(self, ctx: JobContext) -> None:
        self._ctx = ctx
        self._in_flight: dict[str, asyncio.Task[None]] = {}

    async def dispatch(self, job_ids: Sequence[str]) -> int:
        handed = 0
        for job_id in job_ids:
            if job_id in self._in_flight:
                continue
            self._in_flight[job_id] = asyncio.create_task(self._run(job_id))
            handed += 1
        return handed

    async def _run(self, job_id: str) -> None:
        try:
            await run_outbox_job(self._ctx, job_id)
        except Exception:
            log.exception("job %s crashed; the sweep will retry", job_id)
        finally:
            self._in_flight.pop(job_id, None)

    async def check(self) -> bool:
        return True

    async def drain(self) -> None:
        """Wait for every job dispatched so far (tests, shutdown)."""
        while self._in_flight:
            await asyncio.gather(*list(self._in_flight.values()), return_exceptions=True)

    async def aclose(self) -> None:
        await self.drain()


def json_serializer(data: dict[str, Any]) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode()


def json_deserializer(data: bytes) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(data)
    return loaded


def arq_redis_settings(redis_url: str, timeout_s: float) -> Any:
    from arq.connections import RedisSettings

    settings = RedisSettings.from_dsn(redis_url)
    settings.conn_timeout = max(1, round(timeout_s))
    settings.conn_retries = 0
    return settings


def arq_job_id(outbox_id: str) -> str:
    # Deterministic, so a sweep and the original dispatch collapse into one arq job.
    return f"outbox:{outbox_id}"


class ArqJobQueue:
    """Hands job ids to arq on Redis. JSON, never pickle: Redis access must not mean code
    execution in the worker."""

    kind = "redis"

    def __init__(self, ctx: JobContext, redis_url: str, *, timeout_s: float = 2.0) -> None:
        self._ctx = ctx
        self._redis_url = redis_url
        self._timeout_s = timeout_s
        self._pool: Any = None
        self._lock = asyncio.Lock()

    async def _get_pool(self) -> Any:
        async with self._lock:
            if self._pool is None:
                from arq import create_pool

                self._pool = await asyncio.wait_for(
                    create_pool(
                        arq_redis_settings(self._redis_url, self._timeout_s),
                        job_serializer=json_serializer,
                        job_deserializer=json_deserializer,
                    ),
                    timeout=self._timeout_s,
                )
            return self._pool

    async def _reset_pool(self) -> None:
        async with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            with contextlib.suppress(RedisError, OSError):
                await pool.aclose()

    async def dispatch(self, job_ids: Sequence[str]) -> int:
        handed: list[str] = []
        try:
            pool = await self._get_pool()
            for job_id in job_ids:
                await asyncio.wait_for(
                    pool.enqueue_job(ARQ_FUNCTION_NAME, job_id, _job_id=arq_job_id(job_id)),
                    timeout=self._timeout_s,
                )
                handed.append(job_id)
        except (RedisError, OSError, TimeoutError) as exc:
            log.warning(
                "job queue unavailable (%s): %d jobs stay in the outbox for the next sweep",
                type(exc).__name__,
                len(job_ids) - len(handed),
            )
            await self._reset_pool()
        try:
            await mark_enqueued(self._ctx, handed)
        except Exception:
            log.exception("could not mark %d jobs enqueued", len(handed))
        return len(handed)

    async def check(self) -> bool:
        try:
            pool = await self._get_pool()
            return bool(await asyncio.wait_for(pool.ping(), timeout=self._timeout_s))
        except (RedisError, OSError, TimeoutError):
            await self._reset_pool()
            return False

    async def aclose(self) -> None:
        await self._reset_pool()
