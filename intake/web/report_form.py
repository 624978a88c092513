"""The public web form: `GET/POST /report` (a new message, answered with a code) and
`GET/POST /follow-up` (come back with the code: read the team's replies, add a message).

Written for a worker on a phone that someone else may pick up:

- Pure HTML forms; the only script is the optional quick-exit enhancement. Page titles are
  neutral, the only cookie is the CSRF nonce, and the code never appears in a URL or a log.
- Every POST is checked in this order: cross-site (Fetch metadata / Origin) -> CSRF token ->
  per-IP rate limit (HMAC key, the IP itself is never stored) -> input. Anything that fails
  stores nothing and re-shows the form with what the worker typed, so nothing is lost.
- The message goes through the one intake path (`record_inbound`); the code, the disclosure
  choice, the optional answers and the photo are added in a second short transaction.
- Uploads are parsed in memory (never spooled to a temporary file: a photo is evidence and
  must only ever be written encrypted).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote_to_bytes

import jinja2
from babel.dates import format_date
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from sqlmodel import col, select
from starlette.background import BackgroundTask

from intake import i18n
from intake.crypto import format_report_code, normalise_report_code
from intake.db.models import (
    Attachment,
    Channel,
    Direction,
    Disclosure,
    Message,
    MessageKind,
    Report,
    new_id,
)
from intake.errors import NotFoundError
from intake.followup import find_report_by_code, issue_report_code
from intake.inbound import InboundMessage, InboundResult, record_inbound, retriage_report
from intake.media import IMAGE_TYPES, MAX_IMAGE_BYTES, MediaRejectedError, MediaTooLargeError
from intake.media import check_media as _check_media
from intake.services import Services
from intake.settings import Settings
from intake.web import csrf

log = logging.getLogger(__name__)

router = APIRouter()

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent / "static"
# Neutral, widely used, and says nothing about us: where "Leave quickly" goes.
QUICK_EXIT_URL = "https://www.weather.gov/"

MAX_TEXT_CHARS = 5000
MAX_ANSWER_CHARS = 200
MAX_AGE_CHARS = 20
MAX_PARTS = 32
# A text field is kept up to this many raw bytes; anything longer is refused as too long but
# still re-shown (cut here) so a worker who pasted a lot does not lose it.
_MAX_FIELD_BYTES = 64 * 1024
_BODY_MARGIN = 256 * 1024  # multipart framing and text fields around the photo
_RATE_WINDOW_S = 3600.0

_ANSWER_FIELDS: tuple[tuple[str, MessageKind, int], ...] = (
    ("workplace", MessageKind.ANSWER_WORKPLACE, MAX_ANSWER_CHARS),
    ("location", MessageKind.ANSWER_LOCATION, MAX_ANSWER_CHARS),
    ("age", MessageKind.ANSWER_AGE, MAX_AGE_CHARS),
)
_STATIC_FILES = {"site.css": "text/css; charset=utf-8", "exit.js": "text/javascript"}


def body_limits(settings: Settings) -> dict[str, int]:
    """Per-route request body limits for the app's size middleware: the forms may carry a
    photo, everything else keeps the small default. Larger than the image cap on purpose, so
    that an oversize photo gets a friendly page rather than a bare 413."""
    limit = max(settings.max_media_bytes, MAX_IMAGE_BYTES) + _BODY_MARGIN
    return {"/report": limit, "/follow-up": limit}


# --- forms ---------------------------------------------------------------------------------


@dataclass
class ParsedForm:
    """A submitted form, decoded leniently so that it can always be shown back."""

    fields: dict[str, str] = field(default_factory=dict)
    photo: bytes | None = None
    invalid_utf8: bool = False
    too_long: bool = False
    malformed: bool = False

    def get(self, name: str) -> str:
        return self.fields.get(name, "")


def _decode(raw: bytes, form: ParsedForm) -> str:
    if len(raw) > _MAX_FIELD_BYTES:
        form.too_long = True
        raw = raw[:_MAX_FIELD_BYTES]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        form.invalid_utf8 = True
        return raw.decode("utf-8", errors="replace")


async def read_form(request: Request) -> ParsedForm:
    """Parse a urlencoded or multipart body (already bounded by the size middleware).

    Unknown fields are kept but never used; only the first value of a field counts; only a
    file field named `photo` is kept, and its file name is dropped (it can identify people).
    """
    body = await request.body()
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    form = ParsedForm()
    if content_type == b"multipart/form-data" and options.get(b"boundary"):
        _parse_multipart(body, options[b"boundary"], form)
    elif content_type == b"application/x-www-form-urlencoded":
        _parse_urlencoded(body, form)
    else:
        form.malformed = True
    return form


def _parse_urlencoded(body: bytes, form: ParsedForm) -> None:
    pairs = [pair for pair in body.split(b"&") if pair]
    if len(pairs) > MAX_PARTS:
        form.malformed = True
        return
    for pair in pairs:
        raw_name, _sep, raw_value = pair.partition(b"=")
        name = unquote_to_bytes(raw_name.replace(b"+", b" ")).decode("utf-8", errors="replace")
        value = _decode(unquote_to_bytes(raw_value.replace(b"+", b" ")), form)
        form.fields.setdefault(name, value)


@dataclass
class _Part:
    name: str = ""
    is_file: bool = False
    data: bytearray = field(default_factory=bytearray)


def _parse_multipart(body: bytes, boundary: bytes, form: ParsedForm) -> None:
    parts: list[_Part] = []
    header_name = bytearray()
    header_value = bytearray()

    def on_part_begin() -> None:
        parts.append(_Part())

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header_name.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header_value.extend(data[start:end])

    def on_header_end() -> None:
        if bytes(header_name).strip().lower() == b"content-disposition":
            _kind, params = parse_options_header(bytes(header_value))
            parts[-1].name = params.get(b"name", b"").decode("utf-8", errors="replace")
            parts[-1].is_file = b"filename" in params
        header_name.clear()
        header_value.clear()

    def on_part_data(data: bytes, start: int, end: int) -> None:
        parts[-1].data.extend(data[start:end])

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_part_data": on_part_data,
        },
    )
    try:
        parser.write(body)
        parser.finalize()
    except MultipartParseError:
        form.malformed = True
        return
    if not parts or len(parts) > MAX_PARTS:
        form.malformed = True
        return
    for part in parts:
        if part.is_file:
            if part.name == "photo" and part.data and form.photo is None:
                form.photo = bytes(part.data)
        elif part.name not in form.fields:
            form.fields[part.name] = _decode(bytes(part.data), form)


# --- rendering -----------------------------------------------------------------------------


@cache
def _environment(locale: str) -> jinja2.Environment:
    """One environment per locale, with its catalog installed (English until translated)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        extensions=["jinja2.ext.i18n"],
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    try:
        catalog = i18n.translations(locale)
    except i18n.MissingCatalogError:
        # Catalogs are translated in one pass later; until then the page shows English.
        catalog = i18n.translations(i18n.DEFAULT_LOCALE)
    env.install_gettext_translations(catalog, newstyle=True)  # type: ignore[attr-defined]
    return env


