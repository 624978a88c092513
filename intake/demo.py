"""`intake demo`: plays a few invented conversations, in several languages, through the real
webhook code (signed requests, the conversation, encryption, triage, jobs) into the local
embedded database, then says where to look. Development only: it refuses production.

Every name, number and story here is invented.
"""

from __future__ import annotations

import re
import secrets
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urlencode

import httpx
from pydantic import SecretStr
from twilio.request_validator import RequestValidator

from intake.services import build_services
from intake.settings import Settings, SettingsError
from intake.web.app import create_app

_CODE = re.compile(r"\d{4} \d{4} \d{4} \d{4} \d{4}")


@dataclass(frozen=True)
class DemoConversation:
    title: str
    channel: str
    number: str
    messages: tuple[str, ...]


CONVERSATIONS: tuple[DemoConversation, ...] = (
    DemoConversation(
        "Spanish, SMS: a 15-year-old on the night sanitation shift",
        "sms",
        "+15075550190",
        (
            "hola necesito ayuda por favor, trabajo en la planta",
            "1",
            "1",
            "tengo 15 anos y limpio las maquinas de noche con quimicos",
            "el supervisor guarda mi pasaporte",
            "0",
            "0",
            "Worthington",
            "15",
        ),
    ),
    DemoConversation(
        "English, WhatsApp: recruitment debt and threats",
        "whatsapp",
        "+12195550191",
        (
            "hi",
            "1",
            "1",
            "2",
            "the agency says we owe 4000 for the trip and we cannot leave until it is paid",
            "they said they will call immigration if we complain",
            "0",
            "0",
            "0",
            "0",
        ),
    ),
    DemoConversation(
        "Arabic, SMS: passports kept, not safe right now",
        "sms",
        "+12195550192",
        ("مرحبا، المدير أخذ جوازات السفر ولا يسمح لنا بالخروج من السكن", "2"),
    ),
)


async def run_demo(settings: Settings) -> list[str]:
    """Play the conversations; returns printable lines."""
    if not settings.is_development:
        raise SettingsError("intake demo only runs with INTAKE_ENVIRONMENT=development")
    token = settings.twilio_auth_token.get_secret_value() or secrets.token_hex(16)
    settings = settings.model_copy(update={"twilio_auth_token": SecretStr(token)})
    services = build_services(settings)
    app = create_app(services=services)
    validator = RequestValidator(token)
    lines: list[str] = []
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://demo") as client:
            for conversation in CONVERSATIONS:
                lines.append(f"== {conversation.title}")
                for n, body in enumerate(conversation.messages):
                    replies = await _send(client, validator, settings, conversation, n, body)
                    lines.append(f"  worker: {body}")
                    lines.extend(f"  us:     {reply}" for reply in replies)
        await services.queue.aclose()  # let the case jobs finish
    finally:
        await services.aclose()
    return lines


async def _send(
    client: httpx.AsyncClient,
    validator: RequestValidator,
    settings: Settings,
    conversation: DemoConversation,
    n: int,
    body: str,
) -> list[str]:
    prefix = "whatsapp:" if conversation.channel == "whatsapp" else ""
    params = {
        "MessageSid": "SM" + secrets.token_hex(16),
        "AccountSid": settings.twilio_account_sid,
        "From": prefix + conversation.number,
        "To": prefix + "+15005550006",
        "Body": body,
        "NumMedia": "0",
    }
    path = f"/twilio/{conversation.channel}"
    signature = validator.compute_signature(settings.public_url + path, params)
    response = await client.post(
        path,
        content=urlencode(params),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": signature,
        },
    )
    response.raise_for_status()
    root = ET.fromstring(response.text)  # noqa: S314 - our own in-process TwiML
    return [element.text or "" for element in root.iter("Message")]
