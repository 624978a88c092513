"""The project's own errors. Each has a stable `code` (clients and operators key on it) and an
HTTP status; messages never carry personal data, since they may reach logs and error reports."""

from __future__ import annotations

from typing import ClassVar


class IntakeError(Exception):
    code: ClassVar[str] = "intake.error"
    http_status: ClassVar[int] = 500

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.code)
        self.message = message or self.code


class BadRequestError(IntakeError):
    code = "request.malformed"
    http_status = 400


class PayloadTooLargeError(IntakeError):
    code = "request.too_large"
    http_status = 413


class SignatureError(IntakeError):
    code = "twilio.bad_signature"
    http_status = 403


class WrongAccountError(IntakeError):
    code = "twilio.wrong_account"
    http_status = 403


class InvalidSenderError(IntakeError):
    code = "inbound.invalid_sender"
    http_status = 400


class NotFoundError(IntakeError):
    code = "not_found"
    http_status = 404