@cache
def _languages() -> tuple[dict[str, str], ...]:
    return tuple(
        {"code": code, "name": info.native_name, "dir": info.direction}
        for code in i18n.SUPPORTED_LOCALES
        for info in (i18n.locale_info(code),)
    )


def _locale(request: Request) -> str:
    return i18n.negotiate(request.query_params.get("lang"), request.headers.get("accept-language"))


def _services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def render(
    request: Request,
    template: str,
    *,
    status: int = 200,
    background: BackgroundTask | None = None,
    **context: Any,
) -> HTMLResponse:
    """Render a page in the visitor's language with a CSRF token (setting its cookie)."""
    locale = _locale(request)
    state = csrf.current(request, _services(request).vault)
    html = (
        _environment(locale)
        .get_template(template)
        .render(
            lang=locale,
            dir=i18n.locale_info(locale).direction,
            languages=_languages(),
            path=request.url.path,
            exit_url=QUICK_EXIT_URL,
            csrf_field=csrf.FIELD_NAME,
            csrf_token=state.token,
            **context,
        )
    )
    response = HTMLResponse(html, status_code=status, background=background)
    csrf.set_cookie(request, response, state)
    return response


# --- checks shared by both forms -----------------------------------------------------------


def _client_key(request: Request, services: Services, purpose: str) -> str:
    # uvicorn has already applied trusted proxy headers; the address only ever becomes an HMAC.
    address = request.client.host if request.client else "unknown"
    return services.vault.rate_key(purpose, address)


async def _allowed(services: Services, key: str, limit: int) -> bool:
    return await services.rate_limiter.allow(key, limit=limit, window_s=_RATE_WINDOW_S)


