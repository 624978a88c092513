"""The triage engine: pattern matching, negation, ages and the minor decision.

`assess(text, language)`:

1. folds the text (`triage.normalize`), keeping a map back to original offsets;
2. picks the lexicons to run: the hinted or detected language, English (code-switching
   into English is common) and every lexicon written in a script present in the text;
3. finds indicator phrases, dropping those negated just before ("they did not take my
   passport") or placed in a past job ("at my last job");
4. finds stated ages ("tengo quince años", "16yo", "my son is 17"), dropping traps
   ("15 years of experience", "when I was 17"), and decides `minor`: someone under 18
   *and working* (see `docs/triage.md`);
5. ranks the result P1-P4 (`triage.priority`).

Everything heavy (reading and compiling data files, building the lingua detector) happens
once, on first use; a call does no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from triage import detect
from triage.lexicon import SENTENCE_END, Lexicon, available_languages, load
from triage.model import FORCED_LABOUR_CODES, INDICATOR_CODES, Assessment, Evidence
from triage.normalize import Folded, fold
from triage.priority import prioritise

RULES_VERSION = "2025.1-en-es-pt-fr"
MAX_SPANS_PER_FLAG = 5
_FL = frozenset(FORCED_LABOUR_CODES)
_CLAUSE_PUNCT = re.compile(r"[,:()\"\[\]|/]|\s-\s")
_LOOKBACK = 80
_CHILD_WORK_DISTANCE = 120


@dataclass(slots=True)
class _Age:
    value: int
    kind: str  # "self", "other" or "apparent"
    start: int
    end: int


@dataclass(slots=True)
class _Found:
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def add(self, code: str, start: int, end: int) -> None:
        self.spans.setdefault(code, []).append((start, end))


def _window(t: str, start: int, lex: Lexicon) -> str:
    """The words just before `start`, inside the same clause."""
    lo = max(0, start - _LOOKBACK)
    w = t[lo:start]
    cut = -1
    for m in SENTENCE_END.finditer(w):
        cut = m.end()
    for m in _CLAUSE_PUNCT.finditer(w):
        cut = max(cut, m.end())
    if lex.clause_breaks is not None:
        for m in lex.clause_breaks.finditer(w):
            cut = max(cut, m.end())
    if cut >= 0:
        w = w[cut:]
    elif lo > 0 and lex.spaced:
        w = w.split(" ", 1)[1] if " " in w else ""
    if lex.negation_ignore is not None:
        w = lex.negation_ignore.sub(" ", w)  # "si no ..." / "if not ...": conditions
    if lex.spaced:
        words = w.split()
        return " ".join(words[-lex.negation_window :])
    return w[-lex.negation_window :]


def _preceded_by(t: str, start: int, lexes: tuple[Lexicon, ...], hypothetical: bool) -> bool:
    """True when a negation (or, if asked, a hypothetical) cue precedes `start`."""
    for lex in lexes:
        rxs = [lex.negation_cues]
        if hypothetical:
            rxs.append(lex.hypothetical)
        if not any(rxs):
            continue
        w = _window(t, start, lex)
        if not w:
            continue
        for rx in rxs:
            if rx is not None and rx.search(w):
                return True
    return False


def _sentence(t: str, start: int, end: int) -> str:
    lo = start
    while lo > 0 and not SENTENCE_END.match(t, lo - 1):
        lo -= 1
    hi = end
    n = len(t)
    while hi < n and not SENTENCE_END.match(t, hi):
        hi += 1
    return t[lo:hi]


def _in_past(t: str, start: int, end: int, lexes: tuple[Lexicon, ...]) -> bool:
    sentence = _sentence(t, start, end)
    return any(lex.past_cues is not None and lex.past_cues.search(sentence) for lex in lexes)


def _lexicons_for(primary: str, text: str) -> tuple[Lexicon, ...]:
    codes = set(available_languages())
    chosen: list[str] = []
    if primary in codes:
        chosen.append(primary)
    if "en" in codes and "en" not in chosen:
        chosen.append("en")
    present = detect.scripts_present(text)
    for code in sorted(codes):
        if code in chosen:
            continue
        if load(code).script in present:
            chosen.append(code)
    return tuple(load(c) for c in chosen)


def _detect(text: str, folded: str) -> str:
    script = detect.dominant_script(text)
    if script != "Latin":
        return detect.SCRIPT_DEFAULT_LANGUAGE.get(script, "und")
    if not any(detect.is_letter(c) for c in text[:500]):
        return "und"
    scores: dict[str, int] = {}
    for code in available_languages():
        lex = load(code)
        if lex.script == "Latin" and lex.detect_words is not None:
            scores[code] = sum(1 for _ in lex.detect_words.finditer(folded[:2000]))
    return detect.detect_latin(text[:1000], scores)


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _hits(
    rx: re.Pattern[str] | None,
    t: str,
    neg_lexes: tuple[Lexicon, ...],
    *,
    negatable: bool = True,
    hypothetical: bool = False,
) -> list[tuple[int, int]]:
    if rx is None:
        return []
    out = []
    for m in rx.finditer(t):
        if m.end() == m.start():
            continue
        if negatable and _preceded_by(t, m.start(), neg_lexes, hypothetical):
            continue
        out.append((m.start(), m.end()))
    return out


def _ages(t: str, lex: Lexicon) -> list[_Age]:
    traps = _hits(lex.age_traps, t, (), negatable=False)
    out: list[_Age] = []
    kinds = (("self", lex.age_self), ("other", lex.age_other), ("apparent", lex.age_apparent))
    for kind, rx in kinds:
        if rx is None:
            continue
        for m in rx.finditer(t):
            span = (m.start(), m.end())
            if span[0] == span[1] or _overlaps(span, traps):
                continue
            values = [v for v in lex.numbers.values_in(m.group()) if 0 < v < 120]
            if values:
                out.append(_Age(min(values), kind, span[0], span[1]))
    return out


def _near(
    a: list[tuple[int, int]], b: list[tuple[int, int]], distance: int
) -> list[tuple[int, int]]:
    return [x for x in a if any(abs(x[0] - y[0]) <= distance for y in b)]


def assess(text: str, language: str | None = None) -> Assessment:
    """Assess one worker message; see the module docstring and `docs/triage.md`."""
    folded: Folded = fold(text)
    t = folded.text
    hint = detect.normalise_hint(language)
    lang = hint or _detect(text, t)
    lexes = _lexicons_for(lang, text)
    primary = lexes[0] if lexes and lexes[0].code == lang else None
    found = _Found()

    # Indicators.
    indicator_hits: dict[str, list[tuple[int, int]]] = {}
    for lex in lexes:
        neg = (lex,) if primary is None or primary is lex else (lex, primary)
        for code, rx in lex.indicators.items():
            spans = _hits(rx, t, neg) + _hits(lex.unnegated.get(code), t, neg, negatable=False)
            for span in spans:
                if code in _FL and _in_past(t, span[0], span[1], neg):
                    continue
                indicator_hits.setdefault(code, []).append(span)
        for code, rx in lex.unnegated.items():
            if code not in lex.indicators:
                indicator_hits.setdefault(code, []).extend(_hits(rx, t, neg, negatable=False))

    # Ages and the minor decision.
    ages: list[_Age] = []
    self_cues: list[tuple[int, int]] = []
    other_cues: list[tuple[int, int]] = []
    child: list[tuple[int, int]] = []
    work_self: list[tuple[int, int]] = []
    work_other: list[tuple[int, int]] = []
    for lex in lexes:
        neg = (lex,) if primary is None or primary is lex else (lex, primary)
        ages.extend(_ages(t, lex))
        self_cues += _hits(lex.minor_self, t, neg)
        other_cues += _hits(lex.minor_other, t, neg)
        child += _hits(lex.child_words, t, neg)
        work_self += _hits(lex.work_self, t, neg, hypothetical=True)
        work_other += _hits(lex.work_other, t, neg, hypothetical=True)
    all_indicator_spans = [s for spans in indicator_hits.values() for s in spans]
    minor_ages = [a for a in ages if a.value < 18]
    adult_ages = [a for a in ages if a.value >= 18 and a.kind != "apparent"]
    self_minor = [a for a in minor_ages if a.kind == "self"]
    other_minor = [a for a in minor_ages if a.kind != "self"]
    working_any = bool(work_self or work_other or all_indicator_spans)

    minor_evidence: list[tuple[int, int]] = []
    used_ages: list[_Age] = []
    if working_any and (self_minor or self_cues):
        used_ages += self_minor
        minor_evidence += self_cues
    if work_other and (other_minor or other_cues):
        used_ages += other_minor
        minor_evidence += other_cues
    near_child = _near(child, work_other + all_indicator_spans, _CHILD_WORK_DISTANCE)
    minor_evidence += near_child
    if (
        used_ages
        and not minor_evidence
        and all(a.kind == "apparent" for a in used_ages)
        and adult_ages
    ):
        used_ages = []  # "looks 15 but showed me his licence: he is 20"
    minor_evidence += [(a.start, a.end) for a in used_ages]
    is_minor = bool(minor_evidence)

    age: int | None = None
    if used_ages:
        age = min(a.value for a in used_ages)
    elif ages:
        current = [a for a in ages if a.kind != "apparent"] or ages
        age = current[0].value

    if is_minor and age is not None and age <= 15:
        for lex in lexes:
            for span in _hits(lex.young_night, t, (lex,)):
                indicator_hits.setdefault("night_or_school_hours", []).append(span)

    crisis: list[tuple[int, int]] = []
    for lex in lexes:
        crisis += _hits(lex.crisis, t, (lex,))

    indicators = tuple(c for c in INDICATOR_CODES if indicator_hits.get(c))
    if is_minor:
        found.spans["minor"] = minor_evidence
    for code in indicators:
        found.spans[code] = indicator_hits[code]
    evidence: list[Evidence] = []
    for code, spans in found.spans.items():
        for s, e in _merge(spans)[:MAX_SPANS_PER_FLAG]:
            os_, oe = folded.span(s, e)
            if oe > os_:
                evidence.append(Evidence(code, os_, oe, text[os_:oe]))
    priority, reasons = prioritise(is_minor, indicators, bool(crisis), age)
    return Assessment(
        language=lang,
        minor=is_minor,
        age=age,
        indicators=indicators,
        priority=priority,
        reasons=reasons,
        evidence=tuple(evidence),
        rules_version=RULES_VERSION,
    )


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        if s == e:
            continue
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
