"""The one intake path: every channel hands a channel-neutral `InboundMessage` to
`record_inbound`, which stores it encrypted and triaged, in one transaction, before returning.

- Idempotent on the channel's message id: a retry of the same message stores nothing new.
- Messages from one sender join that sender's open report (within the grouping window).
- The follow-up jobs are recorded in the outbox in the same transaction; the caller hands
  their ids to the job queue after the commit.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from intake.crypto import FieldCipher, InvalidAddressError, normalise_phone
from intake.db.models import (
    Channel,
    Contact,
    Direction,
    Message,
    MessageKind,
    Report,
    ReportStatus,
    TriageResult,
    new_id,
    utcnow,
)
from intake.errors import NotFoundError
from intake.jobs.outbox import new_job
from intake.provider_cleanup import keep_provider_id
from intake.vault import Vault
from triage import Assessment

log = logging.getLogger(__name__)

# Two concurrent first messages from one new sender can race on the contact's unique index;
# the loser retries and finds the winner's rows.
_MAX_ATTEMPTS = 3

Assess = Callable[[str, str | None], Assessment]


# Channels whose provider keeps a copy of each message until we delete it.
PROVIDER_CHANNELS = frozenset({Channel.SMS, Channel.WHATSAPP})

# Kinds that carry the worker's own account; only these are triaged and open a case.
TRIAGED_KINDS = frozenset(
    {
        MessageKind.TEXT,
        MessageKind.ANSWER_WORKPLACE,
        MessageKind.ANSWER_LOCATION,
        MessageKind.ANSWER_AGE,
    }
)


@dataclass(frozen=True, slots=True, repr=False)
class InboundMessage:
    """A message as any channel received it. Holds personal data: never log or repr it."""

    channel: Channel
    body: str
    sender: str | None = None
    channel_message_id: str | None = None
    language_hint: str | None = None
    report_id: str | None = None  # a follow-up to a known report (web form with a code)
    kind: MessageKind = MessageKind.TEXT
    media: tuple[tuple[str, str], ...] = ()  # (url, declared type): links to sender resources
    received_at: datetime = field(default_factory=utcnow)

    def __repr__(self) -> str:
        return f"InboundMessage(channel={self.channel.value!r}, body_chars={len(self.body)})"


@dataclass(frozen=True, slots=True)
class InboundResult:
    message_id: str
    report_id: str
    contact_id: str | None
    duplicate: bool
    new_report: bool
    priority: str
    job_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IntakePolicy:
    grouping_window_s: int
    retention_days: int
    default_phone_region: str = "US"
    # Delete SMS/WhatsApp messages at the provider this long after storing them (None: keep).
    delete_at_provider_after_s: int | None = None


async def record_inbound(
    session_factory: async_sessionmaker[AsyncSession],
    vault: Vault,
    assess: Assess,
    policy: IntakePolicy,
    message: InboundMessage,
) -> InboundResult:
    """Store one inbound message; commit before returning. See the module docstring."""
    address = _normalised_sender(message, policy)
    for attempt in range(1, _MAX_ATTEMPTS + 1):
        try:
            async with session_factory() as session, session.begin():
                return await _record(session, vault, assess, policy, message, address)
        except IntegrityError:
            if attempt == _MAX_ATTEMPTS:
                raise
            log.info("inbound: concurrent write detected, retrying (attempt %d)", attempt)
    raise AssertionError("unreachable")


def _normalised_sender(message: InboundMessage, policy: IntakePolicy) -> str | None:
    """The sender's E.164 number, or None when there is none we could ever write back to
    (an alphanumeric sender id): the message is still stored, without a contact."""
    if message.sender is None:
        return None
    try:
        return normalise_phone(message.sender, policy.default_phone_region)
    except InvalidAddressError:
        log.warning(
            "inbound: unusable %s sender address; storing without a contact", message.channel.value
        )
        return None


async def _record(
    session: AsyncSession,
    vault: Vault,
    assess: Assess,
    policy: IntakePolicy,
    message: InboundMessage,
    address: str | None,
) -> InboundResult:
    duplicate = await find_duplicate(session, vault, message)
    if duplicate is not None:
        return duplicate
    now = message.received_at
    contact = await upsert_contact(session, vault, message.channel, address, now)
    report, cipher, is_new = await _open_report(session, vault, policy, message, contact, now)
    return await add_inbound_message(
        session, vault, assess, policy, message, report=report, cipher=cipher, new_report=is_new
    )


async def add_inbound_message(
    session: AsyncSession,
    vault: Vault,
    assess: Assess,
    policy: IntakePolicy,
    message: InboundMessage,
    *,
    report: Report,
    cipher: FieldCipher,
    new_report: bool,
) -> InboundResult:
    """Store `message` in `report` inside the caller's transaction; re-triage the report when
    the message carries the worker's words, and record the case job."""
    now = message.received_at
    stored = Message(
        id=new_id(),
        report_id=report.id,
        direction=Direction.INBOUND,
        channel=message.channel,
        kind=message.kind,
        num_media=len(message.media),
        channel_message_key_hash=_key_hash(vault, message),
        created_at=now,
    )
    stored.body_ct = cipher.encrypt(
        message.body, table="messages", column="body_ct", row_id=stored.id
    )
    session.add(stored)
    report.message_count += 1
    report.last_activity_at = now
    report.expires_at = now + timedelta(days=policy.retention_days)
    session.add(report)
    await session.flush()

    priority = "P4"
    job_ids: tuple[str, ...] = ()
    if (
        policy.delete_at_provider_after_s is not None
        and message.channel in PROVIDER_CHANNELS
        and message.channel_message_id
    ):
        job_ids += (
            keep_provider_id(
                session,
                cipher,
                stored,
                message.channel_message_id,
                delay_s=policy.delete_at_provider_after_s,
            ),
        )
    if message.kind in TRIAGED_KINDS:
        assessment = await _triage_report(
            session,
            assess,
            report,
            cipher,
            language_hint=message.language_hint,
            new_text=message.body if new_report else None,
        )
        priority = assessment.priority
        job_ids += await _record_follow_up_jobs(session, report, stored)
    return InboundResult(
        message_id=stored.id,
        report_id=report.id,
        contact_id=report.contact_id,
        duplicate=False,
        new_report=new_report,
        priority=priority,
        job_ids=job_ids,
    )