_Page = Callable[[Request, "ParsedForm | None", list[str], int], HTMLResponse]


async def _checked_form(
    request: Request, services: Services, page: _Page
) -> ParsedForm | HTMLResponse:
    """The submitted form, or the answer to a POST that must not be processed: another site
    posted (403, nothing re-shown), the CSRF token is missing or wrong (403, the form re-shown
    with what was typed), or the body is malformed (400)."""
    form = await read_form(request)
    if csrf.is_cross_site(request, services.settings.public_url):
        return render(request, "blocked.html", status=403)
    if not csrf.token_valid(request, services.vault, form.fields.get(csrf.FIELD_NAME)):
        return page(request, form, ["expired"], 403)
    if form.malformed:
        return page(request, form, ["malformed"], 400)
    return form


def _text_errors(form: ParsedForm, name: str, max_chars: int) -> list[str]:
    text = form.get(name).strip()
    if not text:
        return ["text_missing"]
    if form.too_long or len(text) > max_chars:
        return ["text_too_long"]
    return []


@dataclass(frozen=True, slots=True)
class _Photo:
    content_type: str
    original: bytes
    stripped: bytes


async def _check_photo(form: ParsedForm, settings: Settings) -> tuple[_Photo | None, list[str]]:
    if form.photo is None:
        return None, []
    try:
        # Decoding and re-encoding an image is CPU work: keep it off the event loop.
        checked = await asyncio.to_thread(
            _check_media, form.photo, max_bytes=settings.max_media_bytes
        )
    except MediaTooLargeError:
        return None, ["photo_too_large"]
    except MediaRejectedError:
        return None, ["photo_not_image"]
    if checked.content_type not in IMAGE_TYPES or checked.shareable is None:
        return None, ["photo_not_image"]
    return _Photo(checked.content_type, checked.original, checked.shareable), []


def _error_status(errors: list[str]) -> int:
    if "photo_too_large" in errors or "text_too_long" in errors:
        return 413
    if "photo_not_image" in errors:
        return 415
    return 400


def _dispatch(services: Services, result: InboundResult) -> BackgroundTask | None:
    if not result.job_ids:
        return None
    return BackgroundTask(services.queue.dispatch, result.job_ids)


async def _add_to_report(
    services: Services,
    report_id: str,
    message_id: str,
    *,
    photo: _Photo | None,
    answers: Sequence[tuple[MessageKind, str]] = (),
    disclosure: Disclosure | None = None,
    issue_code: bool = False,
) -> tuple[str | None, tuple[str, ...]]:
    """The parts of a web submission beyond its text, in one transaction after the intake
    path committed the message. Returns the new code (when `issue_code`) and job ids."""
    vault = services.vault
    async with services.session_factory() as session, session.begin():
        report = await session.get(Report, report_id)
        if report is None:
            raise NotFoundError("no such report")
        cipher = await vault.cipher_for(session, report.data_key_id)
        if disclosure is not None:
            report.disclosure = disclosure
            session.add(report)
        for kind, value in answers:
            answer = Message(
                id=new_id(),
                report_id=report.id,
                direction=Direction.INBOUND,
                channel=Channel.WEB,
                kind=kind,
            )
            answer.body_ct = cipher.encrypt(
                value, table="messages", column="body_ct", row_id=answer.id
            )
            session.add(answer)
        job_ids: tuple[str, ...] = ()
        if answers:
            # An age typed in the age box must count as much as one written in the text.
            await session.flush()
            _assessment, job_ids = await retriage_report(session, services.assess, report, cipher)
        if photo is not None:
            message = await session.get(Message, message_id)
            if message is not None:
                message.num_media = 1
                session.add(message)
            attachment = Attachment(
                id=new_id(),
                report_id=report.id,
                message_id=message_id,
                content_type=photo.content_type,
                size_bytes=len(photo.original),
                status="stored",
            )
            attachment.content_ct = cipher.encrypt(
                photo.original, table="attachments", column="content_ct", row_id=attachment.id
            )
            attachment.stripped_content_ct = cipher.encrypt(
                photo.stripped,
                table="attachments",
                column="stripped_content_ct",
                row_id=attachment.id,
            )
            session.add(attachment)
        # The transaction commits on leaving the block, code included.
        code = await issue_report_code(session, vault, report) if issue_code else None
        return code, job_ids


