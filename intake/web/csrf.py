"""CSRF protection for the public forms: a signed double-submit token.

The browser holds a random nonce in a `SameSite=Strict; HttpOnly` session cookie; each form
carries HMAC(key, nonce) in a hidden field. A POST is accepted only when the field matches the
cookie, so another site cannot submit (or pre-fill and submit) a message in a worker's name.
The signature means a cookie planted by a sibling host is useless without its matching token.

Stateless on purpose: nothing is stored per visitor, and any process that shares the index
key can check a token. The cookie is called plainly `csrf` (it reveals nothing about the
topic) and has no expiry, so it disappears when the browser closes.
"""

from __future__ import annotations

import base64
import hmac
import re
import secrets
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from intake.vault import Vault

COOKIE_NAME = "csrf"
SECURE_COOKIE_NAME = "__Host-csrf"  # over HTTPS: a sibling host cannot set or shadow it
FIELD_NAME = "csrf_token"
_NONCE_BYTES = 32
_NONCE_RE = re.compile(r"^[A-Za-z0-9_-]{43}$")
# Fetch metadata values a genuine submission from our own page can carry.
_SAME_SITE_FETCH = frozenset({"same-origin", "none"})


@dataclass(frozen=True, slots=True)
class CsrfState:
    nonce: str
    token: str
    is_new: bool  # the cookie must be (re)set on the response


def _cookie_name(request: Request) -> str:
    return SECURE_COOKIE_NAME if request.url.scheme == "https" else COOKIE_NAME


def _sign(vault: Vault, nonce: str) -> str:
    # The rate-limit HMAC key with its own domain prefix: a token is an HMAC of a random
    # nonce, never of an address, and cannot collide with a rate-limit bucket's input.
    return vault.rate_key_indexer.index("csrf-form-token\x1f" + nonce).hex()


def current(request: Request, vault: Vault) -> CsrfState:
    """The visitor's nonce and form token, minting a new nonce when the cookie is absent or
    malformed."""
    nonce = request.cookies.get(_cookie_name(request), "")
    if _NONCE_RE.fullmatch(nonce):
        return CsrfState(nonce=nonce, token=_sign(vault, nonce), is_new=False)
    nonce = base64.urlsafe_b64encode(secrets.token_bytes(_NONCE_BYTES)).decode().rstrip("=")
    return CsrfState(nonce=nonce, token=_sign(vault, nonce), is_new=True)


def set_cookie(request: Request, response: Response, state: CsrfState) -> None:
    if not state.is_new:
        return
    response.set_cookie(
        _cookie_name(request),
        state.nonce,
        path="/",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )


def is_cross_site(request: Request, public_url: str) -> bool:
    """True when the browser tells us the POST came from another site.

    `Origin: null` is accepted: with `Referrer-Policy: no-referrer` browsers send it even
    for our own forms. Absent headers (older browsers, curl) fall through to the token.
    """
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site.lower() not in _SAME_SITE_FETCH:
        return True
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return False
    own = {public_url.rstrip("/").lower(), f"{request.url.scheme}://{request.url.netloc}".lower()}
    return origin.rstrip("/").lower() not in own


def token_valid(request: Request, vault: Vault, submitted: str | None) -> bool:
    nonce = request.cookies.get(_cookie_name(request), "")
    if not submitted or not _NONCE_RE.fullmatch(nonce):
        return False
    return hmac.compare_digest(submitted.encode(), _sign(vault, nonce).encode())
