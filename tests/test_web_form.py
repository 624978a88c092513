"""The public web form over HTTP (in-process ASGI client, both databases): a message gets a
code, the code brings the team's replies back, and everything that should be refused (no or
wrong CSRF token, a cross-site post, too many tries, bad input) is refused with a clear page
and stores nothing."""

from __future__ import annotations

import io
import logging
import re
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from sqlmodel import col, select

from intake.crypto import normalise_report_code
from intake.db.models import (
    Attachment,
    Channel,
    Direction,
    Disclosure,
    Message,
    MessageKind,
    Report,
    new_id,
    utcnow,
)
from intake.i18n import SUPPORTED_LOCALES, MissingCatalogError, locale_info, translate
from intake.media import MAX_IMAGE_BYTES
from intake.services import Services
from intake.settings import Settings
from intake.web.report_form import MAX_TEXT_CHARS, QUICK_EXIT_URL
from tests.conftest import make_settings
from tests.helpers import count_rows, database_raw_bytes, post_signed, sms_params

REPORTS_PER_HOUR = 3
LOOKUPS_PER_HOUR = 4
TEXT = "Trabajo de noche en la planta, tengo 15 años y el supervisor guarda mi pasaporte"
WORKPLACE = "Planta Quetzalcoatl Norte"
REPLY = "Gracias. Una persona del equipo puede llamarle el martes."
SECRET_IN_PHOTO = "GPS 43.6255 -95.5961 Worthington"
NO_FILE = {"photo": ("", b"", "application/octet-stream")}
PAGE_LIMIT = 50 * 1024


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    """Low limits so that the rate-limit tests stay quick."""
    return make_settings(
        tmp_path,
        database_url=database_url,
        web_reports_per_ip_per_hour=REPORTS_PER_HOUR,
        code_lookups_per_hour=LOOKUPS_PER_HOUR,
    )


def png_with_metadata() -> bytes:
    info = PngInfo()
    info.add_text("Comment", SECRET_IN_PHOTO)
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(out, format="PNG", pnginfo=info)
    return out.getvalue()


async def token(client: httpx.AsyncClient, path: str = "/report", **params: str) -> str:
    page = await client.get(path, params=params)
    assert page.status_code == 200
    match = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page.text)
    assert match, "the form carries a CSRF token"
    return match.group(1)


async def submit(
    client: httpx.AsyncClient,
    text: str = TEXT,
    *,
    files: dict[str, Any] | None = None,
    csrf: str | None = None,
    headers: dict[str, str] | None = None,
    **fields: str,
) -> httpx.Response:
    data = {"text": text, **fields}
    data["csrf_token"] = csrf if csrf is not None else await token(client)
    return await client.post("/report", data=data, files=files or NO_FILE, headers=headers)


def code_on(page: httpx.Response) -> str:
    match = re.search(r'<p class="code"><bdi dir="ltr">([0-9 ]+)</bdi></p>', page.text)
    assert match, "the page shows the code"
    assert re.fullmatch(r"\d{4}( \d{4}){4}", match.group(1))
    code = normalise_report_code(match.group(1))
    assert code is not None
    return code


async def follow_up(
    client: httpx.AsyncClient,
    code: str,
    message: str = "",
    *,
    files: dict[str, Any] | None = None,
) -> httpx.Response:
    csrf = await token(client, "/follow-up")
    return await client.post(
        "/follow-up",
        data={"code": code, "message": message, "csrf_token": csrf},
        files=files or NO_FILE,
    )


async def nothing_stored(database_url: str) -> None:
    counts = await count_rows(database_url)
    assert all(count == 0 for count in counts.values()), counts


