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
from intake.jobs.runner import JobContext, JobOutcome, run_outbox_job

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
    """Runs jobs in this process, right after the request that recorded them."""

    kind = "inline"

    def __init__(self, ctx: JobContext, *, retry_delay_s: float = 5.0) -> None:
        self._ctx = ctx
        self._retry_delay_s = retry_delay_s
        self._tasks: set[asyncio.Task[None]] = set()

    async def dispatch(self, job_ids: Sequence[str]) -> int:
        try:
            await mark_enqueued(self._ctx, job_ids)
        except Exception:
            log.exception("could not mark %d jobs enqueued; the sweep will retry", len(job_ids))
            return 0
        for job_id in job_ids:
            task = asyncio.create_task(self._run(job_id))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return len(job_ids)

    async def _run(self, job_id: str) -> None:
        try:
            outcome = await run_outbox_job(self._ctx, job_id)
        except Exception:
            log.exception("job %s crashed; the sweep will retry", job_id)
            return
        if outcome is JobOutcome.RETRY:
            # Back off; the row is pending again, so a sweep would also pick it up.
            await asyncio.sleep(self._retry_delay_s)
            await run_outbox_job(self._ctx, job_id)

    async def check(self) -> bool:
        return True

    async def drain(self) -> None:
        """Wait for every job dispatched so far (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

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
