"""Triage engine: flags likely minors and forced-labour indicators in a worker's text.

PLACEHOLDER until the triage-engine issue lands: `assess` returns an empty P4 assessment
for every text. The interface (`assess`, `Assessment`, `Evidence`) is the real one.
This package is pure: no I/O at call time, no web or database imports.
"""

from __future__ import annotations

from triage.model import (
    CHILD_LABOUR_CODES,
    FORCED_LABOUR_CODES,
    INDICATOR_CODES,
    Assessment,
    Evidence,
)

RULES_VERSION = "placeholder-0"


def assess(text: str, language: str | None = None) -> Assessment:
    """Assess one text. Placeholder: flags nothing and ranks everything P4."""
    return Assessment(
        language=language or "und",
        minor=False,
        age=None,
        indicators=(),
        priority="P4",
        reasons=("placeholder triage: no rules loaded",),
        evidence=(),
        rules_version=RULES_VERSION,
    )


__all__ = [
    "CHILD_LABOUR_CODES",
    "FORCED_LABOUR_CODES",
    "INDICATOR_CODES",
    "RULES_VERSION",
    "Assessment",
    "Evidence",
    "assess",
]
