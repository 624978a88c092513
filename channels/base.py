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
