"""Table models. These are storage only: API and template code uses the schemas in
`intake.schemas`, which list their fields, so ciphertext and contact handles never leak.

Columns ending in `_ct` hold AES-256-GCM ciphertext (see docs/security.md); `_index` and
`_key_hash` columns hold keyed HMACs. Nothing here stores a phone number, a name or message
text in the clear.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from intake.db.types import UTCDateTime


def new_id() -> str:
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC)


def _id_field(**kwargs: Any) -> Any:
    return Field(default_factory=new_id, primary_key=True, max_length=32, **kwargs)


def _time_field(*, nullable: bool = False, index: bool = False, default_now: bool = True) -> Any:
    if default_now:
        return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=nullable, index=index)
    return Field(default=None, sa_type=UTCDateTime, nullable=nullable, index=index)


def _blob_field(*, nullable: bool = True) -> Any:
    return Field(default=None, sa_type=sa.LargeBinary, nullable=nullable)


class Channel(StrEnum):
    SMS = "sms"
    WHATSAPP = "whatsapp"
    WEB = "web"
    CONSOLE = "console"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class ReportStatus(StrEnum):
    OPEN = "open"  # still collecting messages from the worker
    CLOSED = "closed"  # no longer grouped with new messages; the case carries on
    SHREDDED = "shredded"  # data key destroyed; fields unreadable


class Disclosure(StrEnum):
    """Who may know who the worker is; it can only become stricter without new consent."""

    ANONYMOUS = "anonymous"  # nobody contacts them; the number is kept only to run the chat
    CONTACT_OK = "contact_ok"  # the team may write to them on this channel


class MessageKind(StrEnum):
    TEXT = "text"  # the worker's own words
    ANSWER_WORKPLACE = "answer_workplace"
    ANSWER_LOCATION = "answer_location"
    ANSWER_AGE = "answer_age"
    CONTROL = "control"  # menu answers, keywords, codes: kept for dedupe, never triaged
    AUTO_REPLY = "auto_reply"  # the conversation's prompts
    STAFF_REPLY = "staff_reply"


class DeliveryStatus(StrEnum):
    """Outbound lifecycle; the numbers order Twilio's statuses so callbacks never go back."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    UNDELIVERED = "undelivered"
    FAILED = "failed"
    UNCONFIRMED = "unconfirmed"  # a send may or may not have happened: never retried
    SUPPRESSED = "suppressed"  # not sent on purpose (opted out, erased, quick exit)


class JobStatus(StrEnum):
    PENDING = "pending"
    ENQUEUED = "enqueued"
    DONE = "done"
    FAILED = "failed"


class DataKey(SQLModel, table=True):
    """A per-report (or per-contact) data key, wrapped by a master key kept outside the DB."""

    __tablename__ = "data_keys"

    id: str = _id_field()
    kid: str = Field(max_length=64, index=True)
    wrapped_key: bytes | None = _blob_field()
    created_at: datetime = _time_field()
    destroyed_at: datetime | None = _time_field(nullable=True, default_now=False)


class Contact(SQLModel, table=True):
    """Someone who wrote in, known only by a blind index and an encrypted address."""

    __tablename__ = "contacts"
    __table_args__ = (sa.UniqueConstraint("channel", "address_index"),)

    id: str = _id_field()
    channel: str = Field(max_length=16)
    address_index: bytes = Field(sa_type=sa.LargeBinary, nullable=False)
    data_key_id: str = Field(foreign_key="data_keys.id", max_length=32)
    address_ct: bytes | None = _blob_field()
    created_at: datetime = _time_field()
    last_inbound_at: datetime | None = _time_field(nullable=True, default_now=False)
    opted_out_at: datetime | None = _time_field(nullable=True, default_now=False)
    erased_at: datetime | None = _time_field(nullable=True, default_now=False)


class Report(SQLModel, table=True):
    """One worker's account, made of one or more messages; its fields share one data key."""

    __tablename__ = "reports"

    id: str = _id_field()
    data_key_id: str = Field(foreign_key="data_keys.id", max_length=32)
    contact_id: str | None = Field(
        default=None, foreign_key="contacts.id", max_length=32, index=True
    )
    channel: str = Field(max_length=16)
    status: str = Field(default=ReportStatus.OPEN, max_length=16, index=True)
    language: str | None = Field(default=None, max_length=16)
    code_lookup_index: bytes | None = Field(
        default=None, sa_type=sa.LargeBinary, nullable=True, unique=True
    )
    code_hash: str | None = Field(default=None, max_length=255)
    disclosure: str = Field(default=Disclosure.ANONYMOUS, max_length=16)
    message_count: int = 0
    created_at: datetime = _time_field()
    last_activity_at: datetime = _time_field(index=True)
    expires_at: datetime = _time_field(index=True)


class Message(SQLModel, table=True):
    """A message to or from a worker. The channel's message id is kept only as a keyed hash."""

    __tablename__ = "messages"

    id: str = _id_field()
    report_id: str = Field(foreign_key="reports.id", max_length=32, index=True)
    direction: str = Field(max_length=16)
    channel: str = Field(max_length=16)
    channel_message_key_hash: bytes | None = Field(
        default=None, sa_type=sa.LargeBinary, nullable=True, unique=True
    )
    kind: str = Field(default=MessageKind.TEXT, max_length=24)
    body_ct: bytes | None = _blob_field()
    # The provider's id of an inbound message, kept (encrypted) only until the copy at the
    # provider is deleted.
    provider_sid_ct: bytes | None = _blob_field()
    num_media: int = 0
    delivery_status: str | None = Field(default=None, max_length=32)
    error_code: str | None = Field(default=None, max_length=32)
    sent_at: datetime | None = _time_field(nullable=True, default_now=False)
    created_at: datetime = _time_field(index=True)