class _Page(HTMLParser):
    """Visible text, link/source targets and the title of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.urls: list[tuple[str, str, dict[str, str | None]]] = []
        self.title = ""
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        for name in ("href", "src", "action"):
            if found.get(name) is not None:
                self.urls.append((tag, str(found[name]), found))
        if tag in ("script", "style", "title"):
            self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if "title" in self._in:
            self.title += data
        elif not self._in:
            self.text.append(data)


def parse(page: httpx.Response) -> _Page:
    parsed = _Page()
    parsed.feed(page.text)
    return parsed


def neutral_title(lang: str) -> str:
    """'Message form' in the page's language (English while its catalog is missing)."""
    try:
        return translate(lang, "Message form")
    except MissingCatalogError:
        return "Message form"


def check_page(page: httpx.Response) -> None:
    """What every page must satisfy, whatever it says."""
    parsed = parse(page)
    lang = re.search(r'<html lang="([a-z]+)"', page.text)
    assert lang
    assert parsed.title.strip() == neutral_title(lang.group(1))
    visible = " ".join(parsed.text).lower()
    assert "report" not in visible, "never the word 'report' where a glance can see it"
    assert ("a", QUICK_EXIT_URL, "leave") in [(t, u, a.get("id")) for t, u, a in parsed.urls]
    for tag, url, attrs in parsed.urls:
        if url.startswith(("http:", "https:", "//")):
            assert (tag, url, attrs.get("id")) == ("a", QUICK_EXIT_URL, "leave"), url
        assert "code=" not in url, "the code never goes into a URL"
    assert len(page.content) < PAGE_LIMIT
    assert page.headers["cache-control"] == "no-store"
    assert "default-src 'self'" in page.headers["content-security-policy"]


# --- the happy path --------------------------------------------------------------------------


async def test_a_message_gets_a_code_and_is_stored_encrypted(
    client: httpx.AsyncClient, services: Services, database_url: str
) -> None:
    photo = png_with_metadata()
    page = await submit(
        client,
        files={"photo": ("IMG_at_the_plant.png", photo, "image/png")},
        workplace=WORKPLACE,
        location="Worthington, MN",
        age="15",
        disclosure="contact_ok",
        unknown_field="ignored",
    )
    assert page.status_code == 200, page.text
    check_page(page)
    code = code_on(page)
    assert "Keep this code safe" in page.text

    async with services.session_factory() as session:
        report = (await session.exec(select(Report))).one()
        assert report.channel == Channel.WEB
        assert report.disclosure == Disclosure.CONTACT_OK
        assert report.code_hash is not None
        cipher = await services.vault.cipher_for(session, report.data_key_id)
        messages = (await session.exec(select(Message))).all()
        texts = {
            m.kind: cipher.decrypt_text(m.body_ct, table="messages", column="body_ct", row_id=m.id)
            for m in messages
            if m.body_ct is not None
        }
        attachment = (await session.exec(select(Attachment))).one()
    assert texts == {
        MessageKind.TEXT: TEXT,
        MessageKind.ANSWER_WORKPLACE: WORKPLACE,
        MessageKind.ANSWER_LOCATION: "Worthington, MN",
        MessageKind.ANSWER_AGE: "15",
    }
    assert all(m.direction == Direction.INBOUND for m in messages)
    assert attachment.status == "stored"
    assert attachment.content_type == "image/png"
    assert attachment.content_ct is not None
    assert attachment.stripped_content_ct is not None
    original = cipher.decrypt(
        attachment.content_ct, table="attachments", column="content_ct", row_id=attachment.id
    )
    stripped = cipher.decrypt(
        attachment.stripped_content_ct,
        table="attachments",
        column="stripped_content_ct",
        row_id=attachment.id,
    )
    assert original == photo
    assert SECRET_IN_PHOTO.encode() not in stripped
    assert Image.open(io.BytesIO(stripped)).size == (64, 48)

    raw = await database_raw_bytes(database_url)
    for secret in (TEXT, WORKPLACE, "Worthington, MN", SECRET_IN_PHOTO, code, "IMG_at_the_plant"):
        assert secret.encode() not in raw, secret