def _key_hash(vault: Vault, message: InboundMessage) -> bytes | None:
    if not message.channel_message_id:
        return None
    return vault.channel_message_key_hash(message.channel, message.channel_message_id)


async def find_duplicate(
    session: AsyncSession, vault: Vault, message: InboundMessage
) -> InboundResult | None:
    """The earlier copy of this message (a channel retry), if there is one."""
    key_hash = _key_hash(vault, message)
    if key_hash is None:
        return None
    return await _find_duplicate(session, key_hash)


async def _find_duplicate(session: AsyncSession, key_hash: bytes) -> InboundResult | None:
    existing = (
        await session.exec(select(Message).where(Message.channel_message_key_hash == key_hash))
    ).first()
    if existing is None:
        return None
    report = await session.get(Report, existing.report_id)
    triaged = await session.get(TriageResult, existing.report_id)
    return InboundResult(
        message_id=existing.id,
        report_id=existing.report_id,
        contact_id=report.contact_id if report else None,
        duplicate=True,
        new_report=False,
        priority=triaged.priority if triaged else "P4",
    )


async def upsert_contact(
    session: AsyncSession, vault: Vault, channel: Channel, address: str | None, now: datetime
) -> Contact | None:
    """The contact for this address (created on first contact), known only by blind index."""
    if address is None:
        return None
    index = vault.contact_indexer.index(address)
    contact = (
        await session.exec(
            select(Contact).where(Contact.channel == channel, Contact.address_index == index)
        )
    ).first()
    if contact is None:
        data_key, cipher = await vault.new_data_key(session)
        contact = Contact(
            id=new_id(), channel=channel, address_index=index, data_key_id=data_key.id
        )
        contact.address_ct = cipher.encrypt(
            address, table="contacts", column="address_ct", row_id=contact.id
        )
    contact.last_inbound_at = now
    session.add(contact)
    await session.flush()  # reports reference it; see Vault.new_data_key
    return contact


async def _open_report(
    session: AsyncSession,
    vault: Vault,
    policy: IntakePolicy,
    message: InboundMessage,
    contact: Contact | None,
    now: datetime,
) -> tuple[Report, FieldCipher, bool]:
    report: Report | None = None
    if message.report_id is not None:
        report = await session.get(Report, message.report_id)
        if report is None or report.status == ReportStatus.SHREDDED:
            raise NotFoundError("no such report")
    elif contact is not None:
        since = now - timedelta(seconds=policy.grouping_window_s)
        report = (
            await session.exec(
                select(Report)
                .where(
                    Report.contact_id == contact.id,
                    Report.status == ReportStatus.OPEN,
                    col(Report.last_activity_at) >= since,
                )
                .order_by(col(Report.last_activity_at).desc())
                .limit(1)
            )
        ).first()
    if report is not None:
        return report, await vault.cipher_for(session, report.data_key_id), False
    report, cipher = await new_report(
        session, vault, policy, message.channel, contact, message.language_hint, now
    )
    return report, cipher, True


async def new_report(
    session: AsyncSession,
    vault: Vault,
    policy: IntakePolicy,
    channel: Channel,
    contact: Contact | None,
    language: str | None,
    now: datetime,
) -> tuple[Report, FieldCipher]:
    """A new, empty report with its own data key."""
    data_key, cipher = await vault.new_data_key(session)
    report = Report(
        id=new_id(),
        data_key_id=data_key.id,
        contact_id=contact.id if contact else None,
        channel=channel,
        language=language,
        created_at=now,
        last_activity_at=now,
        expires_at=now + timedelta(days=policy.retention_days),
    )
    session.add(report)
    await session.flush()
    return report, cipher


