"""The transactional outbox: jobs are rows written in the same transaction as their data.

The queue (in-process or arq) is only a delivery mechanism; this table is the truth. A job's
arguments are ids, never text or phone numbers, and its dedupe key makes recording it twice
a no-op.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import timedelta

from sqlmodel import and_, col, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession

from intake.db.models import JobStatus, OutboxJob, utcnow

JobArgs = Mapping[str, str | int | bool | None]


async def record_job(
    session: AsyncSession, job_name: str, args: JobArgs, *, dedupe_key: str
) -> OutboxJob | None:
    """Add a job unless one with the same dedupe key exists. Returns the new row or None."""
    existing = (
        await session.exec(select(OutboxJob.id).where(OutboxJob.dedupe_key == dedupe_key))
    ).first()
    if existing is not None:
        return None
    job = new_job(job_name, args, dedupe_key=dedupe_key)
    session.add(job)
    return job


def new_job(job_name: str, args: JobArgs, *, dedupe_key: str) -> OutboxJob:
    """A job row for a dedupe key the caller knows to be new."""
    return OutboxJob(
        job_name=job_name,
        args_json=json.dumps(dict(args), sort_keys=True),
        dedupe_key=dedupe_key,
    )


async def due_job_ids(
    session: AsyncSession, *, stale_after_s: float, limit: int = 500
) -> list[str]:
    """Pending jobs whose back-off has passed, plus enqueued ones that nobody finished in time
    (lost with Redis, or a crashed worker)."""
    now = utcnow()
    stale_before = now - timedelta(seconds=stale_after_s)
    rows = await session.exec(
        select(OutboxJob.id)
        .where(
            or_(
                and_(
                    col(OutboxJob.status) == JobStatus.PENDING,
                    or_(col(OutboxJob.not_before).is_(None), col(OutboxJob.not_before) <= now),
                ),
                and_(
                    col(OutboxJob.status) == JobStatus.ENQUEUED,
                    col(OutboxJob.enqueued_at) < stale_before,
                ),
            )
        )
        .order_by(col(OutboxJob.created_at))
        .limit(limit)
    )
    return list(rows.all())