async def test_the_code_brings_back_the_teams_reply_and_takes_a_new_message(
    client: httpx.AsyncClient, services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    code = code_on(await submit(client))
    async with services.session_factory() as session, session.begin():
        report = (await session.exec(select(Report))).one()
        cipher = await services.vault.cipher_for(session, report.data_key_id)
        reply = Message(
            id=new_id(),
            report_id=report.id,
            direction=Direction.OUTBOUND,
            channel=Channel.WEB,
            kind=MessageKind.STAFF_REPLY,
            created_at=utcnow() + timedelta(seconds=5),
        )
        reply.body_ct = cipher.encrypt(REPLY, table="messages", column="body_ct", row_id=reply.id)
        session.add(reply)

    # Typed the way people type it: dashes, no grouping.
    typed = "-".join(code[i : i + 5] for i in range(0, 20, 5))
    page = await follow_up(client, typed)
    assert page.status_code == 200, page.text
    check_page(page)
    assert REPLY in page.text
    assert TEXT in page.text
    assert page.text.index(TEXT) < page.text.index(REPLY)

    page = await follow_up(
        client,
        code,
        "Ahora también mi primo trabaja ahí",
        files={"photo": ("x.png", png_with_metadata(), "image/png")},
    )
    assert page.status_code == 200, page.text
    check_page(page)
    assert "Your message arrived" in page.text
    assert "Ahora también mi primo trabaja ahí" in page.text
    async with services.session_factory() as session:
        assert len((await session.exec(select(Report))).all()) == 1
        inbound = (
            await session.exec(
                select(Message)
                .where(Message.direction == Direction.INBOUND)
                .order_by(col(Message.created_at))
            )
        ).all()
        assert len(inbound) == 2
        assert inbound[1].num_media == 1
        assert len((await session.exec(select(Attachment))).all()) == 1

    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in (code, typed, TEXT, REPLY, "primo"):
        assert secret not in logged


async def test_a_wrong_code_is_not_found_and_lookups_are_rate_limited(
    client: httpx.AsyncClient,
) -> None:
    wrong = "1234 5678 9012 3456 7890"
    for _ in range(LOOKUPS_PER_HOUR):
        page = await follow_up(client, wrong)
        assert page.status_code == 404
        check_page(page)
        assert "We could not find this code" in page.text
    page = await follow_up(client, wrong)
    assert page.status_code == 429
    check_page(page)
    assert "Too many tries" in page.text


async def test_lookups_of_one_code_are_limited_even_across_addresses(
    services: Services,
) -> None:
    wrong = "99999999999999999999"
    statuses = []
    for n in range(LOOKUPS_PER_HOUR + 1):
        async with client_from(services, f"10.0.0.{n + 1}") as client:
            statuses.append((await follow_up(client, wrong)).status_code)
    assert statuses == [404] * LOOKUPS_PER_HOUR + [429]


async def test_new_messages_are_rate_limited_per_address(
    client: httpx.AsyncClient, services: Services
) -> None:
    for _ in range(REPORTS_PER_HOUR):
        assert (await submit(client)).status_code == 200
    page = await submit(client, "one more thing to tell you")
    assert page.status_code == 429
    check_page(page)
    assert "Too many tries" in page.text
    assert "one more thing to tell you" in page.text  # nothing typed is lost
    async with services.session_factory() as session:
        assert len((await session.exec(select(Report))).all()) == REPORTS_PER_HOUR


# --- refused without storing anything ---------------------------------------------------------


async def test_missing_or_wrong_csrf_token_is_403_and_stores_nothing(
    client: httpx.AsyncClient, database_url: str
) -> None:
    await client.get("/report")  # the cookie exists; only the field is wrong or missing
    for bad in ("", "0" * 64, "not-hex"):
        page = await submit(client, csrf=bad)
        assert page.status_code == 403
        check_page(page)
        assert "nothing was sent" in page.text
        assert TEXT in page.text  # shown back, so it can be sent again
    # A token without its cookie (another browser's) is refused too.
    csrf = await token(client)
    client.cookies.clear()
    assert (await submit(client, csrf=csrf)).status_code == 403
    follow = await client.post(
        "/follow-up", data={"code": "1" * 20, "csrf_token": "x"}, files=NO_FILE
    )
    assert follow.status_code == 403
    await nothing_stored(database_url)


async def test_cross_site_posts_are_refused_even_with_a_token(
    client: httpx.AsyncClient, database_url: str
) -> None:
    for headers in (
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "https://evil.example"},
    ):
        page = await submit(client, headers=headers)
        assert page.status_code == 403
        check_page(page)
        assert TEXT not in page.text  # another site's text is not put in front of the worker
    await nothing_stored(database_url)
    # What a browser really sends for our own form under Referrer-Policy: no-referrer.
    page = await submit(client, headers={"Sec-Fetch-Site": "same-origin", "Origin": "null"})
    assert page.status_code == 200


