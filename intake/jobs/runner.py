"""Runs one outbox job by id: the same code under the in-process queue and the arq worker.

The job's effects and the row's `done` mark commit together, so a job that already ran is
skipped when delivered again (Redis redelivery, a sweep, a retry).

Jobs that call a provider (`CONTEXT_JOBS`: sending a message, fetching media) cannot run
inside that transaction: they must commit their own state before the call (so a crash is
recognised), and on SQLite the held write lock would block every other writer for the length
of an HTTP request. They get the `JobContext` and run between two short transactions; their
own state (e.g. QUEUED -> SENDING claimed atomically) makes a repeat harmless.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from intake.db.models import JobStatus, OutboxJob, utcnow
from intake.errors import IntakeError
from intake.jobs.tasks import CONTEXT_JOBS, JOBS
from intake.vault import Vault

if TYPE_CHECKING:
    from channels.base import MessageSender
    from intake.outbound import OutboundConfig

log = logging.getLogger(__name__)


class JobOutcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    RETRY = "retry"
    FAILED = "failed"
    NOT_DUE = "not_due"


@dataclass(frozen=True, slots=True)
class JobContext:
    session_factory: async_sessionmaker[AsyncSession]
    vault: Vault
    max_attempts: int = 5
    # For CONTEXT_JOBS: the channel sender and the outbound settings (None in processes
    # that never send, e.g. the CLI).
    sender: MessageSender | None = None
    outbound: OutboundConfig | None = None


async def run_outbox_job(ctx: JobContext, job_id: str) -> JobOutcome:
    try:
        staged: tuple[str, dict[str, Any]] | None = None
        async with ctx.session_factory() as session, session.begin():
            row = await session.get(OutboxJob, job_id, with_for_update=True)
            if row is None or row.status in (JobStatus.DONE, JobStatus.FAILED):
                return JobOutcome.SKIPPED
            if row.not_before is not None and row.not_before > utcnow():
                # Handed over early (queues do not know about back-off or deliberate
                # delays): back to pending, and a sweep hands it over once it is due.
                row.status = JobStatus.PENDING
                session.add(row)
                return JobOutcome.NOT_DUE
            if row.job_name in CONTEXT_JOBS:
                staged = (row.job_name, json.loads(row.args_json))
            else:
                function = JOBS.get(row.job_name)
                if function is None:
                    raise UnknownJobError(row.job_name)
                await function(session, ctx.vault, **json.loads(row.args_json))
                now = utcnow()
                row.status, row.done_at, row.updated_at = JobStatus.DONE, now, now
                row.attempts += 1
                session.add(row)
        if staged is not None:
            return await _run_context_job(ctx, job_id, *staged)
        log.info("job %s done", job_id)
        return JobOutcome.DONE
    except Exception as exc:
        return await _record_failure(ctx, job_id, _error_code(exc))


async def _run_context_job(
    ctx: JobContext, job_id: str, job_name: str, args: dict[str, Any]
) -> JobOutcome:
    """Run a provider-calling job outside any transaction, then mark its row done.
    Exceptions propagate to `run_outbox_job`, which records the failure for a retry."""
    await CONTEXT_JOBS[job_name](ctx, **args)
    async with ctx.session_factory() as session, session.begin():
        row = await session.get(OutboxJob, job_id, with_for_update=True)
        if row is None or row.status in (JobStatus.DONE, JobStatus.FAILED):
            return JobOutcome.SKIPPED
        now = utcnow()
        row.status, row.done_at, row.updated_at = JobStatus.DONE, now, now
        row.attempts += 1
        session.add(row)
    log.info("job %s done", job_id)
    return JobOutcome.DONE


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
