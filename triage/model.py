"""The result types of the triage engine: what `triage.assess` returns.

These are the stable interface between the pure engine and the rest of the system
(`intake` stores them, the staff queue orders by them, `intake triage` prints them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

CHILD_LABOUR_CODES: tuple[str, ...] = ("hazardous_work", "night_or_school_hours")
FORCED_LABOUR_CODES: tuple[str, ...] = (
    "abuse_of_vulnerability",
    "deception",
    "restriction_of_movement",
    "isolation",
    "physical_sexual_violence",
    "intimidation_threats",
    "retention_of_identity_documents",
    "withholding_of_wages",
    "debt_bondage",
    "abusive_working_living_conditions",
    "excessive_overtime",
)
INDICATOR_CODES: tuple[str, ...] = CHILD_LABOUR_CODES + FORCED_LABOUR_CODES
PRIORITIES: tuple[str, ...] = ("P1", "P2", "P3", "P4")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One span of the original text that supports a flag (`code` is `minor` or an indicator)."""

    code: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Assessment:
    """What the engine concluded about one text, with the evidence for each flag."""

    language: str
    minor: bool
    age: int | None
    indicators: tuple[str, ...]
    priority: str
    reasons: tuple[str, ...]
    evidence: tuple[Evidence, ...] = field(default=())
    rules_version: str = "0"
