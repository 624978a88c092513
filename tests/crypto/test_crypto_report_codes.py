"""Tests for intake.crypto.report_codes: generation, formatting, normalisation, hashing."""

from __future__ import annotations

import math
import re
import threading
from collections import Counter

import pytest
from argon2 import profiles
from hypothesis import given
from hypothesis import strategies as st

from intake.crypto import (
    PURPOSE_REPORT_CODE,
    REPORT_CODE_DIGITS,
    IndexKey,
    ReportCodeHasher,
    format_report_code,
    generate_report_code,
    normalise_report_code,
)

KEY = bytes(range(32))
CODE = "12345678901234567890"

# Digits 0-9 in other scripts, each as a 10-char string.
ARABIC_INDIC = "".join(chr(0x0660 + i) for i in range(10))
EXT_ARABIC_INDIC = "".join(chr(0x06F0 + i) for i in range(10))  # Persian / Urdu
DEVANAGARI = "".join(chr(0x0966 + i) for i in range(10))
BURMESE = "".join(chr(0x1040 + i) for i in range(10))
FULLWIDTH = "".join(chr(0xFF10 + i) for i in range(10))


def _in_script(code: str, digits: str) -> str:
    return "".join(digits[int(c)] for c in code)


@pytest.fixture(scope="module")
def hasher() -> ReportCodeHasher:
    return ReportCodeHasher(KEY, argon2_profile=profiles.CHEAPEST)


# --------------------------------------------------------------------------- generation


def test_entropy_is_at_least_64_bits() -> None:
    assert REPORT_CODE_DIGITS == 20
    assert REPORT_CODE_DIGITS * math.log2(10) >= 64


def test_generate_format() -> None:
    codes = [generate_report_code() for _ in range(2000)]
    assert all(re.fullmatch(r"[0-9]{20}", c) for c in codes)
    assert len(set(codes)) == len(codes)
    # Digits are roughly uniform: each of 40,000 digits is 0-9 with p=0.1 (expected 4,000
    # per digit, sd ~60); a biased generator (e.g. no leading zeros, modulo bias) fails.
    counts = Counter("".join(codes))
    assert set(counts) == set("0123456789")
    assert all(3600 < n < 4400 for n in counts.values()), counts
    # Leading zeros must be possible (a code is a string, not an int).
    first = Counter(c[0] for c in codes)
    assert first["0"] > 100


def test_format_report_code() -> None:
    assert format_report_code(CODE) == "1234 5678 9012 3456 7890"
    assert format_report_code("1234-5678-9012-3456-7890") == "1234 5678 9012 3456 7890"
    with pytest.raises(ValueError, match="not a report code"):
        format_report_code("123")


@given(st.integers(0, 10**20 - 1))
def test_format_normalise_round_trip(n: int) -> None:
    code = f"{n:020d}"
    shown = format_report_code(code)
    assert re.fullmatch(r"\d{4}( \d{4}){4}", shown)
    assert normalise_report_code(shown) == code


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    "text",
    [
        CODE,
        "1234 5678 9012 3456 7890",
        "1234-5678-9012-3456-7890",
        "1234.5678.9012.3456.7890",
        " 1234  5678\t9012\n3456 7890 ",
        "1234\u00a05678\u20139012\u20143456\u22127890",  # NBSP, en dash, em dash, minus
        _in_script(CODE, ARABIC_INDIC),
        _in_script(CODE, EXT_ARABIC_INDIC),
        _in_script(CODE, DEVANAGARI),
        _in_script(CODE, BURMESE),
        _in_script(CODE, FULLWIDTH),
        "١٢٣٤ ٥٦٧٨ 9012 3456 ７８９０",  # mixed scripts, as a phone keyboard might produce
    ],
)
def test_normalise_accepts(text: str) -> None:
    assert normalise_report_code(text) == CODE


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1234",
        CODE[:-1],  # 19 digits
        CODE + "1",  # 21 digits
        CODE[:-1] + "O",  # letter O for zero
        "abcd efgh ijkl mnop qrst",
        "1" * 200,
        "1234 5678 9012 3456 789x",
        "+1234567890123456789",
    ],
)
def test_normalise_rejects(text: str) -> None:
    assert normalise_report_code(text) is None


