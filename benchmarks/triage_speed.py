"""Speed of the triage engine on the dev corpus, on one core, with every language loaded.

Run: ``.venv/bin/python benchmarks/triage_speed.py [--calls 20000] [--corpus PATH]``.
Compiles every data file in ``triage/data/`` (and builds the lingua detector) first, then
calls ``triage.assess`` over the dev corpus, repeated until at least ``--calls`` calls, once
with each message's language as a hint and once without (language detection). Prints
messages per second, p50 / p99 / max microseconds per message (wall clock, and CPU time
of the thread, which a busy machine does not inflate), and the peak RSS of the process
(``ru_maxrss``) with every language loaded. With ``--mixed`` it then runs every labelled
set (about 3,000 messages in 13 languages) twice per mode, CPU time only, and prints the
peak RSS again: each language's prefilter cache grows with the variety of the texts it
scans, which the dev corpus alone understates. Single thread; it prints figures and
asserts nothing, so compare only numbers from one machine.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from pathlib import Path

# Allow running from a checkout without installing the package.
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import triage  # noqa: E402
from triage.lexicon import all_lexicons, available_languages  # noqa: E402

DEFAULT_CORPUS = ROOT / "tests" / "data" / "triage" / "dev.jsonl"
MIXED_DIR = ROOT / "tests" / "data" / "triage"


def load_corpus(path: Path) -> list[tuple[str, str | None]]:
    """(text, language) pairs from a JSONL corpus."""
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [(str(r["text"]), r.get("language")) for r in rows]


def run(
    corpus: list[tuple[str, str | None]], calls: int, hint: bool
) -> tuple[list[int], list[int]]:
    """Call `assess` over the corpus until at least `calls` calls; nanoseconds per call,
    wall clock and CPU time of this thread (a busy machine inflates the first only)."""
    wall: list[int] = []
    cpu: list[int] = []
    clock = time.perf_counter_ns
    cpu_clock = time.thread_time_ns
    assess = triage.assess
    while len(wall) < calls:
        for text, lang in corpus:
            language = lang if hint else None
            c0 = cpu_clock()
            t0 = clock()
            assess(text, language)
            t1 = clock()
            c1 = cpu_clock()
            wall.append(t1 - t0)
            cpu.append(c1 - c0)
    return wall, cpu


def percentile(sorted_ns: list[int], q: float) -> float:
    """The q-th percentile (nearest rank) in microseconds."""
    k = min(len(sorted_ns) - 1, max(0, round(q / 100 * len(sorted_ns)) - 1))
    return sorted_ns[k] / 1000


def report(label: str, times: list[int]) -> None:
    """Print one line of figures for one run."""
    total_s = sum(times) / 1e9
    ordered = sorted(times)
    print(
        f"{label:<28} {len(times):>6} calls {len(times) / total_s:>8,.0f} msg/s  "
        f"p50 {percentile(ordered, 50):>7.1f} us  p99 {percentile(ordered, 99):>7.1f} us  "
        f"max {ordered[-1] / 1000:>8.1f} us"
    )


def main() -> None:
    """Parse arguments, warm up, run both modes and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20_000, help="minimum calls per mode")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--mixed",
        action="store_true",
        help="then run every labelled set once per mode and report RSS again",
    )
    args = parser.parse_args()

    corpus = load_corpus(args.corpus)
    t0 = time.perf_counter()
    lexicons = all_lexicons()
    for text, _ in corpus:  # warm-up: lingua, per-language-set caches, regex caches
        triage.assess(text, None)
    warm_s = time.perf_counter() - t0
    print(
        f"triage {triage.RULES_VERSION}; Python {platform.python_version()} on "
        f"{platform.machine()}; {len(corpus)} messages; "
        f"{len(lexicons)} languages loaded: {', '.join(available_languages())}"
    )
    print(f"load + warm-up: {warm_s:.2f} s")
    for label, hint in (("with language hint", True), ("without hint (detect)", False)):
        wall, cpu = run(corpus, args.calls, hint=hint)
        report(f"{label}, wall", wall)
        report(f"{label}, CPU", cpu)
    print(f"peak RSS: {peak_mib():.1f} MiB")
    if args.mixed:
        mixed = load_mixed()
        print(f"mixed traffic: every labelled set in {MIXED_DIR.name}/ ({len(mixed)} messages)")
        for rounds in (1, 2):
            for label, hint in (("with language hint", True), ("without hint (detect)", False)):
                _wall, cpu = run(mixed, len(mixed), hint=hint)
                report(f"mixed {rounds}, {label}, CPU", cpu)
            print(f"peak RSS after mixed round {rounds}: {peak_mib():.1f} MiB")


def peak_mib() -> float:
    """Peak resident set size of this process so far, in MiB."""
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":  # bytes there, KiB on Linux
        peak_kib //= 1024
    return peak_kib / 1024


def load_mixed() -> list[tuple[str, str | None]]:
    """Every message of every labelled set (13 languages): what a service sees over time,
    and what fills each language's prefilter cache, unlike the dev corpus alone."""
    out: list[tuple[str, str | None]] = []
    for path in sorted(MIXED_DIR.glob("*.jsonl")):
        if "-" not in path.stem:  # tune2-a.jsonl etc. are halves of tune2.jsonl
            out += load_corpus(path)
    return out


if __name__ == "__main__":
    main()
