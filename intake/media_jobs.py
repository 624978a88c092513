"""Inbound media (MMS / WhatsApp photos, voice notes, documents): fetched by a job, never in
the webhook, whose 15 s budget a large download would blow.

`record_inbound_media` (called by the conversation for NumMedia > 0, in the inbound
transaction) stores one pending `Attachment` per item with its Twilio URL encrypted, and a
`fetch_attachment` job per attachment. The job downloads with the account's credentials
(size-capped while streaming), sniffs and checks the bytes (`intake.media.check_media`),
stores the original encrypted as evidence and, for images, a re-encoded copy without EXIF or
GPS, forgets the URL, and asks Twilio to delete its copy (best effort: Twilio refuses deletes
in a message's first minute, error 20009, and the outbox does not retry that part).
The download runs outside any transaction (see `intake.jobs.runner`): a slow download must
not hold SQLite's write lock.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel.ext.asyncio.session import AsyncSession

from channels.errors import MediaSourceError, OutboundError
from intake.db.models import Attachment, Message, Report, ReportStatus, new_id
from intake.jobs.outbox import new_job
from intake.media import MediaRejectedError, MediaTooLargeError, check_media
from intake.vault import KeyDestroyedError, Vault

if TYPE_CHECKING:
    from intake.jobs.runner import JobContext

log = logging.getLogger(__name__)

FETCH_JOB = "fetch_attachment"
MAX_MEDIA_PER_MESSAGE = 10  # Twilio's own limit per message
_MAX_CONTENT_TYPE = 128


class AttachmentStatus:
    PENDING = "pending"
    STORED = "stored"
    REJECTED = "rejected"  # not an accepted kind of file, or too large
    FAILED = "failed"  # could not be fetched (gone at Twilio, refused)


async def record_inbound_media(
    session: AsyncSession,
    vault: Vault,
    report: Report,
    message: Message,
    media: Sequence[tuple[str, str]],
) -> list[str]:
    """Add a pending attachment and a fetch job per (url, declared content type), inside the
    caller's transaction. Returns the outbox job ids to dispatch after the commit."""
    if not media:
        return []
    cipher = await vault.cipher_for(session, report.data_key_id)
    await session.flush()  # attachments reference the message; it must be in first
    job_ids: list[str] = []
    for url, declared_type in list(media)[:MAX_MEDIA_PER_MESSAGE]:
        attachment = Attachment(
            id=new_id(),
            report_id=report.id,
            message_id=message.id,
            # Twilio's declared type, until the bytes are sniffed; never trusted for use.
            content_type=(declared_type or "application/octet-stream")[:_MAX_CONTENT_TYPE],
            status=AttachmentStatus.PENDING,
        )
        attachment.source_url_ct = cipher.encrypt(
            url, table="attachments", column="source_url_ct", row_id=attachment.id
        )
        session.add(attachment)
        job = new_job(
            FETCH_JOB, {"attachment_id": attachment.id}, dedupe_key=f"{FETCH_JOB}:{attachment.id}"
        )
        session.add(job)
        job_ids.append(job.id)
    if len(media) > MAX_MEDIA_PER_MESSAGE:
        log.warning("inbound media: %d items beyond Twilio's limit ignored", len(media) - 10)
    await session.flush()
    return job_ids


@dataclass(frozen=True, slots=True, repr=False)
class _Pending:
    attachment_id: str
    url: str

    def __repr__(self) -> str:
        return f"_Pending({self.attachment_id})"


async def fetch_attachment(ctx: JobContext, *, attachment_id: str) -> None:
    """The `fetch_attachment` job. Retryable provider errors propagate (outbox back-off)."""
    if ctx.sender is None or ctx.outbound is None:
        from intake.outbound import OutboundNotConfiguredError

        raise OutboundNotConfiguredError("this process has no message sender")
    pending = await _pending(ctx, attachment_id)
    if pending is None:
        return
    try:
        data = await ctx.sender.fetch_media(pending.url, max_bytes=ctx.outbound.max_media_bytes)
        checked = check_media(data, max_bytes=ctx.outbound.max_media_bytes)
    except (MediaTooLargeError, MediaRejectedError, MediaSourceError) as exc:
        await _finish(ctx, attachment_id, AttachmentStatus.REJECTED, exc.code)
    except OutboundError as exc:
        if exc.retryable:
            raise
        await _finish(ctx, attachment_id, AttachmentStatus.FAILED, exc.code)
    else:
        stored = await _store(
            ctx, attachment_id, checked.content_type, checked.original, checked.shareable
        )
        if not stored:
            return
    await _delete_at_provider(ctx, pending)


async def _pending(ctx: JobContext, attachment_id: str) -> _Pending | None:
    async with ctx.session_factory() as session, session.begin():
        attachment = await session.get(Attachment, attachment_id)
        if (
            attachment is None
            or attachment.status != AttachmentStatus.PENDING
            or attachment.source_url_ct is None
        ):
            return None
        report = await session.get(Report, attachment.report_id)
        if report is None or report.status == ReportStatus.SHREDDED:
            return None
        try:
            cipher = await ctx.vault.cipher_for(session, report.data_key_id)
        except KeyDestroyedError:
            return None
        url = cipher.decrypt_text(
            attachment.source_url_ct,
            table="attachments",
            column="source_url_ct",
            row_id=attachment.id,
        )
        return _Pending(attachment_id=attachment.id, url=url)


async def _store(
    ctx: JobContext,
    attachment_id: str,
    content_type: str,
    original: bytes,
    shareable: bytes | None,
) -> bool:
    async with ctx.session_factory() as session, session.begin():
        attachment = await session.get(Attachment, attachment_id, with_for_update=True)
        if attachment is None or attachment.status != AttachmentStatus.PENDING:
            return False  # another run stored it, or the report was shredded meanwhile
        report = await session.get(Report, attachment.report_id)
        if report is None or report.status == ReportStatus.SHREDDED:
            return False
        cipher = await ctx.vault.cipher_for(session, report.data_key_id)
        attachment.content_ct = cipher.encrypt(
            original, table="attachments", column="content_ct", row_id=attachment.id
        )
        if shareable is not None:
            attachment.stripped_content_ct = cipher.encrypt(
                shareable, table="attachments", column="stripped_content_ct", row_id=attachment.id
            )
        attachment.content_type = content_type
        attachment.size_bytes = len(original)
        attachment.status = AttachmentStatus.STORED
        attachment.source_url_ct = None
        session.add(attachment)
    log.info(
        "inbound media: attachment %s stored (%s, %d bytes)",
        attachment_id,
        content_type,
        len(original),
    )
    return True


async def _finish(ctx: JobContext, attachment_id: str, status: str, code: str) -> None:
    async with ctx.session_factory() as session, session.begin():
        attachment = await session.get(Attachment, attachment_id, with_for_update=True)
        if attachment is None or attachment.status != AttachmentStatus.PENDING:
            return
        attachment.status = status
        attachment.source_url_ct = None
        session.add(attachment)
    log.warning("inbound media: attachment %s %s (%s)", attachment_id, status, code)


async def _delete_at_provider(ctx: JobContext, pending: _Pending) -> None:
    assert ctx.sender is not None
    try:
        await ctx.sender.delete_media(pending.url)
    except OutboundError as exc:
        log.warning(
            "inbound media: could not delete attachment %s at the provider (%s)",
            pending.attachment_id,
            exc.error_code,
        )
