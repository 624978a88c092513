"""Jobs: ids only, safe to run twice, run in-process or by the arq worker on real Redis, and
never lost while Redis is down."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlmodel import select

from intake.db.models import Case, JobStatus, OutboxJob, Report
from intake.jobs.outbox import due_job_ids
from intake.jobs.queue import ArqJobQueue, InlineJobQueue, sweep
from intake.jobs.runner import JobOutcome, run_outbox_job
from intake.keys import KeyMaterial
from intake.services import Services, build_services
from intake.web.app import create_app
from tests.conftest import make_settings
from tests.helpers import post_signed, run_worker_burst, sms_params
from tests.redis_server import RedisServer

SENDER = "+15075550143"


async def _jobs(services: Services) -> list[OutboxJob]:
    async with services.session_factory() as session:
        return list((await session.exec(select(OutboxJob))).all())


async def _cases(services: Services) -> list[Case]:
    async with services.session_factory() as session:
        return list((await session.exec(select(Case))).all())


async def test_inline_queue_runs_jobs_after_the_request(
    client: httpx.AsyncClient, services: Services
) -> None:
    await post_signed(client, "/twilio/sms", sms_params(SENDER, "they hit us"))
    assert isinstance(services.queue, InlineJobQueue)
    await services.queue.drain()
    jobs = await _jobs(services)
    assert [job.status for job in jobs] == [JobStatus.DONE]
    assert json.loads(jobs[0].args_json).keys() == {"report_id"}
    assert len(await _cases(services)) == 1


async def test_a_job_run_twice_has_its_effect_once(
    client: httpx.AsyncClient, services: Services
) -> None:
    await post_signed(client, "/twilio/sms", sms_params(SENDER, "hello"))
    assert isinstance(services.queue, InlineJobQueue)
    await services.queue.drain()
    (job,) = await _jobs(services)
    assert await run_outbox_job(services.job_context, job.id) is JobOutcome.SKIPPED
    # Even if the row were handed over again as pending, the job's effect is idempotent.
    async with services.session_factory() as session, session.begin():
        row = await session.get(OutboxJob, job.id)
        assert row is not None
        row.status = JobStatus.PENDING
        session.add(row)
    assert await run_outbox_job(services.job_context, job.id) is JobOutcome.DONE
    assert len(await _cases(services)) == 1


async def test_case_priority_follows_the_latest_triage(
    client: httpx.AsyncClient, services: Services
) -> None:
    await post_signed(client, "/twilio/sms", sms_params(SENDER, "first"))
    await post_signed(client, "/twilio/sms", sms_params(SENDER, "second"))
    assert isinstance(services.queue, InlineJobQueue)
    await services.queue.drain()
    (case,) = await _cases(services)
    async with services.session_factory() as session:
        report = await session.get(Report, case.report_id)
    assert report is not None and report.message_count == 2
    assert len(await _jobs(services)) == 2


async def test_failed_job_records_an_error_code_and_is_retried(services: Services) -> None:
    async with services.session_factory() as session, session.begin():
        job = OutboxJob(job_name="no_such_job", dedupe_key="x:1")
        session.add(job)
    assert await run_outbox_job(services.job_context, job.id) is JobOutcome.FAILED
    (row,) = await _jobs(services)
    assert row.status == JobStatus.FAILED
    assert row.last_error_code == "job.unknown"


async def test_arq_worker_runs_jobs_from_redis(redis_services: Services) -> None:
    app = create_app(services=redis_services)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as http:
        assert (await post_signed(http, "/twilio/sms", sms_params(SENDER, "hi"))).status_code == 200
        health = await http.get("/healthz")
    assert health.json() == {"status": "ok", "database": "ok", "queue": "redis"}
    (job,) = await _jobs(redis_services)
    assert job.status == JobStatus.ENQUEUED
    await run_worker_burst(redis_services)
    (job,) = await _jobs(redis_services)
    assert job.status == JobStatus.DONE
    assert len(await _cases(redis_services)) == 1


async def test_a_failing_job_backs_off_before_the_sweep_retries_it(services: Services) -> None:
    async with services.session_factory() as session, session.begin():
        job = OutboxJob(job_name="sync_case", args_json='{"wrong_arg": 1}', dedupe_key="x:2")
        session.add(job)
    assert await run_outbox_job(services.job_context, job.id) is JobOutcome.RETRY
    (row,) = await _jobs(services)
    assert row.status == JobStatus.PENDING
    assert row.last_error_code == "exception.TypeError"
    assert row.not_before is not None and row.not_before > row.updated_at
    async with services.session_factory() as session:
        assert await due_job_ids(session, stale_after_s=60) == []
    async with services.session_factory() as session, session.begin():
        stored = await session.get(OutboxJob, job.id)
        assert stored is not None
        stored.not_before = stored.updated_at
        session.add(stored)
    async with services.session_factory() as session:
        assert await due_job_ids(session, stale_after_s=60) == [job.id]


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


async def test_with_redis_down_the_webhook_answers_and_jobs_run_once_it_is_back(
    tmp_path: Path, database_url: str, key_material: KeyMaterial, private_redis: RedisServer
) -> None:
    settings = make_settings(
        tmp_path, database_url=database_url, redis_url=private_redis.url, redis_timeout_s=1.0
    )
    services = build_services(settings, key_material)
    assert isinstance(services.queue, ArqJobQueue)
    app = create_app(services=services)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        ) as http:
            assert await services.queue.check()
            private_redis.stop()

            response = await post_signed(
                http, "/twilio/sms", sms_params(SENDER, "I need help with my pay")
            )
            assert response.status_code == 200
            health = await http.get("/healthz")
            assert health.status_code == 503
            assert health.json()["failed"] == ["queue"]

            (job,) = await _jobs(services)
            assert job.status == JobStatus.PENDING
            async with services.session_factory() as session:
                assert len((await session.exec(select(Report))).all()) == 1

            private_redis.start()
            assert await sweep(services.job_context, services.queue, stale_after_s=60) == 1
            await run_worker_burst(services)
            (job,) = await _jobs(services)
            assert job.status == JobStatus.DONE
            assert len(await _cases(services)) == 1
    finally:
        await services.aclose()
