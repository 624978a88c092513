"""SMS and MMS through Twilio: inbound webhook fields to a neutral message, and the TwiML
answer.

Only the fields the intake needs are read. Carrier location fields (FromCity, FromZip, ...)
are never copied anywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from channels._twilio import inbound_media, message_sid, single, twiml
from channels.base import ChannelInputError
from intake.db.models import Channel
from intake.inbound import InboundMessage

MAX_BODY_CHARS = 1600


class TwilioSmsChannel:
    name = "sms"

    def parse_inbound(self, fields: Mapping[str, Sequence[str]]) -> InboundMessage:
        sid = message_sid(fields)
        sender = single(fields, "From")
        if sender.startswith("whatsapp:"):
            raise ChannelInputError("a WhatsApp message was sent to the SMS webhook")
        body = single(fields, "Body", required=False)
        if len(body) > MAX_BODY_CHARS:
            raise ChannelInputError("Body is longer than Twilio allows")
        return InboundMessage(
            channel=Channel.SMS,
            body=body,
            sender=sender,
            channel_message_id=sid,
            media=inbound_media(fields),  # MMS photos and voice notes
        )

    def reply(self, texts: Sequence[str]) -> tuple[str, str]:
        return twiml(texts)