# --------------------------------------------------------------------------- hashing


def test_lookup_index(hasher: ReportCodeHasher) -> None:
    idx = hasher.lookup_index(CODE)
    assert len(idx) == 32
    assert hasher.lookup_index("1234 5678 9012 3456 7890") == idx
    assert hasher.lookup_index(_in_script(CODE, ARABIC_INDIC)) == idx
    assert hasher.lookup_index("12345678901234567891") != idx
    other_key = ReportCodeHasher(bytes(32), argon2_profile=profiles.CHEAPEST)
    assert other_key.lookup_index(CODE) != idx  # keyed
    with pytest.raises(ValueError, match="not a report code") as info:
        hasher.lookup_index("1234")
    assert "1234" not in str(info.value)


def test_hash_and_verify(hasher: ReportCodeHasher) -> None:
    stored = hasher.hash(CODE)
    assert stored.startswith("$argon2id$")
    assert CODE not in stored
    assert hasher.hash(CODE) != stored  # salted
    assert hasher.verify(stored, CODE)
    assert hasher.verify(stored, "1234 5678 9012 3456 7890")
    assert hasher.verify(stored, _in_script(CODE, DEVANAGARI))
    assert not hasher.verify(stored, "12345678901234567891")
    assert not hasher.verify(stored, "not a code")
    assert not hasher.verify("garbage", CODE)
    assert not hasher.verify("", CODE)
    assert not hasher.verify("$argon2id$v=19$m=8,t=1,p=1$AAAA$BBBB", CODE)


def test_hash_is_peppered_with_lookup_key(hasher: ReportCodeHasher) -> None:
    stored = hasher.hash(CODE)
    other = ReportCodeHasher(bytes(32), argon2_profile=profiles.CHEAPEST)
    # A database thief with only the hash and a plain argon2 verifier learns nothing.
    assert not other.verify(stored, CODE)


def test_default_profile_is_rfc9106_low_memory() -> None:
    h = ReportCodeHasher(KEY)
    stored = h.hash(CODE)  # ~0.1 s: the real production cost
    assert "$argon2id$v=19$m=65536,t=3,p=4$" in stored
    assert h.verify(stored, CODE)
    assert not h.needs_rehash(stored)
    cheap = ReportCodeHasher(KEY, argon2_profile=profiles.CHEAPEST).hash(CODE)
    assert h.needs_rehash(cheap)
    assert h.verify(cheap, CODE)  # parameters come from the stored hash


def test_from_index_key() -> None:
    ik = IndexKey(KEY)
    a = ReportCodeHasher.from_index_key(ik, argon2_profile=profiles.CHEAPEST)
    b = ReportCodeHasher(ik.derive(PURPOSE_REPORT_CODE), argon2_profile=profiles.CHEAPEST)
    assert a.lookup_index(CODE) == b.lookup_index(CODE)
    assert b.verify(a.hash(CODE), CODE)


def test_hashing_is_serialised(hasher: ReportCodeHasher, monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    active = 0
    peak = 0
    guard = threading.Lock()
    real_hash = PasswordHasher.hash

    def slow_hash(self: PasswordHasher, password: str | bytes, *, salt: bytes | None = None) -> str:
        nonlocal active, peak
        with guard:
            active += 1
            peak = max(peak, active)
        threading.Event().wait(0.01)
        try:
            return real_hash(self, password, salt=salt)
        finally:
            with guard:
                active -= 1

    monkeypatch.setattr(PasswordHasher, "hash", slow_hash)
    threads = [threading.Thread(target=hasher.hash, args=(CODE,)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak == 1


def test_hasher_rejects_short_key_and_hides_key() -> None:
    with pytest.raises(ValueError, match="32"):
        ReportCodeHasher(b"short")
    assert KEY.hex() not in repr(ReportCodeHasher(KEY, argon2_profile=profiles.CHEAPEST))
