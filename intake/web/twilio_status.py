"""`POST /twilio/status`: Twilio delivery status callbacks (being built: channels issue)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/twilio")