async def _inbound_rows(session: AsyncSession, report: Report) -> list[Message]:
    rows = await session.exec(
        select(Message)
        .where(
            Message.report_id == report.id,
            Message.direction == Direction.INBOUND,
            col(Message.kind).in_(list(TRIAGED_KINDS)),
        )
        .order_by(col(Message.created_at), col(Message.id))
    )
    return list(rows.all())


def _decrypt_body(cipher: FieldCipher, row: Message) -> str:
    assert row.body_ct is not None
    return cipher.decrypt_text(row.body_ct, table="messages", column="body_ct", row_id=row.id)


async def report_text(session: AsyncSession, report: Report, cipher: FieldCipher) -> str:
    """The worker's own words in this report, oldest first, one message per line (menu
    answers and codes are left out: they are not testimony)."""
    return "\n".join(
        _decrypt_body(cipher, row)
        for row in await _inbound_rows(session, report)
        if row.body_ct is not None
    )


def stated_age(text: str) -> int | None:
    """The age typed in answer to "how old are you?" ("15", "١٥", "15 años"), or None."""
    digits = "".join(
        str(unicodedata.digit(ch)) for ch in text if unicodedata.digit(ch, None) is not None
    )
    if not digits or len(digits) > 2:
        return None
    age = int(digits)
    return age if 5 <= age <= 99 else None


def with_stated_age(assessment: Assessment, age: int | None) -> Assessment:
    """Apply an age given in the age question, with the priority policy of docs/triage.md:
    a working minor is at least P2, and P1 in hazardous or night work."""
    if age is None or age >= 18 or assessment.minor:
        return assessment
    hazardous = {"hazardous_work", "night_or_school_hours"} & set(assessment.indicators)
    priority = "P1" if hazardous or assessment.priority == "P1" else min(assessment.priority, "P2")
    return replace(
        assessment,
        minor=True,
        age=age,
        priority=priority,
        reasons=(*assessment.reasons, "under 18 by the answer to the age question"),
    )


async def retriage_report(
    session: AsyncSession, assess: Assess, report: Report, cipher: FieldCipher
) -> tuple[Assessment, tuple[str, ...]]:
    """Assess the report again (its answers changed) and record the job that carries the new
    priority onto the case. Inside the caller's transaction; dispatch the job ids after it."""
    assessment = await _triage_report(session, assess, report, cipher, language_hint=None)
    job = new_job("sync_case", {"report_id": report.id}, dedupe_key=f"sync_case:{new_id()}")
    session.add(job)
    return assessment, (job.id,)


async def _triage_report(
    session: AsyncSession,
    assess: Assess,
    report: Report,
    cipher: FieldCipher,
    *,
    language_hint: str | None,
    new_text: str | None = None,
) -> Assessment:
    """Assess the whole report (every message so far), not just the newest message: a minor's
    age and the night shift often arrive in different texts."""
    if new_text is not None:
        texts, age = [new_text], None
    else:
        rows = [row for row in await _inbound_rows(session, report) if row.body_ct is not None]
        # A bare "15" means nothing to the engine; the age answer is applied as a rule below.
        texts = [_decrypt_body(cipher, r) for r in rows if r.kind != MessageKind.ANSWER_AGE]
        ages = [_decrypt_body(cipher, r) for r in rows if r.kind == MessageKind.ANSWER_AGE]
        age = stated_age(ages[-1]) if ages else None
    assessment = _assess_or_flag(assess, "\n".join(texts), language_hint or report.language)
    assessment = with_stated_age(assessment, age)
    if report.language is None and assessment.language != "und":
        report.language = assessment.language
        session.add(report)
    evidence = [
        {"code": e.code, "start": e.start, "end": e.end, "text": e.text}
        for e in assessment.evidence
    ]
    result = None if new_text is not None else await session.get(TriageResult, report.id)
    if result is None:
        result = TriageResult(report_id=report.id, rules_version="", priority="P4")
    result.rules_version = assessment.rules_version
    result.language = assessment.language
    result.minor = assessment.minor
    result.priority = assessment.priority
    result.indicators = ",".join(assessment.indicators)
    result.evidence_ct = cipher.encrypt(
        json.dumps({"evidence": evidence, "reasons": list(assessment.reasons)}),
        table="triage_results",
        column="evidence_ct",
        row_id=report.id,
    )
    result.assessed_at = utcnow()
    session.add(result)
    return assessment


def _assess_or_flag(assess: Assess, text: str, language: str | None) -> Assessment:
    """Triage must never cost a worker their report: if the engine fails, store the message
    anyway and put it in front of a person."""
    try:
        return assess(text, language)
    except Exception as exc:
        log.error("triage failed (%s); report queued for manual review", type(exc).__name__)
        return Assessment(
            language=language or "und",
            minor=False,
            age=None,
            indicators=(),
            priority="P2",
            reasons=("automatic triage failed: review by hand",),
            rules_version="triage-failed",
        )


async def _record_follow_up_jobs(
    session: AsyncSession, report: Report, message: Message
) -> tuple[str, ...]:
    # The message is new, so its job's dedupe key cannot exist yet: no need to look.
    job = new_job("sync_case", {"report_id": report.id}, dedupe_key=f"sync_case:{message.id}")
    session.add(job)
    return (job.id,)
