"""The threat model's promise: after a conversation, neither the database (raw bytes), the
logs nor Redis hold the worker's phone number or any of their words."""

from __future__ import annotations

import logging

import httpx
import pytest
from redis.asyncio import Redis

from intake.services import Services
from intake.web.app import create_app
from tests.helpers import (
    database_raw_bytes,
    phone_variants,
    post_signed,
    run_worker_burst,
    sms_params,
)

SENDER = "+15075550143"
CONVERSATION = [
    "Hola, tengo 15 anos y trabajo de noche limpiando maquinas",
    "El supervisor Ramirez guarda mi pasaporte en su oficina",
    "Nos amenaza con llamar a inmigracion si nos quejamos",
]


def _secrets() -> list[bytes]:
    words = [body.encode() for body in CONVERSATION]
    # Distinctive fragments too, in case something stored a part of a message.
    words += [b"Ramirez", b"pasaporte", b"inmigracion", b"WORTHINGTON", b"56187"]
    return phone_variants(SENDER) + words


def _assert_absent(haystack: bytes, where: str) -> None:
    for secret in _secrets():
        assert secret not in haystack, f"{secret!r} found in {where}"


async def _converse(services: Services) -> None:
    app = create_app(services=services)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as http:
        for body in CONVERSATION:
            params = sms_params(SENDER, body)
            assert (await post_signed(http, "/twilio/sms", params)).status_code == 200
            # A Twilio retry of the same message.
            assert (await post_signed(http, "/twilio/sms", params)).status_code == 200


def _log_bytes(caplog: pytest.LogCaptureFixture) -> bytes:
    parts = []
    for record in caplog.records:
        parts.append(record.getMessage())
        if record.exc_info:
            parts.append(logging.Formatter().formatException(record.exc_info))
        parts.append(repr(record.args))
    return "\n".join(parts).encode()


async def test_inline_conversation_leaves_no_number_or_text_in_database_or_logs(
    services: Services, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await _converse(services)
    await services.queue.drain()  # type: ignore[attr-defined]
    _assert_absent(await database_raw_bytes(database_url), "the database")
    _assert_absent(_log_bytes(caplog), "the logs")
    assert any("POST /twilio/sms 200" in r.getMessage() for r in caplog.records)


async def _redis_bytes(redis: Redis) -> bytes:
    chunks = []
    async for key in redis.scan_iter():
        chunks.append(key)
        dumped = await redis.dump(key)
        if dumped:
            chunks.append(dumped)
    return b"\n".join(chunks)


async def test_redis_conversation_leaves_no_number_or_text_in_redis_database_or_logs(
    redis_services: Services,
    shared_redis: Redis,
    database_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    await _converse(redis_services)
    queued = await _redis_bytes(shared_redis)
    assert b"run_outbox_job" in queued  # the jobs really are in Redis
    _assert_absent(queued, "Redis (queued jobs)")
    await run_worker_burst(redis_services)
    _assert_absent(await _redis_bytes(shared_redis), "Redis (after the worker)")
    _assert_absent(await database_raw_bytes(database_url), "the database")
    _assert_absent(_log_bytes(caplog), "the logs")
