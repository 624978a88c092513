"""A compiled prefilter: which patterns of a lexicon may match a text, in native code.

`Prefilter` answers "which of these patterns may match this text?" in two parts. Most
patterns have literal factors (`triage._literals`): strings of which every match holds
one ("passport", "i am 15"). One Aho-Corasick automaton over all of them (`ahocorasick_rs`)
finds which occur, in one pass, with memory fixed when it is built. The few patterns
without a selective factor ("{N}\\s*yo", made of digits and short words) go to an RE2 set
instead (`PatternSet`), whose lazily built DFA stays small because they are few: with
every pattern in it, the DFA states of a lexicon grew with the variety of the texts it
scanned, to 300 MiB for 13 languages on mixed traffic.

`PatternSet` holds, for a pattern, a *superset* of it written for RE2
(`superset_source`): lookarounds and anchors dropped, a pattern with word gaps ("took
{w3} passport") stood for by its most selective piece between the gaps, Python's
Unicode word class widened, so it matches wherever the Python pattern could match, and
possibly elsewhere. One `re2.Set` over all of them answers "which of these occur in this
text?" with one unanchored scan of a lazily built DFA. The engine then runs only those
Python patterns, so its results are exactly the Python patterns' results: this module
only decides what need not be run.

The supersets hold only on *folded* text (`triage.normalize.fold`): folding turns every
decimal digit into an ASCII one and every non-ASCII space into " ", so `\\d` and `\\s` are written
as their ASCII classes, exactly. Widened digit and space classes (any non-ASCII character)
and gaps kept threads of the DFA alive across whole texts in other scripts: its states,
and its memory, multiplied on every message.

When RE2 cannot answer (a pattern it cannot take, a text it cannot encode, a DFA out of
memory), the answer is "everything may match", never "nothing": a sentinel entry that
matches every text tells a failed scan from an empty one.
"""

from __future__ import annotations

import importlib
from typing import Any

import ahocorasick_rs
import re2

from triage._literals import canonical, required_literals

# The regex parser of the standard library: used at load time only.
_sre: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

# Per lexicon, the lazy DFA cache included: 13 languages cannot hold more than 52 MiB
# whatever the traffic. The patterns left to RE2 (a few hundred in all) take 14 MiB over
# every labelled message scanned by every lexicon, without a failed scan; a DFA out of
# memory makes a scan report every RE2 entry (slower, never wrong).
_MAX_RE2_MEMORY_BYTES = 4 << 20


class UnsupportedPatternError(Exception):
    """The pattern uses something with no RE2 superset (back-references, conditionals)."""


def _char(code: int) -> str:
    return f"\\x{{{code:x}}}"


# Python's Unicode classes as RE2 classes at least as wide on folded text (inside [...]):
# digits and spaces are ASCII there (see the module docstring); a word character may be
# any non-ASCII one. Unicode property classes would be exact, but they compile to large
# UTF-8 automata (about 15 MB of program per lexicon).
_NON_ASCII = r"\x{80}-\x{10ffff}"
_WIDE = {
    _c.CATEGORY_DIGIT: r"0-9",
    _c.CATEGORY_WORD: rf"0-9A-Za-z_{_NON_ASCII}",
    _c.CATEGORY_SPACE: r"\t\n\v\f\r \x{1c}-\x{1f}",
}
# ... and as RE2 classes at most as wide (inside [^...], where narrower means wider).
_NARROW = {
    _c.CATEGORY_DIGIT: r"0-9",
    _c.CATEGORY_WORD: r"0-9A-Za-z_",
    _c.CATEGORY_SPACE: r"\t\n\v\f\r ",
}
_ANY = r"(?s:.)"


def _class(items: list[tuple[Any, Any]]) -> str:
    negated = bool(items) and items[0][0] is _c.NEGATE
    body = items[1:] if negated else items
    table = _NARROW if negated else _WIDE
    parts: list[str] = []
    for op, av in body:
        if op is _c.LITERAL:
            parts.append(_char(av))
        elif op is _c.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and av in table:
            parts.append(table[av])
        else:  # a negated category, case-folded ranges...: any character is a superset
            return _ANY
    if not parts:
        return _ANY if negated else "[^\\x{0}-\\x{10ffff}]"
    return f"[{'^' if negated else ''}{''.join(parts)}]"


