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

For speed, every list also keeps its patterns as separate regexes (`Alternatives`), each
with the literal strings any match must contain (`required_factors`) and start with
(`match_starts`), found at load time by walking the parsed regex. The engine runs only
the patterns whose strings occur in the text, only where they can start, with exactly the
results of the list's single alternation (see `triage.engine`). The data format is
unchanged.
"""

from __future__ import annotations

import importlib
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
class Alternatives:
    """One compiled list, pattern by pattern: what the prefilter of `triage.engine` needs.

    `regexes[i]` is pattern i alone, anchored like the whole list; `needs[i]` are sets of
    strings such that every match of pattern i contains a string of each set (empty: none
    known, the pattern always runs); `starts[i]` are strings one of which every match of
    pattern i starts with (None: unknown), so it need only be tried where they occur.
    Finding with the patterns whose `needs` occur in the text, taking at each position the
    first pattern that matches, gives exactly the list's matches.
    """

    regexes: tuple[re.Pattern[str], ...]
    needs: tuple[tuple[frozenset[str], ...], ...]
    starts: tuple[frozenset[str] | None, ...]


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
    # Every compiled list above -> its patterns one by one (prefilter; see `Alternatives`).
    alternatives: dict[re.Pattern[str], Alternatives] = field(default_factory=dict)


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


# The regex parser of the standard library (`re._parser`, formerly `sre_parse`): used at
# load time only, to find the literal strings a pattern needs.
_sre: Any = importlib.import_module("re._parser")
_MAX_STRINGS = 64  # largest set of alternative strings tracked for one piece of a pattern
_MAX_CLASS = 12  # largest character class expanded into its characters
_DIGITS = frozenset("0123456789")


def _class_chars(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters of a small, positive character class, else None.

    ``\\d`` counts as ``[0-9]``: folding turns every decimal digit into an ASCII digit, and
    patterns only ever run on folded text.
    """
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
            chars.update(_DIGITS)
        else:  # negation, other categories (\\w, \\s), big ranges
            return None
        if len(chars) > _MAX_CLASS:
            return None
    return frozenset(chars)


def _product(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if len(a) * len(b) > _MAX_STRINGS:
        return None
    return frozenset(x + y for x in a for y in b)


Factor = frozenset[str]  # a match contains at least one of these strings
_EMPTY = frozenset(("",))


def factor_score(f: Factor) -> tuple[int, int, int]:
    """How selective a factor is likely to be (higher is better)."""
    shortest = min(len(x) for x in f)
    return (min(shortest, 3), -len(f), shortest)


def _best(factors: list[Factor]) -> Factor | None:
    return max(factors, key=factor_score, default=None)


def _add(factors: list[Factor], run: Factor) -> None:
    """Add the exact strings of a run as a factor (useless if it can be empty)."""
    if run and "" not in run and run not in factors:
        factors.append(run)


def _node(op: Any, av: Any) -> tuple[Factor | None, list[Factor]]:
    """(exact, factors) for one parsed regex item; see `_sequence`."""
    if op is _sre.LITERAL:
        return frozenset((chr(av),)), []
    if op is _sre.IN:
        return _class_chars(av), []
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return _EMPTY, []  # zero-width: matches no characters
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None, []
        return _sequence(sub)
    if op is _sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is _sre.BRANCH:
        exact: Factor | None = frozenset()
        union: Factor | None = frozenset()
        for alt in av[1]:
            alt_exact, alt_factors = _sequence(alt)
            if exact is not None and alt_exact is not None:
                exact = exact | alt_exact
                if len(exact) > _MAX_STRINGS:
                    exact = None
            else:
                exact = None
            best = _best(alt_factors)
            union = None if union is None or best is None else union | best
        return exact, [union] if union else []
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        sub_exact, sub_factors = _sequence(sub)
        if lo == 0:
            if hi == 1 and sub_exact is not None:
                return sub_exact | _EMPTY, []
            return None, []
        if lo == hi == 1:
            return sub_exact, sub_factors
        return None, sub_factors
    return None, []  # any character, group references, conditionals, ...


def _sequence(items: Any) -> tuple[Factor | None, list[Factor]]:
    """(exact, factors) for a sequence of parsed regex items.

    exact: every string the sequence can match, when few (else None). factors: sets of
    strings such that every match contains at least one string of *each* set. Runs of
    items with exact sets are multiplied out ("don'?t" -> {"don't", "dont"}).
    """
    exact: Factor | None = _EMPTY
    run = _EMPTY
    factors: list[Factor] = []
    for op, av in items:
        item_exact, item_factors = _node(op, av)
        for f in item_factors:
            if f not in factors:
                factors.append(f)
        if item_exact is None:
            _add(factors, run)
            run = _EMPTY
            exact = None
            continue
        joined = _product(run, item_exact)
        if joined is None:
            _add(factors, run)
            run = item_exact
        else:
            run = joined
        exact = None if exact is None else _product(exact, item_exact)
    _add(factors, run)
    return exact, factors


def _clean(acc: Factor) -> Factor | None:
    return None if not acc or "" in acc else acc


_MAX_STARTS = 1024  # largest set of strings a match may start with that is kept


def _item_start(op: Any, av: Any) -> Factor | None:
    """Strings one of which starts every match of a non-exact item (None if unknown)."""
    if op is _sre.SUBPATTERN:
        if av[1] or av[2]:
            return None
        return _start(av[3])
    if op is _sre.ATOMIC_GROUP:
        return _start(av)
    if op is _sre.BRANCH:
        union: set[str] = set()
        for alt in av[1]:
            sub = _start(alt)
            if sub is None:
                return None
            union |= sub
        return frozenset(union) if len(union) <= _MAX_STARTS else None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _start(av[2])
    return None


def _start(items: Any) -> Factor | None:
    """Strings one of which every match of the sequence starts with (None if unknown)."""
    acc = _EMPTY
    items = list(items)
    for k, (op, av) in enumerate(items):
        item_exact = _node(op, av)[0]
        if item_exact is None:
            sub = _item_start(op, av)
            if sub is None and op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] == 0:
                # optional: the match starts in it or in what follows it
                body, rest = _start(av[2]), _start(items[k + 1 :])
                if body is not None and rest is not None and len(body | rest) <= _MAX_STARTS:
                    sub = body | rest
            if sub is None:
                return _clean(acc)
            joined = _product(acc, sub)
            return _clean(joined if joined is not None else acc)
        joined = _product(acc, item_exact)
        if joined is None:
            return _clean(acc)
        acc = joined
    return _clean(acc)


