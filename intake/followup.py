"""Report codes: how an anonymous worker comes back, from any phone or browser.

A code is issued once and shown once; the database keeps only a keyed lookup index and an
argon2id hash. Looking a code up costs a slow hash, so callers rate-limit lookups (per sender
or per IP) before calling `find_report_by_code`.
"""

from __future__ import annotations

import asyncio

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from intake.crypto import generate_report_code, normalise_report_code
from intake.db.models import Report, ReportStatus
from intake.vault import Vault


async def issue_report_code(session: AsyncSession, vault: Vault, report: Report) -> str:
    """Give the report a new code (replacing any earlier one) and return it, digits only."""
    code = generate_report_code()
    report.code_lookup_index = vault.code_hasher.lookup_index(code)
    report.code_hash = await asyncio.to_thread(vault.code_hasher.hash, code)
    session.add(report)
    return code


async def find_report_by_code(session: AsyncSession, vault: Vault, text: str) -> Report | None:
    """The live report whose code the worker typed (spaces, dashes and non-ASCII digits are
    fine), or None. Never says which part failed."""
    code = normalise_report_code(text)
    if code is None:
        return None
    report = (
        await session.exec(
            select(Report).where(Report.code_lookup_index == vault.code_hasher.lookup_index(code))
        )
    ).first()
    if report is None or report.code_hash is None or report.status == ReportStatus.SHREDDED:
        return None
    if not await asyncio.to_thread(vault.code_hasher.verify, report.code_hash, code):
        return None
    return report
