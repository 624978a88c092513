"""Envelope encryption: master key -> per-report data key -> per-field AES-256-GCM.

* :func:`generate_data_key` makes a random 32-byte data key (DEK) per report / per contact.
* :func:`wrap_data_key` encrypts a DEK under the ring's current master key with AES-256-GCM;
  the wrapped blob carries its format version and the master key id (kid), so unwrapping
  and rotation never need a side channel. :func:`rewrap_data_key` moves it to the newest key.
* :class:`FieldCipher` encrypts one field value under a DEK; the associated data binds the
  ciphertext to (table, column, row id, data key id), so a ciphertext copied to another row,
  column or table, or paired with another report's key, fails authentication.

Binary formats (all integers big-endian)::

    wrapped key  = 0x01 | len(kid):u8 | kid (ASCII [a-z0-9-]) | nonce(12) | AES-GCM(dek)+tag(16)
      AAD        = 0x01 | b"dek|" | kid | b"|" | canonical data key id (UTF-8)

    field blob   = 0x01 | id | nonce(12) | AES-GCM(plaintext)+tag(16)
      id         = 0x00 | 16 UUID bytes               (data key id is a UUID)
                 | len:u8 (1..255) | UTF-8 id bytes   (any other id)
      AAD        = lp(0x01) | lp(table) | lp(column) | lp(row_id) | lp(canonical data key id)
      lp(x)      = len(x):u32 | x                     (UTF-8; no "a|bc" vs "ab|c" ambiguity)

Data key ids that are UUIDs (``uuid4().hex`` or ``str(uuid4())``, any case) are canonicalised
to the hyphenated lowercase form, so both spellings of the same UUID are interchangeable.

``cryptography``'s ``InvalidTag`` is translated to :class:`DecryptionError` here; messages
never contain plaintext or key material.
"""

from __future__ import annotations

import os
import re
import struct
import uuid
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from intake.crypto.errors import DecryptionError
from intake.crypto.keyring import _KID_RE, KEY_SIZE, MasterKeyRing

__all__ = [
    "FIELD_FORMAT_VERSION",
    "NONCE_SIZE",
    "TAG_SIZE",
    "WRAP_FORMAT_VERSION",
    "FieldCipher",
    "FieldHeader",
    "WrappedKey",
    "canonical_data_key_id",
    "generate_data_key",
    "read_field_header",
    "rewrap_data_key",
    "unwrap_data_key",
    "wrap_data_key",
    "wrapped_key_kid",
]

WRAP_FORMAT_VERSION = 0x01
FIELD_FORMAT_VERSION = 0x01
NONCE_SIZE = 12
TAG_SIZE = 16

_UUID_RE = re.compile(
    r"^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"
)
_ID_IS_UUID = 0x00
_MAX_ID_BYTES = 255


def generate_data_key() -> bytes:
    """Return a fresh random 32-byte data key (DEK)."""
    return os.urandom(KEY_SIZE)


def _parse_uuid(data_key_id: str) -> uuid.UUID | None:
    # Only the two spellings the storage layer produces; uuid.UUID() alone would also accept
    # braces and "urn:uuid:" prefixes, which would make distinct strings collide silently.
    if _UUID_RE.fullmatch(data_key_id):
        return uuid.UUID(data_key_id)
    return None


def canonical_data_key_id(data_key_id: str) -> str:
    """Return the canonical spelling of a data key id (hyphenated lowercase for UUIDs)."""
    if not isinstance(data_key_id, str) or not data_key_id:
        raise ValueError("data_key_id must be a non-empty string")
    u = _parse_uuid(data_key_id)
    if u is not None:
        return str(u)
    if len(data_key_id.encode("utf-8")) > _MAX_ID_BYTES:
        raise ValueError(f"data_key_id longer than {_MAX_ID_BYTES} UTF-8 bytes")
    return data_key_id


# --------------------------------------------------------------------------- wrapping


@dataclass(frozen=True)
class WrappedKey:
    """A data key encrypted under master key ``kid``. ``blob`` is what the DB stores."""

    kid: str
    blob: bytes = field(repr=False)

    def __repr__(self) -> str:
        return f"WrappedKey(kid={self.kid!r}, blob=<{len(self.blob)} bytes>)"