def _emit(items: Any) -> str:
    out: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(_char(av))
        elif op is _c.NOT_LITERAL:
            out.append(f"[^{_char(av)}]")
        elif op is _c.ANY:
            out.append(_ANY)
        elif op is _c.IN:
            out.append(_class(av))
        elif op is _c.BRANCH:
            out.append("(?:" + "|".join(_emit(alt) for alt in av[1]) + ")")
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise UnsupportedPatternError("inline flags")
            out.append(f"(?:{_emit(sub)})")
        elif op is _c.ATOMIC_GROUP:
            out.append(f"(?:{_emit(av)})")
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            upper = "" if hi is _c.MAXREPEAT else str(hi)
            out.append(f"(?:{_emit(sub)}){{{lo},{upper}}}")
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: dropping it only lets more texts through
        else:  # group references, conditionals, failure
            raise UnsupportedPatternError(str(op))
    return "".join(out)


_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_LOOKAROUNDS = (_c.ASSERT, _c.ASSERT_NOT)


def subpatterns(op: Any, av: Any) -> list[Any]:
    """The parsed regexes nested in one node of a parsed regex (`re._parser`)."""
    if op is _c.SUBPATTERN:
        return [av[3]]
    if op is _c.BRANCH:
        return list(av[1])
    if op in _REPEATS:
        return [av[2]]
    if op in _LOOKAROUNDS:
        return [av[1]]
    if op is _c.ATOMIC_GROUP:
        return [av]
    return []


def _runs_wide(items: Any) -> bool:
    """True when `items` can take a character of a wide class (any character, a negated
    class, a word class): what the body of a gap is made of. Lookarounds take none."""
    for op, av in items:
        if op is _c.ANY or op is _c.NOT_LITERAL:
            return True
        if op is _c.IN:
            if (av and av[0][0] is _c.NEGATE) or any(
                o is _c.CATEGORY and a not in (_c.CATEGORY_SPACE, _c.CATEGORY_DIGIT) for o, a in av
            ):
                return True
        elif op not in _LOOKAROUNDS and any(_runs_wide(sub) for sub in subpatterns(op, av)):
            return True
    return False


def _is_gap(op: Any, av: Any) -> bool:
    """A repeat that may run over several characters of a wide class: the `{wK}` word
    gaps, `.{0,40}`, a `\\w*` ending."""
    return op in _REPEATS and (av[1] is _c.MAXREPEAT or av[1] > 1) and _runs_wide(av[2])


def _floor(items: Any) -> int:
    """The fewest characters a match of `items` takes from literals or narrow classes:
    how selective a piece of a pattern is."""
    total = 0
    for op, av in items:
        if op is _c.LITERAL:
            total += 1
        elif op is _c.IN:
            total += not (av and av[0][0] is _c.NEGATE) and all(o is not _c.CATEGORY for o, _ in av)
        elif op is _c.BRANCH:
            total += min(_floor(alt) for alt in av[1])
        elif op is _c.SUBPATTERN:
            total += _floor(av[3])
        elif op is _c.ATOMIC_GROUP:
            total += _floor(av)
        elif op in _REPEATS:
            total += av[0] * _floor(av[2])
    return total


