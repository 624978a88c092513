"""Outbound messages to workers: queue, send exactly once (or knowingly not at all), track.

`queue_outbound` stores the text encrypted (status QUEUED) and records a `send_message`
outbox job in the caller's transaction. The job:

1. claims the message in its own short transaction (QUEUED -> SENDING) and COMMITS before
   calling the provider, so a crash after the provider accepted the message leaves SENDING
   behind; a later run that finds SENDING marks the message UNCONFIRMED and never sends it
   again (a worker must never get the same text twice: the phone may be watched);
2. refuses (SUPPRESSED) when the contact opted out, was erased (quick exit), the report was
   shredded, or a staff reply would go to a report whose disclosure is anonymous;
3. outside WhatsApp's 24-hour window sends the locale's neutral template instead (ContentSid,
   no Body) and holds the real text: it stays QUEUED with error_code "outside_window" until
   `release_held_messages` is called on the worker's next inbound message. One template per
   hold, however many texts wait;
4. records the outcome: SENT + the keyed hash of the provider's id (status callbacks find the
   row by it), back to QUEUED + a retryable error for 429/5xx (the outbox retries with
   back-off), contact opted out on 21610, FAILED on other refusals, UNCONFIRMED when the
   request went out but no answer came back.

Send rates are paced per sending number (`SendPacer`): in memory for the embedded default,
in Redis when several processes send. Status callbacks land in `record_delivery_status`.

Nothing here logs or raises with a number or a body: ids and codes only.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from channels.base import MessageSender
from channels.errors import (
    OutboundError,
    OutsideWindowError,
    RateLimitedError,
    RecipientOptedOutError,
    SendOutcomeUnknownError,
)
from intake.db.models import (
    Channel,
    Contact,
    Conversation,
    DeliveryEvent,
    DeliveryStatus,
    Direction,
    Disclosure,
    JobStatus,
    Message,
    MessageKind,
    OutboxJob,
    Report,
    ReportStatus,
    new_id,
    utcnow,
)
from intake.errors import IntakeError
from intake.i18n import DEFAULT_LOCALE
from intake.jobs.outbox import new_job, record_job
from intake.settings import Settings
from intake.vault import KeyDestroyedError, Vault

if TYPE_CHECKING:
    from intake.jobs.runner import JobContext

log = logging.getLogger(__name__)

SEND_JOB = "send_message"
OUTSIDE_WINDOW = "outside_window"  # error_code of a message held for the worker's next text
WHATSAPP_WINDOW = timedelta(hours=24)
STATUS_PATH = "/twilio/status"
TWILIO_OPTED_OUT_CODE = "21610"
_SENDABLE_CHANNELS = frozenset({Channel.SMS, Channel.WHATSAPP})


class OutboundNotPossibleError(IntakeError):
    """The report has no contact we could ever write to on a messaging channel."""

    code = "outbound.not_possible"
    http_status = 409


class OutboundNotConfiguredError(IntakeError):
    """A send job ran in a process built without a sender (a wiring mistake): retried."""

    code = "outbound.no_sender"


# --------------------------------------------------------------------------- send pacing


class SendPacer(Protocol):
    async def wait_turn(self, key: str, rate_per_s: float) -> None:
        """Wait for this sender's next send slot; RateLimitedError if none is free soon."""
        ...

    async def aclose(self) -> None: ...


class MemorySendPacer:
    """One process: spaces sends `1/rate` seconds apart per key (a token bucket of depth
    one, so a backlog drains at the carrier's rate instead of bursting into Twilio's queue,
    where messages expire with 30001)."""

    def __init__(self, *, max_wait_s: float = 30.0) -> None:
        self._next_free: dict[str, float] = {}
        self._max_wait_s = max_wait_s

    def reserve(self, key: str, rate_per_s: float) -> float:
        """Book the next slot; return the seconds to wait for it."""
        now = time.monotonic()
        start = max(now, self._next_free.get(key, 0.0))
        wait = start - now
        if wait > self._max_wait_s:
            raise RateLimitedError("no send slot free soon enough")
        self._next_free[key] = start + 1.0 / rate_per_s
        return wait

    async def wait_turn(self, key: str, rate_per_s: float) -> None:
        wait = self.reserve(key, rate_per_s)
        if wait > 0:
            await asyncio.sleep(wait)

    async def aclose(self) -> None:
        self._next_free.clear()


