"""WhatsApp end to end, through the signed webhook and the real twilio client talking to the
fake Twilio on loopback: a photo sent in the chat, team replies inside the 24-hour window,
a neutral template outside it (the text waits for the worker), and after a quick exit
nothing more is ever sent."""

from __future__ import annotations

import io
from datetime import timedelta

import httpx
from PIL import Image
from sqlmodel import select

from intake.conversation import prompts
from intake.db.models import Attachment, Contact, DeliveryStatus, Message, MessageKind, utcnow
from intake.i18n import translate
from intake.jobs.queue import InlineJobQueue
from intake.services import Services
from tests.conftest_twilio import load, queue_reply, run_jobs
from tests.fake_twilio import FakeTwilio
from tests.test_conversation import Phone, _report_for
from tests.test_media import jpeg_with_gps

NUMBER = "+15075550121"


async def _drain(services: Services) -> None:
    assert isinstance(services.queue, InlineJobQueue)
    await services.queue.drain()


async def _contact(services: Services) -> Contact:
    async with services.session_factory() as session:
        return (await session.exec(select(Contact))).one()


async def test_whatsapp_window_media_and_quick_exit(
    twilio_client: httpx.AsyncClient, twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    services = twilio_services
    worker = Phone(twilio_client, NUMBER, channel="whatsapp")
    for body in ("hello, I need advice about my job please", "1", "1"):
        await worker.send(body)
    photo_url = fake_twilio.register_media(jpeg_with_gps(), "image/jpeg")
    replies = await worker.send(
        "this is the room where 12 of us sleep",
        NumMedia="1",
        MediaUrl0=photo_url,
        MediaContentType0="image/jpeg",
    )
    assert replies == [translate("en", prompts.TELL_MORE)]
    await _drain(services)

    # The photo: fetched with credentials, the original kept, a stripped copy for sharing.
    async with services.session_factory() as session:
        attachment = (await session.exec(select(Attachment))).one()
    assert attachment.status == "stored"
    assert attachment.stripped_content_ct is not None
    report = await _report_for(services, NUMBER)
    async with services.session_factory() as session:
        cipher = await services.vault.cipher_for(session, report.data_key_id)
    stripped = cipher.decrypt(
        attachment.stripped_content_ct,
        table="attachments",
        column="stripped_content_ct",
        row_id=attachment.id,
    )
    with Image.open(io.BytesIO(stripped)) as image:
        assert not image.getexif()

    # Inside the window the team's reply goes out as text.
    first_id, jobs = await queue_reply(services, report.id, "We read your message. Are you safe?")
    await run_jobs(services, jobs)
    sent = fake_twilio.sent
    assert sent[-1].form["To"] == f"whatsapp:{NUMBER}"
    assert sent[-1].form["Body"] == "We read your message. Are you safe?"

    # A day later the window is closed: only the neutral template goes out; the text waits.
    async with services.session_factory() as session, session.begin():
        contact = (await session.exec(select(Contact))).one()
        contact.last_inbound_at = contact.last_inbound_at - timedelta(hours=25)  # type: ignore[operator]
        session.add(contact)
    held_id, jobs = await queue_reply(services, report.id, "Can we call you on Friday?")
    before = len(fake_twilio.sent)
    await run_jobs(services, jobs)
    template = fake_twilio.sent[before:]
    assert len(template) == 1
    assert template[0].form.get("ContentSid", "").startswith("HX")
    assert "Body" not in template[0].form
    held = await load(services, Message, held_id)
    assert held.delivery_status == DeliveryStatus.QUEUED

    # The worker answers the template: the held text is released and sent once.
    await worker.send("yes I am here")
    await _drain(services)
    bodies = [r.form.get("Body") for r in fake_twilio.sent]
    assert bodies.count("Can we call you on Friday?") == 1
    assert (await load(services, Message, held_id)).delivery_status == DeliveryStatus.SENT

    # Quick exit: one neutral confirmation in the chat, then nothing is ever sent again.
    assert await worker.send("DELETE") == [translate("en", prompts.ERASED)]
    contact = await _contact(services)
    assert contact.address_ct is None and contact.erased_at is not None
    before = len(fake_twilio.requests)
    suppressed_id, jobs = await queue_reply(services, report.id, "Hello again")
    await run_jobs(services, jobs)
    assert len(fake_twilio.requests) == before
    assert (await load(services, Message, suppressed_id)).delivery_status == (
        DeliveryStatus.SUPPRESSED
    )
    assert first_id != held_id
    async with services.session_factory() as session:
        kinds = await session.exec(select(Message.kind).where(Message.report_id == report.id))
        assert MessageKind.STAFF_REPLY in list(kinds.all())


async def test_an_mms_photo_is_fetched_and_stripped(
    twilio_client: httpx.AsyncClient, twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    worker = Phone(twilio_client, "+15075550122")
    url = fake_twilio.register_media(jpeg_with_gps(), "image/jpeg")
    await worker.send("", NumMedia="1", MediaUrl0=url, MediaContentType0="image/jpeg")
    await _drain(twilio_services)
    async with twilio_services.session_factory() as session:
        attachment = (await session.exec(select(Attachment))).one()
        message = (await session.exec(select(Message))).one()
    assert attachment.status == "stored"
    assert attachment.stripped_content_ct is not None
    assert message.num_media == 1


async def test_inbound_messages_are_deleted_at_twilio_once_stored(
    twilio_client: httpx.AsyncClient, twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    from intake.db.models import JobStatus, OutboxJob
    from intake.jobs.runner import JobOutcome, run_outbox_job
    from intake.provider_cleanup import DELETE_JOB

    worker = Phone(twilio_client, "+15075550123", channel="whatsapp")
    url = fake_twilio.register_media(jpeg_with_gps(), "image/jpeg")
    params = worker.params(
        "look at this", NumMedia="1", MediaUrl0=url, MediaContentType0="image/jpeg"
    )
    await worker.resend(params)
    await _drain(twilio_services)
    async with twilio_services.session_factory() as session:
        (job,) = (
            await session.exec(select(OutboxJob).where(OutboxJob.job_name == DELETE_JOB))
        ).all()
        (message,) = (await session.exec(select(Message))).all()
    # Not before Twilio allows it: the early hand-over left it pending.
    assert job.status == JobStatus.PENDING
    assert message.provider_sid_ct is not None
    assert params["MessageSid"] not in fake_twilio.state.deleted_messages
    assert await run_outbox_job(twilio_services.job_context, job.id) is JobOutcome.NOT_DUE

    async with twilio_services.session_factory() as session, session.begin():
        row = await session.get(OutboxJob, job.id)
        assert row is not None
        row.not_before = utcnow()
        session.add(row)
    assert await run_outbox_job(twilio_services.job_context, job.id) is JobOutcome.DONE
    assert params["MessageSid"] in fake_twilio.state.deleted_messages
    async with twilio_services.session_factory() as session:
        stored = await session.get(Message, message.id)
    assert stored is not None and stored.provider_sid_ct is None
    # Running it again is harmless and calls nothing.
    before = len(fake_twilio.state.deleted_messages)
    assert await run_outbox_job(twilio_services.job_context, job.id) is JobOutcome.SKIPPED
    assert len(fake_twilio.state.deleted_messages) == before
