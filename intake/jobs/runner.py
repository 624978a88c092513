"""Runs one outbox job by id: the same code under the in-process queue and the arq worker.

The job's effects and the row's `done` mark commit together, so a job that already ran is
skipped when delivered again (Redis redelivery, a sweep, a retry).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from intake.db.models import JobStatus, OutboxJob, utcnow
from intake.errors import IntakeError
from intake.jobs.tasks import JOBS
from intake.vault import Vault

log = logging.getLogger(__name__)


class JobOutcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    RETRY = "retry"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class JobContext:
    session_factory: async_sessionmaker[AsyncSession]
    vault: Vault
    max_attempts: int = 5


async def run_outbox_job(ctx: JobContext, job_id: str) -> JobOutcome:
    try:
        async with ctx.session_factory() as session, session.begin():
            row = await session.get(OutboxJob, job_id, with_for_update=True)
            if row is None or row.status in (JobStatus.DONE, JobStatus.FAILED):
                return JobOutcome.SKIPPED
            function = JOBS.get(row.job_name)
            if function is None:
                raise UnknownJobError(row.job_name)
            await function(session, ctx.vault, **json.loads(row.args_json))
            now = utcnow()
            row.status, row.done_at, row.updated_at = JobStatus.DONE, now, now
            row.attempts += 1
            session.add(row)
        log.info("job %s done", job_id)
        return JobOutcome.DONE
    except Exception as exc:
        return await _record_failure(ctx, job_id, _error_code(exc))


def retry_delay_s(attempts: int) -> float:
    """Exponential back-off: 30 s, 1 min, 2 min, ... capped at one hour."""
    return float(min(3600, 15 * 2**attempts))


class UnknownJobError(IntakeError):
    code = "job.unknown"


def _error_code(exc: BaseException) -> str:
    # Only codes and class names: an exception message may quote data.
    if isinstance(exc, IntakeError):
        return exc.code
    return f"exception.{type(exc).__name__}"


async def _record_failure(ctx: JobContext, job_id: str, error_code: str) -> JobOutcome:
    async with ctx.session_factory() as session, session.begin():
        row = await session.get(OutboxJob, job_id, with_for_update=True)
        if row is None:
            return JobOutcome.SKIPPED
        now = utcnow()
        row.attempts += 1
        row.last_error_code = error_code
        row.updated_at = now
        gave_up = row.attempts >= ctx.max_attempts or error_code == UnknownJobError.code
        row.status = JobStatus.FAILED if gave_up else JobStatus.PENDING
        row.not_before = None if gave_up else now + timedelta(seconds=retry_delay_s(row.attempts))
        session.add(row)
        attempts, job_name = row.attempts, row.job_name
    log.warning(
        "job %s (%s) failed with %s on attempt %d%s",
        job_id,
        job_name,
        error_code,
        attempts,
        "; giving up" if gave_up else "",
    )
    return JobOutcome.FAILED if gave_up else JobOutcome.RETRY
