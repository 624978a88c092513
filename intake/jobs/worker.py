"""`intake worker`: the arq worker. It runs outbox jobs by id and sweeps the outbox so jobs
recorded while Redis was down are run once it is back."""

from __future__ import annotations

import logging
from typing import Any

from arq import cron
from arq.worker import Retry, Worker, func

from intake.jobs.queue import (
    ARQ_FUNCTION_NAME,
    arq_redis_settings,
    json_deserializer,
    json_serializer,
    sweep,
)
from intake.jobs.runner import JobOutcome, retry_delay_s, run_outbox_job
from intake.services import Services, apply_retention, build_services, warm_up
from intake.settings import Settings, SettingsError

log = logging.getLogger(__name__)
JOB_TIMEOUT_S = 60
MAX_TRIES = 5


async def run_outbox_job_task(ctx: dict[str, Any], outbox_id: str) -> str:
    services: Services = ctx["services"]
    outcome = await run_outbox_job(services.job_context, outbox_id)
    if outcome is JobOutcome.RETRY and ctx.get("job_try", 1) < MAX_TRIES:
        raise Retry(defer=retry_delay_s(ctx.get("job_try", 1)))
    return outcome.value


async def sweep_outbox_task(ctx: dict[str, Any]) -> int:
    services: Services = ctx["services"]
    return await sweep(
        services.job_context, services.queue, stale_after_s=services.settings.outbox_stale_after_s
    )


async def retention_task(ctx: dict[str, Any]) -> int:
    services: Services = ctx["services"]
    return await apply_retention(services)


def worker_options(settings: Settings, services: Services | None = None) -> dict[str, Any]:
    redis_url = settings.resolved_redis_url
    if not redis_url:
        raise SettingsError("intake worker needs INTAKE_REDIS_URL")

    async def on_startup(ctx: dict[str, Any]) -> None:
        ctx["services"] = services if services is not None else build_services(settings)
        ctx["owns_services"] = services is None
        warm_up(ctx["services"].assess)

    async def on_shutdown(ctx: dict[str, Any]) -> None:
        if ctx.get("owns_services"):
            await ctx["services"].aclose()

    redis_settings = arq_redis_settings(redis_url, settings.redis_timeout_s)
    redis_settings.conn_retries = 5
    return {
        "functions": [
            func(
                run_outbox_job_task,
                name=ARQ_FUNCTION_NAME,
                timeout=JOB_TIMEOUT_S,
                keep_result=60,
                max_tries=MAX_TRIES,
            )
        ],
        "cron_jobs": [
            cron(sweep_outbox_task, second={0, 30}, run_at_startup=True, timeout=JOB_TIMEOUT_S),
            cron(retention_task, minute={7, 37}, second=0, timeout=JOB_TIMEOUT_S * 5),
        ],
        "redis_settings": redis_settings,
        "job_serializer": json_serializer,
        "job_deserializer": json_deserializer,
        "on_startup": on_startup,
        "on_shutdown": on_shutdown,
        "job_timeout": JOB_TIMEOUT_S,
        "health_check_interval": 30,
    }


def run_worker(settings: Settings) -> None:
    Worker(**worker_options(settings)).run()
