"""The small interface every channel implements, and the errors channels raise.

A channel turns what its vendor sends into the channel-neutral `intake.inbound.InboundMessage`
(which then goes through the one intake path) and knows how to answer. Vendor exceptions are
translated into these errors at the channel boundary.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from intake.errors import IntakeError
from intake.inbound import InboundMessage


class ChannelInputError(IntakeError):
    """What the vendor sent cannot be used (a required field missing or malformed)."""

    code = "channel.bad_input"
    http_status = 400


class InboundChannel(Protocol):
    name: str

    def parse_inbound(self, fields: Mapping[str, Sequence[str]]) -> InboundMessage:
        """Build the neutral message from the vendor's fields; raise ChannelInputError."""
        ...

    def reply(self, texts: Sequence[str]) -> tuple[str, str]:
        """The synchronous answer to the vendor: (body, media type)."""
        ...


class MessageSender(Protocol):
    """Outbound side of a messaging channel (Twilio, or the console in development).

    Implementations raise only `channels.errors` exceptions. Addresses are E.164 numbers;
    the sender adds any channel prefix (`whatsapp:`) itself.
    """

    name: str

    def sender_key(self, channel: str) -> str:
        """Our own sending address for `channel` (the send-rate pacing key)."""
        ...

    async def send(
        self,
        *,
        channel: str,
        to: str,
        body: str | None = None,
        content_sid: str | None = None,
        content_variables: Mapping[str, str] | None = None,
        status_callback: str | None,
    ) -> str:
        """Send one message; return the provider's message id."""
        ...

    async def fetch_media(self, url: str, *, max_bytes: int | None = None) -> bytes:
        """Download an inbound attachment (MediaTooLargeError past `max_bytes`)."""
        ...

    async def delete_message(self, sid: str) -> None:
        """Remove a message (and its media) from the provider's storage."""
        ...

    async def delete_media(self, url: str) -> None:
        """Remove one inbound attachment from the provider's storage."""
        ...

    async def aclose(self) -> None: ...
