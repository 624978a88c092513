"""A fake Twilio REST API on loopback, for tests that drive the real `twilio` client.

Served by uvicorn in a background thread on 127.0.0.1 and a free port; the service under
test reaches it through `INTAKE_TWILIO_API_BASE`. It implements what the channels use:

- `POST /2010-04-01/Accounts/{AC}/Messages.json`: checks HTTP Basic auth, records the form
  (From, To, Body, ContentSid, ContentVariables, StatusCallback), answers 201 with
  Twilio-shaped JSON, a new `SM...` sid and status `queued`;
- `GET  /2010-04-01/Accounts/{AC}/Messages/{MM}/Media/{ME}`: Basic auth, then (like Twilio)
  a redirect to a short-lived "signed" URL on another origin, which serves the bytes;
- `DELETE` of messages and media (`.../Messages/{SM}.json`, `.../Media/{ME}.json`): 204.

Error injection (each injected error answers the way Twilio does: JSON with `code`,
`message`, `more_info`, `status`; the message quotes the To number, as Twilio's do, so tests
can prove it never reaches a log):

- `fail_next(n, status=..., code=...)`: the next `n` message requests fail;
- `fail_for(to, status=..., code=..., times=None)`: requests to that number fail (always,
  or `times` times); `opt_out(to)` is `fail_for(to, status=400, code=21610)`;
- `drop_next(n)`: the next `n` messages are ACCEPTED and recorded, but the answer is garbage
  (a send whose outcome the client cannot know);
- `fail_media_next(n, status=503)`: media downloads fail.
"""

from __future__ import annotations

import base64
import secrets
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

ERROR_MESSAGES = {
    21610: "Attempt to send to unsubscribed recipient {to}",
    63016: "Failed to send freeform message to {to} because you are outside the allowed window.",
    20429: "Too Many Requests",
}


@dataclass(frozen=True)
class Failure:
    status: int
    code: int | None = None


@dataclass
class MessageRequest:
    """One POST to Messages.json, accepted or not."""

    account_sid: str
    form: dict[str, str]
    accepted: bool
    sid: str | None = None
    status_code: int = 201

    @property
    def to(self) -> str | None:
        return self.form.get("To")

    @property
    def from_(self) -> str | None:
        return self.form.get("From")

    @property
    def body(self) -> str | None:
        return self.form.get("Body")

    @property
    def content_sid(self) -> str | None:
        return self.form.get("ContentSid")

    @property
    def status_callback(self) -> str | None:
        return self.form.get("StatusCallback")


@dataclass
class MediaItem:
    data: bytes
    content_type: str
    chunked: bool = False  # stream without Content-Length (the size cap must still hold)


@dataclass
class MediaRequest:
    path: str
    authorized: bool  # carried valid Basic credentials
    had_authorization: bool  # carried any Authorization header at all


@dataclass
class FakeTwilioState:
    account_sid: str
    auth_token: str
    requests: list[MessageRequest] = field(default_factory=list)
    media: dict[str, MediaItem] = field(default_factory=dict)
    media_requests: list[MediaRequest] = field(default_factory=list)
    deleted_messages: list[str] = field(default_factory=list)
    deleted_media: list[tuple[str, str]] = field(default_factory=list)


