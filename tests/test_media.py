"""Inbound media: fetched by a job with the account's credentials (which never follow the
redirect to the signed URL), size-capped while streaming, stored encrypted, the shareable
copy without EXIF/GPS, the original kept intact, the URL forgotten and Twilio's copy
deleted. Both databases."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import ExifTags, Image
from sqlmodel import select

from intake.db.models import Attachment, Direction, Message, OutboxJob, Report
from intake.jobs.runner import JobOutcome
from intake.keys import KeyMaterial
from intake.media_jobs import record_inbound_media
from intake.services import Services, build_services
from tests.conftest_twilio import load, new_worker, run_jobs, set_pending, twilio_settings
from tests.fake_twilio import FakeTwilio
from tests.helpers import database_raw_bytes

WORKER = "+15075550143"
GPS = {1: "N", 2: (43.0, 37.0, 30.0), 3: "W", 4: (95.0, 35.0, 50.0)}


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), (200, 10, 10))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[ExifTags.IFD.GPSInfo] = GPS
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def _gps(data: bytes) -> dict[int, object]:
    with Image.open(io.BytesIO(data)) as image:
        return dict(image.getexif().get_ifd(ExifTags.IFD.GPSInfo))


def _exif(data: bytes) -> dict[int, object]:
    with Image.open(io.BytesIO(data)) as image:
        return dict(image.getexif())


async def _media_for(services: Services, media: list[tuple[str, str]]) -> list[str]:
    """A worker's MMS with these attachments, as the conversation records it: job ids."""
    report_id, _ = await new_worker(services, WORKER, body="photo of the line")
    async with services.session_factory() as session, session.begin():
        report = await session.get(Report, report_id)
        message = (
            await session.exec(
                select(Message).where(
                    Message.report_id == report_id, Message.direction == Direction.INBOUND
                )
            )
        ).one()
        assert report is not None
        return await record_inbound_media(session, services.vault, report, message, media)


async def _attachments(services: Services) -> list[Attachment]:
    async with services.session_factory() as session:
        return list((await session.exec(select(Attachment))).all())


async def _decrypt(services: Services, attachment: Attachment, column: str) -> bytes:
    async with services.session_factory() as session:
        report = await session.get(Report, attachment.report_id)
        assert report is not None
        cipher = await services.vault.cipher_for(session, report.data_key_id)
    blob = getattr(attachment, column)
    assert blob is not None
    return cipher.decrypt(blob, table="attachments", column=column, row_id=attachment.id)


async def test_a_photo_is_fetched_with_credentials_stored_encrypted_and_stripped(
    twilio_services: Services, fake_twilio: FakeTwilio, database_url: str
) -> None:
    photo = jpeg_with_gps()
    assert _gps(photo) == GPS  # the fixture really carries a location
    url = fake_twilio.register_media(photo, "image/jpeg")
    jobs = await _media_for(twilio_services, [(url, "image/jpeg")])
    (pending,) = await _attachments(twilio_services)
    assert pending.status == "pending"
    assert pending.source_url_ct is not None
    assert url.encode() not in pending.source_url_ct

    assert await run_jobs(twilio_services, jobs) == [JobOutcome.DONE]

    (stored,) = await _attachments(twilio_services)
    assert stored.status == "stored"
    assert stored.content_type == "image/jpeg"
    assert stored.size_bytes == len(photo)
    assert stored.source_url_ct is None  # the Twilio URL is forgotten
    original = await _decrypt(twilio_services, stored, "content_ct")
    stripped = await _decrypt(twilio_services, stored, "stripped_content_ct")
    assert original == photo  # evidence kept as received
    assert _gps(original) == GPS
    assert _gps(stripped) == {}
    assert _exif(stripped) == {}
    with Image.open(io.BytesIO(stripped)) as image:
        assert image.size == (64, 48)

    api_call, signed_call = fake_twilio.state.media_requests
    assert api_call.authorized  # HTTP Basic with the account SID and auth token
    assert not signed_call.had_authorization  # credentials never follow the redirect
    assert len(fake_twilio.state.deleted_media) == 1  # Twilio's copy is deleted
    raw = await database_raw_bytes(database_url)
    assert b"PhoneMaker" not in raw
    assert photo[:200] not in raw


async def test_media_over_the_cap_is_rejected_while_streaming(
    tmp_path: Path, database_url: str, key_material: KeyMaterial, fake_twilio: FakeTwilio
) -> None:
    settings = twilio_settings(tmp_path, database_url, fake_twilio, max_media_bytes=4096)
    services = build_services(settings, key_material)
    try:
        big = b"%PDF-1.7\n" + b"x" * 50_000
        declared = fake_twilio.register_media(big, "application/pdf")
        chunked = fake_twilio.register_media(big, "application/pdf", chunked=True)
        jobs = await _media_for(
            services, [(declared, "application/pdf"), (chunked, "application/pdf")]
        )
        await run_jobs(services, jobs)
        attachments = await _attachments(services)
        assert [a.status for a in attachments] == ["rejected", "rejected"]
        for attachment in attachments:
            assert attachment.content_ct is None
            assert attachment.source_url_ct is None
    finally:
        await services.aclose()


async def test_urls_outside_our_twilio_account_are_never_fetched(
    twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    stranger = fake_twilio.register_media(jpeg_with_gps(), "image/jpeg").replace(
        fake_twilio.state.account_sid, "AC" + "9" * 32
    )
    jobs = await _media_for(
        twilio_services,
        [(f"https://evil.example/{fake_twilio.base_url}/x.jpg", "image/jpeg"), (stranger, "x")],
    )
    await run_jobs(twilio_services, jobs)
    assert [a.status for a in await _attachments(twilio_services)] == ["rejected", "rejected"]
    assert fake_twilio.state.media_requests == []


async def test_a_media_outage_is_retried_then_stored(
    twilio_services: Services, fake_twilio: FakeTwilio
) -> None:
    url = fake_twilio.register_media(jpeg_with_gps(), "image/jpeg")
    jobs = await _media_for(twilio_services, [(url, "image/jpeg")])
    fake_twilio.fail_media_next(1, status=503)
    assert await run_jobs(twilio_services, jobs) == [JobOutcome.RETRY]
    (attachment,) = await _attachments(twilio_services)
    assert attachment.status == "pending"
    assert attachment.source_url_ct is not None
    await set_pending(twilio_services, jobs[0])
    assert await run_jobs(twilio_services, jobs) == [JobOutcome.DONE]
    assert (await load(twilio_services, Attachment, attachment.id)).status == "stored"
    # Run again: nothing fetched twice.
    await set_pending(twilio_services, jobs[0])
    await run_jobs(twilio_services, jobs)
    assert sum(1 for r in fake_twilio.state.media_requests if r.authorized) == 2


@pytest.mark.parametrize("declared", ["image/jpeg", "application/pdf"])
async def test_files_that_are_not_what_we_accept_are_rejected(
    twilio_services: Services, fake_twilio: FakeTwilio, declared: str
) -> None:
    url = fake_twilio.register_media(b"MZ\x90\x00 not an image, an executable", declared)
    jobs = await _media_for(twilio_services, [(url, declared)])
    await run_jobs(twilio_services, jobs)
    (attachment,) = await _attachments(twilio_services)
    assert attachment.status == "rejected"
    assert attachment.content_ct is None
    async with twilio_services.session_factory() as session:
        for job in (await session.exec(select(OutboxJob))).all():
            assert "http" not in job.args_json
