"""Whole conversations through the signed Twilio webhooks, in English, Spanish and Arabic:
language, safety, consent, telling, the code, follow-up from another phone, STOP, quick exit,
retries and the 15-minute silence."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import timedelta

import httpx
import pytest
from sqlmodel import select

from intake.conversation import prompts
from intake.db.models import (
    Contact,
    Conversation,
    Direction,
    Disclosure,
    Message,
    MessageKind,
    Report,
    TriageResult,
    new_id,
)
from intake.i18n import translate
from intake.services import Services
from tests.helpers import database_raw_bytes, phone_variants, post_signed, sms_params

CODE_PATTERN = re.compile(r"\d{4} \d{4} \d{4} \d{4} \d{4}")


@dataclass
class Phone:
    """A worker's phone: sends signed webhooks, reads the TwiML replies."""

    client: httpx.AsyncClient
    number: str
    channel: str = "sms"
    sent: list[dict[str, str]] = field(default_factory=list)

    async def send(self, body: str, **extra: str) -> list[str]:
        params = self.params(body, **extra)
        return await self.resend(params)

    def params(self, body: str, **extra: str) -> dict[str, str]:
        sender = self.number if self.channel == "sms" else f"whatsapp:{self.number}"
        params = sms_params(sender, body, **extra)
        if self.channel == "whatsapp":
            params.update(
                To="whatsapp:+15005550006", WaId=self.number.lstrip("+"), ProfileName="Maria Lopez"
            )
        self.sent.append(params)
        return params

    async def resend(self, params: dict[str, str]) -> list[str]:
        response = await post_signed(self.client, f"/twilio/{self.channel}", params)
        assert response.status_code == 200, response.text
        root = ET.fromstring(response.text)  # noqa: S314 - our own TwiML
        return [element.text or "" for element in root.iter("Message")]


def t(locale: str, message_id: str, **params: str) -> str:
    text = translate(locale, message_id)
    return text.format(**params) if params else text


async def _report_for(services: Services, number: str) -> Report:
    async with services.session_factory() as session:
        index = services.vault.contact_indexer.index(number)
        contact = (await session.exec(select(Contact).where(Contact.address_index == index))).one()
        conversation = (
            await session.exec(
                select(Conversation)
                .where(Conversation.contact_id == contact.id)
                .order_by(Conversation.started_at.desc())  # type: ignore[attr-defined]
            )
        ).first()
        assert conversation is not None and conversation.report_id is not None
        report = await session.get(Report, conversation.report_id)
        assert report is not None
        return report


async def _kinds(services: Services, report_id: str) -> list[str]:
    async with services.session_factory() as session:
        rows = await session.exec(
            select(Message.kind).where(Message.report_id == report_id).order_by(Message.created_at)  # type: ignore[arg-type]
        )
        return list(rows.all())


async def _add_team_reply(services: Services, report: Report, text: str) -> None:
    async with services.session_factory() as session, session.begin():
        cipher = await services.vault.cipher_for(session, report.data_key_id)
        message = Message(
            id=new_id(),
            report_id=report.id,
            direction=Direction.OUTBOUND,
            channel="sms",
            kind=MessageKind.STAFF_REPLY,
        )
        message.body_ct = cipher.encrypt(
            text, table="messages", column="body_ct", row_id=message.id
        )
        session.add(message)


