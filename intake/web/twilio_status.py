"""`POST /twilio/status`: Twilio's delivery status callbacks for the messages we send.

Same order as the inbound webhooks: strict form parsing, the signature against the public
URL, the account; then `intake.outbound.record_delivery_status` finds the message by the
keyed hash of its MessageSid, records the (message, status) event once and moves the status
forward only. A callback for a sid we do not know (or no longer know: shredded, or sent by
another system on the account) gets 200 and stores nothing, so Twilio stops retrying.
The callback's To/From (the worker's number) are checked by the signature and never read.
"""

from __future__ import annotations

import logging
import re

from fastapi import APIRouter, Request, Response
from sqlalchemy.exc import IntegrityError

from channels._twilio import TWIML_MEDIA_TYPE, check_account, message_sid, single, verify_signature
from channels.base import ChannelInputError
from intake.outbound import KNOWN_STATUSES, record_delivery_status
from intake.services import Services
from intake.web.forms import read_urlencoded_form
from intake.web.twilio import signed_url

log = logging.getLogger(__name__)

router = APIRouter(prefix="/twilio")

_EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response />'
_ERROR_CODE = re.compile(r"^\d{1,10}$")


@router.post("/status")
async def status_callback(request: Request) -> Response:
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
    sid = message_sid(fields)
    status = (
        single(fields, "MessageStatus", required=False)
        or single(fields, "SmsStatus", required=False)
    ).lower()
    if status not in KNOWN_STATUSES:
        raise ChannelInputError("MessageStatus is missing or unknown")
    raw_code = single(fields, "ErrorCode", required=False)
    error_code = raw_code if _ERROR_CODE.match(raw_code) else None
    # Two copies of one callback racing each other: the loser hits the unique
    # (message, status) constraint; its second pass sees the winner's row and does nothing.
    for attempt in (1, 2):
        try:
            async with services.session_factory() as session, session.begin():
                outcome = await record_delivery_status(
                    session, services.vault, provider_sid=sid, status=status, error_code=error_code
                )
            break
        except IntegrityError:
            if attempt == 2:
                raise
    if not outcome.found:
        log.info("status callback for an unknown message (%s); ignored", status)
    elif outcome.recorded:
        log.info("status callback: %s, message now %s", status, outcome.delivery_status)
    return Response(content=_EMPTY_TWIML, media_type=TWIML_MEDIA_TYPE)
