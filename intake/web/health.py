"""`GET /healthz`: the database and the job queue, with the failing part named."""

from __future__ import annotations

import asyncio
import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from intake.services import Services

router = APIRouter()
log = logging.getLogger(__name__)
CHECK_TIMEOUT_S = 3.0


async def _database_ok(services: Services) -> bool:
    try:
        async with services.engine.connect() as connection:
            await asyncio.wait_for(connection.execute(text("SELECT 1")), CHECK_TIMEOUT_S)
        return True
    except Exception as exc:
        log.warning("health: database check failed (%s)", type(exc).__name__)
        return False


@router.get("/healthz")
async def healthz(request: Request) -> JSONResponse:
    services: Services = request.app.state.services
    database_ok = await _database_ok(services)
    queue_ok = await services.queue.check()
    failed = [name for name, ok in (("database", database_ok), ("queue", queue_ok)) if not ok]
    body: dict[str, object] = {
        "status": "ok" if not failed else "error",
        "database": "ok" if database_ok else "error",
        "queue": services.queue.kind if queue_ok else "error",
    }
    if failed:
        body["failed"] = failed
    return JSONResponse(body, status_code=503 if failed else 200)
