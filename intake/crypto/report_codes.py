"""Report codes: the secret that lets an anonymous worker follow up from any phone.

A code is 20 random decimal digits (log2(10^20) ~ 66.4 bits, above the threat model's 64-bit
floor), shown as ``1234 5678 9012 3456 7890``: digits only so it can be typed on any phone
keypad and in any script (Arabic-Indic, Devanagari, Burmese and fullwidth digits are
accepted on input).

The database never holds a code. It holds:

* ``lookup_index(code)`` = HMAC-SHA256(report-code lookup key, code): finds the row. Keyed,
  so a copy of the database alone cannot be brute-forced.
* ``hash(code)`` = argon2id(HMAC(pepper, code)): verified after the row is found. Memory-hard
  and peppered, as defence in depth should the index key leak.

Argon2 work (hash and verify) is serialised behind one process-wide lock: at 64 MiB per
call, a burst of concurrent lookups would otherwise exhaust memory. Callers on an event loop
must run these methods in a worker thread (``asyncio.to_thread``); they block. Lookups must
also be rate-limited by the web layer.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import unicodedata

from argon2 import Parameters, PasswordHasher, profiles
from argon2.exceptions import Argon2Error, InvalidHashError

from intake.crypto.keyring import KEY_SIZE, PURPOSE_REPORT_CODE, IndexKey

__all__ = [
    "REPORT_CODE_DIGITS",
    "ReportCodeHasher",
    "format_report_code",
    "generate_report_code",
    "normalise_report_code",
]

REPORT_CODE_DIGITS = 20
_MAX_INPUT = 128  # generous for separators; bounds the work on hostile input
# Separators people type or paste between groups; dashes in any script count (category Pd),
# plus the minus sign that some keyboards and autocorrect substitute for a hyphen.
_SEPARATORS = frozenset(".\u00b7\u2022\u2212\uff0e\u3002_/")

# One lock for every hasher in the process: the memory bound is per process, not per object.
_ARGON2_LOCK = threading.Lock()


def generate_report_code() -> str:
    """Return a new random 20-digit code (leading zeros allowed)."""
    return f"{secrets.randbelow(10**REPORT_CODE_DIGITS):0{REPORT_CODE_DIGITS}d}"


def format_report_code(code: str) -> str:
    """Group a code in fours for display: ``1234 5678 9012 3456 7890``.

    Accepts any spelling :func:`normalise_report_code` accepts.
    """
    norm = normalise_report_code(code)
    if norm is None:
        raise ValueError("not a report code")
    return " ".join(norm[i : i + 4] for i in range(0, REPORT_CODE_DIGITS, 4))


def normalise_report_code(text: str) -> str | None:
    """Return the 20 ASCII digits of a typed code, or ``None`` if it is not a code.

    Strips whitespace, dashes, dots and similar separators and maps every Unicode decimal
    digit (Arabic-Indic, Extended Arabic-Indic, Devanagari, Burmese, fullwidth, ...) to
    ASCII. Anything else (letters, too few or too many digits) gives ``None``.
    """
    if not isinstance(text, str) or len(text) > _MAX_INPUT:
        return None
    digits: list[str] = []
    for ch in text:
        if ch.isdecimal():
            digits.append(str(unicodedata.decimal(ch)))
        elif ch.isspace() or ch in _SEPARATORS or unicodedata.category(ch) == "Pd":
            continue
        else:
            return None
    if len(digits) != REPORT_CODE_DIGITS:
        return None
    return "".join(digits)


class ReportCodeHasher:
    """Keyed lookup index and argon2id hash of report codes.

    ``lookup_key`` is the report-code sub-key of the index key (``IndexKey.derive(
    PURPOSE_REPORT_CODE)``, or use :meth:`from_index_key`). ``argon2_profile`` defaults to
    RFC 9106 low-memory (t=3, 64 MiB, p=4); pass ``argon2.profiles.CHEAPEST`` in tests only.
    """

    __slots__ = ("_hasher", "_lookup_key", "_pepper")

    def __init__(
        self,
        lookup_key: bytes,
        *,
        argon2_profile: Parameters = profiles.RFC_9106_LOW_MEMORY,
    ) -> None:
        if not isinstance(lookup_key, bytes) or len(lookup_key) < KEY_SIZE:
            raise ValueError(f"report code lookup key must be at least {KEY_SIZE} bytes")
        self._lookup_key = lookup_key
        # Separate pepper for the slow hash so the lookup index and the hash input differ.
        self._pepper = hmac.new(lookup_key, b"intake/report-code/pepper", hashlib.sha256).digest()
        self._hasher = PasswordHasher.from_parameters(argon2_profile)

    @classmethod
    def from_index_key(
        cls, index_key: IndexKey, *, argon2_profile: Parameters = profiles.RFC_9106_LOW_MEMORY
    ) -> ReportCodeHasher:
        """Build a hasher from the index key's report-code sub-key."""
        return cls(index_key.derive(PURPOSE_REPORT_CODE), argon2_profile=argon2_profile)

    @staticmethod
    def _require(code: str) -> str:
        norm = normalise_report_code(code)
        if norm is None:
            raise ValueError("not a report code")  # never echo the input: it may be a secret
        return norm

    def lookup_index(self, code: str) -> bytes:
        """HMAC-SHA256 lookup index (32 bytes) of a code; ``ValueError`` if not a code."""
        norm = self._require(code)
        return hmac.new(self._lookup_key, b"report-code:" + norm.encode(), hashlib.sha256).digest()

    def _secret_input(self, norm: str) -> bytes:
        return hmac.new(self._pepper, norm.encode(), hashlib.sha256).digest()

    def hash(self, code: str) -> str:
        """argon2id hash (PHC string) of a code; ``ValueError`` if not a code. Blocks."""
        secret = self._secret_input(self._require(code))
        with _ARGON2_LOCK:
            return self._hasher.hash(secret)

    def verify(self, stored_hash: str, code: str) -> bool:
        """True iff ``code`` matches ``stored_hash``. Never raises on bad input. Blocks."""
        norm = normalise_report_code(code)
        if norm is None or not isinstance(stored_hash, str):
            return False
        secret = self._secret_input(norm)
        try:
            with _ARGON2_LOCK:
                return self._hasher.verify(stored_hash, secret)
        except (Argon2Error, InvalidHashError, ValueError, TypeError):
            return False

    def needs_rehash(self, stored_hash: str) -> bool:
        """True if ``stored_hash`` was made with other argon2 parameters than this hasher's."""
        try:
            return self._hasher.check_needs_rehash(stored_hash)
        except (InvalidHashError, ValueError):
            return True

    def __repr__(self) -> str:
        return "ReportCodeHasher(lookup_key=<hidden>)"
