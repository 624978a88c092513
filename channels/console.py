"""A console channel for local development: outbound messages are printed and kept in memory.

Chosen by `intake.outbound.build_sender` only in development or test when Twilio is not
configured (no auth token or no From number). It prints message text to stdout, which is
exactly what production must never do, so it refuses to be built outside development; the
recipient's number is shown masked even here.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TextIO

from channels.errors import MediaSourceError
from intake.db.models import Channel
from intake.settings import Settings


@dataclass(frozen=True, slots=True, repr=False)
class ConsoleMessage:
    sid: str
    channel: str
    to: str
    body: str | None
    content_sid: str | None
    content_variables: Mapping[str, str] = field(default_factory=dict)
    status_callback: str | None = None

    def __repr__(self) -> str:
        return f"ConsoleMessage({self.sid}, {self.channel})"


class ConsoleSender:
    """Same interface as `TwilioSender` (`channels.base.MessageSender`)."""

    name = "console"

    def __init__(self, *, stream: TextIO | None = None, echo: bool = True) -> None:
        self.sent: list[ConsoleMessage] = []
        self.deleted: list[str] = []
        self._stream = stream
        self._echo = echo
        self._counter = itertools.count(1)

    @classmethod
    def for_settings(cls, settings: Settings) -> ConsoleSender:
        if not settings.is_development:
            raise RuntimeError("the console channel prints messages: development only")
        return cls()

    def sender_key(self, channel: str) -> str:
        return f"console-{channel}"

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
        sid = f"SM{next(self._counter):032x}"
        message = ConsoleMessage(
            sid=sid,
            channel=str(channel),
            to=to,
            body=body,
            content_sid=content_sid,
            content_variables=dict(content_variables or {}),
            status_callback=status_callback,
        )
        self.sent.append(message)
        if self._echo:
            shown = body if body is not None else f"[template {content_sid}]"
            stream = self._stream or sys.stdout
            stream.write(f"[console {Channel(channel).value} to {_mask(to)}] {shown}\n")
            stream.flush()
        return sid

    async def fetch_media(self, url: str, *, max_bytes: int | None = None) -> bytes:
        raise MediaSourceError("the console channel has no media to fetch")

    async def delete_message(self, sid: str) -> None:
        self.deleted.append(sid)

    async def delete_media(self, url: str) -> None:
        self.deleted.append("media")

    async def aclose(self) -> None:
        return None


def _mask(address: str) -> str:
    return "..." + address[-2:] if len(address) > 2 else "..."