# Books the next slot atomically, on Redis's clock (processes on several hosts may disagree).
_RESERVE_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local interval = tonumber(ARGV[1])
local max_wait = tonumber(ARGV[2])
local start = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local wait = start - now
if wait > max_wait then return '-1' end
redis.call('SET', KEYS[1], tostring(start + interval), 'PX',
           math.ceil((wait + interval) * 1000) + 1000)
return tostring(wait)
"""


class RedisSendPacer:
    """Several processes (web + arq workers) share one schedule per sending number. If Redis
    is unreachable it paces in memory instead: a worker's reply is never held up by it."""

    def __init__(
        self,
        redis_url: str,
        *,
        timeout_s: float = 1.0,
        max_wait_s: float = 30.0,
        prefix: str = "sendpace:",
    ) -> None:
        self._redis = Redis.from_url(
            redis_url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s
        )
        self._prefix = prefix
        self._max_wait_s = max_wait_s
        self._fallback = MemorySendPacer(max_wait_s=max_wait_s)

    async def wait_turn(self, key: str, rate_per_s: float) -> None:
        try:
            raw = await self._redis.eval(
                _RESERVE_SCRIPT, 1, self._prefix + key, str(1.0 / rate_per_s), self._max_wait_s
            )
        except (RedisError, OSError) as exc:
            log.warning("send pacer unavailable (%s); pacing in this process", type(exc).__name__)
            await self._fallback.wait_turn(key, rate_per_s)
            return
        wait = float(raw.decode() if isinstance(raw, bytes) else raw)
        if wait < 0:
            raise RateLimitedError("no send slot free soon enough")
        if wait > 0:
            await asyncio.sleep(wait)

    async def aclose(self) -> None:
        await self._redis.aclose()


def build_pacer(settings: Settings) -> SendPacer:
    redis_url = settings.resolved_redis_url
    if redis_url:
        return RedisSendPacer(redis_url, timeout_s=settings.redis_timeout_s)
    return MemorySendPacer()


def build_sender(settings: Settings) -> MessageSender:
    """Twilio when it is configured, or always outside development (where a missing From
    number then fails loudly per message); the console channel in development otherwise."""
    from channels.console import ConsoleSender
    from channels.twilio_rest import TwilioSender, twilio_configured

    if twilio_configured(settings) or not settings.is_development:
        return TwilioSender.from_settings(settings)
    return ConsoleSender.for_settings(settings)


@dataclass(frozen=True, slots=True)
class OutboundConfig:
    """What send and media jobs need from the settings, plus the shared pacer."""

    status_callback_url: str | None
    whatsapp_template_sids: Mapping[str, str]
    sms_rate_per_s: float
    whatsapp_rate_per_s: float
    max_media_bytes: int
    pacer: SendPacer

    @classmethod
    def from_settings(cls, settings: Settings, pacer: SendPacer) -> OutboundConfig:
        return cls(
            status_callback_url=settings.public_url + STATUS_PATH,
            whatsapp_template_sids=dict(settings.whatsapp_template_sids),
            sms_rate_per_s=settings.sms_send_rate_per_s,
            whatsapp_rate_per_s=settings.whatsapp_send_rate_per_s,
            max_media_bytes=settings.max_media_bytes,
            pacer=pacer,
        )

    def rate_for(self, channel: str) -> float:
        return self.whatsapp_rate_per_s if channel == Channel.WHATSAPP else self.sms_rate_per_s

    def template_for(self, locale: str | None) -> str | None:
        """The neutral template for `locale`, its base language, or the default locale."""
        sids = self.whatsapp_template_sids
        for candidate in (locale, (locale or "").split("-")[0].split("_")[0], DEFAULT_LOCALE):
            if candidate and sids.get(candidate):
                return sids[candidate]
        return None


