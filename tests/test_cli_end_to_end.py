"""The real command line on the embedded default: `intake serve` in a fresh directory generates
its keys, migrates, accepts a signed webhook and logs nothing identifying; `intake keys
generate` and `intake keys rotate` re-wrap every data key."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.helpers import (
    PUBLIC_URL,
    TWILIO_ACCOUNT_SID,
    TWILIO_AUTH_TOKEN,
    sms_params,
    twilio_signature,
)
from tests.redis_server import free_port

INTAKE = [sys.executable, "-m", "intake"]
SENDER = "+15075550177"
BODY = "my boss keeps our passports locked in the office"


def _env(workdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env.update(
        INTAKE_ENVIRONMENT="development",
        INTAKE_VAR_DIR=str(workdir / "var"),
        INTAKE_PUBLIC_URL=PUBLIC_URL,
        INTAKE_TWILIO_ACCOUNT_SID=TWILIO_ACCOUNT_SID,
        INTAKE_TWILIO_AUTH_TOKEN=TWILIO_AUTH_TOKEN,
        INTAKE_ARGON2_PROFILE="cheapest",
    )
    return env


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path, subprocess.Popen[bytes]]]:
    port = free_port()
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            [*INTAKE, "serve", "--port", str(port)],
            cwd=tmp_path,
            env=_env(tmp_path),
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120  # start-up compiles the triage rules first
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        process.terminate()
        pytest.fail("intake serve did not start:\n" + log_path.read_text())
    yield base, tmp_path, process
    process.terminate()
    process.wait(timeout=10)


def test_serve_stores_a_signed_message_and_logs_nothing_identifying(
    served: tuple[str, Path, subprocess.Popen[bytes]],
) -> None:
    base, workdir, process = served
    params = sms_params(SENDER, BODY)
    response = httpx.post(
        f"{base}/twilio/sms?utm=1",
        data=params,
        headers={"X-Twilio-Signature": twilio_signature("/twilio/sms?utm=1", params)},
    )
    assert response.status_code == 200, response.text
    process.terminate()
    process.wait(timeout=10)

    var = workdir / "var"
    for private in var.iterdir():  # keys and database files alike
        assert private.stat().st_mode & 0o077 == 0, private.name
    assert (var / "master.keys").stat().st_mode & 0o777 == 0o600
    assert (var / "index.key").stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(var / "intake.db") as db:
        assert db.execute("SELECT count(*) FROM messages").fetchone() == (1,)
    log = (workdir / "serve.log").read_text()
    assert "generated a new master key" in log
    assert "POST /twilio/sms 200" in log
    assert "utm=1" not in log
    access_lines = [line for line in log.splitlines() if "intake.access" in line]
    assert access_lines
    for line in access_lines:  # method, path, status, duration: no query, no client address
        assert re.fullmatch(r".* intake\.access: [A-Z]+ /[\w/.-]* \d{3} [\d.]+ms", line), line
    for secret in (SENDER, SENDER[1:], SENDER[-10:], "passports", "WORTHINGTON"):
        assert secret not in log
    raw = b"".join(p.read_bytes() for p in var.glob("intake.db*"))
    for secret in (SENDER.encode(), SENDER[1:].encode(), BODY.encode(), b"passports"):
        assert secret not in raw


def test_keys_generate_then_rotate_rewraps_every_data_key(
    served: tuple[str, Path, subprocess.Popen[bytes]],
) -> None:
    base, workdir, process = served
    params = sms_params(SENDER, BODY)
    signature = twilio_signature("/twilio/sms", params)
    response = httpx.post(
        f"{base}/twilio/sms", data=params, headers={"X-Twilio-Signature": signature}
    )
    assert response.status_code == 200
    process.terminate()
    process.wait(timeout=10)
    env = _env(workdir)
    db_path = workdir / "var" / "intake.db"

    generated = subprocess.run(
        [*INTAKE, "keys", "generate"], cwd=workdir, env=env, capture_output=True, text=True
    )
    assert generated.returncode == 0, generated.stderr
    entries = [
        line.split(":", 1)[0]
        for line in (workdir / "var" / "master.keys").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(entries) == 2
    newest = entries[0]
    with sqlite3.connect(db_path) as db:
        before = {kid for (kid,) in db.execute("SELECT kid FROM data_keys")}
    assert before and newest not in before

    rotated = subprocess.run(
        [*INTAKE, "keys", "rotate"], cwd=workdir, env=env, capture_output=True, text=True
    )
    assert rotated.returncode == 0, rotated.stderr
    assert "0 could not be re-wrapped" in rotated.stdout
    with sqlite3.connect(db_path) as db:
        after = {kid for (kid,) in db.execute("SELECT kid FROM data_keys")}
    assert after == {newest}

    # With a key ring that lacks the data keys' master key, rotate reports them and fails.
    env["INTAKE_MASTER_KEY_FILE"] = str(workdir / "var" / "unrelated.keys")
    subprocess.run([*INTAKE, "keys", "generate"], cwd=workdir, env=env, check=True)
    failed = subprocess.run(
        [*INTAKE, "keys", "rotate"], cwd=workdir, env=env, capture_output=True, text=True
    )
    assert failed.returncode == 1
    assert f"{_count_keys(db_path)} could not be re-wrapped" in failed.stdout


def _count_keys(db_path: Path) -> int:
    with sqlite3.connect(db_path) as db:
        (count,) = db.execute("SELECT count(*) FROM data_keys").fetchone()
    return int(count)


def test_demo_plays_conversations_into_the_embedded_database(tmp_path: Path) -> None:
    env = _env(tmp_path)
    del env["INTAKE_TWILIO_AUTH_TOKEN"]  # the demo signs with a token of its own
    result = subprocess.run(
        [*INTAKE, "demo"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert re.search(r"\d{4} \d{4} \d{4} \d{4} \d{4}", result.stdout)
    with sqlite3.connect(tmp_path / "var" / "intake.db") as db:
        (reports,) = db.execute("SELECT count(*) FROM reports").fetchone()
        (cases,) = db.execute("SELECT count(*) FROM cases").fetchone()
        priorities = {p for (p,) in db.execute("SELECT priority FROM triage_results")}
    assert reports == 3
    assert cases == 3
    assert "P1" in priorities  # the 15-year-old on the night shift with chemicals
