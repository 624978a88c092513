"""Triage engine: flags likely minors and forced-labour indicators in a worker's text.

`assess(text, language=None)` returns an `Assessment` (see `triage.model`): the language,
whether a working minor is likely, the stated age, the indicator codes, a priority P1-P4
with reasons, and evidence spans into the original text. Lexicons are data files under
`triage/data/` (format: `docs/adding-a-language.md`); rules: `docs/triage.md`.
This package is pure: no I/O at call time, no web or database imports.
"""

from __future__ import annotations

from triage.engine import RULES_VERSION, assess
from triage.model import (
    CHILD_LABOUR_CODES,
    FORCED_LABOUR_CODES,
    INDICATOR_CODES,
    Assessment,
    Evidence,
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
