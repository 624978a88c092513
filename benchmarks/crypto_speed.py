"""Micro-benchmark of intake.crypto: how much of a request budget encryption costs.

Run: ``.venv/bin/python benchmarks/crypto_speed.py [--seconds 1.0]``. Prints operations per
second for field encrypt/decrypt (160 B, a typical SMS; 4 KiB, a long web report), data-key
wrap/unwrap, phone blind index, and milliseconds per report-code hash with the production
argon2 profile (RFC 9106 low memory). Single thread; compare only numbers from one machine.
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

# Allow running from a checkout without installing the package.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cryptography

from intake.crypto import (
    BlindIndexer,
    FieldCipher,
    MasterKeyRing,
    ReportCodeHasher,
    generate_data_key,
    generate_index_key,
    generate_master_key,
    generate_report_code,
    unwrap_data_key,
    wrap_data_key,
)


def rate(fn: Callable[[], object], seconds: float) -> float:
    """Calls per second of ``fn`` over roughly ``seconds`` (after a short warm-up)."""
    for _ in range(100):
        fn()
    n = 0
    batch = 1000
    start = time.perf_counter()
    deadline = start + seconds
    while True:
        for _ in range(batch):
            fn()
        n += batch
        now = time.perf_counter()
        if now >= deadline:
            return n / (now - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=1.0, help="time per measurement")
    parser.add_argument("--hashes", type=int, default=5, help="report-code hashes to time")
    args = parser.parse_args()

    print(
        f"python {platform.python_version()}, cryptography {cryptography.__version__}, "
        f"{platform.machine()}, {os.cpu_count()} cpus, single thread"
    )
    report_id = str(uuid.uuid4())
    cipher = FieldCipher(generate_data_key(), report_id)
    where = {"table": "messages", "column": "body", "row_id": str(uuid.uuid4())}

    for label, size in (("160 B", 160), ("4 KiB", 4096)):
        plaintext = os.urandom(size)
        blob = cipher.encrypt(plaintext, **where)
        enc = rate(functools.partial(cipher.encrypt, plaintext, **where), args.seconds)
        dec = rate(functools.partial(cipher.decrypt, blob, **where), args.seconds)
        print(f"field encrypt {label:>6}: {enc:>10,.0f} ops/s  ({enc * size / 1e6:,.0f} MB/s)")
        print(f"field decrypt {label:>6}: {dec:>10,.0f} ops/s  ({dec * size / 1e6:,.0f} MB/s)")

    ring = MasterKeyRing([generate_master_key(), generate_master_key()])
    dek = generate_data_key()
    wrapped = wrap_data_key(ring, dek, data_key_id=report_id).blob
    w = rate(lambda: wrap_data_key(ring, dek, data_key_id=report_id), args.seconds)
    u = rate(lambda: unwrap_data_key(ring, wrapped, data_key_id=report_id), args.seconds)
    print(f"wrap data key        : {w:>10,.0f} ops/s")
    print(f"unwrap data key      : {u:>10,.0f} ops/s")
    # Opening a report = unwrap its DEK + build a FieldCipher + decrypt one field.
    body = FieldCipher(dek, report_id).encrypt(os.urandom(160), **where)

    def open_report() -> bytes:
        d = unwrap_data_key(ring, wrapped, data_key_id=report_id)
        return FieldCipher(d, report_id).decrypt(body, **where)

    o = rate(open_report, args.seconds)
    print(f"unwrap+cipher+decrypt: {o:>10,.0f} ops/s")

    indexer = BlindIndexer.for_contacts(generate_index_key())
    bi_e164 = rate(lambda: indexer.phone("+14155552671"), args.seconds)
    bi_raw = rate(lambda: indexer.index("+14155552671"), args.seconds)
    print(f"blind index (raw)    : {bi_raw:>10,.0f} ops/s")
    print(f"blind index phone()  : {bi_e164:>10,.0f} ops/s  (incl. phonenumbers parse)")

    hasher = ReportCodeHasher(generate_index_key().derive("report-code-lookup"))
    code = generate_report_code()
    li = rate(lambda: hasher.lookup_index(code), args.seconds)
    print(f"report-code lookup   : {li:>10,.0f} ops/s")
    hasher.hash(code)  # warm-up
    times = []
    for _ in range(args.hashes):
        t0 = time.perf_counter()
        stored = hasher.hash(code)
        times.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    ok = hasher.verify(stored, code)
    verify_ms = (time.perf_counter() - t0) * 1000
    assert ok
    times.sort()
    print(
        f"report-code hash     : {times[len(times) // 2] * 1000:>10.1f} ms median "
        f"(min {times[0] * 1000:.1f}, max {times[-1] * 1000:.1f}; argon2id t=3 m=64MiB p=4); "
        f"verify {verify_ms:.1f} ms"
    )


if __name__ == "__main__":
    main()
