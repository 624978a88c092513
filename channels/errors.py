"""The errors an outbound channel raises, whatever the vendor behind it.

Vendor exceptions (twilio's `TwilioRestException`, `requests` errors, httpx errors) are
translated into these at the channel boundary, so the domain code never imports a vendor
and never sees a vendor's message text: Twilio's error messages quote phone numbers
("The 'To' number +1555... is not a valid phone number"), so only the numeric code and HTTP
status survive the translation. Every class has a stable `code` for logs and the outbox, and
says whether trying again later can help (`retryable`).
"""

from __future__ import annotations

from typing import ClassVar

from intake.errors import IntakeError
from intake.media import MediaTooLargeError

__all__ = [
    "MediaSourceError",
    "MediaTooLargeError",
    "OutboundError",
    "OutsideWindowError",
    "ProviderUnavailableError",
    "RateLimitedError",
    "RecipientOptedOutError",
    "SendOutcomeUnknownError",
    "SendRejectedError",
    "SenderNotConfiguredError",
]


class OutboundError(IntakeError):
    """Base class. `provider_code` / `provider_status` are the vendor's numeric error code and
    HTTP status (numbers only, never the vendor's message)."""

    code = "outbound.error"
    http_status = 502
    retryable: ClassVar[bool] = False

    def __init__(
        self,
        message: str | None = None,
        *,
        provider_code: int | None = None,
        provider_status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.provider_code = provider_code
        self.provider_status = provider_status

    @property
    def error_code(self) -> str:
        """What to store in `messages.error_code`: the provider's code when there is one."""
        return str(self.provider_code) if self.provider_code is not None else self.code


class RecipientOptedOutError(OutboundError):
    """Twilio 21610: the recipient sent STOP to this sender. Never retry; record the opt-out."""

    code = "outbound.recipient_opted_out"


class OutsideWindowError(OutboundError):
    """Twilio 63016: free-form WhatsApp text outside the 24-hour window; only a template
    (ContentSid) may be sent."""

    code = "outbound.outside_window"


class RateLimitedError(OutboundError):
    """HTTP 429 / Twilio 20429, or our own pacer had no slot soon enough. Try again later."""

    code = "outbound.rate_limited"
    retryable = True


class ProviderUnavailableError(OutboundError):
    """5xx or no connection: the provider did not take the request. Try again later."""

    code = "outbound.provider_unavailable"
    retryable = True


class SendOutcomeUnknownError(OutboundError):
    """The request may have reached the provider but no answer came back (read timeout, a
    connection dropped mid-request). Sending again could deliver the message twice, so the
    caller must treat the send as unconfirmed and never repeat it."""

    code = "outbound.outcome_unknown"


class SendRejectedError(OutboundError):
    """Any other 4xx: the provider refused this request; repeating it will not help."""

    code = "outbound.rejected"


class SenderNotConfiguredError(SendRejectedError):
    """No From address is configured for this channel."""

    code = "outbound.not_configured"


class MediaSourceError(OutboundError):
    """A media URL that is not the provider's API: never fetched, never sent credentials."""

    code = "media.bad_source"