# --------------------------------------------------------------------------- queueing


async def queue_outbound(
    session: AsyncSession,
    vault: Vault,
    *,
    report: Report,
    contact: Contact,
    body: str,
    kind: MessageKind,
) -> Message:
    """Store an outbound message (QUEUED, body encrypted under the report's key) and its
    `send_message` job, in the caller's transaction. Dispatch `send_job_ids(...)` after the
    commit, or let the outbox sweep pick the job up."""
    if report.contact_id != contact.id or contact.channel not in _SENDABLE_CHANNELS:
        raise OutboundNotPossibleError("this report cannot be answered on a messaging channel")
    cipher = await vault.cipher_for(session, report.data_key_id)
    message = Message(
        id=new_id(),
        report_id=report.id,
        direction=Direction.OUTBOUND,
        channel=contact.channel,
        kind=kind,
        delivery_status=DeliveryStatus.QUEUED,
    )
    message.body_ct = cipher.encrypt(body, table="messages", column="body_ct", row_id=message.id)
    session.add(message)
    # The message is new, so its job's dedupe key cannot exist yet.
    session.add(new_job(SEND_JOB, {"message_id": message.id}, dedupe_key=_send_key(message.id)))
    await session.flush()
    log.info("outbound: message %s queued (%s, %s)", message.id, contact.channel, kind)
    return message


def _send_key(message_id: str, suffix: str = "") -> str:
    return f"{SEND_JOB}:{message_id}{suffix}"


async def send_job_ids(session: AsyncSession, message_ids: Sequence[str]) -> list[str]:
    """Ids of the unfinished send jobs of these messages, to hand to the queue after the
    commit (the job arguments are canonical JSON, see `intake.jobs.outbox.new_job`)."""
    if not message_ids:
        return []
    args = [json.dumps({"message_id": mid}, sort_keys=True) for mid in message_ids]
    rows = await session.exec(
        select(OutboxJob.id).where(
            col(OutboxJob.job_name) == SEND_JOB,
            col(OutboxJob.status).in_([JobStatus.PENDING, JobStatus.ENQUEUED]),
            col(OutboxJob.args_json).in_(args),
        )
    )
    return list(rows.all())


async def release_held_messages(session: AsyncSession, contact: Contact) -> list[str]:
    """The worker wrote again, so the WhatsApp window is open: give every message held for
    them a new send job. Call in the inbound transaction; dispatch the ids after the commit.
    Returns the new job ids (none when nothing was held)."""
    held = (
        await session.exec(
            select(Message)
            .join(Report, col(Report.id) == col(Message.report_id))
            .where(
                col(Report.contact_id) == contact.id,
                col(Message.direction) == Direction.OUTBOUND,
                col(Message.delivery_status) == DeliveryStatus.QUEUED,
                col(Message.error_code) == OUTSIDE_WINDOW,
            )
            .order_by(col(Message.created_at), col(Message.id))
        )
    ).all()
    job_ids: list[str] = []
    for message in held:
        message.error_code = None
        session.add(message)
        # A fresh key per release: the first job for this message is done (it sent the
        # template). Sending twice is still impossible: the job claims QUEUED -> SENDING.
        job = await record_job(
            session,
            SEND_JOB,
            {"message_id": message.id},
            dedupe_key=_send_key(message.id, f":release:{new_id()}"),
        )
        if job is not None:
            job_ids.append(job.id)
    if held:
        log.info("outbound: released %d held messages for contact %s", len(held), contact.id)
    return job_ids


# --------------------------------------------------------------------------- the send job


