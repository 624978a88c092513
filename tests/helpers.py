"""Helpers the tests share: Twilio-signed requests built with the real twilio library, and
readers of the raw bytes a database leaves behind."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlencode

import httpx
from arq.worker import Worker
from sqlalchemy import text
from twilio.request_validator import RequestValidator

from intake.db.engine import is_sqlite, make_engine
from intake.db.models import ALL_TABLES
from intake.jobs.worker import worker_options
from intake.services import Services

TWILIO_ACCOUNT_SID = "AC" + "1f" * 16
TWILIO_AUTH_TOKEN = "a3c9e1f2b4d6a8c0e2f4a6b8c0d2e4f6"
PUBLIC_URL = "https://intake.example.org"
OUR_NUMBER = "+15005550006"

_sids = itertools.count(1)


def new_message_sid() -> str:
    return f"SM{next(_sids):032x}"


def sms_params(sender: str, body: str, *, sid: str | None = None, **extra: str) -> dict[str, str]:
    params = {
        "MessageSid": sid or new_message_sid(),
        "SmsSid": "",
        "AccountSid": TWILIO_ACCOUNT_SID,
        "From": sender,
        "To": OUR_NUMBER,
        "Body": body,
        "NumMedia": "0",
        "NumSegments": "1",
        "SmsStatus": "received",
        "ApiVersion": "2010-04-01",
        "FromCity": "WORTHINGTON",
        "FromState": "MN",
        "FromZip": "56187",
        "FromCountry": "US",
    }
    params["SmsSid"] = params["MessageSid"]
    params.update(extra)
    return params


def twilio_signature(path: str, params: Mapping[str, str], token: str = TWILIO_AUTH_TOKEN) -> str:
    return str(RequestValidator(token).compute_signature(PUBLIC_URL + path, dict(params)))


async def post_signed(
    client: httpx.AsyncClient,
    path: str,
    params: Mapping[str, str],
    *,
    signature: str | None = None,
) -> httpx.Response:
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": signature
        if signature is not None
        else twilio_signature(path, params),
    }
    return await client.post(path, content=urlencode(dict(params)), headers=headers)


async def count_rows(database_url: str) -> dict[str, int]:
    engine = make_engine(database_url)
    counts = {}
    async with engine.connect() as connection:
        for model in ALL_TABLES:
            name = model.__tablename__  # type: ignore[attr-defined]
            counts[name] = (
                await connection.execute(text(f"SELECT count(*) FROM {name}"))
            ).scalar_one()
    await engine.dispose()
    return counts


async def database_raw_bytes(database_url: str) -> bytes:
    """Everything the database holds, as bytes: the files for SQLite (main file, WAL, shared
    memory); every value of every row for PostgreSQL (bytea as its raw bytes)."""
    if is_sqlite(database_url):
        path = Path(database_url.split("///", 1)[1])
        return b"".join(
            candidate.read_bytes()
            for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"))
            if candidate.exists()
        )
    engine = make_engine(database_url)
    chunks: list[bytes] = []
    async with engine.connect() as connection:
        tables = (
            await connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            )
        ).scalars()
        for name in list(tables):
            for row in await connection.execute(text(f'SELECT * FROM "{name}"')):
                for value in row:
                    if isinstance(value, bytes | bytearray | memoryview):
                        chunks.append(bytes(value))
                    else:
                        chunks.append(str(value).encode())
    await engine.dispose()
    return b"\n".join(chunks)


def phone_variants(e164: str) -> list[bytes]:
    """The forms a leaked number could take: +15551234567, 15551234567, 5551234567."""
    digits = e164.lstrip("+")
    return [e164.encode(), digits.encode(), digits[-10:].encode()]


async def run_worker_burst(services: Services) -> None:
    worker = Worker(
        **worker_options(services.settings, services),
        burst=True,
        poll_delay=0,
        handle_signals=False,
    )
    try:
        await worker.main()
    finally:
        await worker.close()


async def submit_sms(services: Services, sender: str, body: str) -> str:
    """One SMS through the intake path (no conversation); returns its report id."""
    from intake.db.models import Channel
    from intake.inbound import InboundMessage, record_inbound

    result = await record_inbound(
        services.session_factory,
        services.vault,
        services.assess,
        services.policy,
        InboundMessage(channel=Channel.SMS, body=body, sender=sender),
    )
    return result.report_id
