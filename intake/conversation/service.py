"""Runs the conversation for one inbound SMS or WhatsApp message, in one transaction with
storing it: a retry of the same message neither stores it twice nor moves the conversation.

Order: duplicate? -> contact -> keywords (STOP, START, HELP, quick exit) -> opted out? ->
a report code (follow-up from any phone) -> the step machine in `flow`. Every message is
stored, even a menu answer, so that retries are recognised; only the worker's own words are
triaged. Replies are rendered in the conversation's language and returned, never stored:
the caller answers with them (TwiML) in the same HTTP response.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from intake.conversation import prompts
from intake.conversation.flow import Decision, EndReason, Reply, Step, decide
from intake.conversation.keywords import Keyword, is_carrier_stop_word, match_keyword
from intake.crypto import (
    FieldCipher,
    InvalidAddressError,
    format_report_code,
    normalise_phone,
    normalise_report_code,
)
from intake.db.models import (
    Channel,
    Contact,
    Conversation,
    Direction,
    Disclosure,
    Message,
    MessageKind,
    Report,
)
from intake.followup import find_report_by_code, issue_report_code
from intake.i18n import DEFAULT_LOCALE, SUPPORTED_LOCALES, translate
from intake.inbound import (
    Assess,
    InboundMessage,
    InboundResult,
    IntakePolicy,
    add_inbound_message,
    find_duplicate,
    new_report,
    upsert_contact,
)
from intake.media_jobs import record_inbound_media
from intake.outbound import release_held_messages
from intake.ratelimit import RateLimiter
from intake.retention import erase_contact
from intake.vault import Vault

log = logging.getLogger(__name__)

_MAX_ATTEMPTS = 3
CODE_PLACEHOLDER = "[code]"  # what is stored instead of a typed report code
TEAM_REPLIES_SHOWN = 3


@dataclass(frozen=True, slots=True)
class ConversationDeps:
    session_factory: async_sessionmaker[AsyncSession]
    vault: Vault
    assess: Assess
    policy: IntakePolicy
    rate_limiter: RateLimiter
    idle_s: int
    code_lookups_per_hour: int
    inbound_per_sender_per_hour: int = 120


@dataclass(frozen=True, slots=True, repr=False)
class ConversationResult:
    replies: tuple[str, ...]
    report_id: str | None
    duplicate: bool = False
    job_ids: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"ConversationResult(replies={len(self.replies)}, duplicate={self.duplicate})"


async def converse(
    deps: ConversationDeps, message: InboundMessage, *, opt_out_type: str | None = None
) -> ConversationResult:
    """Store the message, advance the conversation, and return the replies to send."""
    for attempt in range(1, _MAX_ATTEMPTS + 1):
        try:
            async with deps.session_factory() as session, session.begin():
                return await _Turn(deps, session, message, opt_out_type).run()
        except IntegrityError:
            if attempt == _MAX_ATTEMPTS:
                raise
            log.info("conversation: concurrent write detected, retrying (attempt %d)", attempt)
    raise AssertionError("unreachable")


class _Turn:
    """One inbound message's pass through the conversation (one transaction)."""

    def __init__(
        self,
        deps: ConversationDeps,
        session: AsyncSession,
        message: InboundMessage,
        opt_out_type: str | None,
    ) -> None:
        self.deps = deps
        self.session = session
        self.message = message
        self.opt_out_type = (opt_out_type or "").upper()
        self.now = message.received_at
        self.job_ids: list[str] = []
        self.report_id: str | None = None

    async def run(self) -> ConversationResult:
        duplicate = await find_duplicate(self.session, self.deps.vault, self.message)
        if duplicate is not None:
            return ConversationResult((), duplicate.report_id, duplicate=True)
        contact = await self._contact()
        if contact is None:
            return await self._without_contact()
        # Writing to us reopens the WhatsApp window: messages held for it can go now.
        self.job_ids.extend(await release_held_messages(self.session, contact))
        conversation = await self._active_conversation(contact)
        locale = conversation.locale if conversation else await self._last_locale(contact)

        # Keywords come before any limit: STOP and the quick exit are always honoured.
        keyword = self._keyword()
        if keyword is not None:
            replies = await self._handle_keyword(contact, conversation, keyword)
            return self._result(replies, locale)
        if not await self._within_rate(contact):
            # A flood (or a loop with another bot): keep every word, stop answering.
            log.warning("conversation: sender %s over its rate limit; not answering", contact.id)
            await self._store(conversation, contact, MessageKind.TEXT)
            return self._result((), locale)
        if contact.opted_out_at is not None:
            # Stored, never answered: they asked us to stop, and only START undoes that.
            await self._store(conversation, contact, MessageKind.TEXT)
            return self._result((), locale)
        if normalise_report_code(self.message.body) is not None:
            return self._result(await self._code(contact, conversation, locale), locale)

        if conversation is None:
            conversation = await self._start(contact, locale)
        return await self._step(contact, conversation)

    # -- parts -----------------------------------------------------------------------------

    async def _contact(self) -> Contact | None:
        if self.message.sender is None:
            return None
        try:
            address = normalise_phone(self.message.sender, self.deps.policy.default_phone_region)
        except InvalidAddressError:
            log.warning("conversation: unusable %s sender address", self.message.channel.value)
            return None
        return await upsert_contact(
            self.session, self.deps.vault, self.message.channel, address, self.now
        )

    async def _without_contact(self) -> ConversationResult:
        """No number we could ever write back to: keep the words, no conversation."""
        report, cipher = await new_report(
            self.session,
            self.deps.vault,
            self.deps.policy,
            self.message.channel,
            None,
            None,
            self.now,
        )
        result = await self._add(report, cipher, MessageKind.TEXT, new=True)
        return ConversationResult((), result.report_id, job_ids=result.job_ids)

    async def _active_conversation(self, contact: Contact) -> Conversation | None:
        conversation = (
            await self.session.exec(
                select(Conversation)
                .where(Conversation.contact_id == contact.id, col(Conversation.ended_at).is_(None))
                .order_by(col(Conversation.started_at).desc())
                .limit(1)
            )
        ).first()
        if conversation is None:
            return None
        if self.now - conversation.last_inbound_at > timedelta(seconds=self.deps.idle_s):
            # After 15 minutes of silence the conversation is over; the person starts again
            # (someone else may be holding the phone now).
            self._end(conversation, EndReason.IDLE)
            return None
        return conversation

    async def _last_locale(self, contact: Contact) -> str | None:
        return (
            await self.session.exec(
                select(Conversation.locale)
                .where(Conversation.contact_id == contact.id, col(Conversation.locale).is_not(None))
                .order_by(col(Conversation.started_at).desc())
                .limit(1)
            )
        ).first()

    async def _within_rate(self, contact: Contact) -> bool:
        return await self.deps.rate_limiter.allow(
            self.deps.vault.rate_key("inbound-sender", contact.id),
            limit=self.deps.inbound_per_sender_per_hour,
            window_s=3600,
        )

    def _keyword(self) -> Keyword | None:
        if self.opt_out_type == "STOP":
            return Keyword.STOP
        if self.opt_out_type == "START":
            return Keyword.START
        return match_keyword(self.message.body)

    async def _handle_keyword(
        self, contact: Contact, conversation: Conversation | None, keyword: Keyword
    ) -> tuple[Reply, ...]:
        await self._store(conversation, contact, MessageKind.CONTROL)
        if keyword is Keyword.HELP:
            return (Reply(prompts.HELP),)
        if keyword is Keyword.START:
            contact.opted_out_at = None
            self.session.add(contact)
            return (Reply(prompts.RESTARTED),)
        if conversation is not None:
            self._end(
                conversation, EndReason.STOP if keyword is Keyword.STOP else EndReason.QUICK_EXIT
            )
        if keyword is Keyword.STOP:
            contact.opted_out_at = self.now
            self.session.add(contact)
            # Twilio answers its own STOP words on SMS (and blocks our reply); a localised word
            # such as ALTO or a WhatsApp message reaches no such layer, so we confirm it once.
            answered_by_twilio = self.message.channel is Channel.SMS and (
                self.opt_out_type == "STOP" or is_carrier_stop_word(self.message.body)
            )
            return () if answered_by_twilio else (Reply(prompts.STOPPED),)
        await erase_contact(
            self.session, self.deps.vault, contact, reason="quick_exit", actor="worker"
        )
        return (Reply(prompts.ERASED),)

    async def _code(
        self, contact: Contact, conversation: Conversation | None, locale: str | None
    ) -> tuple[Reply, ...]:
        """A report code typed into the chat: switch this conversation to that report."""
        allowed = await self.deps.rate_limiter.allow(
            self.deps.vault.rate_key("code-lookup-chat", contact.id),
            limit=self.deps.code_lookups_per_hour,
            window_s=3600,
        )
        report = (
            await find_report_by_code(self.session, self.deps.vault, self.message.body)
            if allowed
            else None
        )
        if report is None:
            await self._store(conversation, contact, MessageKind.CONTROL, body=CODE_PLACEHOLDER)
            return (Reply(prompts.CODE_TOO_MANY if not allowed else prompts.CODE_UNKNOWN),)
        if conversation is None:
            conversation = await self._start(contact, locale, report=report)
        conversation.report_id = report.id
        conversation.step = Step.FOLLOW_UP
        self.session.add(conversation)
        cipher = await self.deps.vault.cipher_for(self.session, report.data_key_id)
        await self._add(report, cipher, MessageKind.CONTROL, body=CODE_PLACEHOLDER)
        team = await self._team_replies(report, cipher)
        return (Reply(prompts.CODE_WELCOME), *team)

    async def _team_replies(self, report: Report, cipher: FieldCipher) -> tuple[Reply, ...]:
        rows = (
            await self.session.exec(
                select(Message)
                .where(
                    Message.report_id == report.id,
                    Message.direction == Direction.OUTBOUND,
                    Message.kind == MessageKind.STAFF_REPLY,
                )
                .order_by(col(Message.created_at).desc())
                .limit(TEAM_REPLIES_SHOWN)
            )
        ).all()
        texts = [
            cipher.decrypt_text(row.body_ct, table="messages", column="body_ct", row_id=row.id)
            for row in reversed(rows)
            if row.body_ct is not None
        ]
        return tuple(Reply(prompts.TEAM_SAID, params=(("text", text),)) for text in texts)

    async def _start(
        self, contact: Contact, locale: str | None, *, report: Report | None = None
    ) -> Conversation:
        if report is None:
            report, _cipher = await new_report(
                self.session,
                self.deps.vault,
                self.deps.policy,
                self.message.channel,
                contact,
                locale,
                self.now,
            )
        conversation = Conversation(
            contact_id=contact.id,
            channel=self.message.channel,
            locale=locale,
            step=Step.NEW,
            report_id=report.id,
            started_at=self.now,
            last_inbound_at=self.now,
        )
        self.session.add(conversation)
        await self.session.flush()
        return conversation

    async def _step(self, contact: Contact, conversation: Conversation) -> ConversationResult:
        report, cipher = await self._report_of(conversation)
        step = Step(conversation.step)
        detected = None
        if step in (Step.NEW, Step.LANGUAGE):
            # A returning worker's known language skips the menu, never the safety question.
            detected = conversation.locale or _confident_language(
                self.message.body, self.deps.assess
            )
        decision = decide(step, self.message.body, detected_locale=detected)
        await self._add(report, cipher, decision.store_as, new=report.message_count == 0)
        replies = await self._apply(decision, conversation, report)
        return self._result(replies, conversation.locale)

    async def _apply(
        self, decision: Decision, conversation: Conversation, report: Report
    ) -> tuple[Reply, ...]:
        conversation.last_inbound_at = self.now
        if decision.locale:
            conversation.locale = decision.locale
            report.language = report.language or decision.locale
        if decision.disclosure is not None:
            report.disclosure = decision.disclosure
        replies = decision.replies
        if decision.issue_code:
            code = await issue_report_code(self.session, self.deps.vault, report)
            after = (
                prompts.NEXT_CONTACT_OK
                if report.disclosure == Disclosure.CONTACT_OK
                else prompts.NEXT_ANONYMOUS
            )
            replies = (
                *replies,
                Reply(prompts.CODE, params=(("code", format_report_code(code)),)),
                Reply(after),
            )
        if decision.next_step is None:
            self._end(conversation, decision.end_reason or EndReason.NOT_SAFE)
        else:
            conversation.step = decision.next_step
        self.session.add_all([conversation, report])
        return replies

    async def _report_of(self, conversation: Conversation) -> tuple[Report, FieldCipher]:
        report = await self.session.get(Report, conversation.report_id)
        assert report is not None  # conversations always get a report when they start
        return report, await self.deps.vault.cipher_for(self.session, report.data_key_id)

    async def _store(
        self,
        conversation: Conversation | None,
        contact: Contact,
        kind: MessageKind,
        *,
        body: str | None = None,
    ) -> None:
        """Store a message outside the step machine (keywords, codes, opted-out senders)."""
        if conversation is not None and conversation.report_id is not None:
            conversation.last_inbound_at = self.now
            self.session.add(conversation)
            report, cipher = await self._report_of(conversation)
            await self._add(report, cipher, kind, body=body)
            return
        report, cipher = await new_report(
            self.session,
            self.deps.vault,
            self.deps.policy,
            self.message.channel,
            contact,
            None,
            self.now,
        )
        await self._add(report, cipher, kind, body=body, new=True)

    async def _add(
        self,
        report: Report,
        cipher: FieldCipher,
        kind: MessageKind,
        *,
        body: str | None = None,
        new: bool = False,
    ) -> InboundResult:
        message = InboundMessage(
            channel=self.message.channel,
            body=self.message.body if body is None else body,
            sender=self.message.sender,
            channel_message_id=self.message.channel_message_id,
            language_hint=self.message.language_hint,
            kind=kind,
            media=self.message.media,
            received_at=self.now,
        )
        result = await add_inbound_message(
            self.session,
            self.deps.vault,
            self.deps.assess,
            self.deps.policy,
            message,
            report=report,
            cipher=cipher,
            new_report=new,
        )
        self.report_id = result.report_id
        self.job_ids.extend(result.job_ids)
        if self.message.media:
            stored = await self.session.get(Message, result.message_id)
            assert stored is not None
            self.job_ids.extend(
                await record_inbound_media(
                    self.session, self.deps.vault, report, stored, self.message.media
                )
            )
        return result

    def _end(self, conversation: Conversation, reason: EndReason) -> None:
        conversation.ended_at = self.now
        conversation.end_reason = reason
        self.session.add(conversation)

    def _result(
        self,
        replies: tuple[Reply, ...],
        locale: str | None,
        job_ids: tuple[str, ...] | None = None,
    ) -> ConversationResult:
        return ConversationResult(
            tuple(render(reply, locale) for reply in replies),
            self.report_id,
            job_ids=tuple(self.job_ids) if job_ids is None else job_ids,
        )


def render(reply: Reply, locale: str | None) -> str:
    if reply.literal is not None:
        return reply.literal
    assert reply.message_id is not None
    text = translate(locale or DEFAULT_LOCALE, reply.message_id)
    return text.format(**dict(reply.params)) if reply.params else text


def _confident_language(text: str, assess: Assess) -> str | None:
    """The language of a first message when the text shows it clearly (a non-Latin script,
    or several words); otherwise None and the worker picks from the menu."""
    words = text.split()
    non_latin = any(ch.isalpha() and ord(ch) > 0x024F for ch in text)
    if not non_latin and len(words) < 4:
        return None
    try:
        language = assess(text, None).language
    except Exception:  # triage trouble must not block the conversation
        return None
    return language if language in SUPPORTED_LOCALES else None