def client_from(services: Services, address: str) -> httpx.AsyncClient:
    from intake.web.app import create_app

    transport = httpx.ASGITransport(app=create_app(services=services), client=(address, 4000))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def test_bad_input_shows_the_form_again_and_stores_nothing(
    services: Services, database_url: str
) -> None:
    cases: list[tuple[str, dict[str, Any], int, str]] = [
        ("x" * (MAX_TEXT_CHARS + 1), NO_FILE, 413, "too long"),
        ("   ", NO_FILE, 400, "Please write your message"),
        (TEXT, {"photo": ("a.png", b"%PDF-1.4 not a picture", "image/png")}, 415, "not a photo"),
        (TEXT, {"photo": ("a.txt", b"just some text", "text/plain")}, 415, "not a photo"),
        (
            TEXT,
            {"photo": ("big.png", b"\x89PNG\r\n\x1a\n" + bytes(MAX_IMAGE_BYTES), "image/png")},
            413,
            "too large",
        ),
        (TEXT, {"photo": ("bad.png", b"\x89PNG\r\n\x1a\n broken", "image/png")}, 415, "not a"),
    ]
    for n, (text, files, status, says) in enumerate(cases):
        # Each from its own address: refused photos count against the rate limit.
        async with client_from(services, f"10.1.0.{n + 1}") as client:
            page = await submit(client, text, files=files, workplace=WORKPLACE)
        assert page.status_code == status, (status, page.text[:300])
        check_page(page)
        assert says in page.text
        assert WORKPLACE in page.text
        if text.strip():
            assert text in page.text
    # Too-long answers are refused too.
    async with client_from(services, "10.1.1.1") as client:
        page = await submit(client, workplace="w" * 500)
    assert page.status_code == 400
    await nothing_stored(database_url)


