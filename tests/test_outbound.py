"""Outbound messages through the real twilio client to a fake Twilio on loopback, on SQLite and
PostgreSQL: sent exactly once, never to someone who opted out or chose anonymity, retried on
429/5xx, never resent after an uncertain send, WhatsApp templates outside the 24 h window,
paced per sending number, and no number or text in logs or job rows."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import time
from datetime import timedelta

import pytest
import requests
from redis.asyncio import Redis
from sqlmodel import col, select
from twilio.base.exceptions import TwilioRestException
from urllib3.exceptions import MaxRetryError, NewConnectionError

from channels.console import ConsoleSender
from channels.errors import (
    OutsideWindowError,
    ProviderUnavailableError,
    RateLimitedError,
    RecipientOptedOutError,
    SendOutcomeUnknownError,
    SendRejectedError,
)
from channels.twilio_rest import TwilioSender, map_twilio_error, rebase_url
from intake.db.models import (
    Channel,
    Contact,
    DeliveryStatus,
    Direction,
    Disclosure,
    JobStatus,
    Message,
    MessageKind,
    OutboxJob,
    utcnow,
)
from intake.jobs.runner import JobOutcome
from intake.outbound import (
    OUTSIDE_WINDOW,
    MemorySendPacer,
    RedisSendPacer,
    build_sender,
    release_held_messages,
)
from intake.services import Services
from tests.conftest import REDIS_URL, make_settings
from tests.conftest_twilio import (
    OUR_WHATSAPP_NUMBER,
    TEMPLATE_SIDS,
    load,
    new_worker,
    queue_reply,
    run_jobs,
    set_pending,
)
from tests.fake_twilio import FakeTwilio
from tests.helpers import OUR_NUMBER, PUBLIC_URL, database_raw_bytes, phone_variants

WORKER = "+15075550143"
WORKER_2 = "+15075550188"
REPLY = "Gracias por escribirnos. Le creemos."


async def _outbound(services: Services) -> list[Message]:
    async with services.session_factory() as session:
        rows = await session.exec(
            select(Message)
            .where(Message.direction == Direction.OUTBOUND)
            .order_by(col(Message.created_at), col(Message.id))
        )
        return list(rows.all())


async def _age_contact(services: Services, contact_id: str, hours: float) -> None:
    async with services.session_factory() as session, session.begin():
        contact = await session.get(Contact, contact_id)
        assert contact is not None
        contact.last_inbound_at = utcnow() - timedelta(hours=hours)
        session.add(contact)


async def test_a_queued_reply_is_sent_once_even_when_the_job_runs_again(
    twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    report_id, _ = await new_worker(twilio_services, WORKER)
    message_id, job_ids = await queue_reply(twilio_services, report_id, REPLY)
    assert len(job_ids) == 1

    assert await run_jobs(twilio_services, job_ids) == [JobOutcome.DONE]
    # Delivered again by a sweep, by Redis, by hand: the outbox row is done, so skipped...
    assert await run_jobs(twilio_services, job_ids) == [JobOutcome.SKIPPED]
    # ...and even with the row forced back to pending, the message is no longer queued.
    await set_pending(twilio_services, job_ids[0])
    assert await run_jobs(twilio_services, job_ids) == [JobOutcome.DONE]

    (sent,) = fake_twilio.requests
    assert sent.accepted
    assert sent.body == REPLY
    assert sent.from_ == OUR_NUMBER
    assert sent.to == WORKER
    assert sent.content_sid is None
    assert sent.status_callback == PUBLIC_URL + "/twilio/status"
    message = await load(twilio_services, Message, message_id)
    assert message.delivery_status == DeliveryStatus.SENT
    assert message.sent_at is not None
    assert sent.sid is not None
    assert message.channel_message_key_hash == twilio_services.vault.channel_message_key_hash(
        Channel.SMS, sent.sid
    )


async def test_two_concurrent_runs_of_one_job_send_once(
    twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    report_id, _ = await new_worker(twilio_services, WORKER)
    message_id, job_ids = await queue_reply(twilio_services, report_id, REPLY)
    await asyncio.gather(*(run_jobs(twilio_services, job_ids) for _ in range(3)))
    assert len(fake_twilio.requests) == 1
    message = await load(twilio_services, Message, message_id)
    assert message.delivery_status == DeliveryStatus.SENT


async def test_the_body_is_stored_encrypted_and_jobs_carry_ids_only(
    twilio_services: Services, fake_twilio: FakeTwilio, database_url: str
) -> None:
    report_id, _ = await new_worker(twilio_services, WORKER)
    message_id, job_ids = await queue_reply(twilio_services, report_id, REPLY)
    await run_jobs(twilio_services, job_ids)
    raw = await database_raw_bytes(database_url)
    assert REPLY.encode() not in raw
    for variant in phone_variants(WORKER):
        assert variant not in raw
    message = await load(twilio_services, Message, message_id)
    assert message.body_ct is not None
    assert REPLY.encode() not in message.body_ct
    job = await load(twilio_services, OutboxJob, job_ids[0])
    assert json.loads(job.args_json) == {"message_id": message_id}
    assert job.dedupe_key == f"send_message:{message_id}"


async def test_21610_marks_the_contact_opted_out_and_suppresses_later_sends(
    twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    report_id, contact_id = await new_worker(twilio_services, WORKER)
    fake_twilio.opt_out(WORKER)
    first, jobs = await queue_reply(twilio_services, report_id, REPLY)
    assert await run_jobs(twilio_services, jobs) == [JobOutcome.DONE]  # final, not retried

    message = await load(twilio_services, Message, first)
    assert message.delivery_status == DeliveryStatus.SUPPRESSED
    assert message.error_code == "21610"
    contact = await load(twilio_services, Contact, contact_id)
    assert contact.opted_out_at is not None

    second, jobs = await queue_reply(twilio_services, report_id, "another")
    await run_jobs(twilio_services, jobs)
    later = await load(twilio_services, Message, second)
    assert later.delivery_status == DeliveryStatus.SUPPRESSED
    assert later.error_code == "opted_out"
    assert len(fake_twilio.requests) == 1  # the refused attempt only; nothing after it


@pytest.mark.parametrize(("status", "code"), [(429, 20429), (503, None), (500, None)])
async def test_rate_limits_and_outages_leave_the_message_queued_then_it_is_sent(
    twilio_services: Services, fake_twilio: FakeTwilio, status: int, code: int | None
) -> None:
    report_id, _ = await new_worker(twilio_services, WORKER)
    message_id, jobs = await queue_reply(twilio_services, report_id, REPLY)
    fake_twilio.fail_next(2, status=status, code=code)

    for _attempt in range(2):
        assert await run_jobs(twilio_services, jobs) == [JobOutcome.RETRY]
        message = await load(twilio_services, Message, message_id)
        assert message.delivery_status == DeliveryStatus.QUEUED
        job = await load(twilio_services, OutboxJob, jobs[0])
        assert job.status == JobStatus.PENDING
        assert job.not_before is not None  # back-off before the next try
        assert job.last_error_code in ("outbound.rate_limited", "outbound.provider_unavailable")
        # An early run is refused; the back-off has to pass first.
        assert await run_jobs(twilio_services, jobs) == [JobOutcome.NOT_DUE]
        await set_pending(twilio_services, jobs[0])  # ... as if the back-off had passed

    assert await run_jobs(twilio_services, jobs) == [JobOutcome.DONE]
    message = await load(twilio_services, Message, message_id)
    assert message.delivery_status == DeliveryStatus.SENT
    assert len(fake_twilio.sent) == 1
    assert len(fake_twilio.requests) == 3


async def test_a_message_left_sending_by_a_crash_becomes_unconfirmed_and_is_never_resent(
    twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    report_id, _ = await new_worker(twilio_services, WORKER)
    message_id, jobs = await queue_reply(twilio_services, report_id, REPLY)
    # The state a crash leaves between "claimed and committed" and "outcome recorded".
    async with twilio_services.session_factory() as session, session.begin():
        message = await session.get(Message, message_id)
        assert message is not None
        message.delivery_status = DeliveryStatus.SENDING
        session.add(message)

    await run_jobs(twilio_services, jobs)
    assert (await load(twilio_services, Message, message_id)).delivery_status == (
        DeliveryStatus.UNCONFIRMED
    )
    await set_pending(twilio_services, jobs[0])
    await run_jobs(twilio_services, jobs)
    assert (await load(twilio_services, Message, message_id)).delivery_status == (
        DeliveryStatus.UNCONFIRMED
    )
    assert fake_twilio.requests == []


async def test_an_unreadable_answer_after_sending_is_unconfirmed_not_retried(
    twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    report_id, _ = await new_worker(twilio_services, WORKER)
    message_id, jobs = await queue_reply(twilio_services, report_id, REPLY)
    fake_twilio.drop_next()  # Twilio accepts the message, the answer is lost
    await run_jobs(twilio_services, jobs)
    await set_pending(twilio_services, jobs[0])
    await run_jobs(twilio_services, jobs)
    message = await load(twilio_services, Message, message_id)
    assert message.delivery_status == DeliveryStatus.UNCONFIRMED
    assert len(fake_twilio.requests) == 1


async def test_whatsapp_outside_the_window_sends_the_neutral_template_and_holds_the_text(
    twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    report_id, contact_id = await new_worker(
        twilio_services, WORKER, channel=Channel.WHATSAPP, language="es"
    )
    await _age_contact(twilio_services, contact_id, hours=25)
    first, jobs_1 = await queue_reply(twilio_services, report_id, REPLY)
    second, jobs_2 = await queue_reply(twilio_services, report_id, "segunda respuesta")
    await run_jobs(twilio_services, jobs_1)
    await run_jobs(twilio_services, jobs_2)

    (template,) = fake_twilio.requests  # one neutral notice, however many texts wait
    assert template.content_sid == TEMPLATE_SIDS["es"]
    assert template.body is None
    assert "Body" not in template.form
    assert template.to == f"whatsapp:{WORKER}"
    assert template.from_ == f"whatsapp:{OUR_WHATSAPP_NUMBER}"
    for held_id in (first, second):
        held = await load(twilio_services, Message, held_id)
        assert held.delivery_status == DeliveryStatus.QUEUED
        assert held.error_code == OUTSIDE_WINDOW
    notices = [m for m in await _outbound(twilio_services) if m.id not in (first, second)]
    assert [n.delivery_status for n in notices] == [DeliveryStatus.SENT]
    assert notices[0].body_ct is None

    # A retry of the same job while the window is still closed sends nothing new.
    await set_pending(twilio_services, jobs_1[0])
    await run_jobs(twilio_services, jobs_1)
    assert len(fake_twilio.requests) == 1

    # The worker writes back: the window opens and the held texts go out, in order.
    await _age_contact(twilio_services, contact_id, hours=0)
    async with twilio_services.session_factory() as session, session.begin():
        contact = await session.get(Contact, contact_id)
        assert contact is not None
        released = await release_held_messages(session, contact)
    assert len(released) == 2
    await run_jobs(twilio_services, released)
    await run_jobs(twilio_services, released)  # twice: still once each
    bodies = [r.body for r in fake_twilio.sent[1:]]
    assert bodies == [REPLY, "segunda respuesta"]
    for held_id in (first, second):
        sent = await load(twilio_services, Message, held_id)
        assert sent.delivery_status == DeliveryStatus.SENT
        assert sent.error_code is None


async def test_whatsapp_63016_from_twilio_falls_back_to_the_template(
    twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    """Our clock says the window is open; Twilio says it is not. Twilio wins."""
    report_id, _ = await new_worker(twilio_services, WORKER, channel=Channel.WHATSAPP)
    message_id, jobs = await queue_reply(twilio_services, report_id, REPLY)
    fake_twilio.fail_next(1, status=400, code=63016)
    await run_jobs(twilio_services, jobs)
    refused, template = fake_twilio.requests
    assert not refused.accepted
    assert refused.body == REPLY
    assert template.accepted
    assert template.content_sid == TEMPLATE_SIDS["en"]
    assert template.body is None
    held = await load(twilio_services, Message, message_id)
    assert held.delivery_status == DeliveryStatus.QUEUED
    assert held.error_code == OUTSIDE_WINDOW


async def test_a_staff_reply_to_an_anonymous_report_is_suppressed_but_prompts_go_out(
    twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    report_id, _ = await new_worker(twilio_services, WORKER, disclosure=Disclosure.ANONYMOUS)
    staff, jobs = await queue_reply(twilio_services, report_id, REPLY, MessageKind.STAFF_REPLY)
    await run_jobs(twilio_services, jobs)
    prompt, jobs = await queue_reply(
        twilio_services, report_id, "Is it safe to text now?", MessageKind.AUTO_REPLY
    )
    await run_jobs(twilio_services, jobs)
    suppressed = await load(twilio_services, Message, staff)
    assert suppressed.delivery_status == DeliveryStatus.SUPPRESSED
    assert suppressed.error_code == "anonymous"
    assert (await load(twilio_services, Message, prompt)).delivery_status == DeliveryStatus.SENT
    assert [r.body for r in fake_twilio.requests] == ["Is it safe to text now?"]


async def test_nothing_is_sent_after_a_quick_exit(
    twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    from intake.retention import erase_contact

    report_id, contact_id = await new_worker(twilio_services, WORKER)
    message_id, jobs = await queue_reply(twilio_services, report_id, REPLY)
    async with twilio_services.session_factory() as session, session.begin():
        contact = await session.get(Contact, contact_id)
        assert contact is not None
        await erase_contact(
            session, twilio_services.vault, contact, reason="quick_exit", actor="worker"
        )
    await run_jobs(twilio_services, jobs)
    message = await load(twilio_services, Message, message_id)
    assert message.delivery_status == DeliveryStatus.SUPPRESSED
    assert fake_twilio.requests == []


async def test_no_number_or_text_reaches_the_logs_or_the_outbox(
    twilio_services: Services, fake_twilio: FakeTwilio, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # lower than production, on purpose: twilio logs at INFO
    for name in ("twilio", "twilio.http_client", "urllib3", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    report_1, _ = await new_worker(twilio_services, WORKER)
    report_2, c2 = await new_worker(twilio_services, WORKER_2, channel=Channel.WHATSAPP)
    await _age_contact(twilio_services, c2, hours=30)
    fake_twilio.fail_next(1, status=503)
    fake_twilio.opt_out(WORKER)  # Twilio's error message quotes the number
    jobs: list[str] = []
    for report_id in (report_1, report_2):
        _, queued = await queue_reply(twilio_services, report_id, REPLY)
        jobs += queued
    for _ in range(2):
        await run_jobs(twilio_services, jobs)
        for job_id in jobs:
            await set_pending(twilio_services, job_id)
    assert len(fake_twilio.requests) >= 3

    logged = caplog.text.encode()
    assert logged  # the flow did log (ids, codes)
    for number in (WORKER, WORKER_2):
        for variant in phone_variants(number):
            assert variant not in logged, variant
    assert REPLY.encode() not in logged
    async with twilio_services.session_factory() as session:
        rows = (await session.exec(select(OutboxJob))).all()
    for row in rows:
        assert set(json.loads(row.args_json)) <= {"message_id", "report_id", "attachment_id"}
        for number in (WORKER, WORKER_2):
            assert number.lstrip("+")[-10:] not in row.args_json + (row.last_error_code or "")


def test_vendor_errors_map_to_our_errors_without_their_text() -> None:
    def rest(status: int, code: int | None) -> TwilioRestException:
        return TwilioRestException(status, "https://api.twilio.com/x", f"To {WORKER} bad", code)

    cases = [
        (rest(400, 21610), RecipientOptedOutError, False),
        (rest(400, 63016), OutsideWindowError, False),
        (rest(429, 20429), RateLimitedError, True),
        (rest(503, None), ProviderUnavailableError, True),
        (rest(400, 21211), SendRejectedError, False),
    ]
    for exc, expected, retryable in cases:
        mapped = map_twilio_error(exc, sending=True)
        assert type(mapped) is expected
        assert mapped.retryable is retryable
        assert WORKER not in str(mapped)
    refused = requests.exceptions.ConnectionError(
        MaxRetryError(None, "/", NewConnectionError(None, "refused"))  # type: ignore[arg-type]
    )
    assert isinstance(map_twilio_error(refused, sending=True), ProviderUnavailableError)
    assert isinstance(
        map_twilio_error(requests.exceptions.ReadTimeout(), sending=True), SendOutcomeUnknownError
    )
    assert isinstance(
        map_twilio_error(requests.exceptions.ReadTimeout(), sending=False),
        ProviderUnavailableError,
    )
    assert map_twilio_error(rest(400, 21211), sending=True).error_code == "21211"


def test_only_twilio_hosts_are_rebased() -> None:
    base = "http://127.0.0.1:9"
    assert rebase_url("https://api.twilio.com/2010-04-01/A?x=1", base) == base + "/2010-04-01/A?x=1"
    assert rebase_url("https://content.twilio.com/v1/C", base) == base + "/v1/C"
    assert (
        rebase_url("https://evil.example/twilio.com/x", base) == "https://evil.example/twilio.com/x"
    )
    assert rebase_url("https://api.twilio.com/x", None) == "https://api.twilio.com/x"


async def test_the_console_channel_is_used_in_development_without_twilio(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings(tmp_path, twilio_sms_from=None, twilio_whatsapp_from=None)
    sender = build_sender(settings)
    assert isinstance(sender, ConsoleSender)
    out = io.StringIO()
    console = ConsoleSender(stream=out)
    sid = await console.send(channel=Channel.SMS, to=WORKER, body="hi", status_callback=None)
    assert sid.startswith("SM")
    assert console.sent[0].body == "hi"
    assert "hi" in out.getvalue()
    assert WORKER not in out.getvalue()  # masked even on a developer's screen
    configured = make_settings(tmp_path, twilio_sms_from=OUR_NUMBER)
    twilio = build_sender(configured)
    assert isinstance(twilio, TwilioSender)
    await twilio.aclose()
    production = make_settings(tmp_path, environment="production", twilio_sms_from=None)
    with pytest.raises(RuntimeError):
        ConsoleSender.for_settings(production)


async def test_memory_pacer_spaces_sends_per_sending_number() -> None:
    pacer = MemorySendPacer(max_wait_s=1.0)
    assert pacer.reserve("ours", 2.0) == 0
    assert pacer.reserve("ours", 2.0) == pytest.approx(0.5, abs=0.05)
    assert pacer.reserve("other", 2.0) == 0  # another number has its own schedule
    assert pacer.reserve("ours", 2.0) == pytest.approx(1.0, abs=0.05)
    with pytest.raises(RateLimitedError):  # past max_wait_s: try later, do not queue forever
        pacer.reserve("ours", 2.0)


async def test_redis_pacer_is_shared_between_processes(shared_redis: Redis) -> None:
    first = RedisSendPacer(REDIS_URL, max_wait_s=2.0)
    second = RedisSendPacer(REDIS_URL, max_wait_s=2.0)
    try:
        started = time.monotonic()
        await first.wait_turn("ours", 5.0)
        await second.wait_turn("ours", 5.0)
        await first.wait_turn("ours", 5.0)
        assert time.monotonic() - started >= 0.35  # three slots 0.2 s apart
        await first.wait_turn("slow", 0.4)  # the next slot is 2.5 s away: over max_wait_s
        with pytest.raises(RateLimitedError):
            await second.wait_turn("slow", 0.4)
    finally:
        await first.aclose()
        await second.aclose()
