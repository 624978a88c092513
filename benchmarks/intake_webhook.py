"""Throughput and latency of the signed SMS webhook, end to end through `intake serve`
(signature check, dedupe, encryption, triage, commit, outbox, TwiML), on loopback.

usage: python benchmarks/intake_webhook.py [--requests N] [--concurrency C] [--postgres]

Also measures a bare FastAPI hello-world under the same client, so the ratio is comparable
across machines. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg
import httpx
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "b" * 32
SID = "AC" + "2e" * 16
PUBLIC_URL = "https://bench.example.org"
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_ready(url: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit(f"server at {url} did not start")


async def load(base: str, path: str, n: int, concurrency: int, signed: bool) -> list[float]:
    validator = RequestValidator(TOKEN)
    latencies: list[float] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(n):
        queue.put_nowait(i)

    async def one(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            i = queue.get_nowait()
            params = {
                "MessageSid": f"SM{uuid.uuid4().hex}",
                "AccountSid": SID,
                "From": f"+1507555{i % 5000:04d}",
                "To": "+15005550006",
                "Body": f"message {i}: they keep our passports and we work nights",
            }
            headers = {}
            if signed:
                headers["X-Twilio-Signature"] = validator.compute_signature(
                    PUBLIC_URL + path, params
                )
            started = time.perf_counter()
            response = await (
                client.post(base + path, data=params, headers=headers)
                if signed
                else client.get(base + path)
            )
            latencies.append(time.perf_counter() - started)
            if response.status_code != 200:
                raise SystemExit(f"unexpected {response.status_code}: {response.text[:200]}")

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        await asyncio.gather(*(one(client) for _ in range(concurrency)))
    return latencies


def report(name: str, latencies: list[float], elapsed_s: float) -> float:
    ordered = sorted(latencies)
    rate = len(ordered) / elapsed_s

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000

    print(
        f"{name:<28} {rate:8.1f} req/s   p50 {pct(0.50):6.1f} ms   p95 {pct(0.95):6.1f} ms"
        f"   p99 {pct(0.99):6.1f} ms   ({len(ordered)} requests)"
    )
    return rate


def run_against(
    cmd: list[str],
    env: dict[str, str],
    cwd: Path,
    port: int,
    path: str,
    n: int,
    concurrency: int,
    signed: bool,
    name: str,
) -> float:
    process = subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_ready(f"http://127.0.0.1:{port}/healthz" if signed else f"http://127.0.0.1:{port}/")
        base = f"http://127.0.0.1:{port}"
        asyncio.run(load(base, path, min(50, n), concurrency, signed))  # warm-up
        started = time.perf_counter()
        latencies = asyncio.run(load(base, path, n, concurrency, signed))
        return report(name, latencies, time.perf_counter() - started)
    finally:
        process.terminate()
        process.wait(timeout=10)


async def pg_admin(sql: str) -> None:
    connection = await asyncpg.connect(PG_ADMIN)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        hello = workdir / "hello.py"
        hello.write_text(
            "from fastapi import FastAPI\napp = FastAPI()\n"
            "@app.get('/')\nasync def root():\n    return {'hello': 'world'}\n"
        )
        port = free_port()
        hello_rate = run_against(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "hello:app",
                "--port",
                str(port),
                "--no-access-log",
                "--log-level",
                "warning",
            ],
            dict(os.environ),
            workdir,
            port,
            "/",
            args.requests,
            args.concurrency,
            False,
            "bare FastAPI hello-world",
        )

        env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
        env.update(
            INTAKE_ENVIRONMENT="development",
            INTAKE_VAR_DIR=str(workdir / "var"),
            INTAKE_PUBLIC_URL=PUBLIC_URL,
            INTAKE_TWILIO_ACCOUNT_SID=SID,
            INTAKE_TWILIO_AUTH_TOKEN=TOKEN,
            INTAKE_LOG_LEVEL="WARNING",
        )
        database = None
        if args.postgres:
            database = f"intake_bench_{uuid.uuid4().hex[:8]}"
            asyncio.run(pg_admin(f'CREATE DATABASE "{database}"'))
            env["INTAKE_DATABASE_URL"] = f"postgresql://postgres@127.0.0.1:5432/{database}"
            subprocess.run(
                [sys.executable, "-m", "intake", "db", "upgrade"],
                env=env,
                cwd=workdir,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        try:
            port = free_port()
            intake_rate = run_against(
                [sys.executable, "-m", "intake", "serve", "--port", str(port)],
                env,
                workdir,
                port,
                "/twilio/sms",
                args.requests,
                args.concurrency,
                True,
                f"POST /twilio/sms ({'PostgreSQL' if args.postgres else 'SQLite'})",
            )
        finally:
            if database:
                asyncio.run(pg_admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    print(f"intake webhook / hello-world ratio: {intake_rate / hello_rate:.1%}")


if __name__ == "__main__":
    main()
