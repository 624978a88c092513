"""Twilio webhooks. Order matters: parse strictly, check the signature against the public URL,
check the account, then record through the one intake path and answer TwiML. A request that
fails any check stores nothing."""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Request, Response

from channels._twilio import check_account, verify_signature
from channels.twilio_sms import TwilioSmsChannel
from intake.i18n import N_
from intake.inbound import record_inbound
from intake.services import Services
from intake.settings import Settings
from intake.web.forms import read_urlencoded_form

router = APIRouter(prefix="/twilio")

_SMS = TwilioSmsChannel()
# Neutral on purpose: whoever holds the phone may read it (docs/hotline-safety in the threat model).
ACKNOWLEDGEMENT = N_("Thank you. Your message arrived.")


def signed_url(request: Request, settings: Settings) -> str:
    """The URL Twilio signed: the configured public base, never the (proxied) request host."""
    url = settings.public_url + request.url.path
    query = request.scope.get("query_string", b"")
    return f"{url}?{query.decode('latin-1')}" if query else url


@router.post("/sms")
async def sms_webhook(request: Request, background: BackgroundTasks) -> Response:
    services: Services = request.app.state.services
    settings = services.settings
    fields = await read_urlencoded_form(request)
    verify_signature(
        settings.twilio_auth_token.get_secret_value(),
        signed_url(request, settings),
        fields,
        request.headers.get("x-twilio-signature"),
    )
    check_account(fields, settings.twilio_account_sid)
    inbound = _SMS.parse_inbound(fields)
    result = await record_inbound(
        services.session_factory, services.vault, services.assess, services.policy, inbound
    )
    if result.job_ids:
        background.add_task(services.queue.dispatch, result.job_ids)
    body, media_type = _SMS.reply([ACKNOWLEDGEMENT])
    return Response(content=body, media_type=media_type)