def _sequence(items: Any) -> list[tuple[Any, Any]]:
    """`items` with plain capturing groups opened up (a match passes through all)."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _c.SUBPATTERN and not av[1] and not av[2]:
            out += _sequence(av[3])
        else:
            out.append((op, av))
    return out


# A piece must take at least this many literal characters to stand for its pattern.
_MIN_PIECE_FLOOR = 2


def _best_piece(items: Any) -> list[tuple[Any, Any]] | None:
    """The most selective piece between the gaps of a pattern (every match of the
    pattern holds a match of each piece), or None when it has no gap."""
    pieces: list[list[tuple[Any, Any]]] = [[]]
    for op, av in _sequence(items):
        if _is_gap(op, av):
            pieces.append([])
        else:
            pieces[-1].append((op, av))
    if len(pieces) == 1:
        return None
    best = max(pieces, key=_floor)
    return best if _floor(best) >= _MIN_PIECE_FLOOR else None


def superset_source(pattern: str) -> str:
    """An RE2 pattern matching at least wherever the Python `pattern` matches (on folded,
    case-sensitive text). Raises `UnsupportedPatternError` when there is none."""
    return _superset(_sre.parse(pattern))


def _superset(parsed: Any) -> str:
    if parsed.state.flags & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_VERBOSE):
        raise UnsupportedPatternError("flags")
    piece = _best_piece(parsed)
    return _emit(parsed if piece is None else piece)


class PatternSet:
    """Entries (RE2 sources) of which `present` tells the ones occurring in a text.

    `add` returns the entry's number, or None when RE2 refuses it: the caller then treats
    that entry as always present. `present` returns None when the scan could not be done;
    the caller then treats every entry as present.
    """

    __slots__ = ("_compiled", "_sentinel", "_set")

    def __init__(self) -> None:
        options = re2.Options()
        options.max_mem = _MAX_RE2_MEMORY_BYTES
        self._set: Any = re2.Set.SearchSet(options)
        self._sentinel: int = self._set.Add("")  # matches every text
        self._compiled = False

    def add(self, source: str) -> int | None:
        try:
            number: int = self._set.Add(source)
        except re2.error:
            return None
        return number

    def compile(self) -> bool:
        try:
            self._set.Compile()
        except re2.error:
            return False
        self._compiled = True
        return True

    def present(self, text: str) -> list[int] | None:
        """The numbers of the entries occurring in `text` (the sentinel included), or None
        when RE2 could not scan it."""
        if not self._compiled:
            return None
        try:
            found: list[int] | None = self._set.Match(text)
        except UnicodeError:  # lone surrogates cannot be UTF-8
            return None
        if not found or self._sentinel not in found:
            return None  # the DFA ran out of memory
        return found


class Prefilter:
    """Patterns (Python sources) of which `present` tells the ones that may match a text.

    `add` returns the pattern's entry number. A pattern with literal factors is looked for
    by them (its first clause finds it, the others must then be found too), the others by
    an RE2 superset, and a pattern with neither is always present. `present` never hides
    a match: when a part cannot scan a text (a lone surrogate, an RE2 DFA out of memory),
    every entry of that part is present.
    """

    __slots__ = (
        "_always",
        "_atoms",
        "_automaton",
        "_checked",
        "_clauses",
        "_count",
        "_literal_entries",
        "_plain",
        "_re2",
        "_re2_entry",
    )

    def __init__(self) -> None:
        self._count = 0
        self._atoms: dict[str, int] = {}  # literal -> its number in the automaton
        # literal number -> the entries it finds: alone, or with other clauses to check
        self._plain: list[Any] = []
        self._checked: list[Any] = []
        self._literal_entries: list[int] = []
        # the clauses checked after a first one, stored once (many patterns share "{N}")
        self._clauses: dict[frozenset[int], frozenset[int]] = {}
        self._automaton: Any = None
        self._re2 = PatternSet()
        self._re2_entry: dict[int, int] = {}  # RE2 set number -> entry
        self._always: frozenset[int] = frozenset()

    def _numbers(self, clause: frozenset[str]) -> list[int]:
        numbers = []
        for atom in clause:
            number = self._atoms.get(atom)
            if number is None:
                number = self._atoms[atom] = len(self._plain)
                self._plain.append([])
                self._checked.append([])
            numbers.append(number)
        return numbers

    def _shared(self, clause: frozenset[int]) -> frozenset[int]:
        return self._clauses.setdefault(clause, clause)

    def add(self, pattern: str) -> int:
        entry = self._count
        self._count += 1
        parsed = _sre.parse(pattern)
        clauses = required_literals(parsed)
        if clauses:
            others = tuple(self._shared(frozenset(self._numbers(c))) for c in clauses[1:])
            for number in self._numbers(clauses[0]):
                if others:
                    self._checked[number].append((entry, others))
                else:
                    self._plain[number].append(entry)
            self._literal_entries.append(entry)
            return entry
        try:
            in_re2 = self._re2.add(_superset(parsed))
        except UnsupportedPatternError:
            in_re2 = None
        if in_re2 is None:
            self._always |= {entry}
        else:
            self._re2_entry[in_re2] = entry
        return entry

    def compile(self) -> None:
        if self._atoms:
            self._automaton = ahocorasick_rs.AhoCorasick(list(self._atoms))
            self._plain = [tuple(p) for p in self._plain]
            self._checked = [tuple(c) for c in self._checked]
        if not self._re2.compile():
            self._always |= frozenset(self._re2_entry.values())
            self._re2_entry = {}

    def present(self, text: str, canonical_text: str | None = None) -> set[int]:
        """The entries that may match somewhere in `text` (`canonical_text`, when given,
        is `canonical(text)`)."""
        out = set(self._always)
        if self._automaton is not None:
            if canonical_text is None:
                canonical_text = canonical(text)
            try:
                matches = self._automaton.find_matches_as_indexes(canonical_text, overlapping=True)
            except (UnicodeError, ValueError):  # lone surrogates
                out.update(self._literal_entries)
            else:
                found = {m[0] for m in matches}
                plain = self._plain
                checked = self._checked
                for number in found:
                    out.update(plain[number])
                    for entry, others in checked[number]:
                        for clause in others:
                            if clause.isdisjoint(found):
                                break
                        else:
                            out.add(entry)
        if self._re2_entry:
            numbers = self._re2.present(text)
            if numbers is None:
                out.update(self._re2_entry.values())
            else:
                re2_entry = self._re2_entry
                for n in numbers:
                    entry = re2_entry.get(n)
                    if entry is not None:
                        out.add(entry)
        return out