# --- static files --------------------------------------------------------------------------


@cache
def _static(name: str) -> bytes:
    return (STATIC_DIR / name).read_bytes()


@router.get("/static/{name}", include_in_schema=False)
async def static_file(name: str) -> Response:
    """The form's own CSS and quick-exit script (no third-party assets, ever)."""
    media_type = _STATIC_FILES.get(name)
    if media_type is None:
        return Response(status_code=404)
    return Response(_static(name), media_type=media_type)


# --- /report -------------------------------------------------------------------------------


def _report_values(form: ParsedForm | None = None) -> dict[str, str]:
    values = {"text": "", "workplace": "", "location": "", "age": "", "disclosure": ""}
    if form is not None:
        for name in values:
            values[name] = form.get(name)
    if values["disclosure"] != Disclosure.CONTACT_OK:
        values["disclosure"] = Disclosure.ANONYMOUS  # the default, and the stricter choice
    return values


def _form_page(
    request: Request,
    form: ParsedForm | None,
    errors: list[str],
    status: int,
) -> HTMLResponse:
    return render(
        request,
        "form.html",
        status=status,
        values=_report_values(form),
        errors=errors,
        had_photo=form is not None and form.photo is not None,
        max_text=MAX_TEXT_CHARS,
        max_answer=MAX_ANSWER_CHARS,
        max_age=MAX_AGE_CHARS,
        photo_mb=MAX_IMAGE_BYTES // (1024 * 1024),
    )


@router.get("/report", response_class=HTMLResponse, include_in_schema=False)
async def report_page(request: Request) -> HTMLResponse:
    return _form_page(request, None, [], 200)


@router.post("/report", response_class=HTMLResponse, include_in_schema=False)
async def submit_report(request: Request) -> HTMLResponse:
    services = _services(request)
    form = await _checked_form(request, services, _form_page)
    if isinstance(form, HTMLResponse):
        return form
    settings = services.settings
    # Cheap checks first, so a worker correcting a typo does not use up tries; the limit is
    # counted before the photo is decoded, which is the expensive part.
    errors = ["invalid_utf8"] if form.invalid_utf8 else []
    errors += _text_errors(form, "text", MAX_TEXT_CHARS)
    answers: list[tuple[MessageKind, str]] = []
    for name, kind, max_chars in _ANSWER_FIELDS:
        value = form.get(name).strip()
        if len(value) > max_chars:
            errors.append("answer_too_long")
        elif value:
            answers.append((kind, value))
    if errors:
        return _form_page(request, form, errors, _error_status(errors))
    key = _client_key(request, services, "web-report-ip")
    if not await _allowed(services, key, settings.web_reports_per_ip_per_hour):
        return _form_page(request, form, ["rate_limited"], 429)
    photo, errors = await _check_photo(form, settings)
    if errors:
        return _form_page(request, form, errors, _error_status(errors))

    result = await record_inbound(
        services.session_factory,
        services.vault,
        services.assess,
        services.policy,
        # No language hint: the page language says nothing reliable about the language the
        # worker writes in (and untranslated pages show English); triage detects it.
        InboundMessage(channel=Channel.WEB, body=form.get("text").strip()),
    )
    code, more_jobs = await _add_to_report(
        services,
        result.report_id,
        result.message_id,
        photo=photo,
        answers=answers,
        disclosure=Disclosure(_report_values(form)["disclosure"]),
        issue_code=True,
    )
    assert code is not None
    result = replace(result, job_ids=result.job_ids + more_jobs)
    log.info("web form: new message stored (report %s)", result.report_id)
    return render(
        request,
        "sent.html",
        background=_dispatch(services, result),
        code=format_report_code(code),
    )


# --- /follow-up ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ThreadItem:
    mine: bool
    kind: str
    text: str
    day: str
    has_photo: bool


async def _thread(services: Services, report: Report, locale: str) -> list[_ThreadItem]:
    """The worker's own messages and the team's replies, oldest first. Never the automatic
    prompts: only what the worker wrote and what a person on the team wrote back."""
    async with services.session_factory() as session:
        cipher = await services.vault.cipher_for(session, report.data_key_id)
        rows = await session.exec(
            select(Message)
            .where(Message.report_id == report.id)
            .order_by(col(Message.created_at), col(Message.id))
        )
        items: list[_ThreadItem] = []
        for row in rows:
            mine = row.direction == Direction.INBOUND
            if not mine and row.kind != MessageKind.STAFF_REPLY:
                continue
            text = (
                cipher.decrypt_text(row.body_ct, table="messages", column="body_ct", row_id=row.id)
                if row.body_ct is not None
                else ""
            )
            items.append(
                _ThreadItem(
                    mine=mine,
                    kind=row.kind,
                    text=text,
                    day=_day(row.created_at, locale),
                    has_photo=row.num_media > 0,
                )
            )
    return items


