"""What the Twilio channels share: signature checks with the twilio library's validator,
the account check, field access and TwiML replies."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from channels.base import ChannelInputError
from intake.errors import SignatureError, WrongAccountError

_SID_PATTERN = re.compile(r"^[A-Z]{2}[0-9a-fA-F]{32}$")
TWIML_MEDIA_TYPE = "application/xml"


class _MultiDict(dict[str, list[str]]):
    """A mapping of lists with the `getall` the validator looks for on multi-valued forms."""

    def getall(self, key: str) -> list[str]:
        return self[key]


def verify_signature(
    auth_token: str, url: str, fields: Mapping[str, Sequence[str]], signature: str | None
) -> None:
    """Raise SignatureError unless `signature` is Twilio's signature of `url` and `fields`."""
    if not signature or not auth_token:
        raise SignatureError("missing or unusable X-Twilio-Signature")
    validator = RequestValidator(auth_token)
    if not validator.validate(url, _MultiDict({k: list(v) for k, v in fields.items()}), signature):
        raise SignatureError("X-Twilio-Signature does not match")


def check_account(fields: Mapping[str, Sequence[str]], account_sid: str) -> None:
    if single(fields, "AccountSid") != account_sid:
        raise WrongAccountError("the request is for another Twilio account")


def single(fields: Mapping[str, Sequence[str]], name: str, *, required: bool = True) -> str:
    values = fields.get(name)
    if not values:
        if required:
            raise ChannelInputError(f"missing field {name}")
        return ""
    if len(values) != 1:
        raise ChannelInputError(f"field {name} given more than once")
    return values[0]


def message_sid(fields: Mapping[str, Sequence[str]]) -> str:
    sid = single(fields, "MessageSid")
    if not _SID_PATTERN.match(sid):
        raise ChannelInputError("MessageSid is malformed")
    return sid


def twiml(texts: Sequence[str]) -> tuple[str, str]:
    response = MessagingResponse()
    for text in texts:
        response.message(text)
    return str(response), TWIML_MEDIA_TYPE


MAX_MEDIA_ITEMS = 10


def inbound_media(fields: Mapping[str, Sequence[str]]) -> tuple[tuple[str, str], ...]:
    """(url, declared type) for each attachment of an MMS or WhatsApp message."""
    raw_count = single(fields, "NumMedia", required=False) or "0"
    if not raw_count.isdigit() or int(raw_count) > MAX_MEDIA_ITEMS:
        raise ChannelInputError("NumMedia is malformed")
    media = []
    for n in range(int(raw_count)):
        url = single(fields, f"MediaUrl{n}")
        if not url.startswith("https://"):
            raise ChannelInputError("a media URL is not https")
        media.append((url, single(fields, f"MediaContentType{n}", required=False)))
    return tuple(media)
