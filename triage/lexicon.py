"""Loading and compiling the per-language lexicons in `triage/data/<lang>.toml`.

The data format is described in `docs/adding-a-language.md`. Each file is read once, on
first use, and compiled into one regular expression per list (one alternation per
indicator code), so a call to `triage.assess` does no I/O and compiles nothing.

Pattern mini-language (on top of Python regular expressions, applied after folding):

- a space matches one or more whitespace characters (zero or more in unspaced scripts);
- ``{N}`` matches a number: ASCII digits (digits of other scripts are normalised first)
  or one of the language's number words from ``[numbers]``;
- ``{wK}`` (e.g. ``{w3}``) skips up to K words inside the same sentence (in unspaced
  scripts: up to 3*K characters);
- in spaced scripts every pattern is anchored at word edges: it must not start or end in
  the middle of a word. End a stem with ``\\w*`` to accept any ending (``threat\\w*``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from triage.model import INDICATOR_CODES
from triage.normalize import fold_pattern

_GAP = re.compile(r"\s*\{w(\d+)\}\s*")
SENTENCE_END = re.compile(r"[.!?;\n。！？；።፧؟।॥။]")


def available_languages() -> tuple[str, ...]:
    """Codes of every language with a data file, sorted."""
    names = []
    for entry in resources.files("triage").joinpath("data").iterdir():
        if entry.name.endswith(".toml") and not entry.name.startswith("_"):
            names.append(entry.name[: -len(".toml")])
    return tuple(sorted(names))


@dataclass(frozen=True, slots=True)
class Numbers:
    """Number words of one language: a finder regex and the value of each group."""

    finder: re.Pattern[str]
    values: dict[str, int]
    macro: str

    def values_in(self, text: str) -> list[int]:
        """Every number (digits or number word) found in `text`."""
        out: list[int] = []
        for m in self.finder.finditer(text):
            group = m.lastgroup
            if group == "digits":
                out.append(int(m.group()))
            elif group is not None:
                out.append(self.values[group])
        return out


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's compiled lexicon (see `docs/adding-a-language.md`)."""

    code: str
    name: str
    script: str
    spaced: bool
    numbers: Numbers
    detect_words: re.Pattern[str] | None
    negation_cues: re.Pattern[str] | None
    negation_window: int
    negation_ignore: re.Pattern[str] | None
    clause_breaks: re.Pattern[str] | None
    past_cues: re.Pattern[str] | None
    age_self: re.Pattern[str] | None
    age_other: re.Pattern[str] | None
    age_apparent: re.Pattern[str] | None
    age_traps: re.Pattern[str] | None
    minor_self: re.Pattern[str] | None
    minor_other: re.Pattern[str] | None
    child_words: re.Pattern[str] | None
    work_self: re.Pattern[str] | None
    work_other: re.Pattern[str] | None
    hypothetical: re.Pattern[str] | None
    crisis: re.Pattern[str] | None
    young_night: re.Pattern[str] | None
    indicators: dict[str, re.Pattern[str]] = field(default_factory=dict)
    unnegated: dict[str, re.Pattern[str]] = field(default_factory=dict)


def _number_words(table: dict[str, Any]) -> Numbers:
    groups: list[str] = []
    values: dict[str, int] = {}
    alternatives: list[str] = []
    for key, words in table.items():
        value = int(key)
        name = f"n{value}"
        if isinstance(words, str):
            words = [words]
        folded = sorted((fold_pattern(w) for w in words), key=len, reverse=True)
        if not folded:
            continue
        body = "|".join(folded)
        groups.append(f"(?P<{name}>{body})")
        values[name] = value
        alternatives.extend(folded)
    alternatives.sort(key=len, reverse=True)
    digits = r"(?<![\d.,$€£])\d{1,3}(?!\d|[.,]\d)"
    word_part = "|".join(f"(?:{a})" for a in alternatives)
    macro = f"(?:{digits}|{word_part})" if word_part else f"(?:{digits})"
    finder_src = (
        rf"(?P<digits>{digits})|(?<!\w)(?:{'|'.join(groups)})(?!\w)"
        if groups
        else rf"(?P<digits>{digits})"
    )
    return Numbers(re.compile(finder_src), values, macro)


