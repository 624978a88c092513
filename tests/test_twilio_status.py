"""POST /twilio/status: signed, idempotent on (MessageSid, status), never backwards, unknown
sids store nothing, 21610 opts the contact out. Both databases."""

from __future__ import annotations

import httpx
import pytest
from sqlmodel import select

from intake.db.models import Contact, DeliveryEvent, DeliveryStatus, Message
from intake.outbound import next_status
from intake.services import Services
from tests.conftest_twilio import load, new_worker, queue_reply, run_jobs
from tests.fake_twilio import FakeTwilio
from tests.helpers import OUR_NUMBER, TWILIO_ACCOUNT_SID, post_signed, twilio_signature

WORKER = "+15075550143"
PATH = "/twilio/status"


def _callback(sid: str, status: str, **extra: str) -> dict[str, str]:
    params = {
        "MessageSid": sid,
        "SmsSid": sid,
        "MessageStatus": status,
        "SmsStatus": status,
        "AccountSid": TWILIO_ACCOUNT_SID,
        "From": OUR_NUMBER,
        "To": WORKER,
        "ApiVersion": "2010-04-01",
    }
    params.update(extra)
    return params


async def _sent_message(services: Services, fake: FakeTwilio) -> tuple[str, str, str]:
    """(message id, Twilio sid, contact id) of a reply that went out."""
    report_id, contact_id = await new_worker(services, WORKER)
    message_id, jobs = await queue_reply(services, report_id, "hello")
    await run_jobs(services, jobs)
    (sent,) = fake.sent
    assert sent.sid is not None
    return message_id, sent.sid, contact_id


async def _events(services: Services) -> list[DeliveryEvent]:
    async with services.session_factory() as session:
        return list((await session.exec(select(DeliveryEvent))).all())


async def test_unsigned_or_wrongly_signed_callbacks_get_403_and_store_nothing(
    twilio_client: httpx.AsyncClient, twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    message_id, sid, _ = await _sent_message(twilio_services, fake_twilio)
    params = _callback(sid, "delivered")
    unsigned = await twilio_client.post(
        PATH, data=params, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert unsigned.status_code == 403
    wrong = await post_signed(
        twilio_client, PATH, params, signature=twilio_signature(PATH, params, token="0" * 32)
    )
    assert wrong.status_code == 403
    # Signed correctly, but over different fields than those sent.
    tampered = await post_signed(
        twilio_client,
        PATH,
        {**params, "MessageStatus": "failed"},
        signature=twilio_signature(PATH, params),
    )
    assert tampered.status_code == 403
    other_account = _callback(sid, "delivered", AccountSid="AC" + "2" * 32)
    assert (await post_signed(twilio_client, PATH, other_account)).status_code == 403
    assert await _events(twilio_services) == []
    message = await load(twilio_services, Message, message_id)
    assert message.delivery_status == DeliveryStatus.SENT


async def test_callbacks_are_idempotent_and_never_move_backwards(
    twilio_client: httpx.AsyncClient, twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    message_id, sid, _ = await _sent_message(twilio_services, fake_twilio)
    for status in ("delivered", "delivered", "sent", "queued", "sent", "delivered"):
        response = await post_signed(twilio_client, PATH, _callback(sid, status))
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/xml")
        assert "<Message" not in response.text
    message = await load(twilio_services, Message, message_id)
    assert message.delivery_status == DeliveryStatus.DELIVERED
    events = await _events(twilio_services)
    assert sorted(e.status for e in events) == ["delivered", "queued", "sent"]
    assert {e.message_id for e in events} == {message_id}

    await post_signed(twilio_client, PATH, _callback(sid, "read"))
    await post_signed(twilio_client, PATH, _callback(sid, "undelivered", ErrorCode="30003"))
    message = await load(twilio_services, Message, message_id)
    assert message.delivery_status == DeliveryStatus.READ  # a failure after delivery: noted only
    assert message.error_code is None


async def test_a_failure_is_terminal_and_keeps_its_error_code(
    twilio_client: httpx.AsyncClient, twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    message_id, sid, _ = await _sent_message(twilio_services, fake_twilio)
    await post_signed(twilio_client, PATH, _callback(sid, "undelivered", ErrorCode="30003"))
    await post_signed(twilio_client, PATH, _callback(sid, "delivered"))
    message = await load(twilio_services, Message, message_id)
    assert message.delivery_status == DeliveryStatus.UNDELIVERED
    assert message.error_code == "30003"
    (failed, _delivered) = sorted(
        await _events(twilio_services), key=lambda e: e.status != "undelivered"
    )
    assert failed.error_code == "30003"


async def test_an_unknown_sid_gets_200_and_stores_nothing(
    twilio_client: httpx.AsyncClient, twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    message_id, _sid, _ = await _sent_message(twilio_services, fake_twilio)
    response = await post_signed(twilio_client, PATH, _callback("SM" + "ab" * 16, "delivered"))
    assert response.status_code == 200
    assert await _events(twilio_services) == []
    assert (await load(twilio_services, Message, message_id)).delivery_status == "sent"


async def test_21610_in_a_callback_opts_the_contact_out(
    twilio_client: httpx.AsyncClient, twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    message_id, sid, contact_id = await _sent_message(twilio_services, fake_twilio)
    await post_signed(twilio_client, PATH, _callback(sid, "failed", ErrorCode="21610"))
    contact = await load(twilio_services, Contact, contact_id)
    assert contact.opted_out_at is not None
    message = await load(twilio_services, Message, message_id)
    assert message.delivery_status == DeliveryStatus.FAILED
    assert message.error_code == "21610"


async def test_malformed_callbacks_are_400(
    twilio_client: httpx.AsyncClient, twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    _message_id, sid, _ = await _sent_message(twilio_services, fake_twilio)
    for params in (_callback(sid, "exploded"), _callback("not-a-sid", "sent")):
        assert (await post_signed(twilio_client, PATH, params)).status_code == 400
    assert await _events(twilio_services) == []


@pytest.mark.parametrize(
    ("current", "reported", "expected"),
    [
        ("sent", "delivered", "delivered"),
        ("delivered", "sent", "delivered"),
        ("read", "delivered", "read"),
        ("sending", "failed", "failed"),
        ("failed", "delivered", "failed"),
        ("suppressed", "sent", "suppressed"),
        ("unconfirmed", "sent", "sent"),
        ("sent", "accepted", "sent"),
    ],
)
def test_status_order(current: str, reported: str, expected: str) -> None:
    assert next_status(current, reported) == expected
