"""The public web form `GET/POST /report` and `GET /follow-up` (being built: channels issue)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
