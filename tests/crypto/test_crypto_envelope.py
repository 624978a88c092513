"""Tests for intake.crypto.envelope: data-key wrapping, rotation and field encryption."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.crypto import (
    FIELD_FORMAT_VERSION,
    DecryptionError,
    FieldCipher,
    MasterKey,
    MasterKeyRing,
    UnknownKeyError,
    WrappedKey,
    generate_data_key,
    generate_master_key,
    read_field_header,
    rewrap_data_key,
    unwrap_data_key,
    wrap_data_key,
    wrapped_key_kid,
)

OLD = MasterKey("mk-20250101-aaaaaa", bytes(range(32)))
NEW = MasterKey("mk-20260101-bbbbbb", bytes(range(100, 132)))

REPORT_ID = "3f2b8c1e-0000-4000-8000-000000000001"
OTHER_REPORT_ID = "3f2b8c1e-0000-4000-8000-000000000002"
WHERE = {"table": "reports", "column": "body", "row_id": "row-1"}

_ident = st.text(min_size=1, max_size=20)


def _cipher(data_key_id: str = REPORT_ID) -> FieldCipher:
    return FieldCipher(generate_data_key(), data_key_id)


# --------------------------------------------------------------------------- field cipher


@given(plaintext=st.binary(max_size=2048), table=_ident, column=_ident, row_id=_ident)
def test_field_round_trip_bytes(plaintext: bytes, table: str, column: str, row_id: str) -> None:
    c = _cipher()
    blob = c.encrypt(plaintext, table=table, column=column, row_id=row_id)
    assert len(blob) == 1 + 1 + 16 + 12 + len(plaintext) + 16
    assert c.decrypt(blob, table=table, column=column, row_id=row_id) == plaintext


@given(text=st.text(max_size=500))
def test_field_round_trip_text(text: str) -> None:
    c = _cipher()
    blob = c.encrypt(text, **WHERE)
    assert c.decrypt_text(blob, **WHERE) == text
    assert c.decrypt(blob, **WHERE) == text.encode("utf-8")


def test_ciphertext_hides_plaintext_and_is_randomised() -> None:
    c = _cipher()
    msg = "my supervisor keeps our passports"
    a = c.encrypt(msg, **WHERE)
    b = c.encrypt(msg, **WHERE)
    assert a != b  # fresh nonce every time
    assert msg.encode() not in a
    # version | 0x00 | uuid(16) | nonce(12) | ciphertext | tag(16)
    assert len(a) == 1 + 1 + 16 + 12 + len(msg.encode()) + 16
    assert a[0] == FIELD_FORMAT_VERSION


def test_tamper_any_byte_is_rejected() -> None:
    c = _cipher()
    blob = c.encrypt("child labour at the packing shed", **WHERE)
    for i in range(len(blob)):
        for flip in (0x01, 0x80, 0xFF):
            bad = bytearray(blob)
            bad[i] ^= flip
            with pytest.raises(DecryptionError):
                c.decrypt(bytes(bad), **WHERE)


@settings(max_examples=200)
@given(data=st.data())
def test_tamper_property(data: st.DataObject) -> None:
    c = _cipher(uuid.uuid4().hex)
    plaintext = data.draw(st.binary(max_size=64))
    blob = c.encrypt(plaintext, **WHERE)
    i = data.draw(st.integers(0, len(blob) - 1))
    flip = data.draw(st.integers(1, 255))
    bad = bytearray(blob)
    bad[i] ^= flip
    with pytest.raises(DecryptionError):
        c.decrypt(bytes(bad), **WHERE)


@pytest.mark.parametrize("cut", [0, 1, 2, 17, 18, 30, 45])
def test_truncated_blob_is_rejected(cut: int) -> None:
    c = _cipher()
    blob = c.encrypt(b"x", **WHERE)
    with pytest.raises(DecryptionError):
        c.decrypt(blob[:cut], **WHERE)


def test_appended_bytes_are_rejected() -> None:
    c = _cipher()
    blob = c.encrypt(b"hello", **WHERE)
    with pytest.raises(DecryptionError):
        c.decrypt(blob + b"\x00", **WHERE)


@pytest.mark.parametrize(
    "where",
    [
        {"table": "reports", "column": "body", "row_id": "row-2"},  # other row
        {"table": "reports", "column": "notes", "row_id": "row-1"},  # other column
        {"table": "messages", "column": "body", "row_id": "row-1"},  # other table
    ],
    ids=["wrong-row", "wrong-column", "wrong-table"],
)
def test_ciphertext_bound_to_its_place(where: dict[str, str]) -> None:
    c = _cipher()
    blob = c.encrypt("secret", **WHERE)
    with pytest.raises(DecryptionError):
        c.decrypt(blob, **where)
    # and it still works in its own place, so the failure above is due to the move
    assert c.decrypt_text(blob, **WHERE) == "secret"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("t", "ab", "c"), ("t", "a", "bc")),
        (("ta", "b", "c"), ("t", "ab", "c")),
        (("t", "c", "r|1"), ("t", "c|r", "1")),
    ],
)
def test_aad_fields_are_unambiguous(a: tuple[str, str, str], b: tuple[str, str, str]) -> None:
    c = _cipher()
    blob = c.encrypt("v", table=a[0], column=a[1], row_id=a[2])
    with pytest.raises(DecryptionError):
        c.decrypt(blob, table=b[0], column=b[1], row_id=b[2])


def test_other_reports_key_is_rejected() -> None:
    mine = _cipher(REPORT_ID)
    blob = mine.encrypt("secret", **WHERE)
    with pytest.raises(DecryptionError):
        _cipher(OTHER_REPORT_ID).decrypt(blob, **WHERE)
    # Even a cipher claiming the same data key id but holding another key fails.
    with pytest.raises(DecryptionError):
        _cipher(REPORT_ID).decrypt(blob, **WHERE)


def test_same_key_different_id_is_rejected() -> None:
    dek = generate_data_key()
    blob = FieldCipher(dek, REPORT_ID).encrypt("secret", **WHERE)
    with pytest.raises(DecryptionError):
        FieldCipher(dek, OTHER_REPORT_ID).decrypt(blob, **WHERE)


def test_uuid_spellings_are_interchangeable() -> None:
    u = uuid.uuid4()
    dek = generate_data_key()
    blob = FieldCipher(dek, u.hex).encrypt("x", **WHERE)
    assert FieldCipher(dek, str(u)).decrypt_text(blob, **WHERE) == "x"
    assert FieldCipher(dek, str(u).upper()).decrypt_text(blob, **WHERE) == "x"
    assert read_field_header(blob).data_key_id == str(u)


@given(data_key_id=st.text(min_size=1, max_size=60))
def test_non_uuid_ids_round_trip(data_key_id: str) -> None:
    c = FieldCipher(generate_data_key(), data_key_id)
    blob = c.encrypt("hi", **WHERE)
    assert read_field_header(blob).data_key_id == c.data_key_id
    assert c.decrypt_text(blob, **WHERE) == "hi"


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        FieldCipher(b"short", REPORT_ID)
    with pytest.raises(ValueError, match="data_key_id"):
        FieldCipher(generate_data_key(), "")
    with pytest.raises(ValueError, match="row_id"):
        _cipher().encrypt("x", table="t", column="c", row_id="")


def test_errors_and_repr_do_not_leak() -> None:
    dek = generate_data_key()
    c = FieldCipher(dek, REPORT_ID)
    assert dek.hex() not in repr(c)
    assert repr(dek) not in repr(c)
    blob = c.encrypt("TOPSECRET", **WHERE)
    with pytest.raises(DecryptionError) as info:
        c.decrypt(blob, table="reports", column="body", row_id="other")
    assert "TOPSECRET" not in str(info.value)
    assert info.value.code == "crypto.decryption_failed"
    assert info.value.__cause__ is None  # InvalidTag is not chained into error reports


def test_non_utf8_text_is_decryption_error() -> None:
    c = _cipher()
    blob = c.encrypt(b"\xff\xfe", **WHERE)
    with pytest.raises(DecryptionError):
        c.decrypt_text(blob, **WHERE)


# --------------------------------------------------------------------------- wrapping


def test_wrap_unwrap_round_trip() -> None:
    ring = MasterKeyRing([NEW, OLD])
    dek = generate_data_key()
    wrapped = wrap_data_key(ring, dek, data_key_id=REPORT_ID)
    assert isinstance(wrapped, WrappedKey)
    assert wrapped.kid == NEW.kid
    assert wrapped_key_kid(wrapped.blob) == NEW.kid
    assert dek not in wrapped.blob
    # version | kid len | kid | nonce | 32-byte dek | tag
    assert len(wrapped.blob) == 2 + len(NEW.kid) + 12 + 32 + 16
    assert wrapped.blob[0] == 0x01
    assert wrapped.blob[1] == len(NEW.kid)
    assert unwrap_data_key(ring, wrapped.blob, data_key_id=REPORT_ID) == dek
    assert "blob" in repr(wrapped)
    assert wrapped.blob.hex() not in repr(wrapped)


def test_unwrap_with_wrong_data_key_id_fails() -> None:
    ring = MasterKeyRing([NEW])
    wrapped = wrap_data_key(ring, generate_data_key(), data_key_id=REPORT_ID)
    with pytest.raises(DecryptionError):
        unwrap_data_key(ring, wrapped.blob, data_key_id=OTHER_REPORT_ID)


def test_wrapped_key_tamper_any_byte() -> None:
    ring = MasterKeyRing([NEW])
    wrapped = wrap_data_key(ring, generate_data_key(), data_key_id=REPORT_ID)
    kid_region = range(2, 2 + len(NEW.kid))
    for i in range(len(wrapped.blob)):
        bad = bytearray(wrapped.blob)
        bad[i] ^= 0x01
        # Flipping a kid character can yield another well-formed kid, which the ring
        # does not hold; everywhere else it must be an authentication failure.
        expected = (DecryptionError, UnknownKeyError) if i in kid_region else DecryptionError
        with pytest.raises(expected):
            unwrap_data_key(ring, bytes(bad), data_key_id=REPORT_ID)


def test_unwrap_unknown_kid() -> None:
    wrapped = wrap_data_key(MasterKeyRing([OLD]), generate_data_key(), data_key_id=REPORT_ID)
    with pytest.raises(UnknownKeyError) as info:
        unwrap_data_key(MasterKeyRing([NEW]), wrapped.blob, data_key_id=REPORT_ID)
    assert OLD.kid in str(info.value)
    assert info.value.code == "crypto.unknown_key"


def test_same_kid_different_key_fails_authentication() -> None:
    impostor = MasterKey(OLD.kid, bytes(32))
    wrapped = wrap_data_key(MasterKeyRing([OLD]), generate_data_key(), data_key_id=REPORT_ID)
    with pytest.raises(DecryptionError):
        unwrap_data_key(MasterKeyRing([impostor]), wrapped.blob, data_key_id=REPORT_ID)


def test_rotation_unwraps_old_and_rewraps_under_new() -> None:
    dek = generate_data_key()
    old_wrapped = wrap_data_key(MasterKeyRing([OLD]), dek, data_key_id=REPORT_ID)
    assert old_wrapped.kid == OLD.kid

    ring = MasterKeyRing([NEW, OLD])
    assert unwrap_data_key(ring, old_wrapped.blob, data_key_id=REPORT_ID) == dek

    moved = rewrap_data_key(ring, old_wrapped.blob, data_key_id=REPORT_ID)
    assert moved is not None
    assert moved.kid == NEW.kid
    # After rotation the old key can be dropped and the data key is still readable.
    assert unwrap_data_key(MasterKeyRing([NEW]), moved.blob, data_key_id=REPORT_ID) == dek
    # Re-running rotation is a no-op (resumable).
    assert rewrap_data_key(ring, moved.blob, data_key_id=REPORT_ID) is None
    # Field data encrypted before the rotation is untouched and still decrypts.
    blob = FieldCipher(dek, REPORT_ID).encrypt("before rotation", **WHERE)
    new_dek = unwrap_data_key(MasterKeyRing([NEW]), moved.blob, data_key_id=REPORT_ID)
    assert FieldCipher(new_dek, REPORT_ID).decrypt_text(blob, **WHERE) == "before rotation"


def test_rewrap_with_wrong_id_fails() -> None:
    old_wrapped = wrap_data_key(MasterKeyRing([OLD]), generate_data_key(), data_key_id=REPORT_ID)
    with pytest.raises(DecryptionError):
        rewrap_data_key(MasterKeyRing([NEW, OLD]), old_wrapped.blob, data_key_id="other")


def test_wrap_rejects_bad_dek() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        wrap_data_key(MasterKeyRing([NEW]), b"x" * 16, data_key_id=REPORT_ID)


@pytest.mark.parametrize("blob", [b"", b"\x01", b"\x02" + b"\x00" * 79, b"\x01\x05abc"])
def test_malformed_wrapped_key(blob: bytes) -> None:
    with pytest.raises(DecryptionError):
        unwrap_data_key(MasterKeyRing([NEW]), blob, data_key_id=REPORT_ID)


def test_generated_master_keys_work_end_to_end() -> None:
    ring = MasterKeyRing([generate_master_key()])
    dek = generate_data_key()
    assert len(dek) == 32
    assert dek != generate_data_key()
    w = wrap_data_key(ring, dek, data_key_id=uuid.uuid4().hex)
    assert w.kid == ring.current.kid