async def test_invalid_utf8_is_refused_and_shown_back(
    client: httpx.AsyncClient, database_url: str
) -> None:
    csrf = await token(client)
    boundary = "b0undary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n{csrf}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n'
        ).encode()
        + b"hola \xff\xfe mundo\r\n"
        + f"--{boundary}--\r\n".encode()
    )
    page = await client.post(
        "/report",
        content=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert page.status_code == 400
    check_page(page)
    assert "could not be read" in page.text
    assert "hola" in page.text and "mundo" in page.text
    # A urlencoded body with a broken escape, and a body that is not a form at all.
    page = await client.post(
        "/report",
        content=f"csrf_token={csrf}&text=hola%FFmundo",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert page.status_code == 400
    page = await client.post("/report", content=b"{}", headers={"Content-Type": "text/plain"})
    assert page.status_code in (400, 403)
    await nothing_stored(database_url)


async def test_only_the_form_routes_accept_a_photo_sized_body(
    client: httpx.AsyncClient, database_url: str
) -> None:
    response = await post_signed(client, "/twilio/sms", sms_params("+15075550143", "x" * 100_000))
    assert response.status_code == 413
    # A 1 MB photo-sized body reaches the form (and is refused there only for its content).
    page = await submit(client, files={"photo": ("a.bin", bytes(1024 * 1024), "image/png")})
    assert page.status_code == 415
    await nothing_stored(database_url)


# --- languages, size, privacy of the page itself ---------------------------------------------


async def test_language_from_query_then_accept_language(client: httpx.AsyncClient) -> None:
    page = await client.get("/report", params={"lang": "ar"})
    assert '<html lang="ar" dir="rtl">' in page.text
    page = await client.get("/report", headers={"Accept-Language": "fr-CA;q=0.5, es-MX;q=0.9"})
    assert '<html lang="es" dir="ltr">' in page.text
    page = await client.get("/follow-up", headers={"Accept-Language": "xx, *;q=0.1"})
    assert '<html lang="en" dir="ltr">' in page.text
    page = await client.get("/report", params={"lang": "<script>"})
    assert '<html lang="en" dir="ltr">' in page.text
    # The picker names each language in itself, and keeps the form's own direction per link.
    assert '<a href="/report?lang=es" lang="es" hreflang="es" dir="ltr">Español</a>' in page.text
    assert 'lang="ar" hreflang="ar" dir="rtl">العربية</a>' in page.text
    # The form posts back in the same language.
    page = await client.get("/report", params={"lang": "ar"})
    assert 'action="/report?lang=ar"' in page.text


async def test_every_supported_language_renders(client: httpx.AsyncClient) -> None:
    for code in SUPPORTED_LOCALES:
        direction = locale_info(code).direction
        for path in ("/report", "/follow-up"):
            page = await client.get(path, params={"lang": code})
            assert page.status_code == 200
            assert f'<html lang="{code}" dir="{direction}">' in page.text
            check_page(page)


async def test_pages_are_small_neutral_and_set_only_the_csrf_cookie(
    client: httpx.AsyncClient,
) -> None:
    css = await client.get("/static/site.css")
    js = await client.get("/static/exit.js")
    assert css.status_code == js.status_code == 200
    assert "http" not in css.text and "@import" not in css.text and "url(" not in css.text
    assert (await client.get("/static/../settings.py")).status_code == 404
    assert (await client.get("/static/nope.css")).status_code == 404

    first = await client.get("/report")  # the visit that sets the cookie
    sent = await submit(client)
    code = code_on(sent)
    pages = [
        first,
        await client.get("/report", params={"lang": "ar"}),
        await client.get("/follow-up"),
        sent,
        await follow_up(client, code),
    ]
    cookies: list[str] = []
    for page in pages:
        check_page(page)
        assert len(page.content) + len(css.content) + len(js.content) < PAGE_LIMIT
        cookies += page.headers.get_list("set-cookie")
    assert len(cookies) == 1, "the CSRF cookie is set once and then reused"
    for header in cookies:
        name = header.split("=", 1)[0]
        assert name == "csrf"
        lowered = header.lower()
        assert "httponly" in lowered and "samesite=strict" in lowered and "path=/" in lowered
        assert "expires" not in lowered and "max-age" not in lowered  # gone with the browser
    assert set(client.cookies.keys()) == {"csrf"}


async def test_an_age_in_the_age_box_makes_a_minor_and_reaches_the_case(
    client: httpx.AsyncClient, services: Services
) -> None:
    from intake.db.models import Case, TriageResult
    from intake.jobs.queue import InlineJobQueue

    page = await submit(client, "I clean the saws with chemicals on the night shift", age="15")
    assert page.status_code == 200
    code_on(page)
    assert isinstance(services.queue, InlineJobQueue)
    await services.queue.drain()
    async with services.session_factory() as session:
        (triage,) = (await session.exec(select(TriageResult))).all()
        (case,) = (await session.exec(select(Case))).all()
    assert triage.minor
    assert triage.priority == "P1"
    assert case.priority == "P1"
