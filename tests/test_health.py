"""GET /healthz names the part that is down."""

from __future__ import annotations

from pathlib import Path

import httpx

from intake.keys import KeyMaterial
from intake.services import build_services
from intake.web.app import create_app
from tests.conftest import make_settings
from tests.redis_server import free_port


async def test_healthy_inline(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "queue": "inline"}


async def test_database_down_gives_503_naming_the_database(
    tmp_path: Path, key_material: KeyMaterial
) -> None:
    unreachable = f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/nothing"
    settings = make_settings(tmp_path, database_url=unreachable)
    services = build_services(settings, key_material)
    app = create_app(services=services)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        ) as http:
            response = await http.get("/healthz")
    finally:
        await services.aclose()
    assert response.status_code == 503
    assert response.json() == {
        "status": "error",
        "database": "error",
        "queue": "inline",
        "failed": ["database"],
    }