def match_starts(source: str) -> Factor | None:
    """Strings one of which every match of the regex `source` starts with (None if unknown)."""
    parsed = _sre.parse(source)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _start(parsed)


def required_factors(source: str, limit: int = 4) -> tuple[Factor, ...]:
    """Sets of strings such that every match of the regex `source` (run on folded text)
    contains one string of each set; the most selective first, at most `limit` sets."""
    parsed = _sre.parse(source)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    factors = sorted(_sequence(parsed)[1], key=factor_score, reverse=True)
    return tuple(factors[:limit])


def _compile(
    patterns: list[str] | None, *, spaced: bool, numbers: Numbers, where: str
) -> tuple[re.Pattern[str], Alternatives] | None:
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

    def anchored(body: str) -> str:
        return rf"(?<!\w)(?:{body})(?!\w)" if spaced else body

    rx = re.compile(anchored("|".join(f"(?:{p})" for p in parts)))
    if len(parts) > 1 and any(_refers_to_groups(_sre.parse(p)) for p in parts):
        # Group numbers differ alone and in the alternation: always run the whole list.
        return rx, Alternatives(regexes=(rx,), needs=((),), starts=(None,))
    alternatives = Alternatives(
        regexes=tuple(re.compile(anchored(f"(?:{p})")) for p in parts),
        needs=tuple(required_factors(p) for p in parts),
        starts=tuple(match_starts(p) for p in parts),
    )
    return rx, alternatives


def _refers_to_groups(items: Any) -> bool:
    """True when a parsed regex holds a back-reference or a conditional on a group."""
    for op, av in items:
        if op in (_sre.GROUPREF, _sre.GROUPREF_EXISTS):
            return True
        subs: list[Any] = []
        if op is _sre.SUBPATTERN:
            subs = [av[3]]
        elif op is _sre.BRANCH:
            subs = list(av[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            subs = [av[2]]
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            subs = [av[1]]
        elif op is _sre.ATOMIC_GROUP:
            subs = [av]
        if any(_refers_to_groups(sub) for sub in subs):
            return True
    return False


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

    alternatives: dict[re.Pattern[str], Alternatives] = {}

    def comp(table: dict[str, Any], key: str, where: str) -> re.Pattern[str] | None:
        compiled = _compile(_list(table, key), spaced=spaced, numbers=numbers, where=where)
        if compiled is None:
            return None
        alternatives[compiled[0]] = compiled[1]
        return compiled[0]

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
        alternatives=alternatives,
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
