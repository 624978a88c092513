"""Wires the service together from settings: engine, vault, job queue, triage. The web app,
the worker and the CLI all build their parts here, so each runs the same code."""

from __future__ import annotations

from dataclasses import dataclass, field

from argon2 import Parameters, profiles
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

import triage
from channels.base import MessageSender
from intake.db.engine import make_engine, make_session_factory
from intake.inbound import Assess, IntakePolicy
from intake.jobs.queue import ArqJobQueue, InlineJobQueue, JobQueue
from intake.jobs.runner import JobContext
from intake.keys import KeyMaterial, load_key_material
from intake.outbound import OutboundConfig, build_pacer, build_sender
from intake.ratelimit import MemoryRateLimiter, RateLimiter, RedisRateLimiter
from intake.retention import erase_idle_contacts, shred_expired_reports
from intake.settings import Settings
from intake.vault import Vault


@dataclass
class Services:
    settings: Settings
    engine: AsyncEngine
    session_factory: async_sessionmaker[AsyncSession]
    vault: Vault
    job_context: JobContext
    queue: JobQueue
    policy: IntakePolicy
    assess: Assess
    rate_limiter: RateLimiter
    # Outbound messages and media (Twilio, or the console in development); also on the
    # job context, for the send and media jobs.
    sender: MessageSender | None = None
    outbound: OutboundConfig | None = field(default=None, repr=False)

    async def aclose(self) -> None:
        await self.queue.aclose()
        await self.rate_limiter.aclose()
        if self.sender is not None:
            await self.sender.aclose()
        if self.outbound is not None:
            await self.outbound.pacer.aclose()
        await self.engine.dispose()


def argon2_profile_for(settings: Settings) -> Parameters:
    profile = getattr(profiles, settings.argon2_profile.upper())
    assert isinstance(profile, Parameters)  # checked by Settings
    return profile


def build_services(settings: Settings, keys: KeyMaterial | None = None) -> Services:
    engine = make_engine(settings.resolved_database_url)
    session_factory = make_session_factory(engine)
    vault = Vault(keys or load_key_material(settings), argon2_profile=argon2_profile_for(settings))
    sender = build_sender(settings)
    outbound = OutboundConfig.from_settings(settings, build_pacer(settings))
    job_context = JobContext(
        session_factory=session_factory, vault=vault, sender=sender, outbound=outbound
    )
    queue: JobQueue
    rate_limiter: RateLimiter
    redis_url = settings.resolved_redis_url
    if redis_url:
        queue = ArqJobQueue(job_context, redis_url, timeout_s=settings.redis_timeout_s)
        rate_limiter = RedisRateLimiter(redis_url, timeout_s=settings.redis_timeout_s)
    else:
        queue = InlineJobQueue(job_context)
        rate_limiter = MemoryRateLimiter()
    return Services(
        settings=settings,
        engine=engine,
        session_factory=session_factory,
        vault=vault,
        job_context=job_context,
        queue=queue,
        policy=IntakePolicy(
            grouping_window_s=settings.report_grouping_window_s,
            retention_days=settings.report_retention_days,
            default_phone_region=settings.default_phone_region,
            delete_at_provider_after_s=(
                settings.delete_at_provider_after_s if settings.delete_at_provider else None
            ),
        ),
        assess=triage.assess,
        rate_limiter=rate_limiter,
        sender=sender,
        outbound=outbound,
    )


async def apply_retention(services: Services) -> int:
    """Shred expired reports, then forget senders idle for the retention period."""
    shredded = await shred_expired_reports(services.session_factory, services.vault)
    erased = await erase_idle_contacts(
        services.session_factory,
        services.vault,
        idle_days=services.settings.report_retention_days,
    )
    return shredded + erased


# One phrase per script the triage engine knows, so that every lexicon is compiled.
_WARM_UP_TEXT = "hello hola olá bonjou salaan xin chào مرحبا 你好 ሰላም привіт नमस्ते မင်္ဂလာပါ"


def warm_up(assess: Assess) -> None:
    """Compile the triage rules before the first request: lazily, the first worker's message
    would wait for it, and Twilio gives a webhook 15 seconds."""
    assess(_WARM_UP_TEXT, None)