@dataclass(frozen=True, slots=True, repr=False)
class _Send:
    """One provider request to make. Holds the address and text: never log or repr it."""

    row_id: str  # the Message row recording this send (the message, or the template notice)
    message_id: str  # the message being delivered
    contact_id: str
    channel: str
    to: str
    body: str | None
    content_sid: str | None

    @property
    def is_notice(self) -> bool:
        return self.row_id != self.message_id

    def __repr__(self) -> str:
        return f"_Send(row={self.row_id}, message={self.message_id})"


async def send_message(ctx: JobContext, *, message_id: str) -> None:
    """The `send_message` job (runs outside the outbox transaction; see the module doc)."""
    if ctx.sender is None or ctx.outbound is None:
        raise OutboundNotConfiguredError("this process has no message sender")
    plan = await _claim(ctx, ctx.outbound, message_id)
    if plan is not None:
        await _deliver(ctx, ctx.sender, ctx.outbound, plan)


async def _deliver(
    ctx: JobContext, sender: MessageSender, config: OutboundConfig, plan: _Send
) -> None:
    try:
        await config.pacer.wait_turn(sender.sender_key(plan.channel), config.rate_for(plan.channel))
        sid = await sender.send(
            channel=plan.channel,
            to=plan.to,
            body=plan.body,
            content_sid=plan.content_sid,
            status_callback=config.status_callback_url,
        )
    except OutboundError as exc:
        follow_up = await _handle_failure(ctx, config, plan, exc)
        if follow_up is not None:
            await _deliver(ctx, sender, config, follow_up)
        return
    await _record_sent(ctx, plan, sid)


async def _claim(ctx: JobContext, config: OutboundConfig, message_id: str) -> _Send | None:
    """Decide in one short transaction, committed before any provider call."""
    now = utcnow()
    async with ctx.session_factory() as session, session.begin():
        message = await session.get(Message, message_id, with_for_update=True)
        if message is None or message.direction != Direction.OUTBOUND:
            return None
        if message.delivery_status == DeliveryStatus.SENDING:
            # An earlier run claimed it and never recorded the outcome: it may have been sent.
            message.delivery_status = DeliveryStatus.UNCONFIRMED
            session.add(message)
            log.warning("outbound: message %s was left sending; marked unconfirmed", message.id)
            return None
        if message.delivery_status != DeliveryStatus.QUEUED:
            return None
        report = await session.get(Report, message.report_id)
        contact = (
            await session.get(Contact, report.contact_id, with_for_update=True)
            if report is not None and report.contact_id
            else None
        )
        reason = _suppression_reason(message, report, contact)
        if reason is None:
            assert report is not None
            assert contact is not None
            try:
                body, address = await _decrypt(session, ctx.vault, message, report, contact)
            except KeyDestroyedError:
                reason = "erased"
        if reason is not None:
            message.delivery_status = DeliveryStatus.SUPPRESSED
            message.error_code = reason
            session.add(message)
            log.info("outbound: message %s suppressed (%s)", message.id, reason)
            return None
        assert report is not None
        assert contact is not None
        if message.channel == Channel.WHATSAPP and not _in_window(contact, now):
            return await _hold(session, config, message, report, contact, address)
        message.delivery_status = DeliveryStatus.SENDING
        message.error_code = None
        session.add(message)
        return _Send(
            row_id=message.id,
            message_id=message.id,
            contact_id=contact.id,
            channel=message.channel,
            to=address,
            body=body,
            content_sid=None,
        )


def _suppression_reason(
    message: Message, report: Report | None, contact: Contact | None
) -> str | None:
    if report is None or report.status == ReportStatus.SHREDDED or message.body_ct is None:
        return "report_shredded"
    if contact is None or contact.address_ct is None:
        return "no_contact"
    if contact.erased_at is not None:
        return "erased"
    if contact.opted_out_at is not None:
        return "opted_out"
    if message.kind == MessageKind.STAFF_REPLY and report.disclosure == Disclosure.ANONYMOUS:
        # The worker chose not to be contacted by the team; the conversation's own prompts
        # (answers to what they just wrote) still go out.
        return "anonymous"
    return None