async def test_english_conversation_from_first_text_to_code_and_follow_up(
    client: httpx.AsyncClient, services: Services, database_url: str
) -> None:
    worker = Phone(client, "+15075550101")
    menu = await worker.send("hi")
    assert menu == [prompts.language_menu()]
    assert "1 English" in menu[0] and "8 العربية" in menu[0]
    assert await worker.send("1") == [t("en", prompts.SAFE_TO_TEXT)]
    assert await worker.send("1") == [t("en", prompts.ABOUT), t("en", prompts.ASK_CONSENT)]
    assert await worker.send("1") == [t("en", prompts.TELL)]
    story = "They took my passport and we work 16 hours a day, 7 days a week"
    assert await worker.send(story) == [t("en", prompts.TELL_MORE)]
    assert await worker.send("My cousin is 15 and cleans the machines at night") == []
    finished = worker.params("0")
    assert await worker.resend(finished) == [t("en", prompts.ASK_WORKPLACE)]
    # A Twilio retry of the same message: stored once, the conversation does not move.
    assert await worker.resend(finished) == []
    assert await worker.send("Prairie Meats") == [t("en", prompts.ASK_LOCATION)]
    assert await worker.send("Worthington MN") == [t("en", prompts.ASK_AGE)]
    code_reply, next_reply = await worker.send("0")
    match = CODE_PATTERN.search(code_reply)
    assert match, code_reply
    assert next_reply == t("en", prompts.NEXT_CONTACT_OK)
    for reply in (code_reply, next_reply):
        assert "report" not in reply.lower()
        assert "Prairie" not in reply

    report = await _report_for(services, worker.number)
    assert report.disclosure == Disclosure.CONTACT_OK
    assert report.language == "en"
    kinds = await _kinds(services, report.id)
    assert kinds.count(MessageKind.TEXT) == 3  # "hi" and the two messages of the story
    assert MessageKind.ANSWER_WORKPLACE in kinds and MessageKind.ANSWER_LOCATION in kinds
    async with services.session_factory() as session:
        triage = await session.get(TriageResult, report.id)
    assert triage is not None
    assert "retention_of_identity_documents" in triage.indicators.split(",")
    assert triage.minor

    # The team answers; the worker comes back from another phone with the code.
    await _add_team_reply(services, report, "Thank you. Can we call you tomorrow at 10?")
    other = Phone(client, "+15075550999")
    welcome = await other.send(match.group(0))
    assert welcome == [
        t("en", prompts.CODE_WELCOME),
        t("en", prompts.TEAM_SAID, text="Thank you. Can we call you tomorrow at 10?"),
    ]
    assert await other.send("Yes, after 10 is fine") == [t("en", prompts.RECEIVED)]
    kinds_after = await _kinds(services, report.id)
    assert kinds_after.count(MessageKind.TEXT) == 4
    assert kinds_after.count(MessageKind.CONTROL) > kinds.count(MessageKind.CONTROL)

    raw = await database_raw_bytes(database_url)
    for secret in [*phone_variants(worker.number), *phone_variants(other.number)]:
        assert secret not in raw
    for words in (story.encode(), b"Prairie Meats", match.group(0).replace(" ", "").encode()):
        assert words not in raw


async def test_spanish_detected_not_now_then_back_later(
    client: httpx.AsyncClient, services: Services
) -> None:
    worker = Phone(client, "+15075550102")
    first = await worker.send("Hola, necesito ayuda, mi jefe tiene mi pasaporte")
    assert first == [t("es", prompts.SAFE_TO_TEXT)]
    assert first[0] != translate("en", prompts.SAFE_TO_TEXT)
    assert await worker.send("2") == [t("es", prompts.NOT_NOW)]
    # Writing again starts over at the safety question, in the language we know.
    assert await worker.send("hola") == [t("es", prompts.SAFE_TO_TEXT)]
    assert await worker.send("1") == [t("es", prompts.ABOUT), t("es", prompts.ASK_CONSENT)]
    assert await worker.send("2") == [t("es", prompts.TELL)]
    report = await _report_for(services, worker.number)
    assert report.disclosure == Disclosure.ANONYMOUS


async def test_stop_is_honoured_until_start(client: httpx.AsyncClient, services: Services) -> None:
    worker = Phone(client, "+15075550103")
    await worker.send("hola")
    # A localised word reaches no carrier layer on SMS, so we confirm it ourselves, once.
    assert await worker.send("ALTO") == [t("en", prompts.STOPPED)]
    assert await worker.send("mi jefe me grita todo el dia") == []
    assert await worker.send("STOP", OptOutType="STOP") == []  # Twilio answers this one
    async with services.session_factory() as session:
        contact = (await session.exec(select(Contact))).one()
    assert contact.opted_out_at is not None
    restarted = await worker.send("START", OptOutType="START")
    assert restarted == [t("en", prompts.RESTARTED)]
    # Nothing the worker wrote while opted out was lost.
    report = await _report_for(services, worker.number)
    async with services.session_factory() as session:
        texts = (await session.exec(select(Message).where(Message.kind == MessageKind.TEXT))).all()
    assert len(texts) == 2
    assert report is not None


async def test_arabic_whatsapp_quick_exit_destroys_the_address(
    client: httpx.AsyncClient, services: Services, database_url: str
) -> None:
    worker = Phone(client, "+15075550104", channel="whatsapp")
    first = await worker.send("مرحبا، صاحب العمل أخذ جواز سفري ولا يسمح لنا بالخروج")
    assert first == [t("ar", prompts.SAFE_TO_TEXT)]
    assert await worker.send("١") == [t("ar", prompts.ABOUT), t("ar", prompts.ASK_CONSENT)]
    assert await worker.send("2") == [t("ar", prompts.TELL)]
    assert await worker.send("نعمل ١٤ ساعة كل يوم") == [t("ar", prompts.TELL_MORE)]
    assert await worker.send("احذف") == [t("ar", prompts.ERASED)]

    async with services.session_factory() as session:
        contact = (await session.exec(select(Contact))).one()
        conversation = (await session.exec(select(Conversation))).one()
    assert contact.erased_at is not None
    assert contact.address_ct is None
    assert contact.address_index != services.vault.contact_indexer.index(worker.number)
    assert conversation.end_reason == "quick_exit"
    raw = await database_raw_bytes(database_url)
    for secret in phone_variants(worker.number):
        assert secret not in raw
    assert b"Maria" not in raw  # the WhatsApp profile name is never stored