class FakeTwilio:
    """The server plus its recorded state and error-injection controls (thread-safe)."""

    def __init__(self, account_sid: str, auth_token: str) -> None:
        self.state = FakeTwilioState(account_sid, auth_token)
        self._lock = threading.Lock()
        self._fail_next: deque[Failure] = deque()
        self._fail_for: dict[str, deque[Failure] | Failure] = {}
        self._drop_next = 0
        self._media_fail_next: deque[int] = deque()
        self._signed: dict[str, str] = {}
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # ------------------------------------------------------------------ control

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def reset(self) -> None:
        with self._lock:
            account_sid, token = self.state.account_sid, self.state.auth_token
            self.state = FakeTwilioState(account_sid, token)
            self._fail_next.clear()
            self._fail_for.clear()
            self._drop_next = 0
            self._media_fail_next.clear()
            self._signed.clear()

    def fail_next(self, n: int = 1, *, status: int = 500, code: int | None = None) -> None:
        with self._lock:
            self._fail_next.extend(Failure(status, code) for _ in range(n))

    def fail_for(
        self, to: str, *, status: int = 400, code: int | None = None, times: int | None = None
    ) -> None:
        """`to` as Twilio sees it (`+1...`, or `whatsapp:+1...`)."""
        with self._lock:
            failure = Failure(status, code)
            self._fail_for[to] = failure if times is None else deque([failure] * times)

    def opt_out(self, to: str) -> None:
        self.fail_for(to, status=400, code=21610)

    def drop_next(self, n: int = 1) -> None:
        with self._lock:
            self._drop_next += n

    def fail_media_next(self, n: int = 1, *, status: int = 503) -> None:
        with self._lock:
            self._media_fail_next.extend([status] * n)

    def register_media(self, data: bytes, content_type: str, *, chunked: bool = False) -> str:
        """Store bytes; return the URL Twilio would put in MediaUrl0 (on api.twilio.com)."""
        message_sid = f"MM{secrets.token_hex(16)}"
        media_sid = f"ME{secrets.token_hex(16)}"
        account = self.state.account_sid
        path = f"/2010-04-01/Accounts/{account}/Messages/{message_sid}/Media/{media_sid}"
        with self._lock:
            self.state.media[path] = MediaItem(data, content_type, chunked)
        return "https://api.twilio.com" + path

    @property
    def requests(self) -> list[MessageRequest]:
        with self._lock:
            return list(self.state.requests)

    @property
    def sent(self) -> list[MessageRequest]:
        """Messages Twilio accepted (would deliver)."""
        return [r for r in self.requests if r.accepted]

    # ------------------------------------------------------------------ server

    def start(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self._app(), log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("fake Twilio did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _app(self) -> Starlette:
        base = "/2010-04-01/Accounts/{account}"
        return Starlette(
            routes=[
                Route(base + "/Messages.json", self._create_message, methods=["POST"]),
                Route(base + "/Messages/{message}.json", self._delete_message, methods=["DELETE"]),
                Route(
                    base + "/Messages/{message}/Media/{media}.json",
                    self._delete_media,
                    methods=["DELETE"],
                ),
                Route(base + "/Messages/{message}/Media/{media}", self._get_media, methods=["GET"]),
                Route("/_signed/{token}", self._get_signed, methods=["GET"]),
            ]
        )

    def _authorized(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        if not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            return False
        return user == self.state.account_sid and password == self.state.auth_token

    def _auth_error(self) -> JSONResponse:
        return JSONResponse(
            {"code": 20003, "message": "Authenticate", "more_info": "", "status": 401},
            status_code=401,
        )

    async def _create_message(self, request: Request) -> Response:
        account = request.path_params["account"]
        if not self._authorized(request) or account != self.state.account_sid:
            return self._auth_error()
        form = dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))
        to = form.get("To", "")
        with self._lock:
            failure = self._take_failure(to)
            drop = failure is None and self._drop_next > 0
            if drop:
                self._drop_next -= 1
            record = MessageRequest(account, form, accepted=failure is None)
            if failure is None:
                record.sid = f"SM{secrets.token_hex(16)}"
            else:
                record.status_code = failure.status
            self.state.requests.append(record)
        if failure is not None:
            message = ERROR_MESSAGES.get(failure.code or 0, "Error for {to}").format(to=to)
            return JSONResponse(
                {
                    "code": failure.code,
                    "message": message,
                    "more_info": f"https://www.twilio.com/docs/errors/{failure.code}",
                    "status": failure.status,
                },
                status_code=failure.status,
            )
        if drop:
            return Response("<html>gateway hiccup</html>", status_code=200)
        return JSONResponse(self._message_json(account, record), status_code=201)

    def _take_failure(self, to: str) -> Failure | None:
        if self._fail_next:
            return self._fail_next.popleft()
        per_number = self._fail_for.get(to)
        if isinstance(per_number, Failure):
            return per_number
        if per_number:
            return per_number.popleft()
        return None

    @staticmethod
    def _message_json(account: str, record: MessageRequest) -> dict[str, Any]:
        now = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime())
        uri = f"/2010-04-01/Accounts/{account}/Messages/{record.sid}.json"
        return {
            "account_sid": account,
            "api_version": "2010-04-01",
            "body": record.body or "",
            "date_created": now,
            "date_sent": None,
            "date_updated": now,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": record.from_,
            "messaging_service_sid": None,
            "num_media": "0",
            "num_segments": "1",
            "price": None,
            "price_unit": "USD",
            "sid": record.sid,
            "status": "queued",
            "subresource_uris": {"media": uri.replace(".json", "/Media.json")},
            "to": record.to,
            "uri": uri,
        }

    async def _delete_message(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._auth_error()
        with self._lock:
            self.state.deleted_messages.append(request.path_params["message"])
        return Response(status_code=204)

    async def _delete_media(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._auth_error()
        with self._lock:
            self.state.deleted_media.append(
                (request.path_params["message"], request.path_params["media"])
            )
        return Response(status_code=204)

    async def _get_media(self, request: Request) -> Response:
        authorized = self._authorized(request)
        with self._lock:
            self.state.media_requests.append(
                MediaRequest(request.url.path, authorized, "authorization" in request.headers)
            )
            failure = self._media_fail_next.popleft() if self._media_fail_next else None
            item = self.state.media.get(request.url.path)
        if not authorized:
            return self._auth_error()
        if failure is not None:
            return JSONResponse({"code": None, "status": failure}, status_code=failure)
        if item is None:
            return JSONResponse({"code": 20404, "status": 404}, status_code=404)
        token = secrets.token_hex(8)
        with self._lock:
            self._signed[token] = request.url.path
        # Twilio answers with a redirect to a pre-signed URL on another host; "localhost"
        # is another origin than "127.0.0.1", so a correct client drops the credentials.
        return RedirectResponse(f"http://localhost:{self.port}/_signed/{token}", status_code=307)

    async def _get_signed(self, request: Request) -> Response:
        with self._lock:
            path = self._signed.get(request.path_params["token"])
            item = self.state.media.get(path) if path else None
            self.state.media_requests.append(
                MediaRequest(request.url.path, False, "authorization" in request.headers)
            )
        if item is None:
            return Response(status_code=403)
        if item.chunked:
            data = item.data

            async def chunks() -> Any:
                for start in range(0, len(data), 4096):
                    yield data[start : start + 4096]

            return StreamingResponse(chunks(), media_type=item.content_type)
        return Response(item.data, media_type=item.content_type)
