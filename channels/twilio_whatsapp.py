"""WhatsApp through Twilio: inbound webhook fields to a neutral message, and the TwiML answer.

The sender's WhatsApp id, profile name, shared location and click-to-chat referral fields
are never copied: only the number (encrypted later), the text and the media links are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from channels._twilio import inbound_media, message_sid, single, twiml
from channels.base import ChannelInputError
from intake.db.models import Channel
from intake.inbound import InboundMessage

MAX_BODY_CHARS = 4096
WHATSAPP_PREFIX = "whatsapp:"


class TwilioWhatsAppChannel:
    name = "whatsapp"

    def parse_inbound(self, fields: Mapping[str, Sequence[str]]) -> InboundMessage:
        sid = message_sid(fields)
        sender = single(fields, "From")
        if not sender.startswith(WHATSAPP_PREFIX):
            raise ChannelInputError("an SMS was sent to the WhatsApp webhook")
        body = single(fields, "Body", required=False)
        if len(body) > MAX_BODY_CHARS:
            raise ChannelInputError("Body is longer than WhatsApp allows")
        return InboundMessage(
            channel=Channel.WHATSAPP,
            body=body,
            sender=sender[len(WHATSAPP_PREFIX) :],
            channel_message_id=sid,
            media=inbound_media(fields),
        )

    def reply(self, texts: Sequence[str]) -> tuple[str, str]:
        return twiml(texts)
