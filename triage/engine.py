"""The triage engine: pattern matching, negation, ages and the minor decision.

`assess(text, language)`:

1. folds the text (`triage.normalize`), keeping a map back to original offsets;
2. picks the lexicons to run: the hinted or detected language, English (code-switching
   into English is common) and every lexicon written in a script present in the text;
3. finds indicator phrases, dropping those negated just before ("they did not take my
   passport") or placed in a past job ("at my last job");
4. finds stated ages ("tengo quince años", "16yo", "my son is 17", "born in 2010" via
   `REFERENCE_YEAR`), dropping traps
   ("15 years of experience", "when I was 17"), and decides `minor`: someone under 18
   *and working* (see `docs/triage.md`);
5. ranks the result P1-P4 (`triage.priority`).

Everything heavy (reading and compiling data files, building the lingua detector) happens
once, on first use; a call does no I/O.

Speed (same results as running every list's alternation over the whole text): each
pattern of each list is also compiled alone (`triage.lexicon.Alternatives`). A `_Scanner`
per lexicon (built on first use) holds a prefilter of every pattern
(`triage._prefilter`): one native scan of a text tells which patterns may match. Only those
run, each searched without its leading word-edge check so that the regex engine can jump
to its first literal (`_next_match` checks the edge), the first pattern of the list
winning at a position as in the alternation (`_merged`). Texts with no hit in a list
cost nothing for it.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, lru_cache

from triage import detect
from triage._literals import canonical
from triage._prefilter import Prefilter
from triage.lexicon import (
    CLAUSE_PUNCT,
    SENTENCE_END,
    WORD,
    Alternatives,
    Lexicon,
    available_languages,
    is_word_char,
    load,
    meta,
)
from triage.model import FORCED_LABOUR_CODES, INDICATOR_CODES, Assessment, Evidence
from triage.normalize import Folded, fold
from triage.priority import prioritise

RULES_VERSION = "2026.10-13-languages"
# The engine has no clock at call time: a birth year ("born in 2010", `{Y}` in an age
# pattern) is read as the youngest age possible in this year (2026 - 2010 - 1 = 15: the
# birthday may not have come yet), so born 2008 still counts as 17. Update it with each
# release; a stale year makes ages err young, i.e. towards review, never towards a miss.
REFERENCE_YEAR = 2026
MAX_SPANS_PER_FLAG = 5
_FL = frozenset(FORCED_LABOUR_CODES)
_CLAUSE_PUNCT = CLAUSE_PUNCT
_LOOKBACK = 80
# Everything up to and including the last sentence end (greedy).
_UP_TO_SENTENCE_END = re.compile(rf"(?s:.*){SENTENCE_END.pattern}")
_CHILD_WORK_DISTANCE = 120
# A clock time in any language as texted in the US ("11pm", "7:30", "6 a.m.", "22h"): an
# age trap holding one is an hour, not the writer's past age.
_CLOCK_TIME = re.compile(r"[0-9]\s*(?::[0-5][0-9]|[ap]\.?\s?m\b|h\b)")
_OTHER_WORK_DISTANCE = 120
# A shift's hours as a range of clock times ("9-12", "3:30-6:30", "8h-14h", "4-8pm") and a
# wage ("$30", "12$"): digits and signs, the same in every language once folded. Like
# `minor.job_context`, they show a job without saying whose.
_SHIFT_HOURS = re.compile(
    r"(?<![\w/.:,-])(?P<start>[01]?[0-9]|2[0-4])(?::[0-5][0-9])?\s?(?:[ap]\.?m\.?|h|g)?\s?-\s?"
    r"(?P<end>[01]?[0-9]|2[0-4])(?::[0-5][0-9])?(?:\s?(?:[ap]\.?m\b|h\b|g\b))?(?![\w/-]|[.:,][0-9])"
)
_WAGE = re.compile(r"\$\s?[0-9]|[0-9]\s?\$")
_CLOCK_MARK = re.compile(r"[^0-9\s-]")  # ":", "am", "pm", "h" inside a `_SHIFT_HOURS` match


# Lists found with `_Text.spans` (role names); indicator lists are "+code" / "!code".
_ROLES = (
    "age_self",
    "age_other",
    "age_apparent",
    "age_traps",
    "minor_self",
    "minor_other",
    "child_words",
    "student",
    "job_context",
    "care",
    "work_self",
    "work_other",
    "young_night",
    "crisis",
)
_PATTERNS_ROLE = {code: "+" + code for code in INDICATOR_CODES}
_UNNEGATED_ROLE = {code: "!" + code for code in INDICATOR_CODES}
_NOTHING: frozenset[str] = frozenset()


def _roles(lex: Lexicon) -> dict[str, Alternatives]:
    out: dict[str, Alternatives] = {}
    for role in _ROLES:
        alts = getattr(lex, role)
        if alts is not None:
            out[role] = alts
    for code, alts in lex.indicators.items():
        out[_PATTERNS_ROLE[code]] = alts
    for code, alts in lex.unnegated.items():
        out[_UNNEGATED_ROLE[code]] = alts
    return out


class _Scanner:
    """Prefilter over one lexicon: which patterns of which list may match a text.

    One `Prefilter` (`triage._prefilter`: literal factors in an Aho-Corasick automaton,
    and an RE2 set for the few patterns without any) holds every pattern of every list;
    one scan of a text gives the patterns that may match (the others cannot). Built on
    first use of the lexicon, so a process only pays for the languages it meets.
    """

    __slots__ = ("alternatives", "entries", "lists", "prefilter")

    def __init__(self, lex: Lexicon) -> None:
        # role -> list number; per list number: its regex and patterns.
        self.lists: dict[str, int] = {}
        self.alternatives: list[Alternatives] = []
        self.prefilter = Prefilter()
        # prefilter entry number -> (list number, pattern number)
        self.entries: list[tuple[int, int]] = []
        for role, alts in _roles(lex).items():
            number = self.lists[role] = len(self.alternatives)
            self.alternatives.append(alts)
            for i, source in enumerate(alts.sources):
                entry = self.prefilter.add(source)
                assert entry == len(self.entries)
                self.entries.append((number, i))
        self.prefilter.compile()

    def scan(self, t: str, canonical_t: str | None = None) -> dict[int, set[int]]:
        """List number -> numbers of the patterns that may match in `t` (`canonical_t`:
        see `Prefilter.present`)."""
        candidates: dict[int, set[int]] = {}
        entries = self.entries
        for k in self.prefilter.present(t, canonical_t):
            number, i = entries[k]
            chosen = candidates.get(number)
            if chosen is None:
                candidates[number] = {i}
            else:
                chosen.add(i)
        return candidates


@cache
def _languages() -> tuple[str, ...]:
    """The data files present on first use (the set is fixed for the process)."""
    return available_languages()


@cache
def _scanner(code: str) -> _Scanner:
    return _Scanner(load(code))


class _Text:
    """One folded text and, per lexicon, the patterns that may match in it (`_Scanner`)."""

    __slots__ = ("_shift_hours", "canonical", "found", "per_lexicon", "t")

    def __init__(self, t: str) -> None:
        self.t = t
        self.canonical = canonical(t)  # what every lexicon's literals are looked for in
        # lexicon code -> (scanner, candidate patterns per list)
        self.per_lexicon: dict[str, tuple[_Scanner, dict[int, set[int]]]] = {}
        # (lexicon code, role) -> start -> the match found there by one pattern alone
        self.found: dict[tuple[str, str], dict[int, re.Match[str]]] = {}
        self._shift_hours: list[re.Match[str]] | None = None

    def shift_hours(self) -> list[re.Match[str]]:
        """The `_SHIFT_HOURS` ranges of the text (found once: both the age reading and
        the job signs look at them)."""
        if self._shift_hours is None:
            self._shift_hours = list(_SHIFT_HOURS.finditer(self.t))
        return self._shift_hours

    def state(self, lex: Lexicon) -> tuple[_Scanner, dict[int, set[int]]]:
        """The scanner of `lex` and the candidate patterns."""
        st = self.per_lexicon.get(lex.code)
        if st is None:
            scanner = _scanner(lex.code)
            st = self.per_lexicon[lex.code] = (scanner, scanner.scan(self.t, self.canonical))
        return st

    def live(self, lex: Lexicon) -> AbstractSet[str]:
        """The roles of `lex` (see `_ROLES`) with a pattern that may match."""
        scanner, found = self.state(lex)
        return {role for role, number in scanner.lists.items() if number in found}

    def spans(self, lex: Lexicon, role: str, s: str | None = None) -> list[tuple[int, int]]:
        """`[m.span() for m in rx.finditer(s)]` for the list `role` of `lex` (see `_roles`)
        and `s` = the text (default) or the start of it."""
        if s is None:
            s = self.t
            done = self.found.get((lex.code, role))
            if done is not None:
                return [m.span() for m in done.values()]
        scanner, found = self.state(lex)
        number = scanner.lists.get(role)
        if number is None:
            return []
        chosen = found.get(number)
        if not chosen:
            return []
        alts = scanner.alternatives[number]
        order = sorted(chosen)
        merged = _merged(
            [alts.scans[i] for i in order],
            s,
            lex.spaced,
            [alts.regex(i) if alts.verify[i] else None for i in order],
        )
        if merged is None:
            return [m.span() for m in alts.full.finditer(s)]
        if s is self.t:
            self.found[lex.code, role] = {m.start(): m for m in merged}
        return [m.span() for m in merged]

    def match_at(self, lex: Lexicon, role: str, span: tuple[int, int]) -> re.Match[str] | None:
        """The match of the list `role` found at `span`, from the pattern that found it (its
        named groups, e.g. the `{N}` of an age pattern, are set)."""
        found = self.found.get((lex.code, role))
        if found is not None:
            m = found.get(span[0])
            return m if m is not None and m.end() == span[1] else None
        scanner = self.state(lex)[0]
        number = scanner.lists.get(role)
        if number is None:
            return None
        alts = scanner.alternatives[number]
        for i in range(len(alts)):  # the first pattern matching here, as in the alternation
            m = alts.regex(i).match(self.t, span[0])
            if m is not None:
                return m if m.end() == span[1] else None
        return None


_WORD_RUN = re.compile(f"{WORD}+")


def _next_match(
    scan: re.Pattern[str],
    s: str,
    pos: int,
    spaced: bool,
    verify: re.Pattern[str] | None = None,
) -> re.Match[str] | None:
    """The leftmost match at or after `pos` of the anchored pattern whose `scan` (see
    `Alternatives.scans`) is given: in a spaced lexicon a match must not start right
    after a word character, and no start inside a word can, so the search goes on after
    that word. With `verify` (the whole pattern, when the scan lacks its leading
    lookbehinds), each place the scan finds is checked with it."""
    while True:
        m = scan.search(s, pos)
        if m is None:
            return None
        start = m.start()
        if spaced and start > 0 and is_word_char(s[start - 1]):
            word = _WORD_RUN.match(s, start - 1)
            assert word is not None  # s[start - 1] is a word character
            pos = word.end() + 1
            continue
        if verify is None:
            return m
        checked = verify.match(s, start)
        if checked is not None:
            return checked
        pos = start + 1


def _merged(
    scans: list[re.Pattern[str]],
    s: str,
    spaced: bool,
    verify: list[re.Pattern[str] | None] | None = None,
) -> list[re.Match[str]] | None:
    """The matches of the alternation of the patterns whose `scans` are given (in order),
    found with each one alone.

    At each position the alternation takes the first pattern that matches there, and goes
    on after the match; finding every pattern's next match from the current position,
    keeping the leftmost and, on a tie, the first, does the same. None on an empty match
    (the rules of `finditer` after an empty match are left to the real alternation).
    """
    out: list[re.Match[str]] = []
    n = len(scans)
    checks = verify if verify is not None else [None] * n
    if n == 1:  # the common case, without the bookkeeping
        scan = scans[0]
        check = checks[0]
        pos = 0
        while True:
            m = _next_match(scan, s, pos, spaced, check)
            if m is None:
                return out
            start, pos = m.span()
            if start == pos:
                return None
            out.append(m)
    pending: list[re.Match[str] | None] = [None] * n
    done = [False] * n
    pos = 0
    while True:
        best: re.Match[str] | None = None
        for k in range(n):
            if done[k]:
                continue
            m = pending[k]
            if m is None or m.start() < pos:
                m = pending[k] = _next_match(scans[k], s, pos, spaced, checks[k])
                if m is None:
                    done[k] = True
                    continue
            if best is None or m.start() < best.start():
                best = m
        if best is None:
            return out
        start, end = best.span()
        if start == end:
            return None
        out.append(best)
        pos = end


@dataclass(slots=True)
class _Age:
    value: int
    kind: str  # "self", "other" or "apparent"
    start: int
    end: int
    lang: str = ""  # the lexicon that read it

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(slots=True)
class _Found:
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def add(self, code: str, start: int, end: int) -> None:
        self.spans.setdefault(code, []).append((start, end))


@lru_cache(maxsize=64)
def _clause_ends(clause_breaks: re.Pattern[str] | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a clause ends (clause punctuation, the lexicon's `clause_breaks`, a sentence
    end): (the last such place in a string, as `match(...).end()`; the first, as
    `search(...).start()`). One regex call instead of one loop per kind."""
    kinds = [_CLAUSE_PUNCT.pattern, SENTENCE_END.pattern]
    if clause_breaks is not None:
        kinds.insert(1, clause_breaks.pattern)  # at one place, the longest kind first
    any_end = "|".join(f"(?:{k})" for k in kinds)
    return re.compile(rf"(?s:.*)(?:{any_end})"), re.compile(any_end)


