"""Encryption at rest for the intake system: a pure library (no database, web or settings).

Key hierarchy (see ``docs/security.md``)::

    master keys (key file / env, newest first)      index key (key file / env)
        |  AES-256-GCM wrap, AAD dek|kid|id             |  HKDF-SHA256, one info per purpose
    data key per report / contact                   contact blind index, message-id hash,
        |  AES-256-GCM, AAD table|column|row|id         report-code lookup, audit chain
    field ciphertexts

Everything public is re-exported here; import from ``intake.crypto``.
"""

from intake.crypto.blind_index import BlindIndexer, normalise_phone
from intake.crypto.envelope import (
    FIELD_FORMAT_VERSION,
    NONCE_SIZE,
    TAG_SIZE,
    WRAP_FORMAT_VERSION,
    FieldCipher,
    FieldHeader,
    WrappedKey,
    canonical_data_key_id,
    generate_data_key,
    read_field_header,
    rewrap_data_key,
    unwrap_data_key,
    wrap_data_key,
    wrapped_key_kid,
)
from intake.crypto.errors import (
    CryptoError,
    DecryptionError,
    InvalidAddressError,
    KeyRingError,
    UnknownKeyError,
)
from intake.crypto.keyring import (
    INDEX_PURPOSES,
    KEY_SIZE,
    PURPOSE_AUDIT_CHAIN,
    PURPOSE_CONTACT_INDEX,
    PURPOSE_MESSAGE_ID,
    PURPOSE_RATE_LIMIT,
    PURPOSE_REPORT_CODE,
    IndexKey,
    MasterKey,
    MasterKeyRing,
    add_master_key_to_file,
    format_index_key,
    format_master_key_file,
    generate_index_key,
    generate_master_key,
    load_index_key_file,
    load_master_key_file,
    parse_index_key,
    parse_master_keys,
    remove_master_key_from_file,
    write_key_file_atomic,
)
from intake.crypto.report_codes import (
    REPORT_CODE_DIGITS,
    ReportCodeHasher,
    format_report_code,
    generate_report_code,
    normalise_report_code,
)

__all__ = [
    "FIELD_FORMAT_VERSION",
    "INDEX_PURPOSES",
    "KEY_SIZE",
    "NONCE_SIZE",
    "PURPOSE_AUDIT_CHAIN",
    "PURPOSE_CONTACT_INDEX",
    "PURPOSE_MESSAGE_ID",
    "PURPOSE_RATE_LIMIT",
    "PURPOSE_REPORT_CODE",
    "REPORT_CODE_DIGITS",
    "TAG_SIZE",
    "WRAP_FORMAT_VERSION",
    "BlindIndexer",
    "CryptoError",
    "DecryptionError",
    "FieldCipher",
    "FieldHeader",
    "IndexKey",
    "InvalidAddressError",
    "KeyRingError",
    "MasterKey",
    "MasterKeyRing",
    "ReportCodeHasher",
    "UnknownKeyError",
    "WrappedKey",
    "add_master_key_to_file",
    "canonical_data_key_id",
    "format_index_key",
    "format_master_key_file",
    "format_report_code",
    "generate_data_key",
    "generate_index_key",
    "generate_master_key",
    "generate_report_code",
    "load_index_key_file",
    "load_master_key_file",
    "normalise_phone",
    "normalise_report_code",
    "parse_index_key",
    "parse_master_keys",
    "read_field_header",
    "remove_master_key_from_file",
    "rewrap_data_key",
    "unwrap_data_key",
    "wrap_data_key",
    "wrapped_key_kid",
    "write_key_file_atomic",
]
