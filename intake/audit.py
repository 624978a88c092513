"""The append-only, hash-chained audit log.

Each event's hash is an HMAC (under a key derived from the index key, so a database writer
cannot forge a consistent chain) over the previous hash and the event's canonical fields.
Details hold ids, counts and codes only: never text, numbers or names.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping

from sqlalchemy import text
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from intake.db.models import AuditEvent, utcnow

GENESIS_HASH = b"\x00" * 32
# Any constant works; it only has to be the same for every writer of the audit chain.
_PG_AUDIT_LOCK_ID = 0x1A0D17


def _event_digest(key: bytes, prev_hash: bytes, event: AuditEvent) -> bytes:
    """HMAC over the previous hash and the event's canonical fields (not its id or hashes)."""
    canonical = json.dumps(
        [
            event.at.isoformat(),
            event.actor,
            event.action,
            event.object_type,
            event.object_id,
            event.details,
        ],
        ensure_ascii=True,
        separators=(",", ":"),
    ).encode()
    return hmac.new(key, prev_hash + canonical, hashlib.sha256).digest()


async def append_audit_event(
    session: AsyncSession,
    chain_key: bytes,
    *,
    actor: str,
    action: str,
    object_type: str,
    object_id: str,
    details: Mapping[str, str | int | bool | None] | None = None,
) -> AuditEvent:
    """Append one event inside the caller's transaction."""
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        # Serialise appenders so two transactions never chain onto the same predecessor.
        await session.exec(  # type: ignore[call-overload]
            text("SELECT pg_advisory_xact_lock(:lock_id)"), params={"lock_id": _PG_AUDIT_LOCK_ID}
        )
    last = (
        await session.exec(select(AuditEvent).order_by(col(AuditEvent.id).desc()).limit(1))
    ).first()
    prev_hash = last.hash if last is not None else GENESIS_HASH
    details_json = json.dumps(dict(details or {}), sort_keys=True, separators=(",", ":"))
    event = AuditEvent(
        at=utcnow().replace(microsecond=0),
        actor=actor,
        action=action,
        object_type=object_type,
        object_id=object_id,
        details=details_json,
        prev_hash=prev_hash,
        hash=b"",
    )
    event.hash = _event_digest(chain_key, prev_hash, event)
    session.add(event)
    await session.flush()
    return event


async def verify_audit_chain(session: AsyncSession, chain_key: bytes) -> int | None:
    """Return the id of the first event that breaks the chain, or None when it is intact."""
    prev_hash = GENESIS_HASH
    events = await session.exec(select(AuditEvent).order_by(col(AuditEvent.id)))
    for event in events:
        expected = _event_digest(chain_key, prev_hash, event)
        if event.prev_hash != prev_hash or not hmac.compare_digest(event.hash, expected):
            return event.id
        prev_hash = event.hash
    return None
