"""The job functions. Each takes ids, runs inside the transaction that marks its outbox row
done, and is safe to run twice.

`CONTEXT_JOBS` are the exception: they call a provider, so they take the `JobContext` and
manage their own short transactions (see `intake.jobs.runner`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from intake.audit import append_audit_event
from intake.db.models import Case, Report, TriageResult, utcnow
from intake.media_jobs import FETCH_JOB, fetch_attachment
from intake.outbound import SEND_JOB, send_message
from intake.provider_cleanup import DELETE_JOB, delete_at_provider
from intake.vault import Vault

JobFunction = Callable[..., Awaitable[None]]


async def sync_case(session: AsyncSession, vault: Vault, *, report_id: str) -> None:
    """Open the report's case if it has none, and carry the latest triage priority onto it."""
    report = await session.get(Report, report_id)
    if report is None:
        return
    triaged = await session.get(TriageResult, report_id)
    priority = triaged.priority if triaged else "P4"
    case = (await session.exec(select(Case).where(Case.report_id == report_id))).first()
    if case is None:
        case = Case(report_id=report_id, priority=priority)
        session.add(case)
        await session.flush()
        await append_audit_event(
            session,
            vault.audit_chain_key,
            actor="system:jobs",
            action="case.opened",
            object_type="case",
            object_id=case.id,
            details={"report_id": report_id, "channel": report.channel, "priority": priority},
        )
    elif case.priority != priority:
        case.priority = priority
        case.updated_at = utcnow()
        session.add(case)


JOBS: dict[str, JobFunction] = {
    "sync_case": sync_case,
}


# `async def job(ctx: JobContext, **ids)`, run outside the outbox row's transaction.
CONTEXT_JOBS: dict[str, JobFunction] = {
    SEND_JOB: send_message,
    FETCH_JOB: fetch_attachment,
    DELETE_JOB: delete_at_provider,
}
