"""Outbound Twilio: send SMS and WhatsApp messages, fetch and delete inbound media.

Uses the real `twilio` library (`twilio.rest.Client`). The library has no base-URL setting,
so a custom `HttpClient` (its documented extension point) rewrites `https://*.twilio.com` to
`INTAKE_TWILIO_API_BASE` when that is set: tests and staging talk to a fake server through
exactly the code that talks to Twilio in production.

The library is synchronous (requests); every call runs in a worker thread so the event loop
never blocks. Every vendor exception is translated into `channels.errors` here, keeping only
numeric codes: Twilio's messages quote phone numbers. The library's own request logging
(URLs, query parameters, headers) is switched off in the HTTP client itself, not only by log
levels, so no configuration mistake can make it print.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx
import requests
from twilio.base.exceptions import TwilioException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client
from urllib3.exceptions import MaxRetryError, NewConnectionError

from channels.errors import (
    MediaSourceError,
    MediaTooLargeError,
    OutboundError,
    OutsideWindowError,
    ProviderUnavailableError,
    RateLimitedError,
    RecipientOptedOutError,
    SenderNotConfiguredError,
    SendOutcomeUnknownError,
    SendRejectedError,
)
from intake.db.models import Channel
from intake.settings import Settings

log = logging.getLogger(__name__)

TWILIO_OPTED_OUT = 21610
TWILIO_OUTSIDE_WINDOW = 63016
TWILIO_TOO_MANY_REQUESTS = 20429
TWILIO_NOT_FOUND = 20404
DEFAULT_TIMEOUT_S = 15.0
DEFAULT_MAX_MEDIA_BYTES = 16 * 1024 * 1024
WHATSAPP_PREFIX = "whatsapp:"

# /2010-04-01/Accounts/AC.../Messages/MM.../Media/ME...
_MEDIA_PATH = re.compile(
    r"^/2010-04-01/Accounts/(?P<account>AC[0-9a-fA-F]{32})"
    r"/Messages/(?P<message>(?:MM|SM)[0-9a-fA-F]{32})"
    r"/Media/(?P<media>ME[0-9a-fA-F]{32})(?:\.json)?$"
)


def is_twilio_host(host: str) -> bool:
    host = host.lower()
    return host == "twilio.com" or host.endswith(".twilio.com")


def rebase_url(url: str, api_base: str | None) -> str:
    """`https://api.twilio.com/path?q` -> `{api_base}/path?q` when a base is configured."""
    if not api_base:
        return url
    parts = urlsplit(url)
    if parts.scheme != "https" or not is_twilio_host(parts.hostname or ""):
        return url
    rebased = api_base.rstrip("/") + parts.path
    return f"{rebased}?{parts.query}" if parts.query else rebased


class RebasingHttpClient(TwilioHttpClient):  # type: ignore[misc]  # twilio ships no types
    """twilio's requests-based client, pointed at `api_base` and never logging requests."""

    def __init__(self, api_base: str | None, *, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        super().__init__(pool_connections=True, timeout=timeout)
        self.api_base = api_base.rstrip("/") if api_base else None

    def request(
        self,
        method: str,
        url: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> Any:
        return super().request(
            method,
            rebase_url(url, self.api_base),
            params=params,
            data=data,
            headers=headers,
            auth=auth,
            timeout=timeout,
            allow_redirects=allow_redirects,
        )

    # The base class logs URLs, query parameters and headers at INFO; a GET with a `To`
    # filter would put a worker's number in the log. Log nothing, whatever the level.
    def log_request(self, kwargs: dict[str, Any]) -> None:
        return None

    def log_response(self, status_code: int, response: Any) -> None:
        return None

    def close(self) -> None:
        if self.session is not None:
            self.session.close()


def map_twilio_error(exc: BaseException, *, sending: bool) -> OutboundError:
    """Translate a vendor exception into ours; `sending` marks a non-idempotent request
    (creating a message), where a lost answer means the outcome is unknown."""
    if isinstance(exc, TwilioException):
        return _map_provider_answer(getattr(exc, "status", None), getattr(exc, "code", None))
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return ProviderUnavailableError("could not connect to the messaging provider")
    if isinstance(exc, requests.exceptions.ConnectionError) and _never_connected(exc):
        return ProviderUnavailableError("could not connect to the messaging provider")
    if not sending:
        return ProviderUnavailableError("the messaging provider did not answer")
    # A read timeout, a dropped connection or an unreadable answer after the request went
    # out: the message may exist at the provider.
    return SendOutcomeUnknownError("no usable answer from the messaging provider")


def _map_provider_answer(status: object, code: object) -> OutboundError:
    status_int = _as_int(status)
    code_int = _as_int(code)
    kwargs: dict[str, Any] = {"provider_code": code_int, "provider_status": status_int}
    if code_int == TWILIO_OPTED_OUT:
        return RecipientOptedOutError("the recipient opted out of this sender", **kwargs)
    if code_int == TWILIO_OUTSIDE_WINDOW:
        return OutsideWindowError("outside the WhatsApp 24-hour window", **kwargs)
    if status_int == 429 or code_int == TWILIO_TOO_MANY_REQUESTS:
        return RateLimitedError("the messaging provider is rate limiting", **kwargs)
    if status_int is None or status_int >= 500:
        return ProviderUnavailableError("the messaging provider failed", **kwargs)
    return SendRejectedError("the messaging provider refused the request", **kwargs)


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _never_connected(exc: requests.exceptions.ConnectionError) -> bool:
    """True when the connection itself failed (DNS, refused), so nothing was sent."""
    reason = exc.args[0] if exc.args else None
    if isinstance(reason, MaxRetryError):
        reason = reason.reason
    return isinstance(reason, NewConnectionError)


class TwilioSender:
    """Sends through Twilio's REST API. Holds the credentials; never logs an address."""

    name = "twilio"

    def __init__(
        self,
        *,
        account_sid: str,
        auth_token: str,
        sms_from: str | None,
        whatsapp_from: str | None,
        api_base: str | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_media_bytes: int = DEFAULT_MAX_MEDIA_BYTES,
    ) -> None:
        self._account_sid = account_sid
        self._auth = (account_sid, auth_token)
        self._sms_from = sms_from
        self._whatsapp_from = _strip_whatsapp(whatsapp_from) if whatsapp_from else None
        self._api_base = api_base.rstrip("/") if api_base else None
        self._max_media_bytes = max_media_bytes
        self._http_client = RebasingHttpClient(self._api_base, timeout=timeout_s)
        self._client = Client(account_sid, auth_token, http_client=self._http_client)
        # Media downloads stream (size cap) and follow Twilio's redirect to a signed URL;
        # httpx drops the Authorization header when a redirect leaves the origin.
        self._media_http = httpx.AsyncClient(
            follow_redirects=True,
            max_redirects=5,
            timeout=httpx.Timeout(30.0, connect=5.0),
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> TwilioSender:
        return cls(
            account_sid=settings.twilio_account_sid,
            auth_token=settings.twilio_auth_token.get_secret_value(),
            sms_from=settings.twilio_sms_from,
            whatsapp_from=settings.twilio_whatsapp_from,
            api_base=settings.twilio_api_base,
            max_media_bytes=settings.max_media_bytes,
        )

    def __repr__(self) -> str:
        return f"TwilioSender(account=...{self._account_sid[-4:]})"

    def sender_key(self, channel: str) -> str:
        # A hash, so pacing keys (in Redis) carry no number, even ours.
        source = self._from_address(channel)
        return hashlib.sha256(source.encode()).hexdigest()[:24]

    def _from_address(self, channel: str) -> str:
        if channel == Channel.SMS and self._sms_from:
            return self._sms_from
        if channel == Channel.WHATSAPP and self._whatsapp_from:
            return WHATSAPP_PREFIX + self._whatsapp_from
        raise SenderNotConfiguredError(f"no sending address configured for {channel}")

    @staticmethod
    def _to_address(channel: str, to: str) -> str:
        if channel == Channel.WHATSAPP:
            return WHATSAPP_PREFIX + _strip_whatsapp(to)
        if channel == Channel.SMS:
            return to
        raise SendRejectedError(f"cannot send on channel {channel}")

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
        if (body is None) == (content_sid is None):
            raise SendRejectedError("give exactly one of a body or a content template")
        params: dict[str, Any] = {
            "to": self._to_address(channel, to),
            "from_": self._from_address(channel),
        }
        if body is not None:
            params["body"] = body
        else:
            params["content_sid"] = content_sid
            if content_variables:
                params["content_variables"] = json.dumps(dict(content_variables))
        if status_callback:
            params["status_callback"] = status_callback
        error: OutboundError | None = None
        try:
            created = await asyncio.to_thread(self._client.messages.create, **params)
        except Exception as exc:
            error = map_twilio_error(exc, sending=True)
        if error is not None:
            # Raised outside the except block: no chained vendor exception (and its message,
            # which may quote the number) travels with ours into a traceback.
            raise error
        sid = str(getattr(created, "sid", "") or "")
        if not sid:
            raise SendOutcomeUnknownError("the provider answered without a message id")
        return sid

    async def delete_message(self, sid: str) -> None:
        await self._delete(lambda: self._client.messages(sid).delete())

    async def delete_media(self, url: str) -> None:
        match = self._media_match(url)
        message_sid, media_sid = match["message"], match["media"]
        await self._delete(lambda: self._client.messages(message_sid).media(media_sid).delete())

    async def _delete(self, call: Any) -> None:
        error: OutboundError | None = None
        try:
            await asyncio.to_thread(call)
        except Exception as exc:
            error = map_twilio_error(exc, sending=False)
        if error is not None:
            if error.provider_status == 404 or error.provider_code == TWILIO_NOT_FOUND:
                return  # already gone: what we wanted
            raise error

    def _media_match(self, url: str) -> re.Match[str]:
        parts = urlsplit(url)
        match = _MEDIA_PATH.match(parts.path)
        if (
            parts.scheme != "https"
            or not is_twilio_host(parts.hostname or "")
            or match is None
            or match["account"] != self._account_sid
        ):
            # Credentials go only to our own account's media on Twilio's API.
            raise MediaSourceError("not a media URL of this Twilio account")
        return match

    async def fetch_media(self, url: str, *, max_bytes: int | None = None) -> bytes:
        self._media_match(url)
        limit = max_bytes if max_bytes is not None else self._max_media_bytes
        target = rebase_url(url, self._api_base)
        error: OutboundError | None = None
        try:
            async with self._media_http.stream(
                "GET", target, auth=httpx.BasicAuth(*self._auth)
            ) as response:
                if response.status_code >= 400:
                    error = _map_provider_answer(response.status_code, None)
                else:
                    return await _read_capped(response, limit)
        except httpx.HTTPError:
            error = ProviderUnavailableError("could not download the media")
        assert error is not None
        raise error

    async def aclose(self) -> None:
        await self._media_http.aclose()
        await asyncio.to_thread(self._http_client.close)


async def _read_capped(response: httpx.Response, limit: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise MediaTooLargeError("the media is larger than allowed")
    data = bytearray()
    async for chunk in response.aiter_bytes():
        data += chunk
        if len(data) > limit:
            # Stop reading at once: the declared length may lie.
            raise MediaTooLargeError("the media is larger than allowed")
    return bytes(data)


def _strip_whatsapp(address: str) -> str:
    return address[len(WHATSAPP_PREFIX) :] if address.startswith(WHATSAPP_PREFIX) else address


def twilio_configured(settings: Settings) -> bool:
    """True when Twilio can actually send: a real auth token and at least one From."""
    return bool(
        settings.twilio_auth_token.get_secret_value()
        and (settings.twilio_sms_from or settings.twilio_whatsapp_from)
    )
