"""Fixtures for the outbound Twilio tests: the fake Twilio server (one per test session,
reset for every test) and services whose real twilio client talks to it.

Imported by tests/conftest.py so that pytest registers the fixtures.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from sqlmodel import SQLModel

from intake.db.models import (
    Channel,
    Contact,
    Disclosure,
    JobStatus,
    MessageKind,
    OutboxJob,
    Report,
)
from intake.inbound import InboundMessage, record_inbound
from intake.jobs.runner import JobOutcome, run_outbox_job
from intake.keys import KeyMaterial
from intake.outbound import queue_outbound, send_job_ids
from intake.services import Services, build_services
from intake.settings import Settings
from intake.web.app import create_app
from tests.fake_twilio import FakeTwilio
from tests.helpers import OUR_NUMBER, TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, new_message_sid

T = TypeVar("T", bound=SQLModel)

OUR_WHATSAPP_NUMBER = "+15005550006"
TEMPLATE_SIDS = {"en": "HX" + "e" * 32, "es": "HX" + "5" * 32}


@pytest.fixture(scope="session")
def fake_twilio_server() -> Iterator[FakeTwilio]:
    server = FakeTwilio(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def fake_twilio(fake_twilio_server: FakeTwilio) -> Iterator[FakeTwilio]:
    fake_twilio_server.reset()
    yield fake_twilio_server
    fake_twilio_server.reset()


def twilio_settings(
    tmp_path: Path, database_url: str, fake: FakeTwilio, **overrides: Any
) -> Settings:
    from tests.conftest import make_settings

    values: dict[str, Any] = {
        "database_url": database_url,
        "twilio_sms_from": OUR_NUMBER,
        "twilio_whatsapp_from": OUR_WHATSAPP_NUMBER,
        "twilio_api_base": fake.base_url,
        "whatsapp_template_sids": dict(TEMPLATE_SIDS),
        "delete_at_provider": True,
        # Pacing has its own tests; here it would only slow the suite down.
        "sms_send_rate_per_s": 1000.0,
        "whatsapp_send_rate_per_s": 1000.0,
    }
    values.update(overrides)
    return make_settings(tmp_path, **values)


@pytest.fixture
async def twilio_services(
    tmp_path: Path, database_url: str, key_material: KeyMaterial, fake_twilio: FakeTwilio
) -> AsyncIterator[Services]:
    built = build_services(twilio_settings(tmp_path, database_url, fake_twilio), key_material)
    try:
        yield built
    finally:
        await built.aclose()


@pytest.fixture
async def twilio_client(twilio_services: Services) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(services=twilio_services)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


# ---------------------------------------------------------------------------- helpers


async def new_worker(
    services: Services,
    sender: str,
    *,
    channel: Channel = Channel.SMS,
    body: str = "hello",
    disclosure: Disclosure = Disclosure.CONTACT_OK,
    language: str | None = None,
) -> tuple[str, str]:
    """A worker who wrote in (through the one intake path): (report id, contact id)."""
    result = await record_inbound(
        services.session_factory,
        services.vault,
        services.assess,
        services.policy,
        InboundMessage(
            channel=channel,
            body=body,
            sender=sender,
            channel_message_id=new_message_sid(),
            language_hint=language,
        ),
    )
    assert result.contact_id is not None
    async with services.session_factory() as session, session.begin():
        report = await session.get(Report, result.report_id)
        assert report is not None
        report.disclosure = disclosure
        session.add(report)
    return result.report_id, result.contact_id


async def queue_reply(
    services: Services, report_id: str, body: str, kind: MessageKind = MessageKind.STAFF_REPLY
) -> tuple[str, list[str]]:
    """Queue an outbound message as the staff app / conversation would: (message id, jobs)."""
    async with services.session_factory() as session, session.begin():
        report = await session.get(Report, report_id)
        assert report is not None
        assert report.contact_id is not None
        contact = await session.get(Contact, report.contact_id)
        assert contact is not None
        message = await queue_outbound(
            session, services.vault, report=report, contact=contact, body=body, kind=kind
        )
        job_ids = await send_job_ids(session, [message.id])
    return message.id, job_ids


async def run_jobs(services: Services, job_ids: list[str]) -> list[JobOutcome]:
    return [await run_outbox_job(services.job_context, job_id) for job_id in job_ids]


async def load(services: Services, model: type[T], row_id: str) -> T:
    async with services.session_factory() as session:
        row = await session.get(model, row_id)
    assert row is not None
    return row


async def set_pending(services: Services, job_id: str) -> None:
    """Hand a job over again as if a sweep (or Redis) redelivered it."""
    async with services.session_factory() as session, session.begin():
        job = await session.get(OutboxJob, job_id)
        assert job is not None
        job.status = JobStatus.PENDING
        job.not_before = None
        session.add(job)
