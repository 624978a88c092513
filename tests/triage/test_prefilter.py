"""The prefilter (`triage._prefilter`, `triage._literals`) never hides a match, and says so
when it cannot tell.

The engine-wide check (every list of every lexicon equals its full alternation) lives in
`test_engine_equivalence.py`; these tests aim at the translations themselves: Python's
Unicode classes, negated classes and lookarounds for RE2; literal factors, spaces and
repeats for the Aho-Corasick part; and the failure paths.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import triage
from triage._literals import canonical, required_literals
from triage._prefilter import (
    PatternSet,
    Prefilter,
    UnsupportedPatternError,
    _sre,
    superset_source,
)
from triage.normalize import fold

# Pieces whose Python and RE2 meanings differ (Unicode \w, \d, \s; negated classes;
# lookarounds; anchors; lazy and possessive repeats).
PATTERNS = [
    r"(?<![\w])pass\w*(?![\w])",
    r"\d{1,3}\s*(?:yo|años)",
    r"[^\s.!?]{2,5} took",
    r"(?<![\d.,$])\d\d(?!\d|[.,]\d|[^\W\d_]+\d)",
    r"^hello|bye$",
    r"a.b",
    r"[^\W\d]+x",
    r"(?:ab|cd)+?e",
    r"x(?=y)\b",
    r"\bwork\B",
    r"[\d\s]+z",
    r"q{2,}",
    r"(?>ab|a)c",
    r"a*+b",
    r"\w\wx",
]

_ALPHABET = st.sampled_from(
    [
        *"abcdeqxyz  ._,$!?",
        *["pass", "took", "yo", "años", "١٥", "٣", "\u00a0", "é", "ñ", "ß", "_", "\n"],
        *["\u0301", "\u093f", "\u2028", "\x1c", "\x85", "work", "hello", "bye"],
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=25).map("".join))
@example("éñx")  # Unicode \w (RE2's own \w is ASCII)
@example("١٥ años")  # Unicode \d
@example("٣\u00a0z")  # Unicode \s
def test_superset_matches_wherever_python_matches(text: str) -> None:
    patterns = PatternSet()
    numbers = {}
    text = fold(text).text  # the engine scans folded text only (digits, spaces ASCII)
    for p in PATTERNS:
        number = patterns.add(superset_source(p))
        assert number is not None, p
        numbers[number] = re.compile(p)
    assert patterns.compile()
    found = patterns.present(text)
    assert found is not None
    for number, rx in numbers.items():
        if rx.search(text):
            assert number in found, (rx.pattern, text)


def test_an_escaped_string_matches_exactly_that_string() -> None:
    patterns = PatternSet()
    number = patterns.add(superset_source(re.escape("a.b+(c)")))
    assert patterns.compile()
    assert number in (patterns.present("xx a.b+(c) yy") or [])
    assert number not in (patterns.present("axb+(c) aab+c") or [])


def test_back_references_have_no_superset() -> None:
    with pytest.raises(UnsupportedPatternError):
        superset_source(r"(a)\1")
    with pytest.raises(UnsupportedPatternError):
        superset_source(r"(?i:abc)")


def test_a_text_re2_cannot_read_means_everything_may_match() -> None:
    patterns = PatternSet()
    patterns.add(superset_source("abc"))
    assert patterns.compile()
    assert patterns.present("abc \ud800") is None  # a lone surrogate is not UTF-8


def test_a_pattern_set_that_is_not_compiled_answers_unknown() -> None:
    patterns = PatternSet()
    patterns.add(superset_source("abc"))
    assert patterns.present("abc") is None


def test_engine_still_finds_everything_when_the_prefilter_cannot_scan() -> None:
    plain = triage.assess("They took my passport. I am 15 and work nights.", "en")
    odd = triage.assess("They took my passport. I am 15 and work nights. \ud800", "en")
    assert odd.indicators == plain.indicators
    assert odd.minor and plain.minor
    assert [(e.code, e.start, e.end) for e in odd.evidence] == [
        (e.code, e.start, e.end) for e in plain.evidence
    ]


# Patterns with literal factors: spaces and their runs, small classes, bounded repeats,
# alternations spelled out or not, gaps, lookarounds, groups with flags.
LITERAL_PATTERNS = [
    r"took (?:\w+ ){0,3}pass(?:port|aporte)s?",
    r"(?:i'?m|i am)\s+1[0-7](?!\d)",
    r"(?<!\w)(?:quince|15)\s*(?:anos|años)",
    r"\d{1,2}\s?(?:yrs|years) old",
    r"owe(?:s|d)? (?:him|them) \$?\d+",
    r"(?:no|not) (?:let|allow)(?:ed)? (?:to )?leave",
    r"dette\s+de\s+\d+",
    r"[^\W\d]+ keeps? my (?:papers|id)",
    r"(?:sa|ses) (?:papiers|passeport)(?=\W)",
    r"(?i:boss) said",
    r"a\tb  c",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"ab15 $\n\t\u00a0.'",
                *["took", "my", "his", "passport", "pasaporte", "i'm", "im", "i am", "17"],
                *["quince", "anos", "años", "yrs", "years", "old", "owe", "owes", "him"],
                *["not", "let", "allowed", "to", "leave", "dette", "de", "keeps", "papers"],
                *["ses", "papiers", "boss", "BOSS", "said", "c", "id", "\u2028", "\x1c"],
            ]
        ),
        max_size=30,
    ).map("".join)
)
@example("i am\n\n 16")
@example("took the boss's old passports")
@example("  dette de 40")
def test_prefilter_reports_every_pattern_that_matches(text: str) -> None:
    prefilter = Prefilter()
    patterns = {prefilter.add(p): re.compile(p) for p in LITERAL_PATTERNS + PATTERNS}
    prefilter.compile()
    text = fold(text).text
    found = prefilter.present(text)
    for entry, rx in patterns.items():
        if rx.search(text):
            assert entry in found, (rx.pattern, text)


def test_literal_factors_read_spaces_repeats_and_alternatives() -> None:
    def clauses(pattern: str) -> list[frozenset[str]]:
        return required_literals(_sre.parse(pattern))

    assert frozenset({"passport"}) in clauses(r"took (?:\w+ ){0,3}passport")
    assert "i am 15" in clauses(r"(?:i'?m|i am)\s+1[0-7]")[0]
    assert "15 years" in clauses(r"(?:15|fifteen)\s*(?:years|yrs)")[0]
    assert clauses(r"\w+ing") == []  # nothing selective
    assert clauses(r"(?i)passport") == []  # flags: not spelled out
    assert clauses(r"am|passport") == []  # one alternative requires too little


def test_canonical_text_has_one_space_for_each_run() -> None:
    assert canonical("i am\n\t 15\u00a0 yrs") == " i am 15 yrs "


def test_a_text_the_automaton_cannot_read_reports_every_literal_pattern() -> None:
    prefilter = Prefilter()
    entry = prefilter.add("passport")
    prefilter.compile()
    assert entry not in prefilter.present("nothing here")
    assert entry in prefilter.present("nothing here \ud800")