async def _decrypt(
    session: AsyncSession, vault: Vault, message: Message, report: Report, contact: Contact
) -> tuple[str, str]:
    assert message.body_ct is not None
    assert contact.address_ct is not None
    body = (await vault.cipher_for(session, report.data_key_id)).decrypt_text(
        message.body_ct, table="messages", column="body_ct", row_id=message.id
    )
    address = (await vault.cipher_for(session, contact.data_key_id)).decrypt_text(
        contact.address_ct, table="contacts", column="address_ct", row_id=contact.id
    )
    return body, address


def _in_window(contact: Contact, now: datetime) -> bool:
    last = contact.last_inbound_at
    return last is not None and now - last < WHATSAPP_WINDOW


async def _hold(
    session: AsyncSession,
    config: OutboundConfig,
    message: Message,
    report: Report,
    contact: Contact,
    address: str,
) -> _Send | None:
    """Keep the text QUEUED for the worker's next message; plan the neutral template unless
    one already went out for this hold."""
    already_notified = message.error_code == OUTSIDE_WINDOW or await _other_held(
        session, contact, message.id
    )
    message.delivery_status = DeliveryStatus.QUEUED
    message.error_code = OUTSIDE_WINDOW
    session.add(message)
    if already_notified:
        log.info("outbound: message %s held for the worker's next message", message.id)
        return None
    locale = await _locale_for(session, contact, report)
    content_sid = config.template_for(locale)
    if content_sid is None:
        log.warning(
            "outbound: no WhatsApp template for locale %s; message %s waits for the worker",
            locale,
            message.id,
        )
        return None
    notice = Message(
        id=new_id(),
        report_id=report.id,
        direction=Direction.OUTBOUND,
        channel=message.channel,
        kind=MessageKind.AUTO_REPLY,  # the neutral template; its text lives at Twilio
        delivery_status=DeliveryStatus.SENDING,
    )
    session.add(notice)
    log.info("outbound: message %s held; template notice %s planned", message.id, notice.id)
    return _Send(
        row_id=notice.id,
        message_id=message.id,
        contact_id=contact.id,
        channel=message.channel,
        to=address,
        body=None,
        content_sid=content_sid,
    )


async def _other_held(session: AsyncSession, contact: Contact, message_id: str) -> bool:
    found = (
        await session.exec(
            select(Message.id)
            .join(Report, col(Report.id) == col(Message.report_id))
            .where(
                col(Report.contact_id) == contact.id,
                col(Message.id) != message_id,
                col(Message.direction) == Direction.OUTBOUND,
                col(Message.delivery_status) == DeliveryStatus.QUEUED,
                col(Message.error_code) == OUTSIDE_WINDOW,
            )
            .limit(1)
        )
    ).first()
    return found is not None


async def _locale_for(session: AsyncSession, contact: Contact, report: Report) -> str:
    locale = (
        await session.exec(
            select(Conversation.locale)
            .where(
                col(Conversation.contact_id) == contact.id,
                col(Conversation.locale).is_not(None),
            )
            .order_by(col(Conversation.last_inbound_at).desc())
            .limit(1)
        )
    ).first()
    return locale or report.language or DEFAULT_LOCALE


