"""Literal factors of a regex: strings of which every match of it contains at least one.

`required_literals(parsed)` walks a pattern parsed by the standard library (`re._parser`)
and returns its *clauses*: sets of strings such that any text the pattern matches in
contains one string of each, or none when the pattern has no clause selective enough to
be worth it. The prefilter (`triage._prefilter`) feeds the clauses of every pattern of a
lexicon to one Aho-Corasick automaton: one pass over a text tells which patterns can
match there, with memory fixed when the automaton is built (RE2's FilteredRE2 and
Hyperscan's literal matcher work the same way).

The strings are *canonical*: every run of whitespace is one space, in the clauses and in
the text they are looked for in (`canonical`), so `\\s+` between two words is the
literal " " and "i am\\s+15" gives "i am 15". Concatenations of small exact sets are
spelled out ("(?:i'?m|i am) 1[0-7]" gives "im 10", "i'm 10", "i am 10"...) up to
`_MAX_EXACT` strings; beyond that a sequence keeps its most selective part.

`exact_strings(parsed)` gives every string a small pattern can match: the loader uses it
to turn detect words into plain word sequences (`triage.lexicon`).

Sound by construction: lookarounds and anchors are taken as matching nothing in
particular; a piece the walk cannot spell (a word class, `.`, a negated class, a long
range, an unbounded repeat of a non-space) ends the exact run there and is required of
nothing.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_c: Any = importlib.import_module("re._constants")

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)

# Largest exact set a concatenation or an alternation is spelled out to.
_MAX_EXACT = 64
# Largest character class spelled out as its characters.
_MAX_CLASS = 16
# Bounded repeats of an exact set spelled out up to this many copies ("\d{1,2}").
_MAX_COPIES = 4
# A pattern is looked for by its literals only when the lightest string of its best
# clause weighs at least this much (an ASCII character 1, any other 2): "de ", "15" or a
# single Chinese character occur in too many texts (the RE2 superset is then better).
MIN_WEIGHT = 4
# Weights above this are all "selective enough": between such clauses the one with
# fewer strings wins.
_WEIGHT_CAP = 5
# Clauses kept after the first, to be checked once it is found ("{N} ans": "ans " is
# common, "15"... less so; both together are rare).
_MAX_CHECKS = 2
# ... and those are kept only from this weight (single digits would be found, and
# checked, in almost every text).
MIN_CHECK_WEIGHT = 3

_WHITESPACE_RUN = re.compile(r"\s+")

Exact = frozenset[str]
Clause = frozenset[str]


def canonical(text: str) -> str:
    """`text` with every run of whitespace one space: what the literals are looked for in.
    A space is added at each end (a literal " an" may begin a text that begins "  an";
    one that did not is only a candidate more)."""
    return f" {' '.join(text.split())} "


def _weight(s: str) -> int:
    return sum(1 if ord(ch) < 0x80 else 2 for ch in s)


def _lightest(clause: Clause) -> int:
    return min((_weight(s) for s in clause), default=0)


def _rank(clause: Clause) -> tuple[int, int]:
    return (min(_lightest(clause), _WEIGHT_CAP), -len(clause))


def _best(clauses: list[Clause]) -> Clause | None:
    usable = [c for c in clauses if _lightest(c) > 0]
    return max(usable, key=_rank) if usable else None


def _concat(a: Exact, b: Exact) -> Exact:
    return frozenset(_WHITESPACE_RUN.sub(" ", x + y) for x in a for y in b)


def _clauses_of(exact: Exact) -> list[Clause]:
    return [] if "" in exact else [exact]


def _sequence(items: Any) -> tuple[Exact | None, list[Clause]]:
    """(the exact set of the whole sequence, or None; the clauses it requires)."""
    run: Exact = frozenset({""})
    clauses: list[Clause] = []
    whole = True
    for op, av in items:
        exact, inner = _node(op, av)
        if exact is not None and len(run) * len(exact) <= _MAX_EXACT:
            run = _concat(run, exact)
            continue
        whole = False
        clauses += _clauses_of(run)
        clauses += inner
        run = exact if exact is not None else frozenset({""})
    if whole:
        return run, _clauses_of(run)
    return None, clauses + _clauses_of(run)


def _characters(av: Any) -> Exact | None:
    """The characters of a class (`[...]`), spaces as " ", or None when too many."""
    chars: set[str] = set()
    for op, a in av:
        if op is _c.LITERAL:
            chars.add(chr(a))
        elif op is _c.RANGE and a[1] - a[0] < _MAX_CLASS:
            chars.update(chr(x) for x in range(a[0], a[1] + 1))
        elif op is _c.CATEGORY and a is _c.CATEGORY_DIGIT:
            chars.update("0123456789")  # folded text has ASCII digits only
        elif op is _c.CATEGORY and a is _c.CATEGORY_SPACE:
            chars.add(" ")
        else:  # a negation, a word class, a wide range
            return None
    out = frozenset(" " if ch.isspace() else ch for ch in chars)
    return out if len(out) <= _MAX_CLASS else None


def _branch(alternatives: list[Any]) -> tuple[Exact | None, list[Clause]]:
    parts = [_sequence(alt) for alt in alternatives]
    exacts = [exact for exact, _ in parts if exact is not None]
    if len(exacts) == len(parts):
        union = frozenset().union(*exacts)
        if len(union) <= _MAX_EXACT:
            return union, _clauses_of(union)
    either: set[str] = set()
    for _exact, clauses in parts:
        best = _best(clauses)
        if best is None:  # one alternative requires nothing: neither does the branch
            return None, []
        either |= best
    return None, [frozenset(either)]


def _repeat(lo: int, hi: int, sub: Any) -> tuple[Exact | None, list[Clause]]:
    exact, clauses = _sequence(sub)
    if exact == frozenset({" "}):  # a run of spaces is one space in canonical text
        return (frozenset({" "}) if lo else frozenset({"", " "})), []
    if exact is not None and hi is not _c.MAXREPEAT and hi <= _MAX_COPIES:
        spelled: set[str] = set()
        copies: Exact = frozenset({""})
        for k in range(hi + 1):
            if k >= lo:
                spelled |= copies
            if len(spelled) > _MAX_EXACT:
                break
            copies = _concat(copies, exact)
        else:
            if len(spelled) <= _MAX_EXACT:
                out = frozenset(spelled)
                return out, _clauses_of(out)
    if lo == 0:
        return None, []
    return None, clauses


def _node(op: Any, av: Any) -> tuple[Exact | None, list[Clause]]:
    if op is _c.LITERAL:
        ch = " " if chr(av).isspace() else chr(av)
        return frozenset({ch}), [frozenset({ch})]
    if op is _c.IN:
        chars = _characters(av)
        return (chars, _clauses_of(chars)) if chars is not None else (None, [])
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # (?i:...) and the like: not spelled out
            return None, []
        return _sequence(sub)
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    if op is _c.BRANCH:
        return _branch(av[1])
    if op in _REPEATS:
        return _repeat(*av)
    if op in _ZERO_WIDTH:
        return frozenset({""}), []
    return None, []  # any character, a negated literal, a back-reference...


def exact_strings(parsed: Any) -> Exact | None:
    """Every string a parsed pattern can match, spaces canonical, when there are at most
    `_MAX_EXACT` of them (e.g. "don'?t" -> {"don't", "dont"}); else None."""
    return _sequence(parsed)[0]


def _minimal(clause: Clause) -> Clause:
    """The clause without strings that contain another of its strings (found anyway)."""
    kept: list[str] = []
    for s in sorted(clause, key=len):
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def required_literals(parsed: Any) -> list[Clause]:
    """The clauses of a parsed pattern (`re._parser.parse`), most selective first: every
    match holds a string of each. Empty when the most selective weighs less than
    `MIN_WEIGHT` (the pattern is then not worth looking for by its literals); the others
    may be light ("15"), as they are only checked once the first is found. Patterns with
    global flags have none."""
    if parsed.state.flags & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_VERBOSE):
        return []
    _exact, clauses = _sequence(parsed)
    usable = sorted(
        {c for c in (_minimal(c) for c in clauses) if _lightest(c) >= MIN_CHECK_WEIGHT},
        key=_rank,
        reverse=True,
    )
    if not usable or _lightest(usable[0]) < MIN_WEIGHT:
        return []
    return usable[: 1 + _MAX_CHECKS]
