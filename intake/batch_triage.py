"""`intake triage IN.jsonl [-o OUT.jsonl]`: batch triage, one result per input line, in order.

Each input line is a JSON object with `id` and `text` (and optionally `language`, a hint).
Results are written and flushed line by line, so when a bad line stops the run (invalid
JSON, no `text`, invalid UTF-8) everything before it is already in the output, and the error
names the file and line. Blank lines are skipped. On a terminal a progress bar goes to
stderr; the output stream carries nothing but results.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import triage
from triage import Assessment


class BatchInputError(Exception):
    """A line of the input cannot be triaged; `line` is 1-based."""

    code = "triage.bad_input"

    def __init__(self, source: str, line: int, problem: str) -> None:
        super().__init__(f"{source}:{line}: {problem}")
        self.source, self.line, self.problem = source, line, problem
        self.results_written = 0


@dataclass(frozen=True, slots=True)
class BatchSummary:
    lines_done: int
    seconds: float


Assess = Callable[[str, str | None], Assessment]


def result_record(record_id: Any, assessment: Assessment) -> dict[str, Any]:
    """The output object for one input line (the public contract's field order)."""
    return {
        "id": record_id,
        "language": assessment.language,
        "minor": assessment.minor,
        "indicators": list(assessment.indicators),
        "priority": assessment.priority,
        "evidence": [
            {"code": e.code, "start": e.start, "end": e.end, "text": e.text}
            for e in assessment.evidence
        ],
    }


def parse_line(source: str, number: int, raw: bytes) -> tuple[Any, str, str | None] | None:
    """(id, text, language hint) of one input line; None for a blank line."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BatchInputError(source, number, f"not valid UTF-8 (byte {exc.start + 1})") from None
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BatchInputError(
            source, number, f"invalid JSON ({exc.msg}, column {exc.colno})"
        ) from None
    if not isinstance(record, dict):
        raise BatchInputError(source, number, "expected a JSON object")
    if "id" not in record:
        raise BatchInputError(source, number, 'missing "id"')
    text = record.get("text")
    if not isinstance(text, str):
        problem = 'missing "text"' if text is None else '"text" must be a string'
        raise BatchInputError(source, number, problem)
    language = record.get("language")
    if language is not None and not isinstance(language, str):
        raise BatchInputError(source, number, '"language" must be a string')
    return record["id"], text, language or None


def run_batch(
    lines: Iterator[bytes],
    out: IO[str],
    *,
    source: str,
    assess: Assess = triage.assess,
    progress: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Triage every line; raises BatchInputError at the first bad one (earlier results are
    already written and flushed)."""
    started = time.perf_counter()
    done = 0
    for number, raw in enumerate(lines, start=1):
        try:
            parsed = parse_line(source, number, raw)
        except BatchInputError as exc:
            out.flush()
            exc.results_written = done
            raise
        if parsed is not None:
            record_id, text, language = parsed
            out.write(
                json.dumps(result_record(record_id, assess(text, language)), ensure_ascii=False)
            )
            out.write("\n")
            done += 1
        if progress is not None:
            progress(number)
        if done % 256 == 0:
            out.flush()
    out.flush()
    return BatchSummary(lines_done=done, seconds=time.perf_counter() - started)


class ProgressBar:
    """A one-line progress bar on a terminal's stderr, redrawn at most ten times a second."""

    def __init__(self, total: int, stream: IO[str] = sys.stderr, width: int = 30) -> None:
        self.total = max(total, 1)
        self.stream = stream
        self.width = width
        self.started = time.perf_counter()
        self._last_draw = 0.0

    def __call__(self, line: int) -> None:
        now = time.perf_counter()
        if now - self._last_draw < 0.1 and line < self.total:
            return
        self._last_draw = now
        fraction = min(line / self.total, 1.0)
        filled = int(fraction * self.width)
        rate = line / max(now - self.started, 1e-9)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {line}/{self.total} lines  {rate:,.0f}/s")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


def count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _ in handle)
