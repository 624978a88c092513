"""Expired reports are crypto-shredded with an audit trail; others are untouched."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from intake.audit import append_audit_event, verify_audit_chain
from intake.db.models import (
    AuditEvent,
    Contact,
    Message,
    Report,
    ReportStatus,
    utcnow,
)
from intake.inbound import report_text
from intake.retention import shred_expired_reports
from intake.services import Services, apply_retention
from intake.vault import KeyDestroyedError
from tests.helpers import submit_sms


async def test_expired_report_is_shredded_and_audited_once(services: Services) -> None:
    expired = await submit_sms(services, "+15075550101", "old report")
    fresh = await submit_sms(services, "+15075550102", "new report")
    async with services.session_factory() as session, session.begin():
        report = await session.get(Report, expired)
        assert report is not None
        report.expires_at = utcnow() - timedelta(days=1)
        session.add(report)

    assert await shred_expired_reports(services.session_factory, services.vault) == 1
    assert await shred_expired_reports(services.session_factory, services.vault) == 0

    async with services.session_factory() as session:
        shredded = await session.get(Report, expired)
        assert shredded is not None and shredded.status == ReportStatus.SHREDDED
        bodies = (
            await session.exec(select(Message.body_ct).where(Message.report_id == expired))
        ).all()
        assert bodies == [None]
        with pytest.raises(KeyDestroyedError):
            await services.vault.cipher_for(session, shredded.data_key_id)
        kept = await session.get(Report, fresh)
        assert kept is not None
        cipher = await services.vault.cipher_for(session, kept.data_key_id)
        assert await report_text(session, kept, cipher) == "new report"
        events = (
            await session.exec(select(AuditEvent).where(AuditEvent.action == "report.shredded"))
        ).all()
        assert [(e.object_id, e.details) for e in events] == [
            (expired, '{"reason":"retention_expired"}')
        ]
        assert await verify_audit_chain(session, services.vault.audit_chain_key) is None


async def test_tampering_with_the_audit_log_is_detected(services: Services) -> None:
    async with services.session_factory() as session, session.begin():
        for n in range(3):
            await append_audit_event(
                session,
                services.vault.audit_chain_key,
                actor="test",
                action="thing.done",
                object_type="thing",
                object_id=str(n),
                details={"n": n},
            )
    async with services.session_factory() as session:
        assert await verify_audit_chain(session, services.vault.audit_chain_key) is None
    async with services.session_factory() as session, session.begin():
        second = (await session.exec(select(AuditEvent).order_by(AuditEvent.id))).all()[1]
        second.details = '{"n":7}'
        session.add(second)
    async with services.session_factory() as session:
        assert await verify_audit_chain(session, services.vault.audit_chain_key) == second.id


async def test_idle_contact_with_only_shredded_reports_is_erased(services: Services) -> None:
    report_id = await submit_sms(services, "+15075550101", "old")
    await submit_sms(services, "+15075550102", "still active")
    long_ago = utcnow() - timedelta(days=services.settings.report_retention_days + 1)
    async with services.session_factory() as session, session.begin():
        for contact in (await session.exec(select(Contact))).all():
            contact.last_inbound_at = long_ago
            session.add(contact)
        report = await session.get(Report, report_id)
        assert report is not None
        report.expires_at = long_ago
        session.add(report)
    index = services.vault.contact_indexer.index("+15075550101")

    assert await apply_retention(services) == 2  # one report shredded, one contact erased
    assert await apply_retention(services) == 0

    async with services.session_factory() as session:
        contacts = (await session.exec(select(Contact))).all()
        erased = [c for c in contacts if c.erased_at is not None]
        assert len(erased) == 1
        assert erased[0].address_ct is None
        assert erased[0].address_index != index  # the number can no longer be matched
        with pytest.raises(KeyDestroyedError):
            await services.vault.cipher_for(session, erased[0].data_key_id)
    # The same number writing again starts afresh.
    await submit_sms(services, "+15075550101", "new start")
    async with services.session_factory() as session:
        assert len((await session.exec(select(Contact))).all()) == 3