def _window(t: str, start: int, lex: Lexicon) -> str:
    """The words just before `start`, inside the same clause."""
    lo = max(0, start - _LOOKBACK)
    w = t[lo:start]
    m = _clause_ends(lex.clause_breaks)[0].match(w)
    if m is not None:
        w = w[m.end() :]
    elif lo > 0 and lex.spaced:
        w = w.split(" ", 1)[1] if " " in w else ""
    if lex.negation_ignore is not None:
        w = lex.negation_ignore.sub(" ", w)  # "si no ..." / "if not ...": conditions
    if lex.spaced:
        words = w.split()
        return " ".join(words[-lex.negation_window :])
    return w[-lex.negation_window :]


def _window_after(t: str, end: int, lex: Lexicon) -> str:
    """The words just after `end`, inside the same clause."""
    w = t[end : end + _LOOKBACK]
    m = _clause_ends(lex.clause_breaks)[1].search(w)
    if m is not None:
        w = w[: m.start()]
    if lex.negation_ignore is not None:
        w = lex.negation_ignore.sub(" ", w)
    if lex.spaced:
        if m is None and end + _LOOKBACK < len(t) and " " in w:
            w = w.rsplit(" ", 1)[0]  # the window ends inside a word: drop that part
        return " ".join(w.split()[: lex.negation_after_window])
    return w[: lex.negation_after_window]


