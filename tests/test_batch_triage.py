"""`intake triage IN.jsonl -o OUT.jsonl`: the public batch contract, and bad input that stops
with the line named while keeping the results already written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

INTAKE = [sys.executable, "-m", "intake", "triage"]

LINES = [
    {
        "id": "a1",
        "text": "tengo 15 años y trabajo de noche limpiando las máquinas",
        "language": "es",
    },
    {"id": 2, "text": "My manager is rude but pays on time."},
    {"id": "c3", "text": "they took our passports and we cannot leave the camp"},
]


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*INTAKE, *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_one_result_per_line_in_order_with_the_contract_fields(tmp_path: Path) -> None:
    source = _write(tmp_path / "in.jsonl", [json.dumps(line) for line in LINES])
    out = tmp_path / "out.jsonl"
    result = _run(str(source), "-o", str(out))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a1", 2, "c3"]
    for record, line in zip(records, LINES, strict=True):
        assert list(record) == ["id", "language", "minor", "indicators", "priority", "evidence"]
        for evidence in record["evidence"]:
            assert line["text"][evidence["start"] : evidence["end"]] == evidence["text"]
    first, second, third = records
    assert first["language"] == "es" and first["minor"] is True
    assert "night_or_school_hours" in first["indicators"]
    assert first["priority"] == "P1"
    assert second["minor"] is False and second["indicators"] == [] and second["priority"] == "P4"
    assert "retention_of_identity_documents" in third["indicators"]


@pytest.mark.parametrize(
    ("bad_line", "problem"),
    [
        ('{"id": "x", "text": "unterminated', "invalid JSON"),
        ('{"id": "x"}', 'missing "text"'),
        ('{"id": "x", "text": 12}', '"text" must be a string'),
        ('{"text": "no id"}', 'missing "id"'),
        ('["not", "an", "object"]', "expected a JSON object"),
    ],
)
def test_a_bad_line_is_named_and_earlier_results_are_kept(
    tmp_path: Path, bad_line: str, problem: str
) -> None:
    lines = [json.dumps(LINES[0]), "", json.dumps(LINES[1]), bad_line, json.dumps(LINES[2])]
    source = _write(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    result = _run(str(source), "-o", str(out))
    assert result.returncode == 1
    assert f"{source}:4: {problem}" in result.stderr
    assert "2 results before that line" in result.stderr
    kept = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert kept == ["a1", 2]


def test_invalid_utf8_is_named(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(json.dumps(LINES[1]).encode() + b"\n" + b'{"id": 1, "text": "\xff"}\n')
    result = _run(str(source))
    assert result.returncode == 1
    assert f"{source}:2: not valid UTF-8" in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["id"] == 2


def test_standard_input_and_output(tmp_path: Path) -> None:
    payload = "\n".join(json.dumps(line) for line in LINES).encode()
    result = _run("-", stdin=payload)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3
    assert "3 lines" in result.stderr


def test_a_missing_input_file_is_a_clear_error(tmp_path: Path) -> None:
    result = _run(str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2
    assert "no such file" in result.stderr
