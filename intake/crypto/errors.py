"""Exceptions raised by :mod:`intake.crypto`.

Every error carries a stable ``code`` class attribute so that the web and job layers can map
it to a response or a metric without parsing messages. Messages are written for operators and
never contain plaintext, phone numbers, report codes or key material: they may end up in logs
and error reports, which the threat model treats as readable by the wrong people.
"""

from __future__ import annotations

__all__ = [
    "CryptoError",
    "DecryptionError",
    "InvalidAddressError",
    "KeyRingError",
    "UnknownKeyError",
]


class CryptoError(Exception):
    """Base class of every error raised by :mod:`intake.crypto`."""

    code: str = "crypto.error"


class KeyRingError(CryptoError):
    """A master-key ring, index key or key file is missing, malformed or insecure."""

    code = "crypto.keyring_invalid"


class UnknownKeyError(KeyRingError):
    """A wrapped data key names a master-key id (kid) that the ring does not hold.

    Usually means a master key was removed from the key file while rows still reference it,
    or the process was started with the wrong key file.
    """

    code = "crypto.unknown_key"


class DecryptionError(CryptoError):
    """A ciphertext failed authentication or is malformed.

    Raised for any tampering, truncation, unsupported format version, or use of a ciphertext
    in a context it was not made for (another row, column, table or data key).
    """

    code = "crypto.decryption_failed"


class InvalidAddressError(CryptoError):
    """A phone number / WhatsApp id could not be parsed into a possible E.164 number."""

    code = "crypto.invalid_address"