class Attachment(SQLModel, table=True):
    """A photo, voice note or document, encrypted under its report's data key."""

    __tablename__ = "attachments"

    id: str = _id_field()
    report_id: str = Field(foreign_key="reports.id", max_length=32, index=True)
    message_id: str = Field(foreign_key="messages.id", max_length=32, index=True)
    content_type: str = Field(max_length=128)
    size_bytes: int = 0
    status: str = Field(default="pending", max_length=16)  # pending, stored, rejected, failed
    # Where to fetch it from until it is stored (the URL names the sender's Twilio resources).
    source_url_ct: bytes | None = _blob_field()
    content_ct: bytes | None = _blob_field()
    stripped_content_ct: bytes | None = _blob_field()
    created_at: datetime = _time_field()


class TriageResult(SQLModel, table=True):
    """The latest assessment of a report. Codes and priority are clear (the queue sorts on
    them); the evidence quotes the worker's words, so it is encrypted."""

    __tablename__ = "triage_results"

    report_id: str = Field(foreign_key="reports.id", primary_key=True, max_length=32)
    rules_version: str = Field(max_length=64)
    language: str | None = Field(default=None, max_length=16)
    minor: bool = False
    priority: str = Field(max_length=2, index=True)
    indicators: str = Field(default="", max_length=1024)
    evidence_ct: bytes | None = _blob_field()
    assessed_at: datetime = _time_field()


class DeliveryEvent(SQLModel, table=True):
    """One status callback per message and status, so repeats are recognised."""

    __tablename__ = "delivery_events"
    __table_args__ = (sa.UniqueConstraint("message_id", "status"),)

    id: int | None = Field(default=None, primary_key=True)
    message_id: str = Field(foreign_key="messages.id", max_length=32, index=True)
    status: str = Field(max_length=32)
    error_code: str | None = Field(default=None, max_length=32)
    occurred_at: datetime = _time_field()


class Conversation(SQLModel, table=True):
    """Where a texting worker is in the intake conversation. Holds no text."""

    __tablename__ = "conversations"

    id: str = _id_field()
    contact_id: str = Field(foreign_key="contacts.id", max_length=32, index=True)
    channel: str = Field(max_length=16)
    locale: str | None = Field(default=None, max_length=16)
    step: str = Field(max_length=32)
    report_id: str | None = Field(default=None, foreign_key="reports.id", max_length=32)
    started_at: datetime = _time_field()
    last_inbound_at: datetime = _time_field()
    ended_at: datetime | None = _time_field(nullable=True, default_now=False)
    end_reason: str | None = Field(default=None, max_length=32)


class Case(SQLModel, table=True):
    """The remediation workflow's unit of work for one report."""

    __tablename__ = "cases"

    id: str = _id_field()
    report_id: str = Field(foreign_key="reports.id", max_length=32, unique=True)
    status: str = Field(default="new", max_length=32, index=True)
    priority: str = Field(default="P4", max_length=2, index=True)
    assigned_to: str | None = Field(default=None, max_length=64)
    opened_at: datetime = _time_field()
    updated_at: datetime = _time_field()


class AuditEvent(SQLModel, table=True):
    """Append-only, hash-chained record of what was done; details never carry personal data."""

    __tablename__ = "audit_events"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _time_field(index=True)
    actor: str = Field(max_length=64)
    action: str = Field(max_length=64, index=True)
    object_type: str = Field(max_length=32)
    object_id: str = Field(max_length=64)
    details: str = Field(default="{}", sa_type=sa.Text)
    prev_hash: bytes = Field(sa_type=sa.LargeBinary, nullable=False)
    hash: bytes = Field(sa_type=sa.LargeBinary, nullable=False, unique=True)


class OutboxJob(SQLModel, table=True):
    """A job recorded in the same transaction as the data it acts on: the source of truth for
    the queue, so nothing is lost while Redis is down. Arguments are ids only."""

    __tablename__ = "outbox_jobs"

    id: str = _id_field()
    job_name: str = Field(max_length=64)
    args_json: str = Field(default="{}", sa_type=sa.Text)
    dedupe_key: str = Field(max_length=160, unique=True)
    status: str = Field(default=JobStatus.PENDING, max_length=16, index=True)
    attempts: int = 0
    last_error_code: str | None = Field(default=None, max_length=64)
    created_at: datetime = _time_field()
    updated_at: datetime = _time_field()
    enqueued_at: datetime | None = _time_field(nullable=True, default_now=False)
    # A failed job waits until then (exponential back-off) before a sweep hands it over again.
    not_before: datetime | None = _time_field(nullable=True, default_now=False)
    done_at: datetime | None = _time_field(nullable=True, default_now=False)


ALL_TABLES = (
    DataKey,
    Contact,
    Report,
    Message,
    Attachment,
    TriageResult,
    Case,
    AuditEvent,
    OutboxJob,
    DeliveryEvent,
    Conversation,
)