async def test_whatsapp_stop_gets_one_confirmation(
    client: httpx.AsyncClient, services: Services
) -> None:
    worker = Phone(client, "+15075550105", channel="whatsapp")
    await worker.send("hello there, I need some advice please")
    assert await worker.send("stop") == [t("en", prompts.STOPPED)]
    assert await worker.send("are you there?") == []


async def test_silence_of_fifteen_minutes_ends_the_conversation(
    client: httpx.AsyncClient, services: Services
) -> None:
    worker = Phone(client, "+15075550106")
    await worker.send("hi")
    await worker.send("2")  # Español
    assert await worker.send("1") == [t("es", prompts.ABOUT), t("es", prompts.ASK_CONSENT)]
    async with services.session_factory() as session, session.begin():
        conversation = (await session.exec(select(Conversation))).one()
        conversation.last_inbound_at -= timedelta(minutes=16)
        session.add(conversation)
    # Back after the silence: the safety question again, never the consent question.
    assert await worker.send("1") == [t("es", prompts.SAFE_TO_TEXT)]
    async with services.session_factory() as session:
        conversations = (await session.exec(select(Conversation))).all()
    assert sorted(c.end_reason or "active" for c in conversations) == ["active", "idle"]


async def test_help_is_answered_and_not_taken_as_testimony(
    client: httpx.AsyncClient, services: Services
) -> None:
    worker = Phone(client, "+15075550107")
    assert await worker.send("HELP") == [t("en", prompts.HELP)]
    async with services.session_factory() as session:
        kinds = (await session.exec(select(Message.kind))).all()
    assert list(kinds) == [MessageKind.CONTROL]


async def test_guessing_codes_is_rate_limited(
    client: httpx.AsyncClient, services: Services
) -> None:
    guesser = Phone(client, "+15075550108")
    limit = services.settings.code_lookups_per_hour
    for n in range(limit):
        assert await guesser.send(f"1234 5678 9012 3456 {n:04d}") == [t("en", prompts.CODE_UNKNOWN)]
    assert await guesser.send("1234 5678 9012 3456 9999") == [t("en", prompts.CODE_TOO_MANY)]


@pytest.mark.parametrize("body", ["1", "١", "၁", "1."])
def test_menu_numbers_in_any_script(body: str) -> None:
    from intake.conversation.flow import number_choice

    assert number_choice(body) == 1


def test_words_are_not_menu_numbers() -> None:
    from intake.conversation.flow import number_choice

    for body in ("one", "15 years", "", "1234"):
        assert number_choice(body) is None


async def test_a_flooding_sender_is_stored_but_no_longer_answered(
    client: httpx.AsyncClient, services: Services
) -> None:
    services.settings.inbound_per_sender_per_hour = 3
    worker = Phone(client, "+15075550109")
    assert await worker.send("hi") != []
    assert await worker.send("1") != []
    assert await worker.send("1") != []
    assert await worker.send("1") == []
    assert await worker.send("they hit us") == []
    async with services.session_factory() as session:
        count = len((await session.exec(select(Message))).all())
    assert count == 5


async def test_an_age_given_in_the_age_question_counts(
    client: httpx.AsyncClient, services: Services
) -> None:
    worker = Phone(client, "+15075550110")
    for body in ("hi", "1", "1", "1", "I clean the saws with chemicals on the night shift", "0"):
        await worker.send(body)
    await worker.send("0")  # no workplace
    await worker.send("0")  # no city
    await worker.send("١٥")  # 15, typed with Arabic-Indic digits
    report = await _report_for(services, worker.number)
    async with services.session_factory() as session:
        triage = await session.get(TriageResult, report.id)
    assert triage is not None
    assert triage.minor
    assert triage.priority == "P1"


def test_stated_age_reads_digits_in_any_script() -> None:
    from intake.inbound import stated_age

    assert stated_age("15") == 15
    assert stated_age("tengo 16 años") == 16
    assert stated_age("١٧") == 17
    assert stated_age("no") is None
    assert stated_age("2009") is None


async def test_stop_and_quick_exit_are_honoured_even_over_the_rate_limit(
    client: httpx.AsyncClient, services: Services
) -> None:
    services.settings.inbound_per_sender_per_hour = 1
    worker = Phone(client, "+15075550111")
    await worker.send("hi")
    assert await worker.send("they hit us") == []  # over the limit: stored, not answered
    assert await worker.send("stop") == []
    async with services.session_factory() as session:
        contact = (await session.exec(select(Contact))).one()
    assert contact.opted_out_at is not None
    assert await worker.send("delete") == [t("en", prompts.ERASED)]
    async with services.session_factory() as session:
        contact = (await session.exec(select(Contact))).one()
    assert contact.erased_at is not None
