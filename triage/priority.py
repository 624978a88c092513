"""Priority ranking P1-P4, aligned with crisis-line practice (NHTH call types) and the
child-labour remediation framework. The rules and their reasons are in `docs/triage.md`.

- P1 (crisis, human review well inside 24 h): a minor in hazardous work or at night or
  school hours; a minor with any forced-labour indicator; physical or sexual violence;
  restriction of movement; an imminent-danger phrase; or four or more indicators together.
- P2 (same or next working day): any other minor; retention of identity documents; debt
  bondage; threats (deportation, police, family, violence); two or more forced-labour
  indicators; hazardous work together with another indicator.
- P3: one other indicator.
- P4: everything else (ordinary grievances, questions, thanks).
"""

from __future__ import annotations

from triage.model import FORCED_LABOUR_CODES

_FL = frozenset(FORCED_LABOUR_CODES)
_P1_ALONE = {
    "physical_sexual_violence": "physical or sexual violence",
    "restriction_of_movement": "restriction of movement (confinement)",
}
_P2_ALONE = {
    "retention_of_identity_documents": "identity documents held by employer",
    "debt_bondage": "debt bondage",
    "intimidation_threats": "threats or intimidation",
}


def prioritise(
    minor: bool, indicators: tuple[str, ...], crisis: bool, age: int | None = None
) -> tuple[str, tuple[str, ...]]:
    """Return the priority and the reasons for it (most serious first)."""
    p1: list[str] = []
    p2: list[str] = []
    p3: list[str] = []
    codes = set(indicators)
    fl = codes & _FL
    who = f"minor (age {age})" if minor and age is not None and age < 18 else "minor"
    if minor:
        if "hazardous_work" in codes:
            p1.append(f"{who} in hazardous work")
        if "night_or_school_hours" in codes:
            p1.append(f"{who} working at night or in school hours")
        if fl:
            p1.append(f"{who} with forced-labour indicators")
        if not p1:
            p2.append(f"working {who}")
    for code, reason in _P1_ALONE.items():
        if code in codes:
            p1.append(reason)
    if crisis:
        p1.append("imminent danger or urgent request for help")
    if len(codes) >= 4:
        p1.append(f"{len(codes)} indicators together")
    for code, reason in _P2_ALONE.items():
        if code in codes:
            p2.append(reason)
    if len(fl) >= 2:
        p2.append(f"{len(fl)} forced-labour indicators together")
    elif "hazardous_work" in codes and len(codes) >= 2:
        p2.append("hazardous work with another indicator")
    for code in indicators:
        if code not in _P1_ALONE and code not in _P2_ALONE:
            p3.append(code.replace("_", " "))
    if p1:
        return "P1", tuple(p1 + p2 + p3)
    if p2:
        return "P2", tuple(p2 + p3)
    if p3:
        return "P3", ("one indicator: " + p3[0], *p3[1:])
    return "P4", ("no indicator found: ordinary grievance or question",)