def _followed_by_negation(t: str, end: int, lexes: tuple[Lexicon, ...]) -> bool:
    """True when a negation cue of `[negation] after` follows `end` ("diyena", "đâu")."""
    for lex in lexes:
        rx = lex.negation_after
        if rx is None:
            continue
        w = _window_after(t, end, lex)
        if w and rx.search(w):
            return True
    return False


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


def _sentence_bounds(t: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around t[start:end]: from after the last sentence end before
    `start` to the first one at or after `end`."""
    m = _UP_TO_SENTENCE_END.match(t, 0, start)
    lo = m.end() if m is not None else 0
    m = SENTENCE_END.search(t, end)
    hi = m.start() if m is not None else len(t)
    return lo, hi


def _sentence(t: str, start: int, end: int) -> str:
    """The sentence around t[start:end] (see `_sentence_bounds`)."""
    lo, hi = _sentence_bounds(t, start, end)
    return t[lo:hi]


def _in_past(t: str, start: int, end: int, lexes: tuple[Lexicon, ...]) -> bool:
    sentence = _sentence(t, start, end)
    return any(lex.past_cues is not None and lex.past_cues.search(sentence) for lex in lexes)


@cache
def _detect_index() -> dict[str, tuple[str, ...]]:
    """Detect word -> the languages listing it, for every data file that runs on Latin
    script (its own script or one of its `scripts`)."""
    index: dict[str, list[str]] = {}
    for code in _languages():
        m = meta(code)
        if "Latin" in m.scripts:
            for word in m.detect_literals:
                if word.isascii():
                    index.setdefault(word, []).append(code)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _detect_starts() -> tuple[frozenset[str], frozenset[str]]:
    return detect.sequence_starts(_detect_index())


@cache
def _detect_others() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Detect words that are not plain words, per Latin-script language (rare)."""
    out = []
    for code in _languages():
        m = meta(code)
        if "Latin" in m.scripts and m.detect_other is not None:
            out.append((code, m.detect_other))
    return tuple(out)


@cache
def _script_languages(script: str) -> tuple[str, ...]:
    """Languages whose own script is `script` (they always run on a text with it)."""
    return tuple(c for c in _languages() if meta(c).script == script)


def _word_scores(t: str) -> tuple[dict[str, int], int]:
    """Detect-word hits per Latin-script language, and the number of words."""
    words = detect.tokens(t)
    scores = detect.word_scores(words, _detect_index(), _detect_starts())
    head = t[:2000]
    for code, rx in _detect_others():
        hits = sum(1 for _ in rx.finditer(head))
        if hits:
            scores[code] = scores.get(code, 0) + hits
    return scores, len(words)


@lru_cache(maxsize=4096)  # bounded: hints are arbitrary strings
def _lexicons_for(primary: str, chosen: frozenset[str], latin: bool) -> tuple[Lexicon, ...]:
    """The primary lexicon, English (when the text has Latin letters: without any, no
    English pattern can match), then the other plausible ones (sorted)."""
    codes = set(_languages())
    order: list[str] = []
    if primary in codes:
        order.append(primary)
    if latin and "en" in codes and "en" not in order:
        order.append("en")
    order += sorted(c for c in chosen if c in codes and c not in order)
    return tuple(load(c) for c in order)


def _select(text: str, t: str, hint: str | None) -> tuple[str, tuple[Lexicon, ...]]:
    """The language (the hint, or detected) and the plausible lexicons to run: the
    language, English, every language whose own script occurs in the text, and the
    Latin-script languages (including romanised ones) whose detect words, or lingua's
    confidence when lingua ran, make them plausible."""
    scripts = detect.scripts_present(text)
    chosen: set[str] = set()
    for script in scripts:
        if script != "Latin":
            chosen.update(_script_languages(script))
    scores: dict[str, int] = {}
    if "Latin" in scripts:
        scores, n_words = _word_scores(t)
        chosen |= detect.plausible_by_words(scores, n_words)
    if hint:
        lang = hint
    else:
        script = detect.dominant_script(text)
        if script != "Latin":
            lang = detect.SCRIPT_DEFAULT_LANGUAGE.get(script, "und")
        elif not detect.has_letter(text[:500]):
            lang = "und"
        else:
            lang, by_lingua = detect.detect_latin(text[:1000], scores)
            chosen |= by_lingua
    # scripts_present reads the first 4000 characters; a longer text keeps English.
    return lang, _lexicons_for(lang, frozenset(chosen), "Latin" in scripts or len(text) > 4000)


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _hits(
    spans: list[tuple[int, int]],
    t: str,
    neg_lexes: tuple[Lexicon, ...],
    *,
    negatable: bool = True,
    hypothetical: bool = False,
) -> list[tuple[int, int]]:
    """The non-empty matches in `spans` not preceded by a negation (or hypothetical) cue."""
    if not spans:
        return spans
    out = []
    for span in spans:
        if span[1] == span[0]:
            continue
        if negatable and (
            _preceded_by(t, span[0], neg_lexes, hypothetical)
            or _followed_by_negation(t, span[1], neg_lexes)
        ):
            continue
        out.append(span)
    return out


def _ages(
    text: _Text, lex: Lexicon, live: AbstractSet[str], traps_out: list[tuple[int, int, int]]
) -> list[_Age]:
    """Stated ages (minus traps); `traps_out` collects (start, end, smallest number) of the
    traps found (past ages: "when I was 17")."""
    out: list[_Age] = []
    traps: list[tuple[int, int]] | None = None
    clocks: list[tuple[int, int]] | None = None
    t = text.t
    for kind, role in (("self", "age_self"), ("other", "age_other"), ("apparent", "age_apparent")):
        if role not in live:
            continue
        for span in text.spans(lex, role):
            if span[0] == span[1]:
                continue
            if traps is None:
                traps = _hits(text.spans(lex, "age_traps"), t, (), negatable=False)
                for s_, e_ in traps:
                    if _CLOCK_TIME.search(t, s_, e_):
                        continue  # "11pm", "7:30": an hour, never an age in the past
                    found = [v for v in lex.numbers.values_in(t[s_:e_]) if 0 < v < 120]
                    if found:
                        traps_out.append((s_, e_, min(found)))
            if clocks is None:
                clocks = _clock_ranges(text)
            if _overlaps(span, traps) or _overlaps(span, clocks):
                continue
            values = _age_values(text, lex, role, span)
            if values:
                out.append(_Age(min(values), kind, span[0], span[1], lex.code))
    return out


def _clock_ranges(text: _Text) -> list[tuple[int, int]]:
    """Dash ranges that can only be clock hours: with a clock mark ("4-8pm", "8h-14h",
    "3:30-6:30") or running backwards ("6-2", "11-5": a shift past noon or midnight).
    An age range runs forwards without a mark ("14-15")."""
    return [
        m.span()
        for m in text.shift_hours()
        if int(m["end"]) < int(m["start"]) or _CLOCK_MARK.search(m.group())
    ]


def _age_values(text: _Text, lex: Lexicon, role: str, span: tuple[int, int]) -> list[int]:
    """The numbers the `{N}` of the age pattern matched at `span` (read whole: "diez y
    seis", "十五" inside "我今年十五岁", "5amsta3sh"), else the numbers in the span."""
    m = text.match_at(lex, role, span)
    values: list[int] = []
    if m is not None:
        for name, value in m.groupdict().items():
            if value is None:
                continue
            if name.startswith(("_n", "_c")):
                v = lex.numbers.value_of(value)
                if v is not None and name.startswith("_c"):
                    v -= 1  # `{N-1}`: a birthday still to come
                if v is not None and 0 < v < 120:
                    values.append(v)
            elif name.startswith("_y"):
                v = _birth_year_age(_gregorian_birth_year(name, int(value)))
                if v is not None:
                    values.append(v)
    if not values:
        values = [v for v in lex.numbers.values_in(text.t[span[0] : span[1]]) if 0 < v < 120]
    return values


# A year of another calendar -> the latest Gregorian year it overlaps, so that the age
# read errs young like a Gregorian birth year: the Ethiopian year E runs from September of
# E + 7 to September of E + 8; the Bikram Sambat year B from April of B - 57 to April of
# B - 56.
_CALENDAR_OFFSETS = {"_ye": 8, "_yb": -56}


def _gregorian_birth_year(group: str, year: int) -> int:
    """The Gregorian year of the `{Y}`, `{YE}` or `{YB}` group `group` (named `_y0`,
    `_ye0`, `_yb0`...) that matched `year`."""
    kind = group.rstrip("0123456789")
    if year < 100:  # "dob 5/3/11" (only `{Y}` reads two digits): latest non-future century
        century = REFERENCE_YEAR // 100 * 100
        return century + year if century + year <= REFERENCE_YEAR else century - 100 + year
    return year + _CALENDAR_OFFSETS.get(kind, 0)


def _birth_year_age(year: int) -> int | None:
    """The youngest age in `REFERENCE_YEAR` of someone born in `year` (a `{Y}` of an age
    pattern: "born in 2010" = 15, before the birthday), or None for a year in the future
    or over 100 years back."""
    if REFERENCE_YEAR - 100 <= year <= REFERENCE_YEAR:
        return max(1, REFERENCE_YEAR - year - 1)
    return None


def _near(
    a: list[tuple[int, int]], b: list[tuple[int, int]], distance: int
) -> list[tuple[int, int]]:
    return [x for x in a if any(abs(x[0] - y[0]) <= distance for y in b)]


def assess(text: str, language: str | None = None) -> Assessment:
    """Assess one worker message; see the module docstring and `docs/triage.md`."""
    folded: Folded = fold(text)
    t = folded.text
    ft = _Text(t)
    lang, lexes = _select(text, t, detect.normalise_hint(language))
    primary = lexes[0] if lexes and lexes[0].code == lang else None
    found = _Found()

    # Indicators.
    indicator_hits: dict[str, list[tuple[int, int]]] = {}
    lives = [ft.live(lex) for lex in lexes]
    for lex, live in zip(lexes, lives, strict=True):
        if not live:
            continue
        neg = _negation_lexes(lex, primary)
        for code in lex.indicators:
            p_role = _PATTERNS_ROLE[code]
            u_role = _UNNEGATED_ROLE[code]
            if p_role not in live and u_role not in live:
                continue
            spans = _hits(ft.spans(lex, p_role), t, neg) if p_role in live else []
            if u_role in live:
                spans += _hits(ft.spans(lex, u_role), t, neg, negatable=False)
            for span in spans:
                if code in _FL and _in_past(t, span[0], span[1], neg):
                    continue
                indicator_hits.setdefault(code, []).append(span)
        for code in lex.unnegated:
            if code not in lex.indicators and _UNNEGATED_ROLE[code] in live:
                spans = _hits(ft.spans(lex, _UNNEGATED_ROLE[code]), t, neg, negatable=False)
                indicator_hits.setdefault(code, []).extend(spans)

    # Ages and the minor decision.
    ages: list[_Age] = []
    past_ages: list[tuple[int, int, int]] = []
    self_cues: list[tuple[int, int]] = []
    other_cues: list[tuple[int, int]] = []
    child: list[tuple[int, int]] = []
    work_self: list[tuple[int, int]] = []
    work_other: list[tuple[int, int]] = []
    work_self_raw: list[tuple[int, int]] = []
    work_other_raw: list[tuple[int, int]] = []
    negated_work = False  # a third-person work sign negated or hypothetical
    for lex, live in zip(lexes, lives, strict=True):
        if not live:
            continue
        neg = _negation_lexes(lex, primary)
        ages.extend(_ages(ft, lex, live, past_ages))
        if "minor_self" in live:
            self_cues += _hits(ft.spans(lex, "minor_self"), t, neg)
        if "minor_other" in live:
            other_cues += _hits(ft.spans(lex, "minor_other"), t, neg)
        if "child_words" in live:
            child += _hits(ft.spans(lex, "child_words"), t, neg)
        if "work_self" in live:
            raw = ft.spans(lex, "work_self")
            work_self_raw += raw
            work_self += _hits(raw, t, neg, hypothetical=True)
        if "work_other" in live:
            raw = ft.spans(lex, "work_other")
            work_other_raw += raw
            kept = _hits(raw, t, neg, hypothetical=True)
            work_other += kept
            negated_work = negated_work or len(kept) < len([x for x in raw if x[1] > x[0]])
    # "mi hija tiene 15 y va a la secundaria, ella no trabaja. la que trabaja soy yo":
    # a young person in a sentence that says they do not work (and not that they do)
    # is not a working one, whatever work the rest of the message tells of.
    idle_self = _idle_sentences(t, work_self_raw, work_self, lexes, primary)
    idle_other = _idle_sentences(t, work_other_raw, work_other, lexes, primary)
    # "I take care 3 children and cook and clean", "cuido de dois meninos, de 8 e 11
    # anos": the children a nanny or carer looks after are not workers. A sentence
    # telling of the writer's care work (`minor.care`) and of nobody else's work holds
    # no working young person.
    cared_for = _care_sentences(ft, lexes, lives, work_other, primary)
    idle_other += cared_for
    child = [c for c in child if not _inside(c, cared_for)]
    working_ages = [
        a for a in ages if not _inside(a.span, idle_self if a.kind == "self" else idle_other)
    ]
    self_cues = [c for c in self_cues if not _inside(c, idle_self)]
    other_cues = [c for c in other_cues if not _inside(c, idle_other)]
    all_indicator_spans = [s for spans in indicator_hits.values() for s in spans]
    minor_ages = [a for a in working_ages if a.value < 18]
    students = _student_sentences(ft, lexes, lives) if minor_ages or self_cues or other_cues else []
    jobs = _job_contexts(ft, lexes, lives, primary, students) if minor_ages or self_cues else []
    adult_ages = [a for a in ages if a.value >= 18 and a.kind != "apparent"]
    self_minor = [a for a in minor_ages if a.kind == "self"]
    other_minor = [a for a in minor_ages if a.kind != "self"]
    working_any = bool(work_self or work_other or all_indicator_spans)

    minor_evidence: list[tuple[int, int]] = []
    used_ages: list[_Age] = []
    grown = any(a.kind == "self" for a in adult_ages)  # "I was 17 when I started, now 19"
    # "I'm the baby of the family, but I'm 22": a child cue of the writer gives way to an
    # adult age the writer states, unless that age is the cue's own ("not 18 yet")
    stated_adult = any(a.kind == "self" and not _overlaps(a.span, self_cues) for a in adult_ages)
    young_writer = bool(self_minor or self_cues) and not grown
    writers_jobs = _writers_jobs(t, jobs, lexes) if young_writer and not working_any else []
    if (working_any or writers_jobs) and (self_minor or self_cues):
        used_ages += self_minor
        minor_evidence += (self_cues if self_minor or not stated_adult else []) + writers_jobs
    if work_other and (other_minor or other_cues):
        used_ages += other_minor
        minor_evidence += other_cues
    elif (other_minor or other_cues) and not negated_work:
        # No third-person work sign, but an indicator (roofing, a slicer, night hours) is
        # told right next to the young person ("my brother, 14, on the roofing crew",
        # "我弟弟十三岁，去做屋顶"). Not when the indicator's clause is the writer's own
        # work ("my kid is 12, I work 3rd shift"), not when someone is said not to work
        # ("he doesn't work"), and not for an English age read in a non-English text.
        # Also when the sentence of the age tells of work ("ma soeur a 17 ans, elle est
        # caissiere au fast food"): a work sign of the list that cannot tell whose work
        # it is (a workplace, a job title), in the same sentence, and nobody is said not
        # to work.
        theirs = _not_writers(t, all_indicator_spans, work_self_raw, lexes)
        for a in other_minor:
            if a.lang != lang and a.lang == "en":
                continue
            if _near(
                [a.span], _told_of(t, a.span, theirs, students), _OTHER_WORK_DISTANCE
            ) or _job_in_sentence(t, a.span, work_self, lexes):
                used_ages.append(a)
            elif told := _jobs_told_with(t, a.span, jobs, work_self_raw, students, lexes):
                used_ages.append(a)
                minor_evidence += told  # the job sign shows why the age counts
        minor_evidence += [
            c
            for c in other_cues
            if _near([c], _told_of(t, c, theirs, students), _OTHER_WORK_DISTANCE)
        ]
        minor_evidence += [c for c in other_cues if _job_in_sentence(t, c, work_self, lexes)]
    # "my son fica sozinho à noite ... programa pra adolescentes": a child word counts
    # near someone's work, not near an indicator told of the writer's own work ("eu
    # trabalho no turno da noite").
    near_child = [
        c
        for c in child
        if _near(
            [c],
            work_other + _told_near_child(t, c, all_indicator_spans, work_self, lexes),
            _CHILD_WORK_DISTANCE,
        )
    ]
    minor_evidence += near_child
    if (
        used_ages
        and not minor_evidence
        and all(a.kind == "apparent" for a in used_ages)
        and adult_ages
    ):
        used_ages = []  # "looks 15 but showed me his licence: he is 20"
    minor_evidence += [a.span for a in used_ages]
    is_minor = bool(minor_evidence)

    age: int | None = None
    if used_ages:
        age = min(a.value for a in used_ages)
    elif ages:
        # The first age stated of someone not said to be idle ("my son is 8 and at home,
        # I am 34 and ..."), else the first stated one; a guess ("looks 14") last.
        stated = [a for a in working_ages if a.kind != "apparent"]
        age = (stated or [a for a in ages if a.kind != "apparent"] or ages)[0].value

    if is_minor and age is not None and age <= 15:
        for lex in lexes:
            for span in _hits(ft.spans(lex, "young_night"), t, (lex,)):
                indicator_hits.setdefault("night_or_school_hours", []).append(span)

    if not is_minor and any(a.kind == "self" for a in adult_ages):
        _drop_past_child_work(t, indicator_hits, past_ages, lexes)

    crisis: list[tuple[int, int]] = []
    for lex in lexes:
        crisis += _hits(ft.spans(lex, "crisis"), t, (lex,))

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


_CHILD_CODES = ("hazardous_work", "night_or_school_hours")


def _clause(t: str, start: int, end: int, lexes: tuple[Lexicon, ...]) -> tuple[int, int]:
    """Bounds of the clause around t[start:end] (sentence ends, clause punctuation and the
    lexicons' clause breaks)."""
    lo = max(0, start - 200)
    before = t[lo:start]
    cut = 0
    for rx in (SENTENCE_END, _CLAUSE_PUNCT, *(x.clause_breaks for x in lexes)):
        if rx is None:
            continue
        for m in rx.finditer(before):
            cut = max(cut, m.end())
    after = t[end : end + 200]
    stop = len(after)
    for rx in (SENTENCE_END, _CLAUSE_PUNCT, *(x.clause_breaks for x in lexes)):
        if rx is None:
            continue
        found = rx.search(after, 0, stop)
        if found is not None:
            stop = found.start()
    return lo + cut, end + stop


def _drop_past_child_work(
    t: str,
    hits: dict[str, list[tuple[int, int]]],
    past_ages: list[tuple[int, int, int]],
    lexes: tuple[Lexicon, ...],
) -> None:
    """The writer is an adult now ("now I'm 30"): hazardous or night work told in a clause
    about their youth ("I started at 16 on the kill floor") or a past job is history, not
    a current indicator. Hits in any other clause stay (only part of the account is past)."""
    young = [(s, e) for s, e, v in past_ages if v < 18]
    for code in _CHILD_CODES:
        spans = hits.get(code)
        if not spans:
            continue
        kept = []
        for span in spans:
            lo, hi = _clause(t, span[0], span[1], lexes)
            past = any(s < hi and lo < e for s, e in young) or any(
                lex.past_cues is not None and lex.past_cues.search(t, lo, hi) for lex in lexes
            )
            if not past:
                kept.append(span)
        hits[code] = kept


def _told_near_child(
    t: str,
    child: tuple[int, int],
    spans: list[tuple[int, int]],
    work_self: list[tuple[int, int]],
    lexes: tuple[Lexicon, ...],
) -> list[tuple[int, int]]:
    """The indicator `spans` that may tell of the work of a child named at `child`: those
    in the child word's sentence, and those in a sentence that is not the writer's own
    work (a first-person word and a `work_self` sign: "Eu trabalho no turno da noite")."""
    own = _sentence_bounds(t, *child)
    out = []
    for span in spans:
        bounds = _sentence_bounds(t, *span)
        if bounds == own or not (_first_person_in(t, bounds, lexes) and _holds(bounds, work_self)):
            out.append(span)
    return out


def _not_writers(
    t: str,
    spans: list[tuple[int, int]],
    work_self: list[tuple[int, int]],
    lexes: tuple[Lexicon, ...],
) -> list[tuple[int, int]]:
    """The indicator `spans` whose sentence holds no sign of the writer's own work ("I work
    3rd shift", "my shift ends at midnight", "我在酒店做清洁，做到半夜")."""
    out = []
    for span in spans:
        lo, hi = _sentence_bounds(t, *span)
        if not _holds((lo, hi), work_self):
            out.append(span)
    return out


def _student_sentences(
    text: _Text, lexes: tuple[Lexicon, ...], lives: list[AbstractSet[str]]
) -> list[tuple[int, int]]:
    """Bounds of the sentences saying someone is at school or studying (`minor.student`,
    not negated: "he is in school", "estudia", not "he doesn't go to school")."""
    out: list[tuple[int, int]] = []
    for lex, live in zip(lexes, lives, strict=True):
        if "student" in live:
            for span in _hits(text.spans(lex, "student"), text.t, (lex,)):
                out.append(_sentence_bounds(text.t, *span))
    return out


def _told_of(
    t: str,
    span: tuple[int, int],
    indicators: list[tuple[int, int]],
    students: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The `indicators` that may be told of the young person at `span`: all of them, or
    when the sentence of `span` says they are at school ("my son is 16 and in school. The
    boss took my passport"), only those in that sentence ("she goes to school and works
    nights on the kill floor")."""
    bounds = _sentence_bounds(t, *span)
    return _within(bounds, indicators) if bounds in students else indicators


def _job_in_sentence(
    t: str, span: tuple[int, int], work: list[tuple[int, int]], lexes: tuple[Lexicon, ...]
) -> bool:
    """True when the sentence of `span` holds one of the `work` signs and none of the
    writer's own subject pronouns (`minor.first_person`) or hypothetical cues: "ma soeur a
    17 ans, elle est caissière au fast food", not "my kid is 12 and I work 3rd shift at
    the plant" nor "he is 17 and looking for a summer job at the car wash"."""
    if not work:
        return False
    bounds = _sentence_bounds(t, *span)
    if not _holds(bounds, work):
        return False
    # Not the writer's own work, and not a job only wished for or asked about ("looking
    # for a summer job at the car wash").
    return not (_first_person_in(t, bounds, lexes) or _wished(t, bounds, lexes))


def _care_sentences(
    text: _Text,
    lexes: tuple[Lexicon, ...],
    lives: list[AbstractSet[str]],
    work_other: list[tuple[int, int]],
    primary: Lexicon | None,
) -> list[tuple[int, int]]:
    """Bounds of the sentences telling of the writer's care work (`minor.care`: "I take
    care of", "cuido", "je garde des enfants"), not negated, and holding no third-person
    work sign ("I look after my brother, 14, he works nights" keeps him)."""
    out: list[tuple[int, int]] = []
    for lex, live in zip(lexes, lives, strict=True):
        if "care" in live:
            neg = _negation_lexes(lex, primary)
            for span in _hits(text.spans(lex, "care"), text.t, neg):
                bounds = _sentence_bounds(text.t, *span)
                if bounds not in out and not _holds(bounds, work_other):
                    out.append(bounds)
    return out


def _job_contexts(
    text: _Text,
    lexes: tuple[Lexicon, ...],
    lives: list[AbstractSet[str]],
    primary: Lexicon | None,
    students: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Signs of a job that do not say whose: shift hours, a wage (`_SHIFT_HOURS`, `_WAGE`)
    and the `minor.job_context` words ("work permit", "got hired"), not negated or wished
    for, and not in a sentence saying someone is at school ("she is in school 8-3")."""
    t = text.t
    out = [m.span() for m in text.shift_hours()] + [m.span() for m in _WAGE.finditer(t)]
    for lex, live in zip(lexes, lives, strict=True):
        if "job_context" in live:
            neg = _negation_lexes(lex, primary)
            out += _hits(text.spans(lex, "job_context"), t, neg, hypothetical=True)
    return [x for x in out if _sentence_bounds(t, *x) not in students]


def _wished(t: str, bounds: tuple[int, int], lexes: tuple[Lexicon, ...]) -> bool:
    """True when the sentence `bounds` holds a hypothetical cue ("can i work", "wants a job")."""
    lo, hi = bounds
    return any(lex.hypothetical is not None and lex.hypothetical.search(t, lo, hi) for lex in lexes)


def _first_person_in(t: str, bounds: tuple[int, int], lexes: tuple[Lexicon, ...]) -> bool:
    """True when the sentence `bounds` holds one of the writer's subject pronouns."""
    return any(
        lex.first_person is not None and lex.first_person.search(t, *bounds) for lex in lexes
    )


def _writers_jobs(
    t: str, jobs: list[tuple[int, int]], lexes: tuple[Lexicon, ...]
) -> list[tuple[int, int]]:
    """The job signs of `jobs` that are the writer's, who says they are young and tells of
    nobody else's work (the caller's conditions): any not in a sentence asking about work
    only wished for ("tengo 16. sabados 9-3, $11 la hora": the subject is often dropped,
    so no first-person word is needed)."""
    return [j for j in jobs if not _wished(t, _sentence_bounds(t, *j), lexes)]


def _jobs_told_with(
    t: str,
    span: tuple[int, int],
    jobs: list[tuple[int, int]],
    work_self: list[tuple[int, int]],
    students: list[tuple[int, int]],
    lexes: tuple[Lexicon, ...],
) -> list[tuple[int, int]]:
    """The job signs of `jobs` told of the young person at `span`: in the same sentence
    ("my son is fifteen and just started at the yogurt shop sat & sun 11-5"), with no
    first-person word that makes them the writer's ("my son is 15 and I work 6-2") and no
    hypothetical cue that makes them a wish; none when that sentence says the young
    person is at school (`students`). Else in the next sentence, if it holds none of
    those nor any of the writer's possible work signs (`work_self`: "work is 6-2 at the
    plant")."""
    if not jobs:
        return []
    bounds = _sentence_bounds(t, *span)
    told = _jobs_in(t, bounds, jobs, students, lexes)
    end = SENTENCE_END.search(t, bounds[1])
    if told or end is None or bounds in students or _denies(t, bounds, lexes):
        return told
    # "ልጄ የ16 ዓመት ነው፣ 10ኛ ክፍል ነው። ቅዳሜና እሁድ ... ከ9am እስከ 5pm": the next sentence,
    # unless the age's own sentence is about school or denies something ("he doesn't
    # work", "no tiene trabajo"): what follows is then likely someone else's.
    after = _sentence_bounds(t, end.end(), end.end())
    return [] if _holds(after, work_self) else _jobs_in(t, after, jobs, students, lexes)


def _denies(t: str, bounds: tuple[int, int], lexes: tuple[Lexicon, ...]) -> bool:
    """True when the sentence `bounds` holds a negation cue (before or after a word)."""
    return any(
        (lex.negation_cues is not None and lex.negation_cues.search(t, *bounds))
        or (lex.negation_after is not None and lex.negation_after.search(t, *bounds))
        for lex in lexes
    )


def _jobs_in(
    t: str,
    bounds: tuple[int, int],
    jobs: list[tuple[int, int]],
    students: list[tuple[int, int]],
    lexes: tuple[Lexicon, ...],
) -> list[tuple[int, int]]:
    """The `jobs` inside the sentence `bounds`, none if it is about school, a wish or the
    writer (a first-person word)."""
    if bounds in students or _wished(t, bounds, lexes) or _first_person_in(t, bounds, lexes):
        return []
    return _within(bounds, jobs)


def _idle_sentences(
    t: str,
    raw: list[tuple[int, int]],
    kept: list[tuple[int, int]],
    lexes: tuple[Lexicon, ...],
    primary: Lexicon | None,
) -> list[tuple[int, int]]:
    """Bounds of the sentences holding a negated work sign of `raw` ("ella no trabaja",
    "il ne travaille pas") and none of the `kept` ones (a sign only wished for, "should
    they pay me", does not make a sentence idle)."""
    dropped = [x for x in raw if x[1] > x[0] and x not in kept]
    out: list[tuple[int, int]] = []
    for span in dropped:
        lo, hi = _sentence_bounds(t, *span)
        if _inside(span, out) or _holds((lo, hi), kept):
            continue
        if any(
            _preceded_by(t, span[0], _negation_lexes(lex, primary), False)
            or _followed_by_negation(t, span[1], _negation_lexes(lex, primary))
            for lex in lexes
        ):
            out.append((lo, hi))
    return out


def _negation_lexes(lex: Lexicon, primary: Lexicon | None) -> tuple[Lexicon, ...]:
    """The lexicons whose negation cues count around a match of `lex`: its own, and the
    message's language's (code-switching: "no me dieron my paycheck")."""
    return (lex,) if primary is None or primary is lex else (lex, primary)


def _inside(span: tuple[int, int], bounds: list[tuple[int, int]]) -> bool:
    """True when `span` lies inside one of `bounds`."""
    return any(lo <= span[0] and span[1] <= hi for lo, hi in bounds)


def _within(bounds: tuple[int, int], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The `spans` that lie inside `bounds`."""
    lo, hi = bounds
    return [x for x in spans if lo <= x[0] and x[1] <= hi]


def _holds(bounds: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """True when one of `spans` lies inside `bounds`."""
    lo, hi = bounds
    return any(lo <= s and e <= hi for s, e in spans)


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
