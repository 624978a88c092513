"""Twilio message webhooks (`/twilio/sms`, `/twilio/whatsapp`). Order matters: parse
strictly, check the signature against the public URL, check the account, then run the
conversation (which stores the message in one transaction) and answer TwiML. A request that
fails any check stores nothing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from fastapi import APIRouter, BackgroundTasks, Request, Response

from channels._twilio import check_account, single, verify_signature
from channels.base import InboundChannel
from channels.twilio_sms import TwilioSmsChannel
from channels.twilio_whatsapp import TwilioWhatsAppChannel
from intake.conversation.service import ConversationDeps, converse
from intake.services import Services
from intake.settings import Settings
from intake.web.forms import read_urlencoded_form

router = APIRouter(prefix="/twilio")

_SMS = TwilioSmsChannel()
_WHATSAPP = TwilioWhatsAppChannel()


def signed_url(request: Request, settings: Settings) -> str:
    """The URL Twilio signed: the configured public base, never the (proxied) request host."""
    url = settings.public_url + request.url.path
    query = request.scope.get("query_string", b"")
    return f"{url}?{query.decode('latin-1')}" if query else url


async def verified_twilio_form(request: Request, settings: Settings) -> dict[str, list[str]]:
    """The webhook's fields, once they are proven to come from our Twilio account."""
    fields = await read_urlencoded_form(request)
    verify_signature(
        settings.twilio_auth_token.get_secret_value(),
        signed_url(request, settings),
        fields,
        request.headers.get("x-twilio-signature"),
    )
    check_account(fields, settings.twilio_account_sid)
    return fields


def conversation_deps(services: Services) -> ConversationDeps:
    return ConversationDeps(
        session_factory=services.session_factory,
        vault=services.vault,
        assess=services.assess,
        policy=services.policy,
        rate_limiter=services.rate_limiter,
        idle_s=services.settings.conversation_idle_s,
        code_lookups_per_hour=services.settings.code_lookups_per_hour,
        inbound_per_sender_per_hour=services.settings.inbound_per_sender_per_hour,
    )


async def _message_webhook(
    request: Request, background: BackgroundTasks, channel: InboundChannel
) -> Response:
    services: Services = request.app.state.services
    fields = await verified_twilio_form(request, services.settings)
    inbound = channel.parse_inbound(fields)
    result = await converse(
        conversation_deps(services), inbound, opt_out_type=_opt_out_type(fields)
    )
    if result.job_ids:
        background.add_task(services.queue.dispatch, result.job_ids)
    body, media_type = channel.reply(result.replies)
    return Response(content=body, media_type=media_type)


def _opt_out_type(fields: Mapping[str, Sequence[str]]) -> str | None:
    # Present only with Twilio's Advanced Opt-Out, when the body matched a keyword.
    return single(fields, "OptOutType", required=False) or None


@router.post("/sms")
async def sms_webhook(request: Request, background: BackgroundTasks) -> Response:
    return await _message_webhook(request, background, _SMS)


@router.post("/whatsapp")
async def whatsapp_webhook(request: Request, background: BackgroundTasks) -> Response:
    return await _message_webhook(request, background, _WHATSAPP)
