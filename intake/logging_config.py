"""Logging that never identifies a worker.

The code logs ids, counts and error codes only. As a second line of defence every handler
redacts anything shaped like a phone number, and vendor loggers that print request bodies
(twilio's HTTP client, httpx) are turned down.
"""

from __future__ import annotations

import logging
import re
import sys

_PHONE_LIKE = re.compile(
    r"(?:whatsapp:)?\+\d[\d\s().-]{6,18}\d"  # +1 555 123 4567, whatsapp:+15551234567
    r"|(?<![\w.-])\d{10,15}(?![\w.-])"  # 15551234567 (a WhatsApp id)
    r"|(?<![\w.-])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w.-])"  # (555) 123-4567
)
_QUIET_LOGGERS = {
    "twilio": logging.WARNING,
    "twilio.http_client": logging.WARNING,
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "aiosqlite": logging.WARNING,
    "asyncio": logging.WARNING,
    "multipart": logging.WARNING,
    "python_multipart": logging.WARNING,
    "uvicorn.access": logging.CRITICAL + 1,
}


def redact(text: str) -> str:
    return _PHONE_LIKE.sub("[redacted]", text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class RedactingFormatter(logging.Formatter):
    """Also redacts tracebacks, which the filter cannot reach."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name, quiet_level in _QUIET_LOGGERS.items():
        logging.getLogger(name).setLevel(quiet_level)
    for name in ("uvicorn", "uvicorn.error", "arq"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
