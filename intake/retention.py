"""Retention: every report has an expiry; expired reports are crypto-shredded.

Shredding destroys the report's data key (every field under it becomes unreadable, in backups
too once the master key that wrapped it is retired), deletes the ciphertexts, and records an
audit event with the report id and the reason, never content. Safe to run twice.
"""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta

from sqlalchemy import delete, update
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from intake.audit import append_audit_event
from intake.db.models import (
    Attachment,
    Contact,
    Message,
    Report,
    ReportStatus,
    TriageResult,
    utcnow,
)
from intake.vault import Vault

log = logging.getLogger(__name__)


async def shred_report(
    session: AsyncSession, vault: Vault, report: Report, *, reason: str, actor: str
) -> bool:
    """Crypto-shred one report inside the caller's transaction. False if already shredded."""
    if report.status == ReportStatus.SHREDDED:
        return False
    await vault.shred(session, report.data_key_id)
    await session.exec(delete(Attachment).where(col(Attachment.report_id) == report.id))
    await session.exec(
        update(Message).where(col(Message.report_id) == report.id).values(body_ct=None)
    )
    await session.exec(
        update(TriageResult)
        .where(col(TriageResult.report_id) == report.id)
        .values(evidence_ct=None)
    )
    report.status = ReportStatus.SHREDDED
    report.code_lookup_index = None
    report.code_hash = None
    session.add(report)
    await append_audit_event(
        session,
        vault.audit_chain_key,
        actor=actor,
        action="report.shredded",
        object_type="report",
        object_id=report.id,
        details={"reason": reason},
    )
    return True


async def shred_expired_reports(
    session_factory: async_sessionmaker[AsyncSession], vault: Vault, *, batch_size: int = 100
) -> int:
    """Shred every report past its expiry, one committed batch at a time."""
    shredded = 0
    while True:
        async with session_factory() as session, session.begin():
            reports = (
                await session.exec(
                    select(Report)
                    .where(
                        col(Report.expires_at) < utcnow(),
                        Report.status != ReportStatus.SHREDDED,
                    )
                    .order_by(col(Report.expires_at))
                    .limit(batch_size)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            for report in reports:
                if await shred_report(
                    session, vault, report, reason="retention_expired", actor="system:retention"
                ):
                    shredded += 1
        if len(reports) < batch_size:
            break
    if shredded:
        log.info("retention: shredded %d expired reports", shredded)
    return shredded


async def erase_idle_contacts(
    session_factory: async_sessionmaker[AsyncSession], vault: Vault, *, idle_days: int
) -> int:
    """Forget senders silent for `idle_days` whose reports are all shredded: the address key
    is destroyed and the blind index replaced by random bytes, so the number can no longer be
    matched even by someone holding the index key."""
    cutoff = utcnow() - timedelta(days=idle_days)
    live_reports = select(Report.id).where(
        Report.contact_id == Contact.id, Report.status != ReportStatus.SHREDDED
    )
    erased = 0
    async with session_factory() as session, session.begin():
        contacts = (
            await session.exec(
                select(Contact)
                .where(
                    col(Contact.erased_at).is_(None),
                    col(Contact.last_inbound_at) < cutoff,
                    ~live_reports.exists(),
                )
                .limit(500)
                .with_for_update(skip_locked=True)
            )
        ).all()
        for contact in contacts:
            await erase_contact(
                session, vault, contact, reason="retention_idle", actor="system:retention"
            )
            erased += 1
    if erased:
        log.info("retention: erased %d idle contacts", erased)
    return erased


async def erase_contact(
    session: AsyncSession, vault: Vault, contact: Contact, *, reason: str, actor: str
) -> None:
    await vault.shred(session, contact.data_key_id)
    contact.address_ct = None
    contact.address_index = secrets.token_bytes(32)
    contact.erased_at = utcnow()
    session.add(contact)
    await append_audit_event(
        session,
        vault.audit_chain_key,
        actor=actor,
        action="contact.erased",
        object_type="contact",
        object_id=contact.id,
        details={"reason": reason},
    )
