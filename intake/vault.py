"""The vault: data keys in the database, wrapped by master keys outside it.

Every report and every contact gets its own data key. Fields are encrypted under it with
associated data naming table, column and row, so a ciphertext cannot be moved. Destroying the
wrapped key (crypto-shredding) makes every field under it unreadable. Rotation re-wraps data
keys under the newest master key, in small committed batches, so it is resumable and needs
no downtime.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import Parameters, profiles
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from intake.crypto import (
    PURPOSE_AUDIT_CHAIN,
    PURPOSE_CONTACT_INDEX,
    PURPOSE_MESSAGE_ID,
    PURPOSE_RATE_LIMIT,
    BlindIndexer,
    CryptoError,
    FieldCipher,
    ReportCodeHasher,
    generate_data_key,
    rewrap_data_key,
    unwrap_data_key,
    wrap_data_key,
    wrapped_key_kid,
)
from intake.db.models import DataKey, new_id, utcnow
from intake.errors import IntakeError
from intake.keys import KeyMaterial

log = logging.getLogger(__name__)


class KeyDestroyedError(IntakeError):
    """The data key was shredded: whatever it protected is gone for good."""

    code = "vault.key_destroyed"
    http_status = 410


@dataclass(frozen=True, slots=True)
class RotationProgress:
    rewrapped: int
    failed: int


class Vault:
    """Data-key lifecycle plus the keyed indexes derived from the index key."""

    def __init__(self, keys: KeyMaterial, *, argon2_profile: Parameters | None = None) -> None:
        self._keys = keys
        index_key = keys.index_key
        self.contact_indexer = BlindIndexer(index_key.derive(PURPOSE_CONTACT_INDEX))
        self.message_key_indexer = BlindIndexer(index_key.derive(PURPOSE_MESSAGE_ID))
        self.audit_chain_key = index_key.derive(PURPOSE_AUDIT_CHAIN)
        # Rate-limit buckets are keyed by HMACs, so Redis never sees an IP or a number.
        self.rate_key_indexer = BlindIndexer(index_key.derive(PURPOSE_RATE_LIMIT))
        self.code_hasher = ReportCodeHasher.from_index_key(
            index_key, argon2_profile=argon2_profile or profiles.RFC_9106_LOW_MEMORY
        )

    @property
    def current_kid(self) -> str:
        return self._keys.master_keys.current.kid

    async def new_data_key(self, session: AsyncSession) -> tuple[DataKey, FieldCipher]:
        """Create a data key row (added to the session) and the cipher that uses it."""
        dek = generate_data_key()
        key_id = new_id()
        wrapped = wrap_data_key(self._keys.master_keys, dek, data_key_id=key_id)
        row = DataKey(id=key_id, kid=wrapped.kid, wrapped_key=wrapped.blob)
        session.add(row)
        # Rows that reference the key are inserted later; without relationships the unit of
        # work does not order them, so the key goes in first.
        await session.flush()
        return row, FieldCipher(dek, key_id)

    async def cipher_for(self, session: AsyncSession, data_key_id: str) -> FieldCipher:
        row = await session.get(DataKey, data_key_id)
        if row is None or row.wrapped_key is None:
            raise KeyDestroyedError("the data key for this record was destroyed")
        dek = unwrap_data_key(self._keys.master_keys, row.wrapped_key, data_key_id=row.id)
        return FieldCipher(dek, row.id)

    async def shred(self, session: AsyncSession, data_key_id: str) -> bool:
        """Destroy a data key. Returns False when it was already destroyed."""
        row = await session.get(DataKey, data_key_id, with_for_update=True)
        if row is None or row.wrapped_key is None:
            return False
        row.wrapped_key = None
        row.destroyed_at = utcnow()
        session.add(row)
        return True

    def rate_key(self, purpose: str, value: str) -> str:
        return f"{purpose}:{self.rate_key_indexer.index(value).hex()[:32]}"

    def channel_message_key_hash(self, channel: str, channel_message_id: str) -> bytes:
        return self.message_key_indexer.index(f"{channel}\x1f{channel_message_id}")

    async def rotate(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        *,
        batch_size: int = 200,
    ) -> RotationProgress:
        """Re-wrap every live data key under the newest master key, one batch per commit.

        Walks the keys in id order, so a key that cannot be re-wrapped (its master key is
        missing from the ring) is counted and skipped rather than retried forever.
        """
        ring = self._keys.master_keys
        current = ring.current.kid
        rewrapped = failed = 0
        after_id = ""
        while True:
            async with session_factory() as session, session.begin():
                rows = (
                    await session.exec(
                        select(DataKey)
                        .where(
                            DataKey.kid != current,
                            col(DataKey.wrapped_key).is_not(None),
                            col(DataKey.id) > after_id,
                        )
                        .order_by(col(DataKey.id))
                        .limit(batch_size)
                        .with_for_update(skip_locked=True)
                    )
                ).all()
                if not rows:
                    break
                for row in rows:
                    after_id = row.id
                    if self._rewrap_row(row):
                        session.add(row)
                        rewrapped += 1
                    else:
                        failed += 1
            log.info("key rotation: %d data keys re-wrapped so far", rewrapped)
        return RotationProgress(rewrapped=rewrapped, failed=failed)

    def _rewrap_row(self, row: DataKey) -> bool:
        assert row.wrapped_key is not None
        try:
            new = rewrap_data_key(self._keys.master_keys, row.wrapped_key, data_key_id=row.id)
        except CryptoError as exc:
            log.warning("data key %s could not be re-wrapped (%s)", row.id, exc.code)
            return False
        if new is not None:
            row.kid, row.wrapped_key = new.kid, new.blob
        else:  # already under the current key; make the column agree with the blob
            row.kid = wrapped_key_kid(row.wrapped_key)
        return True
