"""Tests for intake.crypto.blind_index: phone normalisation and keyed blind indexes."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.crypto import (
    PURPOSE_CONTACT_INDEX,
    BlindIndexer,
    CryptoError,
    IndexKey,
    InvalidAddressError,
    normalise_phone,
)

KEY = bytes(range(32))


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("(202) 555-0123", "US", "+12025550123"),  # US local with punctuation
        ("202-555-0123", "US", "+12025550123"),
        ("2025550123", "US", "+12025550123"),  # bare local digits: national reading is valid
        ("+1 202 555 0123", "US", "+12025550123"),
        ("+44 20 7183 8750", "US", "+442071838750"),
        ("+442071838750", "GB", "+442071838750"),
        ("020 7183 8750", "GB", "+442071838750"),  # UK local
        ("whatsapp:+14155552671", "US", "+14155552671"),
        ("WhatsApp:+44 7700 900123", "US", "+447700900123"),
        ("sms:+14155552671", "US", "+14155552671"),
        ("tel:+1-415-555-2671", "US", "+14155552671"),
        ("15551234567", "US", "+15551234567"),  # WaId
        ("447700900123", "US", "+447700900123"),  # WaId of a UK number, default region US
        ("5511987654321", "US", "+5511987654321"),  # WaId of a Brazilian mobile
        ("whatsapp:2025550123", "US", "+2025550123"),  # after whatsapp: always international
        ("00442071838750", "US", "+442071838750"),  # 00 international prefix
        ("011 44 20 7183 8750", "US", "+442071838750"),  # US international prefix
        (
            "\u0661\u0665\u0665\u0665\u0661\u0662\u0663\u0664\u0665\u0666\u0667",
            "US",
            "+15551234567",
        ),
        ("  +1 415 555 2671\n", "US", "+14155552671"),
    ],
)
def test_normalise_phone(raw: str, region: str, expected: str) -> None:
    assert normalise_phone(raw, region) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "whatsapp:",
        "hello",
        "12",
        "+1 555",
        "+999 123 456 789",
        "call me maybe",
        "1" * 80,
        "+44 20 7183 8750 ext",
        "tel:abc",
    ],
)
def test_normalise_phone_rejects_junk_without_echo(raw: str) -> None:
    with pytest.raises(InvalidAddressError) as info:
        normalise_phone(raw)
    msg = str(info.value)
    stripped = raw.strip()
    if stripped:
        assert stripped not in msg
    assert isinstance(info.value, CryptoError)
    assert info.value.code == "crypto.invalid_address"
    assert info.value.__cause__ is None


def test_error_message_does_not_contain_digits_of_input() -> None:
    raw = "+1 555 12"
    with pytest.raises(InvalidAddressError) as info:
        normalise_phone(raw)
    assert "555" not in str(info.value)


@given(digits=st.text(alphabet="0123456789", min_size=8, max_size=12))
def test_normalise_is_idempotent(digits: str) -> None:
    raw = "+1" + digits
    try:
        e164 = normalise_phone(raw)
    except InvalidAddressError:
        return
    assert e164.startswith("+")
    assert normalise_phone(e164) == e164
    assert normalise_phone("whatsapp:" + e164) == e164
    assert normalise_phone(e164[1:]) == e164 or not e164.startswith("+1")


def test_blind_index_is_hmac_sha256() -> None:
    bi = BlindIndexer(KEY)
    assert bi.index("abc") == hmac.new(KEY, b"abc", hashlib.sha256).digest()
    assert len(bi.index("abc")) == 32
    assert bi.index(b"abc") == bi.index("abc")


def test_blind_index_equality_and_inequality() -> None:
    bi = BlindIndexer(KEY)
    same = [
        "+14155552671",
        "whatsapp:+14155552671",
        "14155552671",
        "(415) 555-2671",
        "tel:+1 415 555 2671",
    ]
    indexes = {bi.phone(s) for s in same}
    assert len(indexes) == 1
    assert bi.phone("+14155552672") not in indexes
    assert bi.phone("+442071838750") != bi.phone("+442071838751")
    # domain separation: the phone index is not the plain index of the E.164 string
    assert bi.phone("+14155552671") != bi.index("+14155552671")
    assert bi.phone("+14155552671") == bi.index("phone:+14155552671")


def test_blind_index_depends_on_key() -> None:
    a = BlindIndexer(KEY)
    b = BlindIndexer(bytes(32))
    assert a.phone("+14155552671") != b.phone("+14155552671")


def test_for_contacts_uses_contact_subkey() -> None:
    ik = IndexKey(KEY)
    bi = BlindIndexer.for_contacts(ik)
    assert bi.phone("+14155552671") == BlindIndexer(ik.derive(PURPOSE_CONTACT_INDEX)).phone(
        "+14155552671"
    )
    assert bi.phone("+14155552671") != BlindIndexer(KEY).phone("+14155552671")


def test_blind_indexer_rejects_short_key_and_hides_key() -> None:
    with pytest.raises(ValueError, match="32"):
        BlindIndexer(b"short")
    assert KEY.hex() not in repr(BlindIndexer(KEY))
