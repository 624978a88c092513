"""Strict parsing of form bodies: invalid UTF-8, bad percent-escapes or a wrong content type
are a clear 400, never a half-parsed request."""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.requests import Request

from intake.errors import BadRequestError

MAX_FORM_FIELDS = 200


class UnsupportedFormError(BadRequestError):
    code = "request.not_a_form"


async def read_urlencoded_form(request: Request) -> dict[str, list[str]]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        raise UnsupportedFormError("expected an application/x-www-form-urlencoded body")
    return parse_urlencoded(await request.body())


def parse_urlencoded(body: bytes) -> dict[str, list[str]]:
    try:
        text = body.decode("utf-8")
        pairs = parse_qsl(
            text,
            keep_blank_values=True,
            strict_parsing=bool(text),
            errors="strict",
            max_num_fields=MAX_FORM_FIELDS,
        )
    except UnicodeDecodeError as exc:
        raise BadRequestError("the form is not valid UTF-8") from exc
    except ValueError as exc:
        raise BadRequestError("the form body is malformed") from exc
    fields: dict[str, list[str]] = {}
    for name, value in pairs:
        fields.setdefault(name, []).append(value)
    return fields