def _wrap_aad(kid: str, data_key_id: str) -> bytes:
    # kid is [a-z0-9-] (no "|") and the id is the last element, so the text is unambiguous.
    return (
        bytes([WRAP_FORMAT_VERSION])
        + b"dek|"
        + kid.encode("ascii")
        + b"|"
        + canonical_data_key_id(data_key_id).encode("utf-8")
    )


def wrap_data_key(ring: MasterKeyRing, dek: bytes, *, data_key_id: str) -> WrappedKey:
    """Encrypt ``dek`` under ``ring.current``, bound to ``data_key_id``."""
    if not isinstance(dek, bytes) or len(dek) != KEY_SIZE:
        raise ValueError(f"data key must be exactly {KEY_SIZE} bytes")
    mk = ring.current
    kid_b = mk.kid.encode("ascii")
    nonce = os.urandom(NONCE_SIZE)
    ct = AESGCM(mk.key).encrypt(nonce, dek, _wrap_aad(mk.kid, data_key_id))
    blob = bytes([WRAP_FORMAT_VERSION, len(kid_b)]) + kid_b + nonce + ct
    return WrappedKey(kid=mk.kid, blob=blob)


def _split_wrapped(blob: bytes) -> tuple[str, bytes, bytes]:
    """Return (kid, nonce, ciphertext) or raise DecryptionError for a malformed blob."""
    if not isinstance(blob, (bytes, bytearray, memoryview)):
        raise DecryptionError("wrapped data key is not bytes")
    blob = bytes(blob)
    if len(blob) < 2 or blob[0] != WRAP_FORMAT_VERSION:
        raise DecryptionError("wrapped data key has an unsupported format version")
    kid_len = blob[1]
    kid_end = 2 + kid_len
    if len(blob) != kid_end + NONCE_SIZE + KEY_SIZE + TAG_SIZE:
        raise DecryptionError("wrapped data key has the wrong length")
    try:
        kid = blob[2:kid_end].decode("ascii")
    except UnicodeDecodeError:
        raise DecryptionError("wrapped data key has a malformed key id") from None
    if not _KID_RE.fullmatch(kid):
        raise DecryptionError("wrapped data key has a malformed key id")
    return kid, blob[kid_end : kid_end + NONCE_SIZE], blob[kid_end + NONCE_SIZE :]


def wrapped_key_kid(blob: bytes) -> str:
    """Return the master key id a wrapped blob was made with (no decryption)."""
    return _split_wrapped(blob)[0]


def unwrap_data_key(ring: MasterKeyRing, blob: bytes, *, data_key_id: str) -> bytes:
    """Decrypt a wrapped data key.

    Raises :class:`~intake.crypto.errors.UnknownKeyError` if the ring lacks the blob's kid and
    :class:`DecryptionError` if the blob was altered or belongs to another data key id.
    """
    kid, nonce, ct = _split_wrapped(blob)
    mk = ring.get(kid)  # UnknownKeyError propagates: an operator problem, not tampering
    try:
        dek = AESGCM(mk.key).decrypt(nonce, ct, _wrap_aad(kid, data_key_id))
    except InvalidTag:
        raise DecryptionError(
            "wrapped data key failed authentication (tampered, or wrong data key id)"
        ) from None
    return dek


def rewrap_data_key(ring: MasterKeyRing, blob: bytes, *, data_key_id: str) -> WrappedKey | None:
    """Re-wrap under ``ring.current``; ``None`` if the blob already uses it.

    The already-current case is decided from the kid in the blob, without decrypting, so a
    resumed rotation skips finished rows cheaply.
    """
    kid = wrapped_key_kid(blob)
    if kid == ring.current.kid:
        return None
    dek = unwrap_data_key(ring, blob, data_key_id=data_key_id)
    return wrap_data_key(ring, dek, data_key_id=data_key_id)


# --------------------------------------------------------------------------- fields


@dataclass(frozen=True)
class FieldHeader:
    """The clear-text header of a field blob."""

    version: int
    data_key_id: str


def _encode_id(canonical_id: str) -> bytes:
    u = _parse_uuid(canonical_id)
    if u is not None:
        return bytes([_ID_IS_UUID]) + u.bytes
    raw = canonical_id.encode("utf-8")
    return bytes([len(raw)]) + raw