async def _handle_failure(
    ctx: JobContext, config: OutboundConfig, plan: _Send, exc: OutboundError
) -> _Send | None:
    """Record a failed send. Returns a follow-up send (the template after a 63016), or None;
    re-raises retryable errors after putting the message back in the queue."""
    if exc.retryable:
        await _unclaim(ctx, plan, exc)
        log.info("outbound: message %s will be retried (%s)", plan.message_id, exc.code)
        raise exc
    if isinstance(exc, RecipientOptedOutError):
        await _opted_out(ctx, plan)
        return None
    if isinstance(exc, OutsideWindowError) and not plan.is_notice:
        # Our clock said the window was open; Twilio disagrees. It did not send, so hold.
        return await _hold_after_refusal(ctx, config, plan)
    status = (
        DeliveryStatus.UNCONFIRMED
        if isinstance(exc, SendOutcomeUnknownError)
        else DeliveryStatus.FAILED
    )
    async with ctx.session_factory() as session, session.begin():
        row = await session.get(Message, plan.row_id, with_for_update=True)
        if row is not None and row.delivery_status in _CLAIMED:
            row.delivery_status = status
            row.error_code = exc.error_code
            session.add(row)
    log.warning(
        "outbound: message %s %s (%s)%s",
        plan.row_id,
        status.value,
        exc.error_code,
        "; the held text still waits" if plan.is_notice else "",
    )
    return None


_CLAIMED = (DeliveryStatus.SENDING, DeliveryStatus.UNCONFIRMED)


async def _unclaim(ctx: JobContext, plan: _Send, exc: OutboundError) -> None:
    """The provider certainly did not take it: make the next run start from scratch."""
    async with ctx.session_factory() as session, session.begin():
        if plan.is_notice:
            notice = await session.get(Message, plan.row_id, with_for_update=True)
            if notice is not None and notice.delivery_status in _CLAIMED:
                await session.delete(notice)
            message = await session.get(Message, plan.message_id, with_for_update=True)
            if message is not None and message.error_code == OUTSIDE_WINDOW:
                message.error_code = None  # not notified yet: the retry sends the template
                session.add(message)
            return
        message = await session.get(Message, plan.message_id, with_for_update=True)
        if message is not None and message.delivery_status in _CLAIMED:
            message.delivery_status = DeliveryStatus.QUEUED
            message.error_code = exc.error_code
            session.add(message)


async def _opted_out(ctx: JobContext, plan: _Send) -> None:
    now = utcnow()
    async with ctx.session_factory() as session, session.begin():
        contact = await session.get(Contact, plan.contact_id, with_for_update=True)
        if contact is not None and contact.opted_out_at is None:
            contact.opted_out_at = now
            session.add(contact)
        for row_id in {plan.row_id, plan.message_id}:
            row = await session.get(Message, row_id, with_for_update=True)
            if row is not None and row.delivery_status in (*_CLAIMED, DeliveryStatus.QUEUED):
                row.delivery_status = DeliveryStatus.SUPPRESSED
                row.error_code = TWILIO_OPTED_OUT_CODE
                session.add(row)
    log.info("outbound: contact %s opted out at the provider (21610)", plan.contact_id)


async def _hold_after_refusal(ctx: JobContext, config: OutboundConfig, plan: _Send) -> _Send | None:
    async with ctx.session_factory() as session, session.begin():
        message = await session.get(Message, plan.message_id, with_for_update=True)
        if message is None or message.delivery_status not in _CLAIMED:
            return None
        report = await session.get(Report, message.report_id)
        contact = await session.get(Contact, plan.contact_id)
        if report is None or contact is None:
            return None
        message.error_code = None
        return await _hold(session, config, message, report, contact, plan.to)


async def _record_sent(ctx: JobContext, plan: _Send, provider_sid: str) -> None:
    now = utcnow()
    async with ctx.session_factory() as session, session.begin():
        row = await session.get(Message, plan.row_id, with_for_update=True)
        if row is None:
            return
        row.channel_message_key_hash = ctx.vault.channel_message_key_hash(row.channel, provider_sid)
        if row.delivery_status in _CLAIMED:
            row.delivery_status = DeliveryStatus.SENT
            row.error_code = None
        row.sent_at = now
        session.add(row)
    log.info("outbound: message %s sent", plan.row_id)


