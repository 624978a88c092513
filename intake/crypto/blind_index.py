"""Phone-number normalisation and keyed blind indexes (HMAC-SHA256).

A contact's phone number / WhatsApp id is stored encrypted; to find "the contact who sent
this message" the database also holds ``HMAC-SHA256(contact_index_key, "phone:" + E.164)``.
Equal numbers give equal indexes (intended: it links reports from the same sender); without
the index key, which never lives in the database, the index cannot be reversed even though
phone numbers have low entropy.

Normalisation matters more than the HMAC: ``whatsapp:+1 555 123 4567``, ``+15551234567`` and
the WhatsApp ``WaId`` ``15551234567`` must all produce the same index, or one worker becomes
several contacts and opt-outs (STOP) stop matching.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

import phonenumbers

from intake.crypto.errors import InvalidAddressError
from intake.crypto.keyring import KEY_SIZE, PURPOSE_CONTACT_INDEX, IndexKey

__all__ = ["BlindIndexer", "InvalidAddressError", "normalise_phone"]

_PREFIXES = ("whatsapp:", "sms:", "tel:")
_MAX_INPUT = 64  # far above any real number; bounds the work done on hostile input
_PHONE_DOMAIN = "phone:"


def _parse(number: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None


def normalise_phone(raw: str, default_region: str = "US") -> str:
    """Return the E.164 form of a phone number or WhatsApp id.

    Accepts ``whatsapp:``/``sms:``/``tel:`` prefixes, spaces and the usual punctuation.
    ``default_region`` (ISO 3166 alpha-2) applies to numbers written without a country code.

    Bare digit strings (no ``+`` and no punctuation) are ambiguous: a WhatsApp ``WaId`` such
    as ``15551234567`` is international, a worker typing ``2025550123`` on a web form means a
    local number. Rule: after ``whatsapp:`` they are always international; otherwise, unless
    they start with ``0`` (no country code does: that is a trunk or ``00`` prefix), the
    international reading wins if it is a *valid* number, then the national reading if
    valid, then whichever is merely *possible*, international first. Unicode digits in any
    script are mapped to ASCII; ``00`` is accepted as an international prefix everywhere.

    Raises :class:`InvalidAddressError` (whose message never contains the input) when the
    input is not a possible phone number.
    """
    if not isinstance(raw, str):
        raise InvalidAddressError("phone number must be a string")
    s = "".join(raw.split())
    whatsapp = False
    lowered = s.lower()
    for prefix in _PREFIXES:
        if lowered.startswith(prefix):
            whatsapp = prefix == "whatsapp:"
            s = s[len(prefix) :]
            break
    if not s or len(s) > _MAX_INPUT:
        raise InvalidAddressError("not a possible phone number")
    # Map every Unicode decimal digit (Arabic-Indic, Devanagari, fullwidth, ...) to ASCII
    # first, so the bare-digit and "00" rules below see the same thing phonenumbers would.
    s = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in s)

    candidates: list[phonenumbers.PhoneNumber | None]
    if s.isdecimal() and (whatsapp or not s.startswith("0")):
        intl = _parse("+" + s, None)
        if whatsapp:
            candidates = [intl]
        else:
            national = _parse(s, default_region)
            valid: list[phonenumbers.PhoneNumber | None] = [
                n for n in (intl, national) if n is not None and phonenumbers.is_valid_number(n)
            ]
            candidates = valid or [intl, national]
    else:
        candidates = [_parse(s, default_region)]
        if s.startswith("00") and s.isdecimal():
            # "00" is the international prefix in most of the world, even where the default
            # region dials something else (011 in the US).
            candidates.append(_parse("+" + s[2:], None))

    for number in candidates:
        if number is not None and phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    raise InvalidAddressError("not a possible phone number")


class BlindIndexer:
    """Computes keyed blind indexes with one sub-key (see ``IndexKey.derive``)."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        if not isinstance(key, bytes) or len(key) < KEY_SIZE:
            raise ValueError(f"blind index key must be at least {KEY_SIZE} bytes")
        self._key = key

    @classmethod
    def for_contacts(cls, index_key: IndexKey) -> BlindIndexer:
        """The indexer for contact addresses (phone numbers / WhatsApp ids)."""
        return cls(index_key.derive(PURPOSE_CONTACT_INDEX))

    def index(self, value: str | bytes) -> bytes:
        """``HMAC-SHA256(key, value)``: 32 bytes. ``str`` values are UTF-8 encoded."""
        data = value.encode("utf-8") if isinstance(value, str) else value
        return hmac.new(self._key, data, hashlib.sha256).digest()

    def phone(self, raw: str, default_region: str = "US") -> bytes:
        """Blind index of a phone number / WhatsApp id, after :func:`normalise_phone`.

        The ``phone:`` prefix separates this domain from other values indexed with the
        same key, so an E.164 string can never collide with, say, an e-mail address.
        """
        return self.index(_PHONE_DOMAIN + normalise_phone(raw, default_region))

    def __repr__(self) -> str:
        return "BlindIndexer(key=<hidden>)"