def _split_field(blob: bytes) -> tuple[FieldHeader, bytes, bytes]:
    if not isinstance(blob, (bytes, bytearray, memoryview)):
        raise DecryptionError("encrypted field is not bytes")
    blob = bytes(blob)
    if len(blob) < 2 or blob[0] != FIELD_FORMAT_VERSION:
        raise DecryptionError("encrypted field has an unsupported format version")
    if blob[1] == _ID_IS_UUID:
        id_end = 2 + 16
        if len(blob) < id_end:
            raise DecryptionError("encrypted field is truncated")
        data_key_id = str(uuid.UUID(bytes=blob[2:id_end]))
    else:
        id_end = 2 + blob[1]
        if len(blob) < id_end:
            raise DecryptionError("encrypted field is truncated")
        try:
            data_key_id = blob[2:id_end].decode("utf-8")
        except UnicodeDecodeError:
            raise DecryptionError("encrypted field has a malformed data key id") from None
        # A non-canonical id here (e.g. a UUID spelled as text) was never written by us.
        if _parse_uuid(data_key_id) is not None:
            raise DecryptionError("encrypted field has a malformed data key id")
    if len(blob) < id_end + NONCE_SIZE + TAG_SIZE:
        raise DecryptionError("encrypted field is truncated")
    nonce = blob[id_end : id_end + NONCE_SIZE]
    return FieldHeader(blob[0], data_key_id), nonce, blob[id_end + NONCE_SIZE :]


def read_field_header(blob: bytes) -> FieldHeader:
    """Parse a field blob's header (version, data key id) without decrypting."""
    return _split_field(blob)[0]


def _lp(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


class FieldCipher:
    """Encrypts and decrypts field values under one data key.

    ``FieldCipher(dek, data_key_id)``; create one per report (or contact) after unwrapping
    its data key. Holds the DEK; ``repr`` never shows it.
    """

    __slots__ = ("_aead", "_data_key_id", "_id_header")

    def __init__(self, dek: bytes, data_key_id: str) -> None:
        if not isinstance(dek, bytes) or len(dek) != KEY_SIZE:
            raise ValueError(f"data key must be exactly {KEY_SIZE} bytes")
        self._data_key_id = canonical_data_key_id(data_key_id)
        self._id_header = bytes([FIELD_FORMAT_VERSION]) + _encode_id(self._data_key_id)
        self._aead = AESGCM(dek)

    @property
    def data_key_id(self) -> str:
        """Canonical id of this cipher's data key."""
        return self._data_key_id

    def _aad(self, version: int, table: str, column: str, row_id: str) -> bytes:
        for name, value in (("table", table), ("column", column), ("row_id", row_id)):
            if not isinstance(value, str) or not value:
                # An empty row id almost always means "row not flushed yet": fail loudly
                # rather than bind the ciphertext to an id it will never have.
                raise ValueError(f"{name} must be a non-empty string")
        return b"".join(
            (
                _lp(bytes([version])),
                _lp(table.encode("utf-8")),
                _lp(column.encode("utf-8")),
                _lp(row_id.encode("utf-8")),
                _lp(self._data_key_id.encode("utf-8")),
            )
        )

    def encrypt(self, plaintext: bytes | str, *, table: str, column: str, row_id: str) -> bytes:
        """Encrypt ``plaintext`` (str is UTF-8 encoded) for this table/column/row."""
        data = plaintext.encode("utf-8") if isinstance(plaintext, str) else bytes(plaintext)
        aad = self._aad(FIELD_FORMAT_VERSION, table, column, row_id)
        nonce = os.urandom(NONCE_SIZE)
        return self._id_header + nonce + self._aead.encrypt(nonce, data, aad)

    def decrypt(self, blob: bytes, *, table: str, column: str, row_id: str) -> bytes:
        """Decrypt a field blob; :class:`DecryptionError` if it fails for any reason."""
        header, nonce, ct = _split_field(blob)
        if header.data_key_id != self._data_key_id:
            raise DecryptionError("encrypted field belongs to a different data key")
        aad = self._aad(header.version, table, column, row_id)
        try:
            return self._aead.decrypt(nonce, ct, aad)
        except InvalidTag:
            raise DecryptionError(
                "encrypted field failed authentication (tampered, or wrong table/column/row)"
            ) from None

    def decrypt_text(self, blob: bytes, *, table: str, column: str, row_id: str) -> str:
        """Decrypt a field blob holding UTF-8 text."""
        data = self.decrypt(blob, table=table, column=column, row_id=row_id)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise DecryptionError("encrypted field does not hold UTF-8 text") from None

    def __repr__(self) -> str:
        return f"FieldCipher(data_key_id={self._data_key_id!r}, dek=<hidden>)"
