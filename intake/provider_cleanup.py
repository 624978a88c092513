"""Deleting inbound messages at the provider once they are safely stored here.

Twilio keeps every message (body, number, media) until it is deleted; for a confidential
line that copy is a liability. The inbound path keeps the provider's message id encrypted
and records a `delete_at_provider` job to run a couple of minutes later (Twilio refuses to
delete a message in its first minute, error 20009). The job waits until the message's media
is fetched, deletes the message at Twilio (which removes its media too), then forgets the id.
Safe to run twice: a message already deleted answers 404, which counts as done.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from channels.errors import OutboundError
from intake.crypto import FieldCipher
from intake.db.models import Attachment, Message, Report, ReportStatus, utcnow
from intake.errors import IntakeError
from intake.jobs.outbox import new_job
from intake.vault import KeyDestroyedError

if TYPE_CHECKING:
    from intake.jobs.runner import JobContext

log = logging.getLogger(__name__)

DELETE_JOB = "delete_at_provider"
TWILIO_TOO_EARLY = 20009  # "cannot delete a message that is still being processed"


class DeletionNotYetPossibleError(IntakeError):
    """The provider cannot delete it yet (media still being fetched, or too soon): retried."""

    code = "provider.delete_not_yet"


def keep_provider_id(
    session: AsyncSession,
    cipher: FieldCipher,
    message: Message,
    provider_sid: str,
    *,
    delay_s: int,
) -> str:
    """Keep the id (encrypted) and record the deletion job, due after `delay_s`. Returns the
    job id. Inside the inbound transaction."""
    message.provider_sid_ct = cipher.encrypt(
        provider_sid, table="messages", column="provider_sid_ct", row_id=message.id
    )
    session.add(message)
    job = new_job(DELETE_JOB, {"message_id": message.id}, dedupe_key=f"{DELETE_JOB}:{message.id}")
    job.not_before = utcnow() + timedelta(seconds=delay_s)
    session.add(job)
    return job.id


@dataclass(frozen=True, slots=True, repr=False)
class _ToDelete:
    sid: str
    media_pending: bool

    def __repr__(self) -> str:
        return f"_ToDelete(media_pending={self.media_pending})"


async def delete_at_provider(ctx: JobContext, *, message_id: str) -> None:
    """The `delete_at_provider` job."""
    if ctx.sender is None:
        from intake.outbound import OutboundNotConfiguredError

        raise OutboundNotConfiguredError("this process has no message sender")
    target = await _target(ctx, message_id)
    if target is None:
        return
    if target.media_pending:
        raise DeletionNotYetPossibleError("media of this message is still being fetched")
    try:
        await ctx.sender.delete_message(target.sid)
    except OutboundError as exc:
        if exc.retryable or exc.provider_code == TWILIO_TOO_EARLY:
            raise DeletionNotYetPossibleError("the provider cannot delete it yet") from None
        raise
    await _forget(ctx, message_id)
    log.info("message %s deleted at the provider", message_id)


async def _target(ctx: JobContext, message_id: str) -> _ToDelete | None:
    async with ctx.session_factory() as session:
        message = await session.get(Message, message_id)
        if message is None or message.provider_sid_ct is None:
            return None
        report = await session.get(Report, message.report_id)
        if report is None or report.status == ReportStatus.SHREDDED:
            return None
        try:
            cipher = await ctx.vault.cipher_for(session, report.data_key_id)
        except KeyDestroyedError:
            return None
        sid = cipher.decrypt_text(
            message.provider_sid_ct, table="messages", column="provider_sid_ct", row_id=message.id
        )
        pending = (
            await session.exec(
                select(Attachment.id).where(
                    Attachment.message_id == message_id, Attachment.status == "pending"
                )
            )
        ).first()
        return _ToDelete(sid=sid, media_pending=pending is not None)


async def _forget(ctx: JobContext, message_id: str) -> None:
    async with ctx.session_factory() as session, session.begin():
        message = await session.get(Message, message_id, with_for_update=True)
        if message is not None:
            message.provider_sid_ct = None
            session.add(message)
