"""Evaluate the triage engine on a labelled corpus (a tool: it reads files, the engine does not).

usage: python -m triage.evaluate [PATH] [--errors] [--lang LANG]

Prints precision / recall / F1 per indicator code, for `minor` and `any_forced_labour`,
and `minor` / `any_forced_labour` per language. Default PATH: tests/data/triage/dev.jsonl.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from triage import assess
from triage.model import FORCED_LABOUR_CODES, INDICATOR_CODES

DEFAULT_PATH = Path("tests/data/triage/dev.jsonl")


def load(path: Path) -> list[dict[str, Any]]:
    """Read a JSONL corpus."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def tags(minor: bool, indicators: Iterable[str]) -> set[str]:
    """The scored tags of one prediction or gold label."""
    out = {c for c in indicators if c in INDICATOR_CODES}
    if minor:
        out.add("minor")
    if out & set(FORCED_LABOUR_CODES):
        out.add("any_forced_labour")
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (1.0 when undefined, as the corpus scorer does)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Score every row; returns per-key counts and figures plus the error list."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    errors = []
    for row in rows:
        labels = row["labels"]
        truth = tags(bool(labels.get("minor")), labels.get("indicators", []))
        result = assess(row["text"], row.get("language"))
        guess = tags(result.minor, result.indicators)
        lang = row.get("language", "?")
        for key in ["minor", "any_forced_labour", *INDICATOR_CODES]:
            scopes = [key]
            if key in ("minor", "any_forced_labour"):
                scopes.append(f"{key}@{lang}")
            for scope in scopes:
                c = counts[scope]
                c[0] += key in truth and key in guess
                c[1] += key not in truth and key in guess
                c[2] += key in truth and key not in guess
        if truth != guess:
            errors.append(
                {
                    "id": row["id"],
                    "missed": sorted(truth - guess),
                    "extra": sorted(guess - truth),
                    "text": row["text"],
                }
            )
    report = {}
    for key, (tp, fp, fn) in sorted(counts.items()):
        p, r, f = prf(tp, fp, fn)
        report[key] = {"precision": p, "recall": r, "f1": f, "support": tp + fn}
    supported = [c for c in INDICATOR_CODES if report[c]["support"]]
    macro = sum(report[c]["f1"] for c in supported) / max(1, len(supported))
    return {"report": report, "macro_f1": macro, "errors": errors}


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    args = [a for a in argv if not a.startswith("--")]
    lang = None
    if "--lang" in argv:
        lang = argv[argv.index("--lang") + 1]
        args = [a for a in args if a != lang]
    path = Path(args[0]) if args else DEFAULT_PATH
    rows = load(path)
    if lang:
        rows = [r for r in rows if r.get("language") == lang]
    result = evaluate(rows)
    out = sys.stdout
    out.write(f"{'label':36} {'prec':>6} {'recall':>6} {'f1':>6} {'support':>7}\n")
    for key, v in result["report"].items():
        out.write(
            f"{key:36} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['support']:7d}\n"
        )
    m = result["report"]["minor"]
    a = result["report"]["any_forced_labour"]
    out.write(
        f"messages {len(rows)}  minor P/R {m['precision']:.3f}/{m['recall']:.3f}  "
        f"forced-labour P/R {a['precision']:.3f}/{a['recall']:.3f}  "
        f"indicator macro F1 {result['macro_f1']:.3f}\n"
    )
    if "--errors" in argv:
        for e in result["errors"]:
            out.write(f"\n{e['id']} missed={e['missed']} extra={e['extra']}\n  {e['text']}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