def expand(pattern: str, *, spaced: bool, numbers: Numbers) -> str:
    """Turn one data-file pattern into a Python regular expression (without anchors)."""
    src = fold_pattern(pattern.strip())

    def gap(m: re.Match[str]) -> str:
        k = int(m.group(1))
        if spaced:
            return rf"(?:[\s,]+[^\s.!?;:,]+){{0,{k}}}[\s,]+"
        return rf"[^.!?;。！？；\n]{{0,{3 * k}}}"

    src = _GAP.sub(gap, src)
    src = src.replace("{n}", numbers.macro)  # folding lowercased the {N} macro
    out: list[str] = []
    i = 0
    in_class = False
    behind = 0  # paren depth inside a lookbehind (which must stay fixed-width)
    depth = 0
    while i < len(src):
        ch = src[i]
        if ch == "\\" and i + 1 < len(src):
            out.append(src[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == "(":
            depth += 1
            if not behind and src.startswith(("(?<!", "(?<="), i):
                behind = depth
            out.append(ch)
        elif ch == ")":
            if behind == depth:
                behind = 0
            depth -= 1
            out.append(ch)
        elif ch == " " and not behind:
            while i + 1 < len(src) and src[i + 1] == " ":
                i += 1
            if src[i + 1 : i + 2] in ("?", "*"):
                i += 1  # " ?" and " *": optional whitespace
                out.append(r"\s*")
            else:
                out.append(r"\s+" if spaced else r"\s*")
        elif ch == "'" and spaced and not behind and src[i + 1 : i + 2] not in ("?", "*", "+", "{"):
            # An apostrophe is optional: "don't" also matches "dont", "l'usine" "lusine".
            out.append("'?")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _compile(
    patterns: list[str] | None, *, spaced: bool, numbers: Numbers, where: str
) -> re.Pattern[str] | None:
    if not patterns:
        return None
    parts = []
    for p in patterns:
        src = expand(p, spaced=spaced, numbers=numbers)
        try:
            re.compile(src)
        except re.error as exc:  # pragma: no cover - data error, reported at load time
            raise ValueError(f"{where}: bad pattern {p!r}: {exc}") from exc
        parts.append(src)
    body = "|".join(f"(?:{p})" for p in parts)
    if spaced:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    return re.compile(body)


def _list(table: dict[str, Any], key: str) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def parse(code: str, data: dict[str, Any]) -> Lexicon:
    """Compile a parsed data file into a `Lexicon`."""
    meta = data.get("meta", {})
    spaced = bool(meta.get("spaced", True))
    numbers = _number_words(data.get("numbers", {}))

    def comp(table: dict[str, Any], key: str, where: str) -> re.Pattern[str] | None:
        return _compile(_list(table, key), spaced=spaced, numbers=numbers, where=where)

    neg = data.get("negation", {})
    age = data.get("age", {})
    minor = data.get("minor", {})
    indicators: dict[str, re.Pattern[str]] = {}
    unnegated: dict[str, re.Pattern[str]] = {}
    young_night = None
    for ind_code, table in data.get("indicators", {}).items():
        if ind_code not in INDICATOR_CODES:
            raise ValueError(f"{code}: unknown indicator code {ind_code!r}")
        rx = comp(table, "patterns", f"{code}.{ind_code}")
        if rx is not None:
            indicators[ind_code] = rx
        rx = comp(table, "unnegated", f"{code}.{ind_code}.unnegated")
        if rx is not None:
            unnegated[ind_code] = rx
        if ind_code == "night_or_school_hours":
            young_night = comp(table, "young_patterns", f"{code}.{ind_code}.young")
    return Lexicon(
        code=code,
        name=str(meta.get("name", code)),
        script=str(meta.get("script", "Latin")),
        spaced=spaced,
        numbers=numbers,
        detect_words=comp(meta, "detect_words", f"{code}.meta"),
        negation_cues=comp(neg, "cues", f"{code}.negation"),
        negation_window=int(neg.get("window", 3)),
        negation_ignore=comp(neg, "ignore", f"{code}.negation"),
        clause_breaks=comp(neg, "clause_breaks", f"{code}.negation"),
        past_cues=comp(data.get("past", {}), "cues", f"{code}.past"),
        age_self=comp(age, "self", f"{code}.age"),
        age_other=comp(age, "other", f"{code}.age"),
        age_apparent=comp(age, "apparent", f"{code}.age"),
        age_traps=comp(age, "traps", f"{code}.age"),
        minor_self=comp(minor, "self", f"{code}.minor"),
        minor_other=comp(minor, "other", f"{code}.minor"),
        child_words=comp(minor, "child_words", f"{code}.minor"),
        work_self=comp(minor, "work_self", f"{code}.minor"),
        work_other=comp(minor, "work_other", f"{code}.minor"),
        hypothetical=comp(minor, "hypothetical", f"{code}.minor"),
        crisis=comp(data.get("crisis", {}), "patterns", f"{code}.crisis"),
        young_night=young_night,
        indicators=indicators,
        unnegated=unnegated,
    )


@cache
def load(code: str) -> Lexicon:
    """Load and compile `triage/data/<code>.toml` (cached: each file is read once)."""
    raw = resources.files("triage").joinpath("data", f"{code}.toml").read_text("utf-8")
    return parse(code, tomllib.loads(raw))


@cache
def all_lexicons() -> tuple[Lexicon, ...]:
    """Every available lexicon, compiled."""
    return tuple(load(c) for c in available_languages())
