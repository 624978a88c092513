"""Encryption at rest through the real storage: tampering, moved ciphertexts, rotation and
crypto-shredding, on both databases."""

from __future__ import annotations

import pytest
from sqlmodel import select

from intake.crypto import DecryptionError, MasterKeyRing, generate_master_key
from intake.db.models import Contact, DataKey, Message, Report, TriageResult
from intake.inbound import report_text
from intake.keys import KeyMaterial
from intake.services import Services
from intake.vault import KeyDestroyedError, Vault
from tests.helpers import submit_sms


async def _read_report(services: Services, vault: Vault, report_id: str) -> str:
    async with services.session_factory() as session:
        report = await session.get(Report, report_id)
        assert report is not None
        cipher = await vault.cipher_for(session, report.data_key_id)
        return await report_text(session, report, cipher)


async def test_report_round_trips(services: Services) -> None:
    report_id = await submit_sms(services, "+15075550101", "no water all shift")
    assert await _read_report(services, services.vault, report_id) == "no water all shift"


async def test_tampered_ciphertext_is_rejected(services: Services) -> None:
    report_id = await submit_sms(services, "+15075550101", "they took my passport")
    async with services.session_factory() as session, session.begin():
        message = (await session.exec(select(Message))).one()
        assert message.body_ct is not None
        flipped = bytearray(message.body_ct)
        flipped[-5] ^= 0x01
        message.body_ct = bytes(flipped)
        session.add(message)
    with pytest.raises(DecryptionError):
        await _read_report(services, services.vault, report_id)


async def test_ciphertext_moved_to_another_row_is_rejected(services: Services) -> None:
    report_id = await submit_sms(services, "+15075550101", "first")
    await submit_sms(services, "+15075550101", "second")
    async with services.session_factory() as session, session.begin():
        first, second = (await session.exec(select(Message).order_by(Message.created_at))).all()
        first.body_ct = second.body_ct
        session.add(first)
    with pytest.raises(DecryptionError):
        await _read_report(services, services.vault, report_id)


async def test_ciphertext_moved_to_another_column_is_rejected(services: Services) -> None:
    report_id = await submit_sms(services, "+15075550101", "hello")
    async with services.session_factory() as session, session.begin():
        message = (await session.exec(select(Message))).one()
        triage = await session.get(TriageResult, report_id)
        assert triage is not None and triage.evidence_ct is not None
        message.body_ct = triage.evidence_ct  # same data key, same row id family, other column
        session.add(message)
    with pytest.raises(DecryptionError):
        await _read_report(services, services.vault, report_id)


async def test_ciphertext_from_another_report_is_rejected(services: Services) -> None:
    report_a = await submit_sms(services, "+15075550101", "report a")
    await submit_sms(services, "+15075550102", "report b")
    async with services.session_factory() as session, session.begin():
        messages = (await session.exec(select(Message))).all()
        mine = next(m for m in messages if m.report_id == report_a)
        other = next(m for m in messages if m.report_id != report_a)
        # Same table and column; only the row and the data key differ.
        mine.body_ct = other.body_ct
        session.add(mine)
    with pytest.raises(DecryptionError):
        await _read_report(services, services.vault, report_a)


async def test_rotation_keeps_every_report_readable(
    services: Services, key_material: KeyMaterial
) -> None:
    bodies = {f"+1507555{n:04d}": f"message number {n}" for n in range(7)}
    report_ids = {await submit_sms(services, sender, body): body for sender, body in bodies.items()}
    old_key = key_material.master_keys.current
    new_key = generate_master_key()
    rotated_vault = Vault(KeyMaterial(MasterKeyRing([new_key, old_key]), key_material.index_key))
    progress = await rotated_vault.rotate(services.session_factory, batch_size=3)
    assert progress.failed == 0
    assert progress.rewrapped >= len(report_ids)
    async with services.session_factory() as session:
        kids = {row.kid for row in (await session.exec(select(DataKey))).all()}
    assert kids == {new_key.kid}
    # The old master key can now be destroyed: the new one alone reads everything.
    new_only = Vault(KeyMaterial(MasterKeyRing([new_key]), key_material.index_key))
    for report_id, body in report_ids.items():
        assert await _read_report(services, new_only, report_id) == body
    # Running it again finds nothing to do (resumable, idempotent).
    assert (await rotated_vault.rotate(services.session_factory)).rewrapped == 0


async def test_shredding_one_report_leaves_the_others_readable(services: Services) -> None:
    victim = await submit_sms(services, "+15075550101", "shred me")
    survivor = await submit_sms(services, "+15075550102", "keep me")
    async with services.session_factory() as session, session.begin():
        report = await session.get(Report, victim)
        assert report is not None
        assert await services.vault.shred(session, report.data_key_id)
        assert not await services.vault.shred(session, report.data_key_id)
    with pytest.raises(KeyDestroyedError):
        await _read_report(services, services.vault, victim)
    assert await _read_report(services, services.vault, survivor) == "keep me"


async def test_contact_address_is_encrypted_and_looked_up_by_blind_index(
    services: Services,
) -> None:
    await submit_sms(services, "+1 (507) 555-0101", "one")
    await submit_sms(services, "+15075550101", "two")
    async with services.session_factory() as session:
        contacts = (await session.exec(select(Contact))).all()
        assert len(contacts) == 1
        contact = contacts[0]
        cipher = await services.vault.cipher_for(session, contact.data_key_id)
        assert contact.address_ct is not None
        address = cipher.decrypt_text(
            contact.address_ct, table="contacts", column="address_ct", row_id=contact.id
        )
    assert address == "+15075550101"
    assert contact.address_index == services.vault.contact_indexer.index("+15075550101")


async def test_a_failing_triage_engine_never_loses_the_message(services: Services) -> None:
    def broken(_text: str, _language: str | None) -> object:
        raise RuntimeError("lexicon failed to load")

    services.assess = broken  # type: ignore[assignment]
    report_id = await submit_sms(services, "+15075550101", "please help")
    async with services.session_factory() as session:
        triage = await session.get(TriageResult, report_id)
    assert triage is not None
    assert triage.priority == "P2"
    assert triage.rules_version == "triage-failed"
    assert await _read_report(services, services.vault, report_id) == "please help"
