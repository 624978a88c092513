"""POST /twilio/sms: signatures, idempotency, and bad input that stores nothing."""

from __future__ import annotations

from urllib.parse import urlencode

import httpx
import pytest
from sqlmodel import select

from intake.db.models import Case, Message, OutboxJob, Report
from intake.jobs.queue import InlineJobQueue
from intake.services import Services
from tests.helpers import (
    count_rows,
    post_signed,
    sms_params,
    twilio_signature,
)

SENDER = "+15075550143"


async def _all_empty(database_url: str) -> None:
    counts = await count_rows(database_url)
    assert all(count == 0 for count in counts.values()), counts


async def test_signed_message_is_stored_and_answered_with_twiml(
    client: httpx.AsyncClient, services: Services
) -> None:
    response = await post_signed(client, "/twilio/sms", sms_params(SENDER, "hello"))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/xml")
    assert "<Response><Message>" in response.text
    assert "report" not in response.text.lower()
    async with services.session_factory() as session:
        messages = (await session.exec(select(Message))).all()
    assert len(messages) == 1
    assert messages[0].channel == "sms"


async def test_same_message_sid_three_times_stores_one_message(
    client: httpx.AsyncClient, services: Services
) -> None:
    params = sms_params(SENDER, "they keep my passport")
    for _ in range(3):
        response = await post_signed(client, "/twilio/sms", params)
        assert response.status_code == 200
    assert isinstance(services.queue, InlineJobQueue)
    await services.queue.drain()
    async with services.session_factory() as session:
        assert len((await session.exec(select(Message))).all()) == 1
        assert len((await session.exec(select(Report))).all()) == 1
        assert len((await session.exec(select(OutboxJob))).all()) == 1
        assert len((await session.exec(select(Case))).all()) == 1


async def test_messages_from_one_sender_join_one_report(
    client: httpx.AsyncClient, services: Services
) -> None:
    for body in ("first part", "second part"):
        assert (
            await post_signed(client, "/twilio/sms", sms_params(SENDER, body))
        ).status_code == 200
    await post_signed(client, "/twilio/sms", sms_params("+15075550199", "someone else"))
    async with services.session_factory() as session:
        reports = (await session.exec(select(Report))).all()
    assert sorted(report.message_count for report in reports) == [1, 2]


async def test_unsigned_request_is_refused_and_stores_nothing(
    client: httpx.AsyncClient, database_url: str
) -> None:
    params = sms_params(SENDER, "hello")
    response = await client.post(
        "/twilio/sms",
        content=urlencode(params),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "twilio.bad_signature"
    await _all_empty(database_url)


@pytest.mark.parametrize(
    "tamper",
    ["wrong_token", "changed_body", "other_path"],
)
async def test_wrongly_signed_request_is_refused_and_stores_nothing(
    client: httpx.AsyncClient, database_url: str, tamper: str
) -> None:
    params = sms_params(SENDER, "hello")
    if tamper == "wrong_token":
        signature = twilio_signature("/twilio/sms", params, token="f" * 32)
    elif tamper == "other_path":
        signature = twilio_signature("/twilio/whatsapp", params)
    else:
        signature = twilio_signature("/twilio/sms", params)
        params = {**params, "Body": "hello!"}
    response = await post_signed(client, "/twilio/sms", params, signature=signature)
    assert response.status_code == 403
    await _all_empty(database_url)


async def test_wrong_account_sid_is_refused_and_stores_nothing(
    client: httpx.AsyncClient, database_url: str
) -> None:
    params = sms_params(SENDER, "hello", AccountSid="AC" + "9" * 32)
    response = await post_signed(client, "/twilio/sms", params)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "twilio.wrong_account"
    await _all_empty(database_url)


async def test_oversize_body_gets_413_and_stores_nothing(
    client: httpx.AsyncClient, database_url: str
) -> None:
    params = sms_params(SENDER, "x" * (70 * 1024))
    response = await post_signed(client, "/twilio/sms", params)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request.too_large"
    await _all_empty(database_url)


async def test_streamed_oversize_body_without_length_gets_413(
    client: httpx.AsyncClient, database_url: str
) -> None:
    async def chunks():  # type: ignore[no-untyped-def]
        for _ in range(80):
            yield b"Body=" + b"y" * 1024 + b"&"

    response = await client.post(
        "/twilio/sms",
        content=chunks(),
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"},
    )
    assert response.status_code == 413
    await _all_empty(database_url)


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"Body=%FF%FE&From=%2B15075550143", "application/x-www-form-urlencoded"),
        (b"Body=\xff\xfe", "application/x-www-form-urlencoded"),
        (b"this is not a form", "application/x-www-form-urlencoded"),
        (b'{"Body": "hi"}', "application/json"),
    ],
    ids=["bad-percent-utf8", "raw-invalid-utf8", "no-equals", "json"],
)
async def test_malformed_form_gets_400_and_stores_nothing(
    client: httpx.AsyncClient, database_url: str, content: bytes, content_type: str
) -> None:
    response = await client.post(
        "/twilio/sms",
        content=content,
        headers={"Content-Type": content_type, "X-Twilio-Signature": "whatever"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"].startswith("request.")
    await _all_empty(database_url)


async def test_signed_form_missing_message_sid_gets_400(
    client: httpx.AsyncClient, database_url: str
) -> None:
    params = sms_params(SENDER, "hello")
    del params["MessageSid"]
    response = await post_signed(client, "/twilio/sms", params)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "channel.bad_input"
    await _all_empty(database_url)


async def test_message_from_an_unusable_sender_is_kept_without_a_contact(
    client: httpx.AsyncClient, services: Services
) -> None:
    response = await post_signed(client, "/twilio/sms", sms_params("ACME-ALERT", "hello"))
    assert response.status_code == 200
    async with services.session_factory() as session:
        (report,) = (await session.exec(select(Report))).all()
        assert report.contact_id is None
        assert report.message_count == 1


async def test_unknown_fields_are_accepted_and_covered_by_the_signature(
    client: httpx.AsyncClient, services: Services
) -> None:
    params = sms_params(SENDER, "hello", SomeNewTwilioField="value")
    assert (await post_signed(client, "/twilio/sms", params)).status_code == 200


async def test_responses_carry_security_headers(client: httpx.AsyncClient) -> None:
    response = await post_signed(client, "/twilio/sms", sms_params(SENDER, "hello"))
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["referrer-policy"] == "no-referrer"