def _day(moment: datetime, locale: str) -> str:
    try:
        return format_date(moment, format="medium", locale=locale)
    except (ValueError, LookupError):
        return moment.date().isoformat()


def _followup_values(form: ParsedForm | None) -> dict[str, str]:
    if form is None:
        return {"code": "", "message": ""}
    return {"code": form.get("code").strip(), "message": form.get("message")}


def _code_page(
    request: Request, form: ParsedForm | None, errors: list[str], status: int
) -> HTMLResponse:
    return render(
        request,
        "followup.html",
        status=status,
        values=_followup_values(form),
        errors=errors,
        had_photo=form is not None and form.photo is not None,
        max_text=MAX_TEXT_CHARS,
        photo_mb=MAX_IMAGE_BYTES // (1024 * 1024),
    )


@router.get("/follow-up", response_class=HTMLResponse, include_in_schema=False)
async def followup_page(request: Request) -> HTMLResponse:
    return _code_page(request, None, [], 200)


@router.post("/follow-up", response_class=HTMLResponse, include_in_schema=False)
async def followup_submit(request: Request) -> HTMLResponse:
    services = _services(request)
    form = await _checked_form(request, services, _code_page)
    if isinstance(form, HTMLResponse):
        return form
    settings = services.settings

    # Both limits are counted before the slow hash: per connection, and per code so that a
    # code cannot be attacked from many addresses at once.
    limit = settings.code_lookups_per_hour
    allowed = await _allowed(services, _client_key(request, services, "code-lookup-ip"), limit)
    code = normalise_report_code(form.get("code"))
    if allowed and code is not None:
        code_key = services.vault.rate_key("code-lookup-code", code)
        allowed = await _allowed(services, code_key, limit)
    if not allowed:
        return _code_page(request, form, ["rate_limited"], 429)

    async with services.session_factory() as session:
        report = await find_report_by_code(session, services.vault, form.get("code"))
    if report is None or code is None:
        return _code_page(request, form, ["not_found"], 404)

    locale = _locale(request)
    wants_to_send = bool(form.get("message").strip()) or form.photo is not None
    if not wants_to_send:
        return _thread_page(request, code, await _thread(services, report, locale))

    errors = ["invalid_utf8"] if form.invalid_utf8 else []
    errors += _text_errors(form, "message", MAX_TEXT_CHARS)
    photo, photo_errors = await _check_photo(form, settings)
    errors += photo_errors
    if errors:
        thread = await _thread(services, report, locale)
        return _thread_page(
            request,
            code,
            thread,
            errors=errors,
            form=form,
            status=_error_status(errors),
        )

    result = await record_inbound(
        services.session_factory,
        services.vault,
        services.assess,
        services.policy,
        InboundMessage(channel=Channel.WEB, body=form.get("message").strip(), report_id=report.id),
    )
    if photo is not None:
        await _add_to_report(services, report.id, result.message_id, photo=photo)
    log.info("web form: follow-up message stored (report %s)", report.id)
    return _thread_page(
        request,
        code,
        await _thread(services, report, locale),
        sent=True,
        background=_dispatch(services, result),
    )


def _thread_page(
    request: Request,
    code: str,
    thread: list[_ThreadItem],
    *,
    errors: list[str] | None = None,
    form: ParsedForm | None = None,
    status: int = 200,
    sent: bool = False,
    background: BackgroundTask | None = None,
) -> HTMLResponse:
    return render(
        request,
        "thread.html",
        status=status,
        background=background,
        thread=thread,
        has_reply=any(not item.mine for item in thread),
        code=code,  # only ever in a hidden field of a POST form, never in a URL
        errors=errors or [],
        values={"message": form.get("message") if form else ""},
        had_photo=form is not None and form.photo is not None,
        sent=sent,
        max_text=MAX_TEXT_CHARS,
        photo_mb=MAX_IMAGE_BYTES // (1024 * 1024),
    )
