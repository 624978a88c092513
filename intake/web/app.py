"""The FastAPI application factory."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from intake.errors import IntakeError
from intake.jobs.queue import sweep
from intake.services import Services, apply_retention, build_services
from intake.settings import Settings
from intake.web import health, report_form, twilio, twilio_status
from intake.web.middleware import AccessLogMiddleware, BodySizeLimitMiddleware

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, *, services: Services | None = None) -> FastAPI:
    """Build the app. Pass `services` to share them (tests); otherwise they are built from
    settings at start-up and closed at shutdown."""
    if settings is None:
        settings = services.settings if services is not None else Settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = services is None
        app.state.services = services if services is not None else build_services(settings)
        sweeper = asyncio.create_task(_sweep_forever(app.state.services))
        try:
            yield
        finally:
            sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeper
            if owned:
                await app.state.services.aclose()

    app = FastAPI(
        title="Worker Voice Intake",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    if services is not None:
        app.state.services = services
    app.include_router(health.router)
    app.include_router(twilio.router)
    app.include_router(twilio_status.router)
    app.include_router(report_form.router)
    app.add_exception_handler(IntakeError, _intake_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.add_middleware(
        BodySizeLimitMiddleware,
        max_bytes=settings.max_request_body_bytes,
        route_limits=report_form.body_limits(settings),
    )
    app.add_middleware(AccessLogMiddleware)
    return app


async def _sweep_forever(services: Services) -> None:
    """Hand over outbox jobs left behind (Redis was down, the process restarted) and, on the
    embedded default (no worker), shred expired reports."""
    interval_s = services.settings.outbox_sweep_interval_s
    while True:
        try:
            await sweep(
                services.job_context,
                services.queue,
                stale_after_s=services.settings.outbox_stale_after_s,
            )
            if services.queue.kind == "inline":
                await apply_retention(services)
        except Exception as exc:
            log.warning("background sweep failed (%s); retrying later", type(exc).__name__)
        await asyncio.sleep(interval_s)


async def _intake_error(_request: Request, exc: IntakeError) -> JSONResponse:
    if exc.http_status >= 500:
        log.error("request failed with %s", exc.code)
    return JSONResponse(
        {"error": {"code": exc.code, "message": exc.message}}, status_code=exc.http_status
    )


async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    # FastAPI's default echoes the rejected input back; a worker's text must not bounce around.
    problems = [
        {"field": ".".join(str(part) for part in err.get("loc", ())), "type": err.get("type")}
        for err in exc.errors()
    ]
    return JSONResponse(
        {"error": {"code": "request.invalid", "message": "invalid request", "fields": problems}},
        status_code=422,
    )