# --------------------------------------------------------------------------- status callbacks

# Twilio's statuses in the order a message moves through them; callbacks arrive out of
# order and repeatedly, and a message never moves back (delivered -> sent).
_PROGRESS: dict[str, int] = {
    DeliveryStatus.QUEUED: 0,
    DeliveryStatus.SENDING: 1,
    DeliveryStatus.UNCONFIRMED: 1,
    DeliveryStatus.SENT: 2,
    DeliveryStatus.DELIVERED: 3,
    DeliveryStatus.READ: 4,
}
_FAILURES = frozenset({DeliveryStatus.FAILED, DeliveryStatus.UNDELIVERED})
# Twilio statuses we record as events but that say nothing new about our row.
_EVENT_ONLY = frozenset(
    {"accepted", "scheduled", "canceled", "partially_delivered", "receiving", "received"}
)
KNOWN_STATUSES = frozenset(_PROGRESS) | _FAILURES | _EVENT_ONLY


@dataclass(frozen=True, slots=True)
class StatusOutcome:
    found: bool
    recorded: bool  # False for a repeat of the same (message, status)
    delivery_status: str | None = None


def next_status(current: str | None, reported: str) -> str | None:
    """The status after a callback reporting `reported`, never moving backwards."""
    if current in _FAILURES or current == DeliveryStatus.SUPPRESSED:
        return current  # terminal
    rank = _PROGRESS.get(current) if current is not None else None
    if reported in _FAILURES:
        # A failure after delivery is not believable; before it, it is final.
        delivered = _PROGRESS[DeliveryStatus.DELIVERED]
        return reported if rank is None or rank < delivered else current
    new_rank = _PROGRESS.get(reported)
    if new_rank is None or reported == DeliveryStatus.UNCONFIRMED:
        return current  # event-only statuses, and "unconfirmed" is ours, not Twilio's
    return reported if rank is None or new_rank > rank else current


async def record_delivery_status(
    session: AsyncSession,
    vault: Vault,
    *,
    provider_sid: str,
    status: str,
    error_code: str | None,
) -> StatusOutcome:
    """Apply one status callback inside the caller's transaction. Idempotent on
    (message, status); unknown provider ids store nothing."""
    hashes = [vault.channel_message_key_hash(ch, provider_sid) for ch in _SENDABLE_CHANNELS]
    message = (
        await session.exec(
            select(Message)
            .where(
                col(Message.channel_message_key_hash).in_(hashes),
                col(Message.direction) == Direction.OUTBOUND,
            )
            .with_for_update()
        )
    ).first()
    if message is None:
        return StatusOutcome(found=False, recorded=False)
    repeat = (
        await session.exec(
            select(DeliveryEvent.id).where(
                DeliveryEvent.message_id == message.id, DeliveryEvent.status == status
            )
        )
    ).first()
    if repeat is not None:
        return StatusOutcome(found=True, recorded=False, delivery_status=message.delivery_status)
    session.add(DeliveryEvent(message_id=message.id, status=status, error_code=error_code))
    new_status = next_status(message.delivery_status, status)
    if new_status != message.delivery_status:
        message.delivery_status = new_status
        if status in _FAILURES and error_code:
            message.error_code = error_code
        session.add(message)
    if error_code == TWILIO_OPTED_OUT_CODE:
        await _mark_report_contact_opted_out(session, message.report_id)
    await session.flush()
    return StatusOutcome(found=True, recorded=True, delivery_status=message.delivery_status)


async def _mark_report_contact_opted_out(session: AsyncSession, report_id: str) -> None:
    report = await session.get(Report, report_id)
    if report is None or report.contact_id is None:
        return
    contact = await session.get(Contact, report.contact_id, with_for_update=True)
    if contact is not None and contact.opted_out_at is None:
        contact.opted_out_at = utcnow()
        session.add(contact)
        log.info("outbound: contact %s opted out (status callback 21610)", contact.id)
